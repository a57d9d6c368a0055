package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number here is exact: weights, inputs, targets and ε = 1/8 are binary fractions, and the
 * networks are identity neurons, so each update is a few exact additions and multiplications.
 */
@DisplayName("GradientDescent: ω ← ω − ε(2λω + ∇_ω L), β ← β − ε∇_β L (003)")
class GradientDescentTest {
    private static final double EPSILON = 0.125;
    private static final Loss LOSS = Loss.SUM_SQUARED_ERROR;

    /** a = w·x + b, one identity neuron: ∂L/∂w = 2(a − y)x, ∂L/∂b = 2(a − y). */
    private static Network neuron(double w, double b) {
        return new Network(List.of(new DenseLayer(new double[][] {{w}}, new double[] {b}, BiasLayout.PER_NEURON,
                Activation.IDENTITY)));
    }

    private static double w(Network net, int k) {
        return net.layer(k).weights().get(0, 0);
    }

    private static double b(Network net, int k) {
        return net.layer(k).bias()[0];
    }

    // w = 2, b = 1, x = 1, y = 0: a = 3, ∂L/∂w = 2·3·1 = 6, ∂L/∂b = 2·3 = 6.
    private static final List<Example> ONE = List.of(new Example(new double[] {1}, new double[] {0}));

    @Nested
    @DisplayName("Plain: w_212 = w_212 − η ∂L/∂w_212 (004)")
    class Plain {
        @Test
        @DisplayName("one step on a one-neuron network, by hand")
        void plainStep() {
            // w ← 2 − ⅛·6 = 1.25;  b ← 1 − ⅛·6 = 0.25
            Network net = neuron(2, 1);
            Gradients used = new GradientDescent(Schedule.descent(EPSILON, 0, 0), Method.documents(LOSS)).step(net, ONE);
            assertThat(used.weight(1).get(0, 0)).isEqualTo(6.0);
            assertThat(w(net, 1)).isEqualTo(1.25);
            assertThat(b(net, 1)).isEqualTo(0.25);
        }
    }

    @Nested
    @DisplayName("Regularised: J(θ) = λ‖ω‖² + … and the offsets β are not penalised (003)")
    class Regularised {
        private final GradientDescent descent = new GradientDescent(Schedule.descent(EPSILON, 0.0, 0.25), Method.documents(LOSS));

        @Test
        @DisplayName("ω ← ω − ε(2λω + ∇_ω L) on the weight")
        void weight_isPenalised() {
            // λ = ¼: ω ← 2 − ⅛(2·¼·2 + 6) = 2 − ⅛·7 = 1.125
            Network net = neuron(2, 1);
            descent.step(net, ONE);
            assertThat(w(net, 1)).isEqualTo(1.125);
        }

        @Test
        @DisplayName("β ← β − ε∇_β L on the bias: no 2λβ term")
        void bias_isNotPenalised() {
            // b ← 1 − ⅛·6 = 0.25 (a penalised bias would give 1 − ⅛(2·¼·1 + 6) = 0.1875)
            Network net = neuron(2, 1);
            descent.step(net, ONE);
            assertThat(b(net, 1)).isEqualTo(0.25);
        }

        @Test
        @DisplayName("the penalty λ‖ω‖² sums the squared weights only")
        void penalty_sumsSquaredWeightsOnly() {
            // λ‖ω‖² = ¼·2² = 1; the bias 1 is not in it (else ¼·(4 + 1) = 1.25)
            assertThat(neuron(2, 1).penalty(0.25)).isEqualTo(1.0);
        }
    }

    @Nested
    @DisplayName("Momentum: v ← μv − εg, θ ← θ + v")
    class Momentum {
        private static GradientDescent halfMomentum() {
            return new GradientDescent(Schedule.descent(EPSILON, 0.5, 0), Method.documents(LOSS));
        }

        @Test
        @DisplayName("two steps with μ = 1/2, by hand")
        void twoStepsWithMomentum() {
            // Step 1: g = 6 (above); v = ½·0 − ⅛·6 = −0.75; w = 2 − 0.75 = 1.25; b = 1 − 0.75 = 0.25.
            // Step 2: a = 1.25·1 + 0.25 = 1.5; g_w = 2·1.5·1 = 3, g_b = 3;
            //         v = ½(−0.75) − ⅛·3 = −0.375 − 0.375 = −0.75; w = 1.25 − 0.75 = 0.5; b = 0.25 − 0.75 = −0.5.
            // (Without momentum step 2 would give w = 1.25 − 0.375 = 0.875.)
            Network net = neuron(2, 1);
            GradientDescent descent = halfMomentum();
            descent.step(net, ONE);
            assertThat(w(net, 1)).isEqualTo(1.25);
            assertThat(b(net, 1)).isEqualTo(0.25);
            Gradients second = descent.step(net, ONE);
            assertThat(second.weight(1).get(0, 0)).isEqualTo(3.0);
            assertThat(w(net, 1)).isEqualTo(0.5);
            assertThat(b(net, 1)).isEqualTo(-0.5);
        }

        @Test
        @DisplayName("the velocities are readable after each step, and none before the first")
        void velocities_areTheStepsTaken() {
            // As above: after step 1 v_w = v_b = −0.75; after step 2 v_w = v_b = −0.75 again (½(−0.75) − ⅛·3).
            // A third step: a = 0.5 − 0.5 = 0, g = 0: v = ½(−0.75) − 0 = −0.375, the momentum alone.
            Network net = neuron(2, 1);
            GradientDescent descent = halfMomentum();
            assertThat(descent.weightVelocities()).isEmpty();
            assertThat(descent.biasVelocities()).isEmpty();
            descent.step(net, ONE);
            assertThat(descent.weightVelocities()).singleElement().satisfies(v -> assertThat(v).containsExactly(-0.75));
            descent.step(net, ONE);
            descent.step(net, ONE);
            assertThat(descent.weightVelocities().get(0)).containsExactly(-0.375);
            assertThat(descent.biasVelocities().get(0)).containsExactly(-0.375);
            assertThat(descent.schedule().momentum()).isEqualTo(0.5);
        }

        @Test
        @DisplayName("the velocities handed out are copies: changing one changes no later step")
        void velocities_areCopies() {
            Network net = neuron(2, 1);
            GradientDescent descent = halfMomentum();
            descent.step(net, ONE);
            descent.weightVelocities().get(0)[0] = 100;
            descent.biasVelocities().get(0)[0] = 100;
            descent.step(net, ONE);
            assertThat(w(net, 1)).isEqualTo(0.5);
            assertThat(b(net, 1)).isEqualTo(-0.5);
        }
    }

    @Nested
    @DisplayName("Update order: all gradients first, or each layer when its gradient is ready")
    class Order {
        // 1-1-1 identity network: a1 = w1 x + b1, a2 = w2 a1 + b2; w1 = 1, w2 = 2, biases 0; x = 1, y = 0.
        // Forward: a1 = 1, a2 = 2.  δ2 = 2(a2 − y) = 4;  ∂L/∂w2 = δ2·a1 = 4, ∂L/∂b2 = 4.
        private Network twoLayers() {
            return new Network(List.of(
                    new DenseLayer(new double[][] {{1}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.IDENTITY),
                    new DenseLayer(new double[][] {{2}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.IDENTITY)));
        }

        private Gradients step(Network net, UpdateOrder order) {
            return new GradientDescent(Schedule.descent(EPSILON, 0.0, 0), Method.documents(LOSS).withOrder(order)).step(net, ONE);
        }

        @Test
        @DisplayName("ALL_GRADIENTS_FIRST: δ1 uses the old w2")
        void allGradientsFirst_usesTheOldUpperWeight() {
            // δ1 = w2·δ2 = 2·4 = 8; ∂L/∂w1 = 8·x = 8; w1 ← 1 − ⅛·8 = 0; w2 ← 2 − ⅛·4 = 1.5
            Network net = twoLayers();
            Gradients g = step(net, UpdateOrder.ALL_GRADIENTS_FIRST);
            assertThat(g.weight(2).get(0, 0)).isEqualTo(4.0);
            assertThat(g.weight(1).get(0, 0)).isEqualTo(8.0);
            assertThat(w(net, 1)).isEqualTo(0.0);
            assertThat(w(net, 2)).isEqualTo(1.5);
        }

        @Test
        @DisplayName("EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY: δ1 goes through the updated w2")
        void eachLayerWhenReady_usesTheUpdatedUpperWeight() {
            // w2 ← 2 − ⅛·4 = 1.5 first; then δ1 = 1.5·4 = 6; ∂L/∂w1 = 6; w1 ← 1 − ⅛·6 = 0.25
            Network net = twoLayers();
            Gradients g = step(net, UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY);
            assertThat(g.weight(2).get(0, 0)).as("top layer: the same as all-gradients-first").isEqualTo(4.0);
            assertThat(g.bias(2)).containsExactly(4);
            assertThat(g.weight(1).get(0, 0)).as("lower layer: differs").isEqualTo(6.0);
            assertThat(g.bias(1)).containsExactly(6);
            assertThat(w(net, 1)).isEqualTo(0.25);
            assertThat(w(net, 2)).isEqualTo(1.5);
        }
    }
}
