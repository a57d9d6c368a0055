package backprop.examples.scenariofile.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.method.SoftmaxBackward;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.examples.scenariofile.printed.PrintedQuantity;
import backprop.examples.scenariofile.printed.PrintedQuantity.Symbol;
import backprop.examples.scenariofile.printed.PrintedQuantity.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 21's derivatives against central differences of the forward pass alone (an oracle that shares no backward
 * code): a 2-2-2 network, tanh hidden layer with a shared bias, softmax output, categorical cross-entropy.
 */
@DisplayName("The first pass's ∂P/∂Q (issue 21) against central differences of the forward pass")
class FirstPassTest {
    private static final Method METHOD = Method.documents(Loss.CATEGORICAL_CROSS_ENTROPY);
    private static final double H = 1e-6;
    private final double[] x = {0.3, -0.7};
    private final double[] y = {0.0, 1.0};

    /** The network with one number changed: W1 entries 0–3, b1 4, W2 entries 5–8, b2 9–10, x 11–12. */
    private static Network network(double[] p) {
        return new Network(List.of(
                new DenseLayer(new double[][] {{p[0], p[1]}, {p[2], p[3]}}, new double[] {p[4]},
                        BiasLayout.SHARED_PER_LAYER, Activation.TANH),
                new DenseLayer(new double[][] {{p[5], p[6]}, {p[7], p[8]}}, new double[] {p[9], p[10]},
                        BiasLayout.PER_NEURON, Activation.SOFTMAX)));
    }

    private static final double[] P = {0.4, -0.2, 0.3, 0.6, 0.1, 0.7, -0.5, 0.2, 0.4, 0.2, -0.1, 0.3, -0.7};

    /** ∂f/∂p[index] by central differences, f read off the forward pass of the changed network. */
    private static double slope(int index, ToDoubleFunction<double[][]> f) {
        double[] up = P.clone();
        double[] down = P.clone();
        up[index] += H;
        down[index] -= H;
        return (f.applyAsDouble(pass(up)) - f.applyAsDouble(pass(down))) / (2 * H);
    }

    /** [z1, a1, z2, a2] of the forward pass. */
    private static double[][] pass(double[] p) {
        var f = network(p).forward(new double[] {p[11], p[12]});
        return new double[][] {f.z(1), f.a(1), f.z(2), f.a(2)};
    }

    private double value(Term of, Term by) {
        return new FirstPass(network(P), new Example(x, y), METHOD).value(new PrintedQuantity.Derivative(of, by));
    }

    private static Term t(Symbol s, int layer, int row, int column) {
        return new Term(s, layer, row, column);
    }

    @ParameterizedTest(name = "[{index}] ∂ of {0} of layer {1}, unit {2}, by number {3} of the network")
    @CsvSource({
            // of z2[1]: the pass started at z, through W2's row, tanh and W1
            "Z, 2, 1, 0", "Z, 2, 1, 2", "Z, 2, 1, 4", "Z, 2, 1, 5", "Z, 2, 1, 9", "Z, 2, 1, 11",
            // of z1[2], directly: by W1[2,1], b1, x[2]
            "Z, 1, 2, 2", "Z, 1, 2, 4", "Z, 1, 2, 12",
            // of a2[2] (softmax: a2[2] depends on z2[1] too) and of a1[1]
            "A, 2, 2, 0", "A, 2, 2, 5", "A, 2, 2, 9", "A, 2, 2, 11", "A, 1, 1, 0", "A, 1, 1, 4", "A, 1, 1, 12"})
    void byParameters(Symbol symbol, int layer, int unit, int index) {
        Term of = t(symbol, layer, unit, 0);
        Term by = switch (index) {
            case 0, 1, 2, 3 -> t(Symbol.W, 1, index / 2 + 1, index % 2 + 1);
            case 4 -> t(Symbol.B, 1, 1, 0);
            case 5, 6, 7, 8 -> t(Symbol.W, 2, (index - 5) / 2 + 1, (index - 5) % 2 + 1);
            case 9, 10 -> t(Symbol.B, 2, index - 8, 0);
            default -> t(Symbol.X, 0, index - 10, 0);
        };
        int row = (symbol == Symbol.Z ? 0 : 1) + 2 * (layer - 1);
        assertThat(value(of, by)).isCloseTo(slope(index, v -> v[row][unit - 1]), within(1e-8));
    }

    @Test
    @DisplayName("∂L[2]/∂W1[1,2] and ∂L/∂x[1] of −Σ y ln a, by central differences")
    void lossTerms() {
        // L[2] = −y2 ln a2[2] = −ln a2[2]; L = L[1] + L[2] with y1 = 0
        assertThat(value(t(Symbol.LOSS_TERM, 0, 2, 0), t(Symbol.W, 1, 1, 2)))
                .isCloseTo(slope(1, v -> -Math.log(v[3][1])), within(1e-8));
        assertThat(value(t(Symbol.LOSS, 0, 0, 0), t(Symbol.X, 0, 1, 0)))
                .isCloseTo(slope(11, v -> -Math.log(v[3][1])), within(1e-8));
        assertThat(value(t(Symbol.LOSS, 0, 0, 0), t(Symbol.LOSS, 0, 0, 0))).isEqualTo(1.0);
    }

    @Test
    @DisplayName("by intermediates, by hand: ∂z2[1]/∂a1[2] = W2[1,2], ∂a1[1]/∂z1[1] = 1 − a², ∂z2[1]/∂z1[2] = W2[1,2](1 − a1[2]²)")
    void byIntermediates() {
        double[][] v = pass(P);
        assertThat(value(t(Symbol.Z, 2, 1, 0), t(Symbol.A, 1, 2, 0))).isEqualTo(-0.5);
        assertThat(value(t(Symbol.A, 1, 1, 0), t(Symbol.Z, 1, 1, 0))).isCloseTo(1 - v[1][0] * v[1][0], within(1e-15));
        assertThat(value(t(Symbol.Z, 2, 1, 0), t(Symbol.Z, 1, 2, 0)))
                .isCloseTo(-0.5 * (1 - v[1][1] * v[1][1]), within(1e-15));
        assertThat(value(t(Symbol.Z, 2, 1, 0), t(Symbol.Z, 2, 1, 0))).isEqualTo(1.0);
        assertThat(value(t(Symbol.Z, 2, 1, 0), t(Symbol.W, 2, 1, 2))).isEqualTo(v[1][1]);
        assertThat(value(t(Symbol.A, 2, 1, 0), t(Symbol.A, 2, 1, 0))).isEqualTo(1.0);
        // ∂L/∂a2[2] = −y2/a2[2]; ∂L[2]/∂L[2] = 1
        assertThat(value(t(Symbol.LOSS, 0, 0, 0), t(Symbol.A, 2, 2, 0))).isCloseTo(-1 / v[3][1], within(1e-12));
        assertThat(value(t(Symbol.LOSS_TERM, 0, 2, 0), t(Symbol.LOSS_TERM, 0, 2, 0))).isEqualTo(1.0);
    }

    @Test
    @DisplayName("F'(z2) of a softmax: a_i(δ_ij − a_j) in full, its diagonal alone under the diagonal method")
    void softmaxSlope() {
        double[][] v = pass(P);
        double a1 = v[3][0];
        double a2 = v[3][1];
        FirstPass full = new FirstPass(network(P), new Example(x, y), METHOD);
        FirstPass diagonal = new FirstPass(network(P), new Example(x, y), METHOD.withSoftmax(SoftmaxBackward.DIAGONAL));
        assertThat(full.value(new PrintedQuantity.Slope(2, 1, 2))).isCloseTo(-a1 * a2, within(1e-15));
        assertThat(full.value(new PrintedQuantity.Slope(2, 2, 2))).isCloseTo(a2 * (1 - a2), within(1e-15));
        assertThat(diagonal.value(new PrintedQuantity.Slope(2, 1, 2))).isZero();
    }

    @Test
    @DisplayName("L[k], e[k], x[i], Wᵀδ by hand; any other quantity is refused")
    void values() {
        double[][] v = pass(P);
        FirstPass f = new FirstPass(network(P), new Example(x, y), METHOD);
        assertThat(f.value(new PrintedQuantity.LossTerm(2))).isCloseTo(-Math.log(v[3][1]), within(1e-15));
        assertThat(f.value(new PrintedQuantity.LossTerm(1))).isZero();
        assertThat(f.value(new PrintedQuantity.OutputError(2))).isCloseTo(1 - v[3][1], within(1e-15));
        assertThat(f.value(new PrintedQuantity.InputValue(2))).isEqualTo(-0.7);
        // W2ᵀδ2 with δ2 = a2 − y (softmax with cross-entropy): entry 1 = 0.7·a2[1] + 0.2·(a2[2] − 1)
        assertThat(f.value(new PrintedQuantity.WeightedDelta(2, 1)))
                .isCloseTo(0.7 * v[3][0] + 0.2 * (v[3][1] - 1), within(1e-12));
        assertThatThrownBy(() -> f.value(new PrintedQuantity.Loss())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("each output's term as the loss defines it: ½(a − y)², (a − y)², (a − y)²/m, binary cross-entropy")
    void terms() {
        double[] a = {0.8, 0.3};
        double[] t = {1.0, 0.0};
        assertThat(FirstPass.term(Loss.HALF_SUM_SQUARED_ERROR, a, t, 0)).isCloseTo(0.02, within(1e-15));
        assertThat(FirstPass.term(Loss.SUM_SQUARED_ERROR, a, t, 1)).isCloseTo(0.09, within(1e-15));
        assertThat(FirstPass.term(Loss.MEAN_SQUARED_ERROR, a, t, 1)).isCloseTo(0.045, within(1e-15));
        assertThat(FirstPass.term(Loss.BINARY_CROSS_ENTROPY, a, t, 1)).isCloseTo(-Math.log(0.7), within(1e-15));
        assertThat(FirstPass.term(Loss.CATEGORICAL_CROSS_ENTROPY, a, t, 0)).isCloseTo(-Math.log(0.8), within(1e-15));
        // the terms add up to L, as Loss computes it
        assertThat(FirstPass.term(Loss.MEAN_SQUARED_ERROR, a, t, 0) + FirstPass.term(Loss.MEAN_SQUARED_ERROR, a, t, 1))
                .isCloseTo(Loss.MEAN_SQUARED_ERROR.value(a, t), within(1e-15));
    }
}
