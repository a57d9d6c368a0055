package backprop.examples.doc002;

import backprop.core.network.BackwardPass;
import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import backprop.testing.SeededNetworks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("002, Backpropagation: ∂L/∂W_jk^[i] = (Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1]) g'(z_k^[i]) a_j^[i−1]")
class HiddenNeuronGradientsTest {
    /**
     * Relative to the largest gradient of the layer. 002's sums and core's δ recursion form the same
     * products and add them over the same neurons; measured difference: 0. 1e-14 leaves room for another
     * association or summation order, a few roundings of ≤ 1.1e-16 each.
     */
    private static final double SAME_PRODUCTS = 1e-14;
    /**
     * Absolute, against a central difference with step 1e-6 of a hand-written forward pass: rounding of L
     * (≈ 1.1e-16 · L / 1e-6 ≈ 1e-10) dominates the truncation (≈ step² · |L'''| / 6 ≈ 1e-13); measured at
     * most 9.1e-11 over the 30 weights and 9 biases.
     */
    private static final double CENTRAL_DIFFERENCE = 1e-9;
    private static final double STEP = 1e-6;

    private final HiddenNeuronGradients scenario = new HiddenNeuronGradients();
    private final ScenarioResult result = scenario.compute();

    @Test
    @DisplayName("the worked network is shown on the one example its gradients are of, x = [1.0, -0.5, 0.25], y = [0, 1]")
    void workShowsItsExample() {
        // the inputs this scenario states (002's Input rows)
        assertThat(result.networks().get(0).example().x()).containsExactly(1.0, -0.5, 0.25);
        assertThat(result.networks().get(0).example().y()).containsExactly(0, 1);
    }

    @Test
    @DisplayName("002 prints no number; weights and biases are those its Input note states: Random(2022), rounded to 0.1")
    void inputs() {
        assertThat(scenario.published()).isEmpty();
        assertThat(result.derived()).extracting(Derived::name).doesNotHaveDuplicates();
        Random random = new Random(2022);
        for (double[][] w : FeedforwardNetwork.W) {
            for (double[] row : w) {
                for (double entry : row) {
                    assertThat(entry).isEqualTo(SeededNetworks.tenth(random));
                }
            }
        }
        for (double[] b : FeedforwardNetwork.B) {
            for (double entry : b) {
                assertThat(entry).isEqualTo(SeededNetworks.tenth(random));
            }
        }
    }

    @Test
    @DisplayName("each row says its formula in 002's notation with its own indices: W_jk^[i] from a_j^[i−1], the sum"
            + " over layer i + 1")
    void quantitiesInTheDocumentsNotation() {
        // 002: ∂L/∂W_jk^[i] = (Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1]) g'(z_k^[i]) a_j^[i−1], and at the top δ_k^[3] a_j^[2]
        assertThat(quantity("dL_dW[3]_12")).isEqualTo("∂L/∂W_12^[3] = δ_2^[3] a_1^[2]");
        assertThat(quantity("dL_dW[2]_12")).isEqualTo("∂L/∂W_12^[2] = (Σ_ℓ δ_ℓ^[3] W_2ℓ^[3]) g'(z_2^[2]) a_1^[1]");
        assertThat(quantity("dL_da[2]_1")).isEqualTo("∂L/∂a_1^[2] = Σ_ℓ δ_ℓ^[3] W_1ℓ^[3]");
        assertThat(quantity("dL_da[1]_3")).isEqualTo("∂L/∂a_3^[1] = Σ_ℓ δ_ℓ^[2] W_3ℓ^[2]");
    }

    @Test
    @DisplayName("every ∂L/∂W_jk^[i] and ∂L/∂b_k^[i] is what a central difference of L gives")
    void againstCentralDifferences() {
        for (int i = 1; i <= 3; i++) {
            double[][] w = FeedforwardNetwork.W[i - 1];
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    assertThat(value(weightName(i, j, k))).as(weightName(i, j, k))
                            .isCloseTo(weightDifference(i, j, k), within(CENTRAL_DIFFERENCE));
                }
            }
            for (int k = 0; k < w[0].length; k++) {
                assertThat(value(biasName(i, k))).as(biasName(i, k))
                        .isCloseTo(biasDifference(i, k), within(CENTRAL_DIFFERENCE));
            }
        }
    }

    @Test
    @DisplayName("002's formulas and core's Network.backward agree to 1e-14 relative, W_jk^[i] being our W^(i)[k][j]")
    void againstNetworkBackward() {
        BackwardPass backward = result.networks().get(0).backward();
        for (int i = 1; i <= 3; i++) {
            double largest = 0;
            for (double d : backward.gradients().weight(i).data()) {
                largest = Math.max(largest, Math.abs(d));
            }
            double[][] w = FeedforwardNetwork.W[i - 1];
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    assertThat(value(weightName(i, j, k))).as(weightName(i, j, k))
                            .isCloseTo(backward.gradients().weight(i).get(k, j), within(SAME_PRODUCTS * largest));
                }
            }
            for (int k = 0; k < w[0].length; k++) {
                assertThat(value(biasName(i, k)))
                        .isCloseTo(backward.gradients().bias(i)[k], within(SAME_PRODUCTS * largest));
                assertThat(value("002.delta-recursion.delta[" + i + "]_" + (k + 1)))
                        .isCloseTo(backward.delta(i)[k], within(SAME_PRODUCTS * largest));
            }
        }
    }

    private static String weightName(int i, int j, int k) {
        return "002.delta-recursion.dL_dW[" + i + "]_" + (j + 1) + (k + 1);
    }

    private static String biasName(int i, int k) {
        return "002.delta-recursion.dL_db[" + i + "]_" + (k + 1);
    }

    private static double weightDifference(int i, int j, int k) {
        double[][][] w = copy(FeedforwardNetwork.W);
        double[][] b = copy(FeedforwardNetwork.B);
        w[i - 1][j][k] += STEP;
        double plus = loss(w, b);
        w[i - 1][j][k] -= 2 * STEP;
        return (plus - loss(w, b)) / (2 * STEP);
    }

    private static double biasDifference(int i, int k) {
        double[][][] w = copy(FeedforwardNetwork.W);
        double[][] b = copy(FeedforwardNetwork.B);
        b[i - 1][k] += STEP;
        double plus = loss(w, b);
        b[i - 1][k] -= 2 * STEP;
        return (plus - loss(w, b)) / (2 * STEP);
    }

    /** L = Σ_ℓ (a_ℓ − y_ℓ)², with z_k^[i] = Σ_j W_jk^[i] a_j^[i−1] + b_k^[i] in 002's indexing, by hand. */
    private static double loss(double[][][] w, double[][] b) {
        double[] a = FeedforwardNetwork.X;
        for (int i = 0; i < w.length; i++) {
            double[] next = new double[b[i].length];
            for (int k = 0; k < next.length; k++) {
                double z = b[i][k];
                for (int j = 0; j < a.length; j++) {
                    z += w[i][j][k] * a[j];
                }
                next[k] = 1 / (1 + Math.exp(-z));
            }
            a = next;
        }
        double l = 0;
        for (int k = 0; k < a.length; k++) {
            l += (a[k] - FeedforwardNetwork.Y[k]) * (a[k] - FeedforwardNetwork.Y[k]);
        }
        return l;
    }

    private static double[][][] copy(double[][][] w) {
        double[][][] c = new double[w.length][][];
        for (int i = 0; i < w.length; i++) {
            c[i] = copy(w[i]);
        }
        return c;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r].clone();
        }
        return c;
    }

    private String quantity(String name) {
        return result.derived().stream().filter(d -> d.name().equals("002.delta-recursion." + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).quantity();
    }

    private double value(String name) {
        return result.derived().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).value();
    }
}
