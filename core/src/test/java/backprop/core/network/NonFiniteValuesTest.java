package backprop.core.network;

import backprop.core.NonFiniteValueException;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static backprop.testing.ExtremeNetworks.HUGE;
import static backprop.testing.ExtremeNetworks.POWERS_X;
import static backprop.testing.ExtremeNetworks.TWO_TO_23;
import static backprop.testing.ExtremeNetworks.layer;
import static backprop.testing.ExtremeNetworks.network;
import static backprop.testing.ExtremeNetworks.powersOfTwo;
import static backprop.testing.ExtremeNetworks.softmaxUnderHugeUpstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every product δ·aᵀ, accumulated gradient, update and cost of the layer-wise engine is checked, and the
 * exception names the layer, the quantity and the entry. The inputs are powers of ten or two chosen so
 * that each quantity overflows while everything computed before it stays finite.
 */
@DisplayName("The layer-wise engine lets no NaN or infinity through, and says where")
class NonFiniteValuesTest {
    @Nested
    @DisplayName("Network.backward, one example")
    class Backward {

        @Test
        @DisplayName("forward: z = 1e200·1e200 overflows, a NonFiniteValueException naming the layer and neuron")
        void preActivationOverflow_namesLayerAndNeuron() {
            Network net = network(layer(new double[][] {{1}, {1e200}}, new double[2], Activation.IDENTITY));
            assertThatThrownBy(() -> net.forward(new double[] {1e200}))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("forward: z^(1)[2] is Infinity");
        }

        @Test
        @DisplayName("W = 1e-146, x = 1e300: ∂L/∂W = δ·aᵀ = 2e154·1e300 overflows, named by layer and entry [2,1]")
        void weightGradientOverflow_namesLayerAndEntry() {
            // z = [0, 1e-146·1e300 = 1e154], L = (1e154)² = 1e308 finite, δ = 2z = [0, 2e154]
            Network net = network(layer(new double[][] {{0, 0}, {1e-146, 0}}, new double[2], Activation.IDENTITY));
            double[] x = {1e300, 1};
            assertThatThrownBy(() -> net.backward(net.forward(x), new double[] {0, 0}, Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("layer 1: ∂L/∂W[2,1] = δ·aᵀ is Infinity (δ[2] = 2.0E154, a^(0)[1] = 1.0E300)");
        }

        @Test
        @DisplayName("a shared bias: ∂L/∂b = Σ_j δ_j = 2^1023 + 2^1023 overflows")
        void sharedBiasGradientOverflow_namesLayer() {
            // W^(1) = [1; 1], W^(2) = [2^1023, 2^1023]: ŷ = 2^24, y = 2^24 − ½, δ^(2) = 1, δ^(1) = [2^1023, 2^1023]
            Network net = network(new DenseLayer(new double[][] {{1}, {1}}, new double[] {0}, BiasLayout.SHARED_PER_LAYER,
                    Activation.IDENTITY), layer(new double[][] {{HUGE, HUGE}}, new double[] {0}, Activation.IDENTITY));
            double[] y = {2 * TWO_TO_23 - 0.5};
            assertThatThrownBy(() -> net.backward(net.forward(POWERS_X), y, Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("layer 1: ∂L/∂b = Σ_j δ_j of the shared bias is Infinity");
        }

        @Test
        @DisplayName("∂L/∂a^(1) = W^(2)ᵀδ^(2) = 2^1023·2 overflows, named by layer")
        void upstreamOverflow_namesLayer() {
            Network net = powersOfTwo();
            assertThatThrownBy(() -> net.backward(net.forward(POWERS_X), new double[] {TWO_TO_23 - 1},
                    Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("layer 2: ∂L/∂a^(1)[1] is Infinity");
        }

        @Test
        @DisplayName("softmax's δ overflowing under a huge finite upstream is named with its layer")
        void softmaxDeltaOverflow_namesLayer() {
            Network net = softmaxUnderHugeUpstream();
            assertThat(net.forward(new double[] {0}).output()[0]).isZero();
            assertThatThrownBy(() -> net.backward(net.forward(new double[] {0}), new double[] {-0.5},
                    Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("layer 1: softmax: δ[4] = ")
                    .hasMessageEndingWith("is -Infinity");
        }
    }

    @Nested
    @DisplayName("Means over examples")
    class Means {
        /** 1-2 identity, W = [0, 0.6e-100]; x = [0, 1e204]: ŷ = 0.6e104, δ = 1.2e104, ∂L/∂W = [0, 1.2e308]. */
        private final Network wide = network(layer(new double[][] {{0, 0.6e-100}}, new double[] {0}, Activation.IDENTITY));
        private final Example wideExample = new Example(new double[] {0, 1e204}, new double[] {0});

        /** 1-1 identity, W = 1e77, x = 1.1e77: L = 1.21e308 for one example; δ·x = W·δ = 2.3e231 are finite. */
        private final Network steep = network(layer(new double[][] {{1e77}}, new double[] {0}, Activation.IDENTITY));
        private final Example steepExample = new Example(new double[] {1.1e77}, new double[] {0});

        @Test
        @DisplayName("a batch's gradient: two finite ∂L/∂W[1,2] = 1.2e308 sum to +∞, named by layer and entry")
        void averageWeightGradientOverflow_namesEntry() {
            assertThatThrownBy(() -> wide.gradients(List.of(wideExample, wideExample), Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("batch of 2 examples: layer 1: ∂J/∂W[1,2] is Infinity");
        }

        @Test
        @DisplayName("a batch's gradient: two finite ∂L/∂b^(1) = 2^1023 sum to +∞")
        void averageBiasGradientOverflow_namesLayer() {
            Example e = new Example(POWERS_X, new double[] {TWO_TO_23 - 0.5});
            assertThatThrownBy(() -> powersOfTwo().gradients(List.of(e, e), Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("batch of 2 examples: layer 1: ∂J/∂b[1] is Infinity");
        }

        @Test
        @DisplayName("layer by layer, the loss a step reports is the mean over the batch: (1² + 3²)/2 = 5")
        void layerByLayerStep_reportsTheMeanLoss() {
            Network identity = network(layer(new double[][] {{1}}, new double[] {0}, Activation.IDENTITY));
            GradientDescent layerByLayer = new GradientDescent(Schedule.descent(1e-3, 0, 0), Method.documents(Loss.SUM_SQUARED_ERROR).withOrder(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY));
            List<Example> batch = List.of(new Example(new double[] {1}, new double[] {0}),
                    new Example(new double[] {3}, new double[] {0}));
            assertThat(layerByLayer.step(identity, batch).loss()).isEqualTo(5.0);
        }

        @Test
        @DisplayName("a batch's gradient and its cost: two losses of 1.21e308 sum to +∞")
        void batchLossOverflow_isNamed() {
            List<Example> two = List.of(steepExample, steepExample);
            assertThat(steep.loss(steepExample.x(), steepExample.y(), Loss.SUM_SQUARED_ERROR)).isBetween(1e308, Double.MAX_VALUE);
            assertThatThrownBy(() -> steep.gradients(two, Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("batch of 2 examples: the loss is Infinity");
            assertThatThrownBy(() -> steep.cost(two, Method.documents(Loss.SUM_SQUARED_ERROR), 0))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("the loss over 2 examples is Infinity");
            GradientDescent layerByLayer = new GradientDescent(Schedule.descent(1e-300, 0, 0), Method.documents(Loss.SUM_SQUARED_ERROR).withOrder(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY));
            assertThatThrownBy(() -> layerByLayer.step(steep, two))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("batch of 2 examples: the loss is Infinity");
        }
    }

    @Nested
    @DisplayName("GradientDescent.step")
    class Updates {

        @ParameterizedTest
        @EnumSource(UpdateOrder.class)
        @DisplayName("W = 1e150, η = 1e200: w − η·∂J/∂w = 1e150 − 2e350 is −∞, named by layer and entry [1,2]")
        void weightUpdateOverflow_namesLayerAndEntry(UpdateOrder order) {
            // x = [0, 1], W = [0, 1e150]: ŷ = 1e150, L = 1e300, ∂L/∂W = [0, 2e150]
            Network net = network(layer(new double[][] {{0, 1e150}}, new double[] {0}, Activation.IDENTITY));
            GradientDescent descent = new GradientDescent(Schedule.descent(1e200, 0, 0), Method.documents(Loss.SUM_SQUARED_ERROR).withOrder(order));
            assertThatThrownBy(() -> descent.step(net, List.of(new Example(new double[] {0, 1}, new double[] {0}))))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("update of layer 1 weights [1,2]: -Infinity (w − η·∂J/∂w + μv, η = 1.0E200, "
                            + "∂L/∂w = 2.0E150");
        }

        @ParameterizedTest
        @EnumSource(UpdateOrder.class)
        @DisplayName("b = 1e150, η = 1e200: b − η·∂L/∂b is −∞, named by layer and entry")
        void biasUpdateOverflow_namesLayerAndEntry(UpdateOrder order) {
            // x = 0, W = 1: ŷ = b = 1e150, ∂L/∂W = 0, ∂L/∂b = 2e150
            Network net = network(layer(new double[][] {{1}}, new double[] {1e150}, Activation.IDENTITY));
            GradientDescent descent = new GradientDescent(Schedule.descent(1e200, 0, 0), Method.documents(Loss.SUM_SQUARED_ERROR).withOrder(order));
            assertThatThrownBy(() -> descent.step(net, List.of(new Example(new double[] {0}, new double[] {0}))))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("update of layer 1 bias [1]: -Infinity (b − η·∂L/∂b + μv");
        }

        @Test
        @DisplayName("layer by layer, ∂L/∂W = δ·aᵀ is checked as in Network.backward")
        void layerByLayer_checksTheWeightGradient() {
            Network net = network(layer(new double[][] {{1e-146}}, new double[] {0}, Activation.IDENTITY));
            GradientDescent descent = new GradientDescent(Schedule.descent(1e-3, 0, 0), Method.documents(Loss.SUM_SQUARED_ERROR).withOrder(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY));
            assertThatThrownBy(() -> descent.step(net, List.of(new Example(new double[] {1e300}, new double[] {0}))))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("layer 1: ∂L/∂W[1,1] = δ·aᵀ is Infinity");
        }
    }

    @Nested
    @DisplayName("Trainer: the cost J = L + λ‖ω‖² of every epoch")
    class Costs {
        private final List<Example> one = List.of(new Example(new double[] {1}, new double[] {1}));

        @Test
        @DisplayName("λ = 1, W = 1e200: λ‖ω‖² = 1e400 is refused before training, not returned as cost [Infinity, …]")
        void infinitePenalty_isRefusedAtEpochZero() {
            // σ(1e200) = 1 = y, so L = 0: only the penalty overflows
            Network net = network(layer(new double[][] {{1e200}}, new double[] {0}, Activation.SIGMOID));
            Schedule schedule = new Schedule(0.1, 0, 1, 3, 0, Schedule.Batching.WHOLE_BATCH);
            assertThatThrownBy(() -> Trainer.train(net, one, schedule, Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("epoch 0: penalty λ‖ω‖² is Infinity (λ = 1.0, ‖ω‖² = Infinity)")
                    .cause().isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("penalty λ‖ω‖² is Infinity (λ = 1.0, ‖ω‖² = Infinity)");
        }

        @Test
        @DisplayName("a finite L = 1e308 and λ‖ω‖² = 1e308 add up to J = +∞")
        void infiniteSum_isRefused() {
            // ŷ = 1e154·1, y = 0: L = 1e308; λ = 1: λ‖ω‖² = 1e308
            Network net = network(layer(new double[][] {{1e154}}, new double[] {0}, Activation.IDENTITY));
            Schedule schedule = new Schedule(0.1, 0, 1, 3, 0, Schedule.Batching.WHOLE_BATCH);
            List<Example> zero = List.of(new Example(new double[] {1}, new double[] {0}));
            assertThatThrownBy(() -> Trainer.train(net, zero, schedule, Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("epoch 0: cost J = L + λ‖ω‖² is Infinity (L = ");
        }

        @Test
        @DisplayName("η = 5e199, λ = 1 sends W from 1 to about −1.1e200 in epoch 1: that epoch's penalty is named")
        void penaltyOverflowAfterAnUpdate_namesTheEpoch() {
            // w ← w − η(2λw + ∂L/∂w) ≈ 1 − 5e199·2.3 ≈ −1.1e200; σ(−1.1e200) = 0 = y, so L stays 0
            Network net = network(layer(new double[][] {{1}}, new double[] {0}, Activation.SIGMOID));
            Schedule schedule = new Schedule(5e199, 0, 1, 3, 0, Schedule.Batching.WHOLE_BATCH);
            List<Example> zero = List.of(new Example(new double[] {1}, new double[] {0}));
            assertThatThrownBy(() -> Trainer.train(net, zero, schedule, Method.documents(Loss.SUM_SQUARED_ERROR)))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("epoch 1: penalty λ‖ω‖² is Infinity");
        }

        @Test
        @DisplayName("an update that overflows inside an epoch is named with that epoch")
        void updateOverflow_namesTheEpoch() {
            Network net = network(layer(new double[][] {{1e150}}, new double[] {0}, Activation.IDENTITY));
            List<Example> zero = List.of(new Example(new double[] {1}, new double[] {0}));
            Method method = Method.documents(Loss.SUM_SQUARED_ERROR);
            assertThatThrownBy(() -> Trainer.train(net, zero, new Schedule(1e200, 0, 0, 3, 0, Schedule.Batching.PER_EXAMPLE),
                    method))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("epoch 1: update of layer 1 weights [1,1]: -Infinity");
            Network again = network(layer(new double[][] {{1e150}}, new double[] {0}, Activation.IDENTITY));
            assertThatThrownBy(() -> Trainer.train(again, zero, new Schedule(1e200, 0, 0, 3, 0, Schedule.Batching.WHOLE_BATCH),
                    method))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("epoch 1: update of layer 1 weights [1,1]: -Infinity");
        }

        @Test
        @DisplayName("λ = 0 gives a penalty of exactly 0 even when ‖ω‖² overflows (not 0·∞ = NaN)")
        void zeroLambda_givesZeroPenaltyForHugeWeights() {
            Network net = network(layer(new double[][] {{1e200}}, new double[] {0}, Activation.SIGMOID));
            assertThat(net.penalty(0.0)).isZero();
        }
    }

    @Nested
    @DisplayName("SquaredNormOfProduct: f = ‖W·x‖² and its gradients")
    class SquaredNorm {

        @Test
        @DisplayName("m = W·x = 1e200·1e200 overflows")
        void productOverflow_isNamed() {
            assertThatThrownBy(() -> SquaredNormOfProduct.at(Matrix.of(new double[][] {{1e200}}), new double[] {1e200}))
                    .isInstanceOf(NonFiniteValueException.class).hasMessage("‖W·x‖²: m[1] is Infinity");
        }

        @Test
        @DisplayName("f = m² = (1e200)² overflows while m is finite")
        void normOverflow_isNamed() {
            assertThatThrownBy(() -> SquaredNormOfProduct.at(Matrix.of(new double[][] {{1e200}}), new double[] {1}))
                    .isInstanceOf(NonFiniteValueException.class).hasMessage("‖W·x‖²: f = Σ m_i² is Infinity");
        }

        @Test
        @DisplayName("∇_W f = 2m·xᵀ overflows at [1,2] (m = 1e100, x_2 = 1e300) while f = 1e200 is finite")
        void weightGradientOverflow_namesTheEntry() {
            assertThatThrownBy(() -> SquaredNormOfProduct.at(Matrix.of(new double[][] {{0, 1e-200}}),
                    new double[] {0, 1e300}))
                    .isInstanceOf(NonFiniteValueException.class).hasMessage("‖W·x‖²: ∇_W f[1,2] is Infinity");
        }

        @Test
        @DisplayName("∇_x f = 2Wᵀm overflows (W = 1e300, m = 1e100) while f and ∇_W f are finite")
        void inputGradientOverflow_isNamed() {
            assertThatThrownBy(() -> SquaredNormOfProduct.at(Matrix.of(new double[][] {{1e300}}), new double[] {1e-200}))
                    .isInstanceOf(NonFiniteValueException.class).hasMessage("‖W·x‖²: ∇_x f[1] is Infinity");
        }
    }
}
