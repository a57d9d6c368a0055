package backprop.examples.scenariofile;

import backprop.examples.Scenario;
import backprop.examples.work.NetworkWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a chapter says of a layer without biases (issue 21): its formula line and its work's {@code hasBiases}, from
 * which the answer key and the notebooks leave b out. A 2-2-1 network; which layers say {@code biases = "none"}
 * varies.
 */
@DisplayName("A layer without biases in the chapter's formula and work")
class NoBiasesFormulaTest {

    private static String file(String first, String second) {
        return """
                title = "two layers"
                kind = "network"
                precision = 4
                [network]
                layers = [2, 2, 1]
                activations = ["sigmoid", "identity"]
                [[network.layer]]
                weights = [[0.1, 0.2], [0.3, 0.4]]
                biases = FIRST
                [[network.layer]]
                weights = [[0.5, 0.6]]
                biases = SECOND
                [example]
                x = [1.0, 2.0]
                y = [1.0]
                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                """.replace("FIRST", first).replace("SECOND", second);
    }

    private static Scenario scenario(String first, String second) {
        return ExamFile.read("t.toml", file(first, second)).scenario();
    }

    private static NetworkWork work(String first, String second) {
        return scenario(first, second).compute().networks().get(0);
    }

    @Test
    @DisplayName("no layer with biases: z = W a, no + b anywhere")
    void none() {
        assertThat(scenario("\"none\"", "\"none\"").formula()).startsWith("z^{(k)} = W^{(k)} a^{(k-1)},\\quad a^{(k)}")
                .doesNotContain("b^{");
        NetworkWork w = work("\"none\"", "\"none\"");
        assertThat(w.hasBiases(1)).isFalse();
        assertThat(w.hasBiases(2)).isFalse();
    }

    @Test
    @DisplayName("layer 1 without: z = W a + b, and z^(1) = W^(1) a^(0) named apart; layer 2 keeps its b")
    void first() {
        assertThat(scenario("\"none\"", "[0.1]").formula()).startsWith("z^{(k)} = W^{(k)} a^{(k-1)} + b^{(k)},\\quad"
                + " z^{(1)} = W^{(1)} a^{(0)},\\quad a^{(k)}");
        NetworkWork w = work("\"none\"", "[0.1]");
        assertThat(w.hasBiases(1)).isFalse();
        assertThat(w.hasBiases(2)).isTrue();
    }

    @Test
    @DisplayName("both layers with biases: the formula as ever, every layer hasBiases")
    void both() {
        assertThat(scenario("[0.0, 0.1]", "[0.1]").formula()).startsWith("z^{(k)} = W^{(k)} a^{(k-1)} + b^{(k)},\\quad"
                + " a^{(k)}");
        NetworkWork w = work("[0.0, 0.1]", "[0.1]");
        assertThat(w.hasBiases(1)).isTrue();
        assertThat(w.hasBiases(2)).isTrue();
    }

    @Test
    @DisplayName("two of three layers without: each named, in layer order")
    void twoOfThree() {
        String text = file("\"none\"", "\"none\"").replace("layers = [2, 2, 1]", "layers = [2, 2, 1, 1]")
                .replace("activations = [\"sigmoid\", \"identity\"]", "activations = [\"sigmoid\", \"tanh\", \"identity\"]")
                .replace("[example]", "[[network.layer]]\nweights = [[0.7]]\nbiases = [0.2]\n[example]");
        assertThat(ExamFile.read("t.toml", text).scenario().formula()).startsWith("z^{(k)} = W^{(k)} a^{(k-1)} + b^{(k)},"
                + "\\quad z^{(1)} = W^{(1)} a^{(0)},\\quad z^{(2)} = W^{(2)} a^{(1)},\\quad a^{(k)}");
    }
}
