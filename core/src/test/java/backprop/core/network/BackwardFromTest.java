package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.SoftmaxBackward;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Network.backwardFrom: Algorithm 2 started at any quantity of a layer's activations (issue 21)")
class BackwardFromTest {
    private static final Method STANDARD = Method.documents(Loss.HALF_SUM_SQUARED_ERROR);
    private final double[] x = {1, 2};

    private Network net(double w111) {
        return new Network(List.of(
                new DenseLayer(new double[][] {{w111, 0.2}, {0.3, -0.1}}, new double[] {0, 0.1}, BiasLayout.PER_NEURON,
                        Activation.SIGMOID),
                new DenseLayer(new double[][] {{0.5, -0.5}, {1.0, 0.25}}, new double[] {0.1, -0.2},
                        BiasLayout.PER_NEURON, Activation.TANH)));
    }

    /** The central difference of f at h, an oracle of its own. */
    private static double slope(DoubleUnaryOperator f, double at) {
        double h = 1e-6;
        return (f.applyAsDouble(at + h) - f.applyAsDouble(at - h)) / (2 * h);
    }

    @Test
    @DisplayName("∂a2[1]/∂W1[1,1] and ∂a2[1]/∂x[1] agree with central differences")
    void oneActivation_finiteDifferences() {
        Network n = net(0.1);
        BackwardPass p = n.backwardFrom(n.forward(x, STANDARD), 2, new double[] {1, 0}, STANDARD);
        double byW = slope(w -> net(w).forward(x).a(2)[0], 0.1);
        double byX = slope(x1 -> n.forward(new double[] {x1, 2}).a(2)[0], 1);
        assertThat(p.gradients().weight(1).get(0, 0)).isCloseTo(byW, within(1e-8));
        assertThat(p.upstream(1)[0]).isCloseTo(byX, within(1e-8));
        assertThat(p.lossGradient()).containsExactly(1, 0);
    }

    @Test
    @DisplayName("∂a2[1]/∂z2[1] = tanh'(z) = 1 − a², and ∂a2[1]/∂z2[2] = 0, by hand")
    void localSlope_byHand() {
        Network n = net(0.1);
        ForwardPass f = n.forward(x, STANDARD);
        BackwardPass p = n.backwardFrom(f, 2, new double[] {1, 0}, STANDARD);
        double a = f.a(2)[0];
        assertThat(p.delta(2)[0]).isCloseTo(1 - a * a, within(1e-15));
        assertThat(p.delta(2)[1]).isZero();
        assertThat(p.gradients().bias(2)[0]).isCloseTo(1 - a * a, within(1e-15));
        assertThat(p.gradients().bias(2)[1]).isZero();
        assertThat(p.delta(1)).hasSize(2);
    }

    @Test
    @DisplayName("the method's rounding of δ = ∂L/∂z is not applied to ∂P/∂z; its rounding of a is")
    void deltaRoundingLeftOut() {
        Network n = net(0.1);
        Method rounded = STANDARD.withRounding(IntermediateRounding.NONE
                .with(new Intermediate(Intermediate.Kind.DELTA, 2, 1), 1));
        BackwardPass p = n.backwardFrom(n.forward(x, rounded), 2, new double[] {1, 0}, rounded);
        double a = n.forward(x).a(2)[0];
        assertThat(p.delta(2)[0]).isCloseTo(1 - a * a, within(1e-15)).isNotEqualTo(Math.round((1 - a * a) * 10) / 10.0);
    }

    @Test
    @DisplayName("the method's rounding of a is kept: tanh' is read off a2[1] rounded to one decimal, 1 − â²")
    void activationRoundingKept() {
        Network n = net(0.1);
        Method rounded = STANDARD.withRounding(IntermediateRounding.NONE
                .with(new Intermediate(Intermediate.Kind.A, 2, 1), 1)
                .with(new Intermediate(Intermediate.Kind.DELTA, 2, 1), 1));
        BackwardPass p = n.backwardFrom(n.forward(x, rounded), 2, new double[] {1, 0}, rounded);
        double a = Math.round(n.forward(x).a(2)[0] * 10) / 10.0;
        assertThat(p.delta(2)[0]).isCloseTo(1 - a * a, within(1e-15));
    }

    @Test
    @DisplayName("softmax's diagonal method leaves ∂a[1]/∂z[2] at 0 where the full Jacobian gives −a1·a2")
    void softmaxDiagonal() {
        Network n = new Network(List.of(new DenseLayer(new double[][] {{1, 0}, {0, 1}}, new double[] {0, 0},
                BiasLayout.PER_NEURON, Activation.SOFTMAX)));
        Method full = Method.documents(Loss.CATEGORICAL_CROSS_ENTROPY);
        Method diagonal = full.withSoftmax(SoftmaxBackward.DIAGONAL);
        ForwardPass f = n.forward(x, full);
        double a1 = f.a(1)[0];
        double a2 = f.a(1)[1];
        assertThat(n.backwardFrom(f, 1, new double[] {1, 0}, full).delta(1)[1]).isCloseTo(-a1 * a2, within(1e-15));
        assertThat(n.backwardFrom(f, 1, new double[] {1, 0}, diagonal).delta(1)[1]).isZero();
    }

    @Test
    @DisplayName("refused: layer 0, a layer above the network, a seed of the wrong length, a pass of another depth")
    void refused() {
        Network n = net(0.1);
        ForwardPass f = n.forward(x, STANDARD);
        assertThatThrownBy(() -> n.backwardFrom(f, 0, new double[] {1, 0}, STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer 0");
        assertThatThrownBy(() -> n.backwardFrom(f, 3, new double[] {1, 0}, STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer 3");
        assertThatThrownBy(() -> n.backwardFrom(f, 2, new double[] {1}, STANDARD))
                .isInstanceOf(IllegalArgumentException.class);
        Network one = new Network(List.of(n.layer(1)));
        assertThatThrownBy(() -> one.backwardFrom(f, 1, new double[] {1, 0}, STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 layers");
        assertThat(n.backwardFrom(f, 1, new double[] {1, 0}, STANDARD).deltas()).hasSize(1);
    }
}
