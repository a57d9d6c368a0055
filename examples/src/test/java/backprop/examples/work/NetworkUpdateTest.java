package backprop.examples.work;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.GradientDescent;
import backprop.core.network.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact binary fractions throughout: identity neurons, ε = 1/8, so every expected value is exact. */
@DisplayName("NetworkUpdate records the step as it was taken")
class NetworkUpdateTest {
    private static final List<Example> ONE = List.of(new Example(new double[] {1}, new double[] {0}));
    private static final Method METHOD = Method.documents(Loss.SUM_SQUARED_ERROR);

    /** 1-1-1 identity: a1 = w1 x, a2 = w2 a1; w1 = 1, w2 = 2, x = 1, y = 0, L = (a2 − y)². */
    private static Network twoLayers() {
        return new Network(List.of(
                new DenseLayer(new double[][] {{1}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.IDENTITY),
                new DenseLayer(new double[][] {{2}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.IDENTITY)));
    }

    @Test
    @DisplayName("layer by layer: layer 1's recorded gradient is the one through the updated w2")
    void eachLayer_recordsTheGradientThroughTheUpdatedWeight() {
        // δ2 = 2·2 = 4, w2 ← 2 − ⅛·4 = 1.5; δ1 = 1.5·4 = 6 (not 2·4 = 8); w1 ← 1 − ⅛·6 = 0.25
        NetworkUpdate u = NetworkUpdate.take(new GradientDescent(Schedule.descent(0.125, 0, 0),
                METHOD.withOrder(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY)), twoLayers(), ONE);
        assertThat(u.layer(2).weightGradient().get(0, 0)).isEqualTo(4.0);
        assertThat(u.layer(1).weightGradient().get(0, 0)).isEqualTo(6.0);
        assertThat(u.after().layer(1).weights().get(0, 0)).isEqualTo(0.25);
        assertThat(u.order()).isEqualTo(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY);
    }

    @Test
    @DisplayName("with λ: 2λω of the weights before the step, ∂J/∂w = ∂L/∂w + 2λω, λ‖ω‖² before the step")
    void penalty_isRecordedFromTheWeightsBefore() {
        // λ = ¼: 2λw2 = 1, 2λw1 = ½; ∂J/∂w2 = 4 + 1 = 5, ∂J/∂w1 = 8 + ½ = 8.5; λ‖ω‖² = ¼(1 + 4) = 1.25
        NetworkUpdate u = NetworkUpdate.take(new GradientDescent(Schedule.descent(0.125, 0, 0.25), METHOD),
                twoLayers(), ONE);
        assertThat(u.layer(2).penalty().get(0, 0)).isEqualTo(1.0);
        assertThat(u.layer(2).objectiveGradient().get(0, 0)).isEqualTo(5.0);
        assertThat(u.layer(1).objectiveGradient().get(0, 0)).isEqualTo(8.5);
        assertThat(u.penaltyCost()).isEqualTo(1.25);
        // w2 ← 2 − ⅛·5 = 1.375
        assertThat(u.after().layer(2).weights().get(0, 0)).isEqualTo(1.375);
    }

    @Test
    @DisplayName("a second step with momentum records the velocity it started from")
    void momentum_recordsTheVelocityBefore() {
        // One neuron a = w·x + b, w = 2, b = 1, x = 1, y = 0, μ = ½ (as GradientDescentTest):
        // step 1: v = −0.75; step 2: g = 3, v = ½(−0.75) − ⅛·3 = −0.75, from v = −0.75.
        Network net = new Network(List.of(new DenseLayer(new double[][] {{2}}, new double[] {1},
                BiasLayout.PER_NEURON, Activation.IDENTITY)));
        GradientDescent descent = new GradientDescent(Schedule.descent(0.125, 0.5, 0), METHOD);
        NetworkUpdate first = NetworkUpdate.take(descent, net, ONE);
        assertThat(first.startsAtRest()).isTrue();
        NetworkUpdate second = NetworkUpdate.take(descent, net, ONE);
        assertThat(second.startsAtRest()).isFalse();
        assertThat(second.layer(1).weightVelocityBefore().get(0, 0)).isEqualTo(-0.75);
        assertThat(second.layer(1).weightGradient().get(0, 0)).isEqualTo(3.0);
        assertThat(second.layer(1).weightVelocity().get(0, 0)).isEqualTo(-0.75);
        assertThat(second.layer(1).biasVelocityBefore()).containsExactly(-0.75);
        assertThat(second.after().layer(1).weights().get(0, 0)).isEqualTo(0.5);
    }

    @Test
    @DisplayName("a step is not at rest when only the weights had a velocity, nor when only the biases had one")
    void atRest_looksAtWeightsAndBiases() {
        // a descent keeps its velocities, so each network gets its own
        GradientDescent descent = new GradientDescent(Schedule.descent(0.125, 0.5, 0), METHOD);
        // z = [w1, w2]·1 + b, one shared b, y = [0, 0]: with w = [1, −1], b = 0 the two δ cancel in ∂L/∂b = Σ_j δ_j,
        // and stay opposite after each step, so only the weights gain a velocity
        Network shared = new Network(List.of(new DenseLayer(new double[][] {{1}, {-1}}, new double[] {0},
                BiasLayout.SHARED_PER_LAYER, Activation.IDENTITY)));
        NetworkUpdate.take(descent, shared, TWO_OUTPUTS);
        NetworkUpdate weightsMoving = NetworkUpdate.take(descent, shared, TWO_OUTPUTS);
        assertThat(weightsMoving.layer(1).biasVelocityBefore()).containsExactly(0.0);
        assertThat(weightsMoving.startsAtRest()).isFalse();
        // x = 0: ∂L/∂w = δ·x = 0, so only the bias gains a velocity
        Network zeroInput = new Network(List.of(new DenseLayer(new double[][] {{2}}, new double[] {1},
                BiasLayout.PER_NEURON, Activation.IDENTITY)));
        List<Example> atZero = List.of(new Example(new double[] {0}, new double[] {0}));
        GradientDescent another = new GradientDescent(Schedule.descent(0.125, 0.5, 0), METHOD);
        NetworkUpdate.take(another, zeroInput, atZero);
        NetworkUpdate biasMoving = NetworkUpdate.take(another, zeroInput, atZero);
        assertThat(biasMoving.layer(1).weightVelocityBefore().get(0, 0)).isZero();
        assertThat(biasMoving.startsAtRest()).isFalse();
    }

    private static final List<Example> TWO_OUTPUTS = List.of(new Example(new double[] {1}, new double[] {0, 0}));
}
