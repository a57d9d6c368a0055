package backprop.export.variant;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.examples.format.Precision;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A scenario file's precision = N means significant figures; decimals = N is the explicit alternative")
class PrecisionKeyTest {
    /** A variant's chapter, as the main command makes it from the file read. */
    private static Chapter read(String name, String text) {
        return Chapter.of(ExamFile.read(name, text));
    }

    /** f = x·y with x = 4.3551234567e-6, y = 1: the product is x itself, a small genuine value. */
    private static String expression(String precisionLine) {
        return "title = \"small\"\nkind = \"expression\"\n" + precisionLine + "\nexpression = \"x*y\"\n"
                + "[inputs]\nx = 0.0000043551234567\ny = 1\n";
    }

    private static String render(Chapter chapter) {
        return AnswerKeyMarkdown.render(chapter, Worked.of(chapter));
    }

    @Test
    @DisplayName("precision = 9 prints 4.3551234567e-6 with 9 significant digits, not 9 decimals")
    void precision_isSignificantFigures() {
        Chapter c = read("small.toml", expression("precision = 9"));
        assertThat(c.precision()).isEqualTo(Precision.significant(9));
        // 4.3551234567e-6 to 9 significant figures: 0.00000435512346
        assertThat(render(c)).contains("| 0.00000435512346 |").doesNotContain("0.000004355 ");
    }

    @Test
    @DisplayName("decimals = 9 prints 9 digits after the point")
    void decimals_isDigitsAfterThePoint() {
        Chapter c = read("small.toml", expression("decimals = 9"));
        assertThat(c.precision()).isEqualTo(Precision.decimals(9));
        assertThat(render(c)).contains("| 0.000004355 |");
    }

    @Test
    @DisplayName("precision = 17 never prints more digits than the shortest round-trip")
    void precision17_stopsAtTheShortestRoundTrip() {
        String text = render(read("small.toml", expression("precision = 17")));
        // the binary value of 4.3551234567e-6 continues past its shortest decimal; only those 11 digits show
        assertThat(text).contains("| 0.0000043551234567 |").doesNotContainPattern("0\\.0000043551234567\\d");
    }

    @Test
    @DisplayName("precision and decimals together are refused at the decimals line")
    void both_areRefused() {
        assertThatThrownBy(() -> read("bad.toml", expression("precision = 3\ndecimals = 3")))
                .isInstanceOf(ScenarioFileException.class).hasMessageStartingWith("bad.toml:4: ")
                .hasMessageContaining("precision and decimals are alternatives");
    }

    @Test
    @DisplayName("a misspelt decimals gets the nearest known key")
    void misspelt_getsTheNearestKey() {
        assertThatThrownBy(() -> read("bad.toml", expression("decimal = 3")))
                .isInstanceOf(ScenarioFileException.class).hasMessageStartingWith("bad.toml:3: ")
                .hasMessageContaining("decimals");
    }

    @Test
    @DisplayName("one epoch is '1 epoch', and the network's inputs are [a, b] vectors")
    void oneEpoch_andVectorStyle() {
        String text = render(read("n.toml", """
                title = "n"
                kind = "network"
                precision = 4
                [network]
                layers = [2, 1]
                activations = ["sigmoid"]
                bias_layout = "per_neuron"
                [[network.layer]]
                weights = [[0.4, -0.2]]
                biases = [0.1]
                [example]
                x = [1, 2]
                y = [1]
                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                epochs = 1
                """));
        assertThat(text).contains(" in 1 epoch (").doesNotContain("1 epochs")
                .contains("| W1 | \\[\\[0.4, -0.2\\]\\] |").contains("| x | \\[1, 2\\] |");
    }
}
