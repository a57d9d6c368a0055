package backprop.examples.scenariofile.template;

import backprop.examples.scenariofile.ScenarioFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The built-in checks at their bounds, with slopes worked by hand: σ'(2) = σ(2)(1 − σ(2)) = 0.880797 · 0.119203 =
 * 0.104994; tanh'(2) = 1 − tanh²(2) = 1 − 0.964028² = 0.070651. Each is kept by a min_slope just below it and refused
 * by one just above it, so a slope computed by another formula (the other activation's, a sign or an operation
 * changed) falls on the wrong side of one of them.
 */
@DisplayName("A draw's built-in checks at their bounds")
class ExamChecksTest {
    private static final Function<ScenarioFile, Optional<String>> ANY = f -> Optional.empty();

    /** A 2-1 network of {@code activation}: z = 0.25·x1 + 0·x2 + 0, and x1 = 8 (drawn, one value) gives z = 2. */
    private static String network(String activation, String settings) {
        return String.format(java.util.Locale.ROOT, """
                title = "t"
                kind = "network"
                precision = 4

                [template]
                assignment = "a"
                max_draws = 1
                %s
                [draw]
                "x[1]" = { set = [8] }

                [network]
                layers = [2, 1]
                activations = ["%s"]

                [[network.layer]]
                weights = [[0.25, 0]]
                biases = [0]

                [example]
                x = [1, 0.5]
                y = [1]

                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                """, settings, activation);
    }

    private static int attempts(String template) {
        return Template.read("t.toml", template).draw("s1", ANY).attempts();
    }

    @Test
    @DisplayName("a sigmoid unit at z = 2 (σ' = 0.104994) is kept at min_slope 0.104, refused at 0.106")
    void sigmoidUnitsSlope() {
        assertThat(attempts(network("sigmoid", "min_slope = 0.104\n"))).isEqualTo(1);
        assertThatThrownBy(() -> attempts(network("sigmoid", "min_slope = 0.106\n")))
                .hasMessageContaining("(1 of 1): sigmoid unit 1 of layer 1 saturated;");
    }

    @Test
    @DisplayName("a tanh unit at z = 2 (tanh' = 0.070651) is kept at min_slope 0.07, refused at 0.071")
    void tanhUnitsSlope() {
        assertThat(attempts(network("tanh", "min_slope = 0.07\n"))).isEqualTo(1);
        assertThatThrownBy(() -> attempts(network("tanh", "min_slope = 0.071\n")))
                .hasMessageContaining("(1 of 1): tanh unit 1 of layer 1 saturated;");
    }

    @Test
    @DisplayName("max of one argument has no tie to be near: it is kept whatever kink_margin is")
    void maxOfOneArgument() {
        assertThat(attempts(TemplateTest.expressionTemplate("max(a) + b", "a = { set = [2] }", "kink_margin = 5\nmax_draws = 1\n")))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("max(a, b) at a = b = 2 is named a tie; at a = 3, b = 2 with kink_margin 1.5, near one")
    void maxTieAndNearTie() {
        assertThat(firstRejection(TemplateTest.expressionTemplate("max(a, b)", "a = { set = [2, 5] }", "")))
                .isEqualTo("draw 1: max(a, b): its two largest arguments are 2 and 2 (a tie: a kink)");
        assertThat(firstRejection(TemplateTest.expressionTemplate("max(a, b)", "a = { set = [3, 5] }", "kink_margin = 1.5\n")))
                .isEqualTo("draw 1: max(a, b): its two largest arguments are 3 and 2, within kink_margin 1.5 of a tie");
    }

    /** The first rejection of the first of 40 students whose first draw is rejected (a half of them, by the hash). */
    private static String firstRejection(String template) {
        Template t = Template.read("t.toml", template);
        for (int s = 0; s < 40; s++) {
            Drawn drawn = t.draw("s" + s, ANY);
            if (!drawn.rejections().isEmpty()) {
                return drawn.rejections().get(0);
            }
        }
        throw new AssertionError("no student's first draw was rejected");
    }

    @Test
    @DisplayName("a null student id is refused as an id, not a NullPointerException; a NUL is shown as \\0")
    void studentIds() {
        Template template = Template.read("t.toml", TemplateTest.expressionTemplate("a*b", "a = { set = [2] }", ""));

        assertThatThrownBy(() -> template.draw(null, ANY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Template: a student id must be one line of text without control characters, is null");
        assertThatThrownBy(() -> template.draw("s\0" + "1", ANY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Template: a student id must be one line of text without control characters, is \"s\\01\"");
    }

    @Test
    @DisplayName("a drawn value longer than the number it replaces, in a short template, is written whole")
    void longerValue() {
        String text = Template.read("t.toml", TemplateTest.expressionTemplate("a*b", "a = { set = [123456.789] }", ""))
                .draw("s1", ANY).text();
        assertThat(text).contains("\na = 123456.789\nb = 2\n");
    }
}
