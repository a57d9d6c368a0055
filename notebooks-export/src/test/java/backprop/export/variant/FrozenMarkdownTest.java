package backprop.export.variant;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Frozen parameters are visible where the update is shown, and the update rule is not claimed for them. */
@DisplayName("The answer key says which parameters are frozen")
class FrozenMarkdownTest {
    private static final String FILE = """
            title = "f"
            kind = "network"
            precision = 4
            [network]
            layers = [1, 1, 1]
            activations = ["identity", "identity"]
            [[network.layer]]
            weights = [[0.5]]
            biases = [0.25]
            [[network.layer]]
            weights = [[2]]
            biases = [1]
            [example]
            x = [1]
            y = [0]
            [training]
            loss = "half_sum_squared_error"
            learning_rate = 0.5
            """;

    private static String render(String training) {
        Chapter c = Chapter.of(ExamFile.read("f.toml", FILE + training));
        return AnswerKeyMarkdown.render(c, Worked.of(c));
    }

    @Test
    @DisplayName("frozen biases: named once with 'frozen: not updated', each shown at its old value as (frozen)")
    void biases() {
        // a1 = 0.5 + 0.25 = 0.75, a2 = 2·0.75 + 1 = 2.5; the biases stay 0.25 and 1
        String md = render("momentum = 0.5\nlambda = 0.125\nfrozen = [\"b1\", \"b2\"]\n");
        assertThat(md).contains("$b^{(1)}$, $b^{(2)}$ frozen: not updated (the gradient is computed and shown, but the"
                + " step skips them; neither momentum nor λ moves a frozen parameter), so after the update they keep"
                + " their values.");
        assertThat(md).contains("$b^{(2)} = \\begin{bmatrix} 1 \\end{bmatrix}$ (frozen)")
                .contains("$b^{(1)} = \\begin{bmatrix} 0.25 \\end{bmatrix}$ (frozen)")
                .doesNotContain("b^{(2)} \\leftarrow b^{(2)} + v");
    }

    @Test
    @DisplayName("one frozen entry: named with its indices, and its matrix's rule marked as not holding for it")
    void entry() {
        String md = render("frozen = [\"W2[1,1]\"]\n");
        assertThat(md).contains("$W^{(2)}_{1,1}$ frozen: not updated (the gradient is computed and shown, but the step"
                + " skips it), so after the update it keeps its value.");
        assertThat(md).contains("$W^{(2)} \\leftarrow W^{(2)} - \\eta\\,\\partial L/\\partial W^{(2)} = \\begin{bmatrix} 2"
                + " \\end{bmatrix}$ (frozen entries unchanged)");
    }

    @Test
    @DisplayName("nothing frozen: no 'frozen' in the answer key")
    void none() {
        assertThat(render("")).doesNotContain("frozen");
    }
}
