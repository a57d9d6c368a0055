package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step over a batch follows the mean gradient ∂C/∂θ = (1/n) Σ_t ∂L_t/∂θ (000, "Average of all training
 * examples") in either update order, and reports the mean loss. Every number is exact: binary fractions
 * through identity neurons.
 */
@DisplayName("GradientDescent over a batch: one step along the mean gradient, in either update order")
class GradientDescentBatchTest {
    private static final double EPSILON = 0.125;
    private static final Loss LOSS = Loss.SUM_SQUARED_ERROR;

    private static Network neuron(double w, double b) {
        return new Network(List.of(new DenseLayer(new double[][] {{w}}, new double[] {b}, BiasLayout.PER_NEURON,
                Activation.IDENTITY)));
    }

    /** 1-1-1 identity network, w1 = 1, w2 = 2, biases 0 (as in GradientDescentTest's update-order cases). */
    private static Network twoLayers() {
        return new Network(List.of(
                new DenseLayer(new double[][] {{1}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.IDENTITY),
                new DenseLayer(new double[][] {{2}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.IDENTITY)));
    }

    private static GradientDescent descent(UpdateOrder order) {
        return new GradientDescent(Schedule.descent(EPSILON, 0.0, 0), Method.documents(Loss.SUM_SQUARED_ERROR).withOrder(order));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UpdateOrder.class)
    @DisplayName("two examples, one layer: w and b move by ε times the mean of the two gradients, by hand")
    void twoExamples_stepAlongTheMeanGradient(UpdateOrder order) {
        // One identity neuron a = w x + b, w = 2, b = 1, L = (a − y)² (one layer: both orders are the same rule).
        //   (x, y) = (1, 0):  a = 3,  L = 9, δ = 2·3 = 6,           ∂L/∂w = 6·1 = 6,       ∂L/∂b = 6
        //   (x, y) = (−1, 1): a = −1, L = 4, δ = 2(−1 − 1) = −4,    ∂L/∂w = −4·(−1) = 4,   ∂L/∂b = −4
        // mean: C = (9 + 4)/2 = 6.5, ∂C/∂w = (6 + 4)/2 = 5, ∂C/∂b = (6 − 4)/2 = 1;
        // w ← 2 − ⅛·5 = 1.375, b ← 1 − ⅛·1 = 0.875.
        Network net = neuron(2, 1);
        Gradients used = descent(order).step(net, List.of(new Example(new double[] {1}, new double[] {0}),
                new Example(new double[] {-1}, new double[] {1})));
        assertThat(used.loss()).as("the mean loss").isEqualTo(6.5);
        assertThat(used.weight(1).data()).containsExactly(5);
        assertThat(used.bias(1)).containsExactly(1);
        assertThat(net.layer(1).weights().get(0, 0)).isEqualTo(1.375);
        assertThat(net.layer(1).bias()[0]).isEqualTo(0.875);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UpdateOrder.class)
    @DisplayName("a batch of one example twice takes the same step as that example alone, through two layers")
    void sameExampleTwice_stepsAsThatExampleAlone(UpdateOrder order) {
        // The mean of two equal gradients is that gradient, so the mean rule must not see the batch size.
        // x = 1, y = 0: a1 = 1, a2 = 2, L = (2 − 0)² = 4 (the single-example step is checked by hand in
        // GradientDescentTest.Order).
        Example example = new Example(new double[] {1}, new double[] {0});
        Network once = twoLayers();
        Network twice = twoLayers();
        Gradients alone = descent(order).step(once, List.of(example));
        Gradients doubled = descent(order).step(twice, List.of(example, example));
        assertThat(alone.loss()).isEqualTo(4.0);
        assertThat(doubled.loss()).as("the mean loss").isEqualTo(4.0);
        for (int k = 1; k <= 2; k++) {
            assertThat(doubled.weight(k)).as("∂C/∂W^(" + k + ")").isEqualTo(alone.weight(k));
            assertThat(doubled.bias(k)).as("∂C/∂b^(" + k + ")").containsExactly(alone.bias(k));
            assertThat(twice.layer(k).weights()).as("W^(" + k + ")").isEqualTo(once.layer(k).weights());
            assertThat(twice.layer(k).bias()).as("b^(" + k + ")").containsExactly(once.layer(k).bias());
        }
    }
}
