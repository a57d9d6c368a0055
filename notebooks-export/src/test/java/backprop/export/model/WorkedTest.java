package backprop.export.model;

import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

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
        return row("x", status, c);
    }

    private static Worked.Row row(String id, Status status, Computed c) {
        PublishedValue v = new PublishedValue(id, Document.values()[0], "Sec 1", "q", "1", "x", status, "reason");
        return new Worked.Row(v, c, status);
    }

    @Test
    void note_addsTheCataloguesWordsWhereItHasSome_andTheValueIsNotSimplyReproduced() {
        Worked w = new Worked(null, new ScenarioResult().explanation("y", "the catalogue's words"), List.of());
        Computed c = new Computed(1, null, null);
        assertThat(w.note(row("x", Status.ERRATUM, c))).isEqualTo("reason");
        assertThat(w.note(row("y", Status.ERRATUM, c))).isEqualTo("reason; catalogue: the catalogue's words");
        assertThat(w.note(row("y", Status.REPRODUCED, c))).isEqualTo("reason");
    }

    @Test
    void aChapterWithoutAFileStemIsRefusedByName() {
        assertThatThrownBy(() -> new Chapter(null, "h", "s", List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file stem 'null'");
        assertThatThrownBy(() -> new Chapter("../x", "h", "s", List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file stem '../x'");
    }
}
