package backprop.examples.doc001;

import backprop.core.network.ForwardPass;
import backprop.core.network.Gradients;
import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import backprop.testing.SeededNetworks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("001, Deriving the backpropagation algorithm: ∂C0/∂w21 layer by layer, and (L−m) in general")
class WeightsBetweenLayersTest {
    /**
     * Relative to the largest gradient of the layer. The document's sums and core's δ recursion form the
     * same products, g'·∂C0/∂a·w, and add them over the same nodes; measured difference: 0 (they happen to
     * associate and order them alike). 1e-14 leaves room for another association or summation order, a
     * few roundings of ≤ 1.1e-16 each.
     */
    private static final double SAME_PRODUCTS = 1e-14;
    /**
     * Absolute, against a central difference with step 1e-6 of a hand-written forward pass: rounding of C0
     * (≈ 1.1e-16 · C0 / 1e-6 ≈ 1e-10) dominates the truncation (≈ step² · |C0'''| / 6 ≈ 1e-13); measured
     * at most 1.3e-10 over the 30 weights.
     */
    private static final double CENTRAL_DIFFERENCE = 1e-9;
    private static final double STEP = 1e-6;
    private static final String[] LAYERS = {"(L-2)", "(L-1)", "(L)"};

    private final WeightsBetweenLayers scenario = new WeightsBetweenLayers();
    private final ScenarioResult result = scenario.compute();

    @Test
    @DisplayName("the worked network is shown on the one example its gradients are of, x = [0.5, -1.0, 2.0], y = [1, 0]")
    void workShowsItsExample() {
        // the inputs this scenario states (001's Input rows)
        assertThat(result.networks().get(0).example().x()).containsExactly(0.5, -1.0, 2.0);
        assertThat(result.networks().get(0).example().y()).containsExactly(1, 0);
    }

    @Test
    @DisplayName("the general form's rows name their equation and layer: eq. (2) at the output, (11) and (10) below it")
    void generalFormRowsNameTheirEquation() {
        // 001, section 1.1.4: eq. (2) ∂C0/∂a_j^(L) = 2(a_j^(L) − y_j); eq. (11) ∂C0/∂a below; eq. (10) ∂C0/∂w_jk
        assertThat(quantity("eq2.dC0_da(L)_2")).isEqualTo("∂C0/∂a_2^(L) = 2(a_2^(L) − y_2), eq. (2)");
        assertThat(quantity("eq11.dC0_da(L-1)_1")).isEqualTo("∂C0/∂a_1^(L−1), eq. (11)");
        assertThat(quantity("eq10.dC0_dw(L-1)_12")).isEqualTo("∂C0/∂w_12^(L−1), eq. (10)");
    }

    @Test
    @DisplayName("001 prints no number; the weights are those its Input note states: Random(2020), rounded to 0.1")
    void inputs() {
        assertThat(scenario.published()).isEmpty();
        assertThat(result.derived()).extracting(Derived::name).doesNotHaveDuplicates();
        Random random = new Random(2020);
        for (double[][] w : BasicNeuralNetwork.WEIGHTS) {
            for (double[] row : w) {
                for (double entry : row) {
                    assertThat(entry).isEqualTo(SeededNetworks.tenth(random));
                }
            }
        }
    }

    @Test
    @DisplayName("eqs. (1), (5) and (8) give ∂C0/∂w21 at (L), (L−1), (L−2) as a central difference of C0 does")
    void weightW21() {
        assertThat(value("001.delta-recursion.eq1.dC0_dw21(L)"))
                .isCloseTo(centralDifference(2, 1, 0), within(CENTRAL_DIFFERENCE));
        assertThat(value("001.delta-recursion.eq5.dC0_dw21(L-1)"))
                .isCloseTo(centralDifference(1, 1, 0), within(CENTRAL_DIFFERENCE));
        assertThat(value("001.delta-recursion.eq8.dC0_dw21(L-2)"))
                .isCloseTo(centralDifference(0, 1, 0), within(CENTRAL_DIFFERENCE));
    }

    @Test
    @DisplayName("eq. (4) as printed, a_j^(L−1) where a_k^(L−1) is meant, gives a number the central difference rejects")
    void equation4AsPrinted() {
        ForwardPass f = result.networks().get(0).forward();
        // ∂C0/∂w21^(L) with ∂z2^(L)/∂w21^(L) read as a_2^(L−1) instead of a_1^(L−1)
        double asPrinted = value("001.delta-recursion.eq1.dC0_dw21(L)") / f.a(2)[0] * f.a(2)[1];
        assertThat(Math.abs(asPrinted - centralDifference(2, 1, 0))).isGreaterThan(1000 * CENTRAL_DIFFERENCE);
    }

    @Test
    @DisplayName("the sums of eqs. (6) and (9) are the general eq. (11) at node 2")
    void sumsOverNodes() {
        double eq11AtL1 = value("001.delta-recursion.eq11.dC0_da(L-1)_2");
        double eq11AtL2 = value("001.delta-recursion.eq11.dC0_da(L-2)_2");
        assertThat(value("001.delta-recursion.eq6.dC0_da2(L-1)"))
                .isCloseTo(eq11AtL1, within(SAME_PRODUCTS * Math.abs(eq11AtL1)));
        assertThat(value("001.delta-recursion.eq9.dC0_da2(L-2)"))
                .isCloseTo(eq11AtL2, within(SAME_PRODUCTS * Math.abs(eq11AtL2)));
    }

    @Test
    @DisplayName("eqs. (10)–(11) give every ∂C0/∂w_jk^(L−m) as a central difference of C0 does")
    void generalFormAgainstCentralDifferences() {
        for (int layer = 0; layer < 3; layer++) {
            double[][] w = BasicNeuralNetwork.WEIGHTS[layer];
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    assertThat(value(weightName(layer, j, k))).as(weightName(layer, j, k))
                            .isCloseTo(centralDifference(layer, j, k), within(CENTRAL_DIFFERENCE));
                }
            }
        }
    }

    @Test
    @DisplayName("eqs. (10)–(11) and core's Network.backward agree to 1e-14 relative: the same products")
    void generalFormAgainstNetworkBackward() {
        Gradients backward = result.networks().get(0).backward().gradients();
        for (int layer = 0; layer < 3; layer++) {
            double[] data = backward.weight(layer + 1).data();
            double largest = 0;
            for (double d : data) {
                largest = Math.max(largest, Math.abs(d));
            }
            double[][] w = BasicNeuralNetwork.WEIGHTS[layer];
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    assertThat(value(weightName(layer, j, k))).as(weightName(layer, j, k))
                            .isCloseTo(backward.weight(layer + 1).get(j, k), within(SAME_PRODUCTS * largest));
                }
            }
        }
        assertThat(value("001.delta-recursion.network.dC0_dw21(L-2)")).isEqualTo(backward.weight(1).get(1, 0));
    }

    private static String weightName(int layer, int j, int k) {
        return "001.delta-recursion.eq10.dC0_dw" + LAYERS[layer] + "_" + (j + 1) + (k + 1);
    }

    /** (C0(w + h) − C0(w − h)) / 2h for w = w_jk of {@code layer} (0 = (L−2)). */
    private static double centralDifference(int layer, int j, int k) {
        double[][][] w = copy(BasicNeuralNetwork.WEIGHTS);
        double original = w[layer][j][k];
        w[layer][j][k] = original + STEP;
        double plus = cost(w);
        w[layer][j][k] = original - STEP;
        double minus = cost(w);
        return (plus - minus) / (2 * STEP);
    }

    /** C0 = Σ_j (a_j^(L) − y_j)², with a^(l) = σ(w^(l) a^(l−1)) and no bias, by hand. */
    private static double cost(double[][][] w) {
        double[] a = BasicNeuralNetwork.X;
        for (double[][] layer : w) {
            double[] next = new double[layer.length];
            for (int j = 0; j < layer.length; j++) {
                double z = 0;
                for (int k = 0; k < a.length; k++) {
                    z += layer[j][k] * a[k];
                }
                next[j] = 1 / (1 + Math.exp(-z));
            }
            a = next;
        }
        double c = 0;
        for (int j = 0; j < a.length; j++) {
            c += (a[j] - BasicNeuralNetwork.Y[j]) * (a[j] - BasicNeuralNetwork.Y[j]);
        }
        return c;
    }

    private static double[][][] copy(double[][][] w) {
        double[][][] c = new double[w.length][][];
        for (int l = 0; l < w.length; l++) {
            c[l] = new double[w[l].length][];
            for (int j = 0; j < w[l].length; j++) {
                c[l][j] = w[l][j].clone();
            }
        }
        return c;
    }

    private String quantity(String name) {
        return result.derived().stream().filter(d -> d.name().equals("001.delta-recursion." + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).quantity();
    }

    private double value(String name) {
        return result.derived().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).value();
    }
}
