package backprop.examples.doc000;

import backprop.core.function.Loss;
import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static backprop.testing.Tolerance.FEW_ROUNDINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("000, Sample Computation Graph for a simple 2-layer NN: ∂L_CE/∂z = a[2] − y")
class CrossEntropyGraphTest {
    /**
     * Relative: a forward pass of two layers, ln, and the quotients of eq. (13), each one rounding of
     * ≤ 1.1e-16; 1/(1 − a) with a ≈ 0.69 amplifies them about 3×.
     */

    private final CrossEntropyGraph scenario = new CrossEntropyGraph();
    private final ScenarioResult result = scenario.compute();

    @Test
    @DisplayName("the document prints no number for the sample graph; both engines' work is kept for each y")
    void noPublishedValues() {
        assertThat(scenario.published()).isEmpty();
        assertThat(result.derived()).extracting(Derived::name).doesNotHaveDuplicates();
        assertThat(result.graphs()).hasSize(2);
        assertThat(result.networks()).hasSize(2).allSatisfy(n -> assertThat(n.loss()).isEqualTo(Loss.BINARY_CROSS_ENTROPY));
    }

    @ParameterizedTest(name = "y = {0}")
    @ValueSource(ints = {1, 0})
    @DisplayName("L_CE = −[y log a[2] + (1 − y) log(1 − a[2])] (eq. 12)")
    void loss(int y) {
        double a = output();
        double expected = y == 1 ? -Math.log(a) : -Math.log(1 - a);
        assertClose(name(y, "eq12"), expected);
        assertClose(name(y, "loss.network"), expected);
    }

    @ParameterizedTest(name = "y = {0}")
    @ValueSource(ints = {1, 0})
    @DisplayName("∂L/∂a[2] = −(y/a[2] + (y − 1)/(1 − a[2])) (eq. 13), by the formula, the loss and the graph")
    void lossDerivative(int y) {
        // d/da of −ln a is −1/a; of −ln(1 − a) is 1/(1 − a)
        double a = output();
        double expected = y == 1 ? -1 / a : 1 / (1 - a);
        for (String how : new String[] {"eq13.line2", "eq13.line3", "dL_da2.network", "dL_da2.graph"}) {
            assertClose(name(y, how), expected);
        }
    }

    @ParameterizedTest(name = "y = {0}")
    @ValueSource(ints = {1, 0})
    @DisplayName("∂a[2]/∂z = a[2](1 − a[2]) (eq. 14), and ∂L/∂z = a[2] − y (eq. 15) by the formula, δ and the graph")
    void errorAtZ(int y) {
        double a = output();
        double z = outputPreActivation();
        assertClose(name(y, "eq14"), Math.exp(-z) / Math.pow(1 + Math.exp(-z), 2));
        for (String how : new String[] {"eq15.line2", "eq15.line3", "dL_dz.network", "dL_dz.graph"}) {
            assertClose(name(y, how), a - y);
        }
    }

    /** The chosen network by hand: h = σ(W[1]x + b[1]), z = W[2]h + b[2]. */
    private static double outputPreActivation() {
        double h1 = sigmoid(0.5 * 1.0 - 0.3 * -2.0 + 0.1);
        double h2 = sigmoid(0.8 * 1.0 + 0.2 * -2.0 - 0.1);
        return 1.2 * h1 - 0.7 * h2 + 0.3;
    }

    private static double output() {
        return sigmoid(outputPreActivation());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static String name(int y, String what) {
        return "000.cross-entropy-graph.y=" + y + "." + what;
    }

    private void assertClose(String name, double expected) {
        double actual = result.derived().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).value();
        assertThat(actual).as(name).isCloseTo(expected, within(FEW_ROUNDINGS * Math.abs(expected)));
    }
}
