package backprop.core.network;

import backprop.core.NonFiniteValueException;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Method;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static backprop.core.network.Tolerances.THROUGH_THREE_LAYERS;
import static backprop.core.network.Tolerances.assertRelativelyClose;
import static backprop.testing.Tolerance.FEW_ROUNDINGS;
import static backprop.testing.Tolerance.FEW_ROUNDINGS_NEAR_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Network: forward propagation and the δ recursion (003, Algorithms 1 and 2; 002)")
class NetworkTest {

    private static DenseLayer layer(double[][] w, double[] b, Activation g) {
        return new DenseLayer(w, b, BiasLayout.PER_NEURON, g);
    }

    @Nested
    @DisplayName("Forward Computation: a^k = b^k + W^k h^(k−1), h^k = f(a^k)")
    class Forward {
        @Test
        @DisplayName("a 2-2-1 ReLU/identity network, by hand")
        void forward_byHand() {
            // z^(1) = [[1, −1], [2, 1]]·[3, 1] + [0, −8] = [3 − 1 + 0, 6 + 1 − 8] = [2, −1]
            // a^(1) = ReLU(z^(1)) = [2, 0]
            // z^(2) = [1, 1]·[2, 0] + ½ = 2.5;  ŷ = a^(2) = 2.5 (identity). Exact.
            Network net = new Network(List.of(
                    layer(new double[][] {{1, -1}, {2, 1}}, new double[] {0, -8}, Activation.RELU),
                    layer(new double[][] {{1, 1}}, new double[] {0.5}, Activation.IDENTITY)));
            ForwardPass pass = net.forward(new double[] {3, 1});
            assertThat(pass.a(0)).as("h^0 = x").containsExactly(3, 1);
            assertThat(pass.z(1)).containsExactly(2, -1);
            assertThat(pass.a(1)).containsExactly(2, 0);
            assertThat(pass.z(2)).containsExactly(2.5);
            assertThat(pass.output()).as("ŷ = h^l").containsExactly(2.5);
        }
    }

    @Nested
    @DisplayName("Backpropagation: δ^[i] = (W^[i+1]ᵀ δ^[i+1]) ⊙ g'(z^[i]) (002) on a 2-2-2-1 network")
    class DeltaRecursion {
        // Layer 1 sigmoid, layer 2 tanh, layer 3 identity; loss C_0 = (a^(3) − y)² (000).
        private final double[][] w1 = {{0.1, 0.2}, {0.3, -0.1}};
        private final double[] b1 = {0, 0.1};
        private final double[][] w2 = {{0.5, -0.5}, {1.0, 0.25}};
        private final double[] b2 = {0.1, -0.2};
        private final double[][] w3 = {{2.0, -1.0}};
        private final double[] b3 = {0.5};
        private final double[] x = {1, 2};
        private final double y = 1;

        private final Network net = new Network(List.of(layer(w1, b1, Activation.SIGMOID),
                layer(w2, b2, Activation.TANH), layer(w3, b3, Activation.IDENTITY)));
        private final BackwardPass pass = net.backward(new Example(x, new double[] {y}), Method.documents(Loss.SUM_SQUARED_ERROR));

        // Hand forward, element by element (numbers from an independent desk calculation):
        // z^(1) = [0.1·1 + 0.2·2 + 0, 0.3·1 − 0.1·2 + 0.1] = [0.5, 0.2]
        private final double z11 = 0.1 * 1 + 0.2 * 2 + 0;
        private final double z12 = 0.3 * 1 + -0.1 * 2 + 0.1;
        // a^(1) = σ(z^(1)) = 1/(1 + e^−z) ≈ [0.62246, 0.54983]
        private final double a11 = 1 / (1 + Math.exp(-z11));
        private final double a12 = 1 / (1 + Math.exp(-z12));
        // z^(2) = [0.5 a11 − 0.5 a12 + 0.1, 1.0 a11 + 0.25 a12 − 0.2] ≈ [0.13631, 0.55992]
        private final double a21 = Math.tanh(0.5 * a11 - 0.5 * a12 + 0.1);
        private final double a22 = Math.tanh(1.0 * a11 + 0.25 * a12 - 0.2);
        // a^(2) = tanh z^(2) ≈ [0.13547, 0.50792];  ŷ = z^(3) = 2 a21 − a22 + 0.5 ≈ 0.26303
        private final double yHat = 2.0 * a21 - 1.0 * a22 + 0.5;

        // δ^(3) = ∂C_0/∂a^(3) · g'(z^(3)) = 2(ŷ − y) · 1 ≈ −1.47393
        private final double d3 = 2 * (yHat - y);
        // δ^(2) = (W^(3)ᵀ δ^(3)) ⊙ (1 − a^(2)²) = [2 δ3 (1 − a21²), −1 δ3 (1 − a22²)] ≈ [−2.89377, 1.09369]
        private final double d21 = 2.0 * d3 * (1 - a21 * a21);
        private final double d22 = -1.0 * d3 * (1 - a22 * a22);
        // δ^(1) = (W^(2)ᵀ δ^(2)) ⊙ a^(1)(1 − a^(1))
        //       = [(0.5 d21 + 1.0 d22)·a11(1 − a11), (−0.5 d21 + 0.25 d22)·a12(1 − a12)] ≈ [−0.08300, 0.42580]
        private final double d11 = (0.5 * d21 + 1.0 * d22) * a11 * (1 - a11);
        private final double d12 = (-0.5 * d21 + 0.25 * d22) * a12 * (1 - a12);

        @Test
        @DisplayName("the forward pass, by hand")
        void forward_matchesHandValues() {
            assertThat(pass.gradients().loss()).isCloseTo((yHat - y) * (yHat - y), within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(net.forward(x).output()).containsExactly(new double[] {yHat}, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("output layer: δ^(3) = 2(a^(3) − y)·g'(z^(3)) (000: ∂C_0/∂a^(L) = 2(a^(L) − y))")
        void outputDelta() {
            assertRelativelyClose("δ^(3)", pass.delta(3), new double[] {d3}, THROUGH_THREE_LAYERS);
        }

        @Test
        @DisplayName("hidden layer 2: δ^(2) = (W^(3)ᵀ δ^(3)) ⊙ (1 − tanh² z^(2))")
        void secondDelta() {
            assertRelativelyClose("δ^(2)", pass.delta(2), new double[] {d21, d22}, THROUGH_THREE_LAYERS);
        }

        @Test
        @DisplayName("hidden layer 1: δ^(1) = (W^(2)ᵀ δ^(2)) ⊙ σ(z^(1))(1 − σ(z^(1)))")
        void firstDelta() {
            assertRelativelyClose("δ^(1)", pass.delta(1), new double[] {d11, d12}, THROUGH_THREE_LAYERS);
        }

        @Test
        @DisplayName("∂L/∂W^k = δ^k h^(k−1)ᵀ for every layer")
        void weightGradients_areDeltaTimesInputTransposed() {
            // ∂L/∂W^(3)_{1k} = δ3 a^(2)_k; ∂L/∂W^(2)_{jk} = δ^(2)_j a^(1)_k; ∂L/∂W^(1)_{jk} = δ^(1)_j x_k
            Gradients g = pass.gradients();
            assertRelativelyClose("∂L/∂W^(3)", g.weight(3).toArray(),
                    new double[][] {{d3 * a21, d3 * a22}}, THROUGH_THREE_LAYERS);
            assertRelativelyClose("∂L/∂W^(2)", g.weight(2).toArray(),
                    new double[][] {{d21 * a11, d21 * a12}, {d22 * a11, d22 * a12}}, THROUGH_THREE_LAYERS);
            assertRelativelyClose("∂L/∂W^(1)", g.weight(1).toArray(),
                    new double[][] {{d11 * 1, d11 * 2}, {d12 * 1, d12 * 2}}, THROUGH_THREE_LAYERS);
        }

        @Test
        @DisplayName("∂L/∂b^k = δ^k for every layer (002: ∂L/∂b_k^[i] = (Σ_ℓ δ_ℓ W_kℓ) g'(z_k))")
        void biasGradients_areTheDeltas() {
            Gradients g = pass.gradients();
            for (int k = 1; k <= 3; k++) {
                assertThat(g.bias(k)).as("∂L/∂b^(" + k + ")").containsExactly(pass.delta(k));
            }
            assertRelativelyClose("∂L/∂b^(1)", g.bias(1), new double[] {d11, d12}, THROUGH_THREE_LAYERS);
        }

        @Test
        @DisplayName("∂L/∂x = W^(1)ᵀ δ^(1)")
        void inputGradient_isWeightTransposeTimesDelta() {
            // [0.1 d11 + 0.3 d12, 0.2 d11 − 0.1 d12] ≈ [0.11944, −0.05918]
            assertRelativelyClose("∂L/∂x", pass.inputGradient(),
                    new double[] {0.1 * d11 + 0.3 * d12, 0.2 * d11 - 0.1 * d12}, THROUGH_THREE_LAYERS);
        }

        @Test
        @DisplayName("∂L/∂a^(k−1) = W^(k)ᵀ δ^(k) for the layers above too, the g each step of Algorithm 2 hands down")
        void upstreamGradients_areWeightTransposeTimesDelta() {
            // W^(3)ᵀ δ^(3) = [2 d3, −1 d3];  W^(2)ᵀ δ^(2) = [0.5 d21 + 1.0 d22, −0.5 d21 + 0.25 d22]
            assertRelativelyClose("∂L/∂a^(2)", pass.upstream(3), new double[] {2.0 * d3, -1.0 * d3},
                    THROUGH_THREE_LAYERS);
            assertRelativelyClose("∂L/∂a^(1)", pass.upstream(2),
                    new double[] {0.5 * d21 + 1.0 * d22, -0.5 * d21 + 0.25 * d22}, THROUGH_THREE_LAYERS);
            assertThat(pass.upstream(1)).isSameAs(pass.inputGradient());
        }
    }

    @Nested
    @DisplayName("A saturated unit keeps its derivative: g'(z) is taken at z, not read off a that rounds to 1")
    class Saturated {
        @Test
        @DisplayName("σ at z = 40: a rounds to 1, so a(1 − a) = 0, but δ = σ'(40)·∂L/∂a = e^−40·(−2)/(1 + e^−40)² ≠ 0")
        void sigmoidAtForty_keepsItsTinyDelta() {
            // x = 40, w = 1, b = 0, y = 2: a = σ(40) = 1 in double, ∂L/∂a = 2(1 − 2) = −2; σ'(40) = e^−40/(1 + e^−40)²,
            // 4.25e-18 by java.lang.Math; a(1 − a), what a hand computation reads off a rounded a, is exactly 0 here
            Network neuron = new Network(List.of(layer(new double[][] {{1}}, new double[] {0}, Activation.SIGMOID)));
            BackwardPass pass = neuron.backward(new Example(new double[] {40}, new double[] {2}),
                    Method.documents(Loss.SUM_SQUARED_ERROR));
            double sigmaPrime = Math.exp(-40) / Math.pow(1 + Math.exp(-40), 2);

            assertThat(pass.delta(1)[0]).isCloseTo(-2 * sigmaPrime, within(FEW_ROUNDINGS * 2 * sigmaPrime)).isNotZero();
        }
    }

    @Nested
    @DisplayName("One bias node per layer (004: b = [0.5 0.3]): ∂L/∂b = Σ_j δ_j")
    class SharedBias {
        private Network oneLayer(BiasLayout layout, double[] b) {
            return new Network(List.of(new DenseLayer(new double[][] {{1, 0}, {0, 1}}, b, layout,
                    Activation.IDENTITY)));
        }

        @Test
        @DisplayName("the one bias enters every neuron, and its gradient is the sum of their δ")
        void sharedBias_gradientIsTheSumOfTheDeltas() {
            // z = I·[1, 2] + 0.5 = [1.5, 2.5]; C_0 = Σ(a − y)² with y = [0, 2]:
            // δ = 2(a − y) = [3, 1]; at the branch the gradients add: ∂L/∂b = 3 + 1 = 4. Exact.
            Network net = oneLayer(BiasLayout.SHARED_PER_LAYER, new double[] {0.5});
            BackwardPass pass = net.backward(new Example(new double[] {1, 2}, new double[] {0, 2}),
                    Method.documents(Loss.SUM_SQUARED_ERROR));
            assertThat(net.forward(new double[] {1, 2}).z(1)).containsExactly(1.5, 2.5);
            assertThat(pass.delta(1)).containsExactly(3, 1);
            assertThat(pass.gradients().bias(1)).containsExactly(4);
        }

        @Test
        @DisplayName("per-neuron biases of equal value get the separate δ_j instead")
        void perNeuronBias_gradientIsTheDeltas() {
            // Same z as above with b = [0.5, 0.5]: ∂L/∂b_j = δ_j = [3, 1].
            BackwardPass pass = oneLayer(BiasLayout.PER_NEURON, new double[] {0.5, 0.5}).backward(
                    new Example(new double[] {1, 2}, new double[] {0, 2}), Method.documents(Loss.SUM_SQUARED_ERROR));
            assertThat(pass.gradients().bias(1)).containsExactly(3, 1);
        }
    }

    @Nested
    @DisplayName("Average of All Training Examples: ∂C/∂w = (1/n) Σ_k ∂C_k/∂w (000)")
    class AverageOfExamples {
        // One identity neuron a = w x + b, w = 2, b = 1, C_k = (a − y)²: ∂C_k/∂w = 2(a − y)x, ∂C_k/∂b = 2(a − y).
        private final Network net = new Network(List.of(layer(new double[][] {{2}}, new double[] {1},
                Activation.IDENTITY)));
        private final Example first = new Example(new double[] {1}, new double[] {0});
        private final Example second = new Example(new double[] {-1}, new double[] {1});

        @Test
        @DisplayName("two examples, by hand")
        void batchGradient_byHand() {
            // Example 1: a = 2·1 + 1 = 3, C = 9, ∂C/∂w = 2·3·1 = 6, ∂C/∂b = 6.
            // Example 2: a = −2 + 1 = −1, C = 4, ∂C/∂w = 2(−2)(−1) = 4, ∂C/∂b = −4.
            // Mean: C = 13/2, ∂C/∂w = (6 + 4)/2 = 5, ∂C/∂b = (6 − 4)/2 = 1. Exact.
            Gradients g = net.gradients(List.of(first, second), Method.documents(Loss.SUM_SQUARED_ERROR));
            assertThat(g.loss()).isEqualTo(6.5);
            assertThat(g.weight(1).get(0, 0)).isEqualTo(5.0);
            assertThat(g.bias(1)).containsExactly(1);
        }

        @Test
        @DisplayName("is the mean of the two single-example gradients")
        void batchGradient_isTheMeanOfSingleExampleGradients() {
            Gradients g1 = net.backward(first, Method.documents(Loss.SUM_SQUARED_ERROR)).gradients();
            Gradients g2 = net.backward(second, Method.documents(Loss.SUM_SQUARED_ERROR)).gradients();
            Gradients mean = net.gradients(List.of(first, second), Method.documents(Loss.SUM_SQUARED_ERROR));
            assertThat(g1.weight(1).get(0, 0)).isEqualTo(6.0);
            assertThat(g2.weight(1).get(0, 0)).isEqualTo(4.0);
            assertThat(mean.weight(1).get(0, 0))
                    .isEqualTo((g1.weight(1).get(0, 0) + g2.weight(1).get(0, 0)) / 2);
            assertThat(mean.bias(1)[0]).isEqualTo((g1.bias(1)[0] + g2.bias(1)[0]) / 2);
        }

        @Test
        @DisplayName("one example gives that example's gradient")
        void batchGradient_ofOneExample_isItsGradient() {
            assertThat(net.gradients(List.of(second), Method.documents(Loss.SUM_SQUARED_ERROR)).weight(1).get(0, 0))
                    .isEqualTo(4.0);
        }
    }

    @Nested
    @DisplayName("Errors name what and where")
    class Errors {
        private final Network twoInputs = new Network(List.of(layer(new double[][] {{1, 1}}, new double[] {0},
                Activation.SIGMOID)));

        @Test
        @DisplayName("a network needs at least one layer")
        void emptyNetwork_isRejected() {
            assertThatThrownBy(() -> new Network(List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one layer");
        }

        @Test
        @DisplayName("layer sizes must chain: the message names the layer and the shapes")
        void mismatchedLayers_areRejectedNamingLayerAndShapes() {
            // Layer 1 has 3 outputs; W^(2) is 1×2 and takes 2 inputs.
            DenseLayer first = layer(new double[][] {{1, 0}, {0, 1}, {1, 1}}, new double[] {0, 0, 0}, Activation.TANH);
            DenseLayer second = layer(new double[][] {{1, 1}}, new double[] {0}, Activation.IDENTITY);
            assertThatThrownBy(() -> new Network(List.of(first, second)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("layer 1 has 3 outputs")
                    .hasMessageContaining("W^(2) is 1×2");
        }

        @Test
        @DisplayName("x of the wrong length")
        void inputOfWrongLength_isRejected() {
            assertThatThrownBy(() -> twoInputs.forward(new double[] {1, 2, 3}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("x has 3 entries; the network needs 2");
        }

        @Test
        @DisplayName("NaN in x, naming the entry")
        void nanInInput_isRejected() {
            assertThatThrownBy(() -> twoInputs.forward(new double[] {1, Double.NaN}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("x[2] is NaN");
        }

        @Test
        @DisplayName("a bias of the wrong length for its layout")
        void biasOfWrongLength_isRejected() {
            double[][] w = {{1, 0}, {0, 1}};
            assertThatThrownBy(() -> new DenseLayer(w, new double[] {1, 2, 3}, BiasLayout.PER_NEURON, Activation.TANH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("W is 2×2")
                    .hasMessageContaining("PER_NEURON, so b needs 2 entries; it has 3");
            assertThatThrownBy(() -> new DenseLayer(w, new double[] {1, 2}, BiasLayout.SHARED_PER_LAYER,
                    Activation.TANH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SHARED_PER_LAYER, so b needs 1 entries; it has 2");
        }

        @Test
        @DisplayName("a = 1 exactly from a huge z makes BCE infinite: NonFiniteValueException names the loss")
        void overflowToNonFiniteLoss_throwsNamingTheLoss() {
            // z = 1000: σ(z) = 1/(1 + e^−1000) = 1/(1 + 0) = 1 exactly (e^−1000 underflows).
            // With y = 0, eq. 12 gives −ln(1 − 1) = −ln 0 = +∞.
            Network neuron = new Network(List.of(layer(new double[][] {{1}}, new double[] {0}, Activation.SIGMOID)));
            double[] x = {1000};
            double[] y = {0};
            assertThatThrownBy(() -> neuron.loss(x, y, Loss.BINARY_CROSS_ENTROPY))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageContaining("binary_cross_entropy")
                    .hasMessageContaining("Infinity");
            assertThatThrownBy(() -> neuron.backward(neuron.forward(x), y, Method.documents(Loss.BINARY_CROSS_ENTROPY)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageContaining("binary_cross_entropy");
        }
    }
}
