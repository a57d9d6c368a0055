package backprop.export.model;

import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.PublishedValue;
import backprop.examples.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkedTest {

    @Test
    void matching_isTheDerivationThatGaveThePrint_theExactValueForAnErratum() {
        // exact 1, with the document's rounding 2, by the document's method 3
        Computed c = new Computed(1, 2.0, 3.0);
        assertThat(row(Status.REPRODUCED, c).matching()).isEqualTo(1);
        assertThat(row(Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, c).matching()).isEqualTo(2);
        assertThat(row(Status.DOCUMENT_METHOD_DIFFERS, c).matching()).isEqualTo(3);
        assertThat(row(Status.ERRATUM, c).matching()).isEqualTo(1);
    }

    private static Worked.Row row(Status status, Computed c) {
        PublishedValue v = new PublishedValue("x", Document.values()[0], "Sec 1", "q", "1", "x", status, "reason");
        return new Worked.Row(v, c, status);
    }

    @Test
    void aChapterWithoutAFileStemIsRefusedByName() {
        assertThatThrownBy(() -> new Chapter(null, "h", "s", java.util.List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file stem 'null'");
    }
}
