package backprop.export.grade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Student text in the grader's messages: one inert line of at most 300 characters. */
class OneLineTest {
    @Test
    void controlCharactersAreShownAsEscapes() {
        assertThat(OneLine.of("s1.dw\nnote: forged\u001b[2J")).isEqualTo("s1.dw\\nnote: forged\\u001b[2J");
    }

    @Test
    void upTo300CharactersAreKept_more_areCutAt300AndMarked() {
        String limit = "x".repeat(300);
        assertThat(OneLine.of(limit)).isEqualTo(limit);
        assertThat(OneLine.of(limit + "y")).isEqualTo(limit + "…");
    }
}
