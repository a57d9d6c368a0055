package backprop.export.variant;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.Notebooks;
import backprop.export.notebook.cell.Cell;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A layer declared {@code biases = "none"} (issue 21) is shown as having no biases: z = W·a, no b, no ∂L/∂b, no b
 * update and no "frozen" note, though the engine keeps zeros for it inside; a layer with biases still shows them.
 */
@DisplayName("The answer key shows a layer without biases as having none")
class NoBiasesShownTest {
    /** Layer 1 without biases, layer 2 with b = 1: a1 = 0.5·1 = 0.5, a2 = 2·0.5 + 1 = 2. */
    private static final String MIXED = """
            title = "m"
            kind = "network"
            precision = 4
            [network]
            layers = [1, 1, 1]
            activations = ["identity", "identity"]
            [[network.layer]]
            weights = [[0.5]]
            biases = "none"
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

    static String markdown(Chapter c) {
        return AnswerKeyMarkdown.render(c, Worked.of(c));
    }

    static Chapter tiny() throws IOException {
        String name = "tiny-relu-bce.toml";
        return Chapter.of(ExamFile.read(name, Files.readString(Path.of("..", "variants", name), StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("tiny-relu-bce (no layer has biases): z = W a, and no b, ∂L/∂b, b update or 'frozen' anywhere")
    void noLayerHasBiases() throws IOException {
        String md = markdown(tiny());
        // its text: z1 = 1.0 · 0.5 = 0.5, z2 = 0.5 · 0.5 = 0.25
        assertThat(md).contains("$$z^{(k)} = W^{(k)} a^{(k-1)},\\quad a^{(k)}")
                .contains("$z^{(1)} = W^{(1)}a^{(0)} = \\begin{bmatrix} 0.5 \\end{bmatrix}$")
                .contains("$z^{(2)} = W^{(2)}a^{(1)} = \\begin{bmatrix} 0.25 \\end{bmatrix}$")
                .doesNotContain("b^{(1)}", "b^{(2)}", "frozen", "bias none", "bias per_neuron");
    }

    @Test
    @DisplayName("one layer without biases, one with: only the one with biases shows b, ∂L/∂b and b's update")
    void oneLayerWithout() {
        String md = markdown(Chapter.of(ExamFile.read("m.toml", MIXED)));
        assertThat(md).contains("$$z^{(k)} = W^{(k)} a^{(k-1)} + b^{(k)},\\quad z^{(1)} = W^{(1)} a^{(0)},\\quad a^{(k)}")
                .contains("$z^{(1)} = W^{(1)}a^{(0)} = \\begin{bmatrix} 0.5 \\end{bmatrix}$")
                .contains("$z^{(2)} = W^{(2)}a^{(1)} + b^{(2)} = \\begin{bmatrix} 2 \\end{bmatrix}$")
                .contains("$b^{(2)} = \\begin{bmatrix} 1 \\end{bmatrix}$")
                .contains("\\partial L/\\partial b^{(2)}")
                // δ2 = a2 − y = 2: b2 ← 1 − 0.5·2 = 0
                .contains("$b^{(2)} \\leftarrow b^{(2)} - \\eta\\,\\partial L/\\partial b^{(2)} = \\begin{bmatrix} 0"
                        + " \\end{bmatrix}$")
                .doesNotContain("b^{(1)}", "frozen");
    }

    @Test
    @DisplayName("a layer without biases and a frozen bias elsewhere: only the frozen one is named frozen")
    void frozenElsewhere() {
        String md = markdown(Chapter.of(ExamFile.read("m.toml", MIXED + "frozen = [\"b2\"]\n")));
        assertThat(md).contains("$b^{(2)}$ frozen: not updated (the gradient is computed and shown, but the step skips"
                + " it), so after the update it keeps its value.")
                .contains("$b^{(2)} = \\begin{bmatrix} 1 \\end{bmatrix}$ (frozen)")
                .doesNotContain("b^{(1)}");
    }

    @Test
    @DisplayName("with momentum, each layer updated when its gradient is ready: no velocity of b, no b, for the layer without")
    void momentumAndOrder() {
        String md = markdown(Chapter.of(ExamFile.read("m.toml", MIXED + "momentum = 0.5\nlambda = 0.125\n"
                + "update_order = \"each_layer_when_its_gradient_is_ready\"\n")));
        assertThat(md).contains("v_{b^{(2)}}", "the gradient through the updated $W^{(2)}$, $\\partial L/\\partial W^{(1)} = ",
                        "$W^{(1)} \\leftarrow W^{(1)} + v_{W^{(1)}} = ")
                .doesNotContain("b^{(1)}", "frozen");
        // layer 1's lines end where its W does: nothing about a b after them
        assertThat(md).containsPattern("- layer 1: the gradient through the updated \\$W\\^\\{\\(2\\)\\}\\$, \\$[^$]*\\$\n")
                .containsPattern("\\$W\\^\\{\\(1\\)\\} \\\\leftarrow W\\^\\{\\(1\\)\\} \\+ v_\\{W\\^\\{\\(1\\)\\}\\} = [^$]*\\$\n");
    }

    @Test
    @DisplayName("λ > 0 without momentum: 'biases are not penalised' beside the update of the layer with biases only")
    void penaltyNoteOnlyWhereThereAreBiases() {
        String md = markdown(Chapter.of(ExamFile.read("m.toml", MIXED + "lambda = 0.125\n")));
        assertThat(md.split("\\$ \\(biases are not penalised\\)", -1)).hasSize(2);
        assertThat(md).containsPattern("b\\^\\{\\(2\\)\\} - \\\\eta[^\n]*\\$ \\(biases are not penalised\\)\n")
                .doesNotContain("b^{(1)}");
    }

    @Test
    @DisplayName("every layer with biases: b shown as before (the five documents' networks)")
    void withBiases() {
        String md = markdown(Chapter.of(ExamFile.read("m.toml", MIXED.replace("biases = \"none\"", "biases = [0.25]"))));
        assertThat(md).contains("$$z^{(k)} = W^{(k)} a^{(k-1)} + b^{(k)},\\quad a^{(k)}")
                .contains("$b^{(1)} = \\begin{bmatrix} 0.25 \\end{bmatrix}$")
                .contains("$z^{(1)} = W^{(1)}a^{(0)} + b^{(1)} = ")
                .contains("\\partial L/\\partial b^{(1)}")
                .contains("$b^{(1)} \\leftarrow b^{(1)} - \\eta");
    }

    /** Both versions of every cell of the chapter's notebooks, one after the other, and the text of their figures. */
    static String notebooks(Chapter c) {
        StringBuilder all = new StringBuilder();
        for (Cell cell : Notebooks.cells(c, Worked.of(c))) {
            all.append(cell.instructor()).append('\n').append(cell.student()).append('\n');
        }
        Matcher svg = Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)").matcher(all.toString());
        while (svg.find()) {
            all.append(new String(Base64.getDecoder().decode(svg.group(1)), StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }

    @Test
    @DisplayName("tiny-relu-bce's notebooks: no b given, asked or updated, z called with nothing to add")
    void notebooksWithoutBiases() throws IOException {
        String nb = notebooks(tiny());
        assertThat(nb).doesNotContain("in.vector(\"b\")", "b1 = ", "b2 = ", "db(", "updateB", "∂L/∂b", "b(1)", "b(2)",
                        "b1new", "b2new")
                .doesNotContain("b⁽¹⁾", "b⁽²⁾")
                .contains("z⁽¹⁾ = W⁽¹⁾·x<", "z⁽²⁾ = W⁽²⁾·a⁽¹⁾<") // the figure's steps
                .contains("z(in.matrix(\"W\"), new double[1], in.vector(\"aBelow\"))")
                .contains("layers 1, 2 have no biases: z(k) = W(k)·a(k−1)")
                .contains("// layer 1 has no biases: z = W·a")
                .contains("Write `dW` (∂L/∂W(k) = δ(k)·a(k−1)ᵀ); no layer has biases.")
                .contains("Write `updateW`: ");
    }

    @Test
    @DisplayName("one layer without biases, one with: the notebooks give, ask and update b of the one with biases only")
    void notebooksOneLayerWithout() {
        String nb = notebooks(Chapter.of(ExamFile.read("m.toml", MIXED)));
        assertThat(nb).contains("layer 1 has no biases: z(1) = W(1)·a(0)")
                .contains("b2 = new double[] {1.0};")
                .contains("updateB(", "db(", "b2new")
                .doesNotContain("b1 = ", "b1new", "db1", "b(1)", "∂L/∂b(1)", "b⁽¹⁾")
                .contains("z⁽¹⁾ = W⁽¹⁾·x<", "z⁽²⁾ = W⁽²⁾·a⁽¹⁾ + b⁽²⁾<");
        assertThat(nb).contains("q.part(\"z(1)\", in -> z(in.matrix(\"W\"), new double[1], in.vector(\"aBelow\")));")
                .contains("q.part(\"z(2)\", in -> z(in.matrix(\"W\"), in.vector(\"b\"), in.vector(\"aBelow\")));")
                .contains("z(n1W1, new double[1], n1a0)", "z(n1W2, n1b2, n1a1)");
    }

    @Test
    @DisplayName("every layer with biases: the notebooks give and ask b as before")
    void notebooksWithBiases() {
        String nb = notebooks(Chapter.of(ExamFile.read("m.toml", MIXED.replace("biases = \"none\"", "biases = [0.25]"))));
        assertThat(nb).contains("b1 = new double[] {0.25};", "b1new", "updateB(", "z⁽¹⁾ = W⁽¹⁾·x + b⁽¹⁾<")
                .doesNotContain("no biases");
    }
}
