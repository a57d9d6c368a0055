package backprop.core.function;

import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static backprop.testing.Tolerance.FEW_ROUNDINGS_NEAR_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Loss: L(ŷ, y) and ∂L/∂ŷ, the constant factor named")
class LossTest {
    // Four outputs so that the sum, the half sum and the mean (m = 4) all differ; binary fractions, so exact.
    private static final double[] A = {0.5, 0.25, 0, 1};
    private static final double[] Y = {1, 0, 0, 1};

    @Nested
    @DisplayName("Squared error, C_0 = Σ_j (a_j^(L) − y_j)² (000)")
    class SquaredError {
        @Test
        @DisplayName("SUM_SQUARED_ERROR: Σ(a − y)², gradient 2(a − y) (000: ∂C_0/∂a^(L) = 2(a^(L) − y))")
        void sumSquaredError() {
            // (½ − 1)² + (¼ − 0)² + 0² + 0² = ¼ + 1/16 = 5/16
            // 2(a − y) = [2(−½), 2(¼), 0, 0] = [−1, ½, 0, 0]
            assertThat(Loss.SUM_SQUARED_ERROR.value(A, Y)).isEqualTo(5.0 / 16);
            assertThat(Loss.SUM_SQUARED_ERROR.gradient(A, Y)).containsExactly(-1, 0.5, 0, 0);
        }

        @Test
        @DisplayName("HALF_SUM_SQUARED_ERROR: ½Σ(a − y)², gradient a − y")
        void halfSumSquaredError() {
            // ½ · 5/16 = 5/32;  a − y = [−½, ¼, 0, 0]
            assertThat(Loss.HALF_SUM_SQUARED_ERROR.value(A, Y)).isEqualTo(5.0 / 32);
            assertThat(Loss.HALF_SUM_SQUARED_ERROR.gradient(A, Y)).containsExactly(-0.5, 0.25, 0, 0);
        }

        @Test
        @DisplayName("MEAN_SQUARED_ERROR: divides by the number of outputs, m = 4")
        void meanSquaredError() {
            // (5/16)/4 = 5/64;  2(a − y)/4 = [−¼, ⅛, 0, 0]
            assertThat(Loss.MEAN_SQUARED_ERROR.value(A, Y)).isEqualTo(5.0 / 64);
            assertThat(Loss.MEAN_SQUARED_ERROR.gradient(A, Y)).containsExactly(-0.25, 0.125, 0, 0);
        }
    }

    @Nested
    @DisplayName("Derivative of the CE Loss Function (000, eqs. 12 and 13)")
    class BinaryCrossEntropy {
        @Test
        @DisplayName("a = 1/2, y = 1: L = ln 2 and ∂L/∂a = −2")
        void binaryCrossEntropy_atOneHalf() {
            // eq. 12: L = −[1·ln ½ + 0·ln ½] = ln 2; Math.log is within an ulp: a few roundings.
            // eq. 13: ∂L/∂a = −(y/a + (y − 1)/(1 − a)) = −(1/½ + 0/½) = −2, exact.
            double[] a = {0.5};
            double[] y = {1};
            assertThat(Loss.BINARY_CROSS_ENTROPY.value(a, y)).isCloseTo(Math.log(2), within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(Loss.BINARY_CROSS_ENTROPY.gradient(a, y)).containsExactly(-2);
        }

        @Test
        @DisplayName("two outputs add: a = [1/2, 1/4], y = [1, 0]: L = ln(8/3), ∂L/∂a = [−2, 4/3]")
        void binaryCrossEntropy_sumsOverOutputs() {
            // L = ln 2 + (−[0·ln ¼ + 1·ln ¾]) = ln 2 + ln(4/3) = ln(8/3)
            // ∂L/∂a_2 = −(0/¼ + (0 − 1)/(1 − ¼)) = 1/(¾) = 4/3
            double[] a = {0.5, 0.25};
            double[] y = {1, 0};
            assertThat(Loss.BINARY_CROSS_ENTROPY.value(a, y)).isCloseTo(Math.log(8.0 / 3), within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(Loss.BINARY_CROSS_ENTROPY.gradient(a, y))
                    .containsExactly(new double[] {-2, 4.0 / 3}, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("a saturated correct prediction costs 0, not NaN: a = 1, y = 1 and a = 0, y = 0")
        void binaryCrossEntropy_saturatedCorrectPrediction() {
            // L = −(1·ln 1) = 0, the 0·ln 0 term being 0 by continuity; ∂L/∂a = −(1/1) = −1.
            assertThat(Loss.BINARY_CROSS_ENTROPY.value(new double[] {1.0}, new double[] {1.0})).isZero();
            assertThat(Loss.BINARY_CROSS_ENTROPY.gradient(new double[] {1.0}, new double[] {1.0})).containsExactly(-1.0);
            // L = −(1·ln(1 − 0)) = 0; ∂L/∂a = −((0 − 1)/(1 − 0)) = 1.
            assertThat(Loss.BINARY_CROSS_ENTROPY.value(new double[] {0.0}, new double[] {0.0})).isZero();
            assertThat(Loss.BINARY_CROSS_ENTROPY.gradient(new double[] {0.0}, new double[] {0.0})).containsExactly(1.0);
        }

        @Test
        @DisplayName("a soft target weighs both terms: a = 1/2, y = 1/4 gives L = ln 2 and ∂L/∂a = 1")
        void binaryCrossEntropy_softTarget() {
            // L = −[y ln a + (1 − y) ln(1 − a)] = −[¼ ln ½ + ¾ ln ½] = −ln ½ = ln 2 (the weights y and 1 − y sum to 1)
            // ∂L/∂a = −(y/a + (y − 1)/(1 − a)) = −(½ + (−¾)/½) = −(½ − 3/2) = 1
            double[] a = {0.5};
            double[] y = {0.25};
            assertThat(Loss.BINARY_CROSS_ENTROPY.value(a, y)).isCloseTo(Math.log(2), within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(Loss.BINARY_CROSS_ENTROPY.gradient(a, y)).containsExactly(1.0);
        }
    }

    @Nested
    @DisplayName("Categorical cross-entropy, L = −Σ_j y_j ln a_j")
    class CategoricalCrossEntropy {
        @Test
        @DisplayName("a = [1/4, 3/4], y = [0, 1]: L = ln(4/3), ∂L/∂a = [0, −4/3]")
        void categoricalCrossEntropy() {
            // L = −(0·ln ¼ + 1·ln ¾) = ln(4/3);  ∂L/∂a_j = −y_j/a_j = [0, −1/(¾)] = [0, −4/3]
            double[] a = {0.25, 0.75};
            double[] y = {0, 1};
            assertThat(Loss.CATEGORICAL_CROSS_ENTROPY.value(a, y)).isCloseTo(Math.log(4.0 / 3), within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(Loss.CATEGORICAL_CROSS_ENTROPY.gradient(a, y))
                    .containsExactly(new double[] {0, -4.0 / 3}, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("a class of probability 0 that is not the target costs nothing: a = [0, 1], y = [0, 1] gives L = 0, ∂L/∂a = [0, −1]")
        void categoricalCrossEntropy_zeroProbabilityOffTarget() {
            // softmax([0, 800]) is [0, 1] in doubles (e^−800 underflows). L = −(0·ln 0 + 1·ln 1) = 0, the 0·ln 0 term
            // being 0 by continuity; ∂L/∂a_1 = 0 since y_1 = 0 (not −0/0), ∂L/∂a_2 = −1/1 = −1.
            double[] a = {0, 1};
            double[] y = {0, 1};
            assertThat(Loss.CATEGORICAL_CROSS_ENTROPY.value(a, y)).isZero();
            assertThat(Loss.CATEGORICAL_CROSS_ENTROPY.gradient(a, y)).containsExactly(0.0, -1.0);
        }
    }

    @Nested
    @DisplayName("Derivative of the Sigmoid and the Chain Rule: ∂L/∂z = a^[2] − y (000, eq. 15)")
    class OutputDelta {
        /** One sigmoid neuron, z = 1·x + 0, so that z is the input. */
        private Network sigmoidNeuron() {
            return new Network(List.of(new DenseLayer(new double[][] {{1}}, new double[] {0},
                    BiasLayout.PER_NEURON, Activation.SIGMOID)));
        }

        @Test
        @DisplayName("sigmoid output with BCE: z = 0, y = 1 gives δ = 1/2 − 1 = −1/2")
        void sigmoidWithBinaryCrossEntropy_deltaIsAMinusY() {
            // a = σ(0) = ½; eq. 13: ∂L/∂a = −(1/½ + 0) = −2; eq. 14: ∂a/∂z = ½·½ = ¼;
            // eq. 15: δ = −2·¼ = −½ = a − y. Exact. And ∂L/∂w = δ·x = 0, ∂L/∂b = δ.
            BackwardPass pass = sigmoidNeuron().backward(new Example(new double[] {0}, new double[] {1}),
                    Method.documents(Loss.BINARY_CROSS_ENTROPY));
            assertThat(pass.lossGradient()).containsExactly(-2);
            assertThat(pass.delta(1)).containsExactly(-0.5);
            assertThat(pass.gradients().bias(1)).containsExactly(-0.5);
        }

        @Test
        @DisplayName("sigmoid output with BCE: z = ln 3, y = 0 gives δ = 3/4 − 0")
        void sigmoidWithBinaryCrossEntropy_atThreeQuarters() {
            // a = σ(ln 3) = ¾; ∂L/∂a = −(0 + (0 − 1)/¼) = 4; ∂a/∂z = ¾·¼ = 3/16; δ = 4·3/16 = ¾ = a − y.
            // ∂L/∂w = δ·x = ¾·ln 3. ln 3 and e^−ln 3 rounded: a few roundings.
            double x = Math.log(3);
            BackwardPass pass = sigmoidNeuron().backward(new Example(new double[] {x}, new double[] {0}),
                    Method.documents(Loss.BINARY_CROSS_ENTROPY));
            assertThat(pass.delta(1)[0]).isCloseTo(0.75, within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(pass.gradients().weight(1).get(0, 0)).isCloseTo(0.75 * x, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("sigmoid output with BCE and a soft target: a = 1/2, y = 1/4 gives δ = 1/4")
        void sigmoidWithBinaryCrossEntropy_softTarget() {
            // ∂L/∂a = −(¼/½ + (¼ − 1)/½) = −(½ − 3/2) = 1; δ = 1·¼ = ¼ = ½ − ¼. Exact.
            BackwardPass pass = sigmoidNeuron().backward(new Example(new double[] {0}, new double[] {0.25}),
                    Method.documents(Loss.BINARY_CROSS_ENTROPY));
            assertThat(pass.delta(1)).containsExactly(0.25);
        }

        /** Softmax of z = I·x + 0 = x. */
        private Network softmaxLayer() {
            return new Network(List.of(new DenseLayer(new double[][] {{1, 0}, {0, 1}}, new double[] {0, 0},
                    BiasLayout.PER_NEURON, Activation.SOFTMAX)));
        }

        @Test
        @DisplayName("softmax output with categorical CE, y = [1, 0]: δ = a − y = [−3/4, 3/4]")
        void softmaxWithCategoricalCrossEntropy_firstClass() {
            // z = [0, ln 3] → a = [¼, ¾]; ∂L/∂a = [−1/¼, 0] = [−4, 0];
            // δ = Jᵀ(∂L/∂a) with J = [[3/16, −3/16], [−3/16, 3/16]]: [3/16·(−4), −3/16·(−4)] = [−¾, ¾]
            // = a − y = [¼ − 1, ¾ − 0]. A few roundings (ln 3, e^−ln 3).
            BackwardPass pass = softmaxLayer().backward(
                    new Example(new double[] {0, Math.log(3)}, new double[] {1, 0}), Method.documents(Loss.CATEGORICAL_CROSS_ENTROPY));
            assertThat(pass.delta(1)).containsExactly(new double[] {-0.75, 0.75}, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("softmax output with categorical CE, y = [0, 1]: δ = a − y = [1/4, −1/4]")
        void softmaxWithCategoricalCrossEntropy_secondClass() {
            // ∂L/∂a = [0, −1/¾] = [0, −4/3]; δ_1 = −3/16·(−4/3) = ¼; δ_2 = 3/16·(−4/3) = −¼ = ¾ − 1.
            BackwardPass pass = softmaxLayer().backward(
                    new Example(new double[] {0, Math.log(3)}, new double[] {0, 1}), Method.documents(Loss.CATEGORICAL_CROSS_ENTROPY));
            assertThat(pass.delta(1)).containsExactly(new double[] {0.25, -0.25}, within(FEW_ROUNDINGS_NEAR_ONE));
        }
    }

    @Nested
    @DisplayName("Losses are looked up by name")
    class Named {
        @Test
        @DisplayName("\"sum_squared_error\" is found; an unknown name lists the known ones")
        void named() {
            assertThat(Loss.named("sum_squared_error")).isEqualTo(Loss.SUM_SQUARED_ERROR);
            assertThatThrownBy(() -> Loss.named("hinge"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown loss 'hinge'")
                    .hasMessageContaining("binary_cross_entropy");
        }

        @Test
        @DisplayName("no name is an unknown name too, not a NullPointerException")
        void named_null() {
            assertThatThrownBy(() -> Loss.named(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown loss 'null'");
        }
    }
}
