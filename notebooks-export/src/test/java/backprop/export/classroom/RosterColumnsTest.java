package backprop.export.classroom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RosterColumns.of on Moodle's header by itself: an ID number column and no email column is Moodle's form all the
 * same, and a first and a last name with neither is no roster (PIT's mutant of the "ID number or email" choice jumps
 * to "yes" whatever the header: only a header with neither tells it apart).
 */
@DisplayName("A roster's columns: Moodle's header with an ID number and no email")
class RosterColumnsTest {
    @Test
    void anIdNumberAndNoEmail_isMoodlesForm_andItsIdIsTheIdNumber() {
        RosterColumns c = RosterColumns.of(List.of("First name", "Last name", "ID number"), "r.csv");
        assertThat(c.id(List.of("Ada", "Lovelace", "S001"))).isEqualTo("S001");
        assertThat(c.name(List.of("Ada", "Lovelace", "S001"))).isEqualTo("Ada Lovelace");
    }

    @Test
    void aFirstAndLastNameWithNeitherIdNumberNorEmail_isNoRoster() {
        assertThatThrownBy(() -> RosterColumns.of(List.of("First name", "Last name"), "r.csv"))
                .isInstanceOf(ClassInputException.class).hasMessageContaining("no id and name columns");
    }
}
