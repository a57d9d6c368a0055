package backprop.verification.oracle;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Extreme but legal numbers (issue 22) get a result that both oracles confirm, or a one-line FILE:LINE error from the
 * reader; never an exception of the oracles' or the engine's own (the main command reports those as internal errors).
 */
@DisplayName("Extreme numbers: a checked result or a one-line FILE:LINE error, never an internal error")
class ExtremeNumbersTest {

    private static String network(String activations, String x, String y) {
        return String.format(Locale.ROOT, """
                title = "t"
                kind = "network"
                precision = 4
                [network]
                layers = [2, 2, 1]
                activations = [%s]
                [[network.layer]]
                weights = [[0.5, -0.5], [0.25, 0.75]]
                biases = [0.1, 0.2]
                [[network.layer]]
                weights = [[1.0, -1.0]]
                biases = [0.0]
                [data]
                inputs = 2
                table = [[%s, 1, %s], [0, 1, 0]]
                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.1
                """, activations, x, y);
    }

    private static String expression(String expression, String x) {
        return String.format(Locale.ROOT, """
                title = "t"
                kind = "expression"
                precision = 4
                expression = "%s"
                [inputs]
                x = %s
                """, expression, x);
    }

    /** Reads and checks the file: "checked" when both oracles pass every gradient, else the reader's line. */
    private static String outcome(String text) {
        ScenarioFile file;
        try {
            file = ExamFile.read("x.toml", text);
        } catch (ScenarioFileException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith("x.toml:");
            return e.getMessage();
        }
        Throwable t = catchThrowable(() -> {
            List<GradientCheckReport> reports = ScenarioGradients.check(file.scenario());
            for (GradientCheckReport r : reports) {
                assertThat(r.failures()).as("%s", r).isEmpty();
            }
        });
        assertThat(t).as("the oracles on a file the reader accepted").isNull();
        return "checked";
    }

    @ParameterizedTest(name = "{0} at x = {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // σ(−1e10) = 0 and σ' = 0 as doubles round them; e^−a overflowed forward mode's 1/(1 + e^−a)
        "sigmoid(x)|-1e10|checked",
        "sigmoid(x)|1e10|checked",
        "tanh(x)|-1e10|checked",
        "exp(x)|-1e10|checked",
        "relu(x)|1e300|checked",
        // an overflow the math has no value for: one line, at the expression, naming the node that is infinite
        "x*x|1e200|x.toml:4:16: expression: the expression does not evaluate at these inputs: forward: node 'x*x' =",
        "exp(x)|1000|x.toml:4:15: expression: the expression does not evaluate at these inputs: forward: node 'exp(x)'",
    })
    void expressions(String expression, String x, String expected) {
        assertThat(outcome(expression(expression, x))).startsWith(expected);
    }

    @ParameterizedTest(name = "[{0}] at x₁ = {1}, y = {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        // z = ±5e9: σ saturates to 0 or 1 exactly, every derivative through it is 0
        "\"sigmoid\", \"sigmoid\"|1e10|0.5|checked",
        "\"tanh\", \"tanh\"|1e10|0.5|checked",
        "\"sigmoid\", \"sigmoid\"|1e308|0.5|checked",
        // identity: z = 5e307 − 0.5 is finite, a − y squared overflows
        "\"identity\", \"identity\"|1e308|0.5|x.toml:16: the network does not compute: half_sum_squared_error: L(a, y)"
                + " is Infinity",
        "\"identity\", \"identity\"|1e10|0.5|checked",
    })
    void networks(String activations, String x, String y, String expected) {
        assertThat(outcome(network(activations, x, y))).startsWith(expected);
    }
}
