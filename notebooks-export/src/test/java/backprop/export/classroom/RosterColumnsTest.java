package backprop.export.classroom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RosterColumns.of on Moodle's header by itself, without a roster file around it: an ID number column and no email
 * column is Moodle's form all the same (RosterTest reads the same header from a file; PIT, for reasons of its own
 * coverage, did not run that test against the mutant that drops the ID number from this choice).
 */
@DisplayName("A roster's columns: Moodle's header with an ID number and no email")
class RosterColumnsTest {
    @Test
    void anIdNumberAndNoEmail_isMoodlesForm_andItsIdIsTheIdNumber() {
        RosterColumns c = RosterColumns.of(List.of("First name", "Last name", "ID number"), "r.csv");
        assertThat(c.id(List.of("Ada", "Lovelace", "S001"))).isEqualTo("S001");
        assertThat(c.name(List.of("Ada", "Lovelace", "S001"))).isEqualTo("Ada Lovelace");
    }
}
