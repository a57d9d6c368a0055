package backprop.export;

import backprop.examples.Document;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.markdown.AnswerKeyMarkdown;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The answer key tells round-off residues of exact zeros from exact zeros")
class ResidueNotesTest {
    private static final String NOTE = "Note: values shown as 0 are round-off residues of exact zeros";

    private static String render(Document d) {
        Chapter c = Chapter.of(d);
        return AnswerKeyMarkdown.render(c, Worked.of(c));
    }

    @Test
    @DisplayName("004: the softmax's shared bias gradient, exactly 0, prints 0 with one note under its table")
    void softmaxBiasGradient_printsZeroWithANote() {
        String key = render(Document.D004);
        // ∂L/∂b2 = Σ_i δ2_i with δ2 = (−d, +d): exactly 0; floating point leaves about 2.8e-17
        assertThat(key).contains("| ∂L/∂b2 (cancels in the softmax) | 0 |\n\n" + NOTE)
                .doesNotContain("0.0000000000000000");
    }

    @Test
    @DisplayName("004's arcs table: every residue row prints 0, and the note follows the table once")
    void note_appearsOncePerTable() {
        String key = render(Document.D004);
        int from = key.indexOf("| b1 → z1\\[1\\] |");
        String arcs = key.substring(key.lastIndexOf("| arc |", from), key.indexOf("Gradients (summed", from));
        // z1[1] = 0.1·2 + 0.3·5 + 0.8·3 − 0.4·3 + b1 saturates the sigmoid's upstream to a residue of 0
        long zeroRows = arcs.lines().filter(l -> l.endsWith(" | 0 | 0 |")).count();
        assertThat(zeroRows).isGreaterThanOrEqualTo(2);
        assertThat(arcs.split(NOTE, -1).length - 1).isEqualTo(1);
        assertThat(arcs.lines().filter(l -> l.startsWith("|")).noneMatch(l -> l.contains("round-off"))).isTrue();
    }

    @Test
    @DisplayName("000: an exact zero (multiply(0, …)) prints 0 and brings no note")
    void exactZero_bringsNoNote() {
        String key = render(Document.D000);
        assertThat(key).contains("| multiply(0, ln(1−a)\\[1\\]) | 0 |").doesNotContain(NOTE);
    }
}
