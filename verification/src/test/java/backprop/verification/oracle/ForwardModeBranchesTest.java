package backprop.verification.oracle;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The branches forward mode documents: which branch a kink follows, which powers are singular, that only
 * the output's ancestors are evaluated, what it refuses; and the cross-entropy terms it leaves out.
 */
@DisplayName("Forward mode: branches at kinks, singular powers, ancestors only, refusals")
class ForwardModeBranchesTest {

    private static double limitOfPower(double p) {
        Graph g = new Graph();
        Node x = g.input("x", 0.5);
        return ForwardMode.ofGraph(g, g.power("x^p", x, p), List.of(x)).stepLimits()[0];
    }

    @Test
    @DisplayName("x^p at 0.5 is singular at 0 for p < 0 or not an integer (step ≤ 0.5·0.5/1 = 0.25), not for p = 0, 2")
    void powers_singularOnlyWhenNegativeOrFractional() {
        assertThat(limitOfPower(-1)).isEqualTo(0.25);
        assertThat(limitOfPower(0.5)).isEqualTo(0.25);
        assertThat(limitOfPower(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(limitOfPower(2)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    @DisplayName("at ReLU(0) the pass follows the 0 branch: ∂ReLU/∂x = 0, and the kink is reported")
    void reluAtZero_followsTheZeroBranch() {
        Graph g = new Graph(Conventions.DOCUMENTS);
        Node x = g.input("x", 0);
        ForwardDerivatives d = ForwardMode.ofGraph(g, g.relu("ReLU(x)", x), List.of(x));
        assertThat(d.value()).isEqualTo(0.0);
        assertThat(d.derivative(0)).isEqualTo(0.0);
        assertThat(d.atKink(0)).isTrue();
    }

    @Test
    @DisplayName("in a tie max(a, b) = a_1: ∂/∂a = 1, ∂/∂b = 0, and the kink reads 'max tie a = b'")
    void maxTie_followsTheFirstMaximum() {
        Graph g = new Graph();
        Node a = g.input("a", 2);
        Node b = g.input("b", 2);
        ForwardDerivatives d = ForwardMode.ofGraph(g, g.max("max(a,b)", a, b), List.of(a, b));
        assertThat(d.gradient()).containsExactly(1.0, 0.0);
        assertThat(d.kinks()).singleElement().satisfies(k -> assertThat(k.description()).isEqualTo("max tie a = b"));
    }

    @Test
    @DisplayName("a node the output does not depend on is not evaluated: its kink and its derivative 1000 are not reported")
    void nodesOutsideTheOutputsAncestors_areIgnored() {
        Graph g = new Graph();
        Node x = g.input("x", 0);
        g.relu("dead ReLU(x)", x);
        g.multiply("dead 1000x", g.constant(1000), x);
        Node out = g.exp("e^x", x);
        ForwardDerivatives d = ForwardMode.ofGraph(g, out, List.of(x));
        assertThat(d.kinks()).isEmpty();
        // e^x at 0: value 1, derivative 1, the only computed node
        assertThat(d.termScale()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("an output that is itself a variable has ∂f/∂f = 1; a variable f does not depend on has ∂f/∂x = 0")
    void leafOutputs_andUnusedVariables() {
        Graph g = new Graph();
        Node x = g.input("x", 3);
        Node y = g.input("y", 5);
        ForwardDerivatives d = ForwardMode.ofGraph(g, x, List.of(x, y));
        assertThat(d.value()).isEqualTo(3.0);
        assertThat(d.gradient()).containsExactly(1.0, 0.0);
        Node e = g.exp("e^x", x);
        // y comes before e^x but is not its argument; e^x's derivative by x is e^3
        assertThat(ForwardMode.ofGraph(g, e, List.of(y, x)).gradient()).containsExactly(0.0, Math.exp(3));
    }

    @Test
    @DisplayName("w·x at x = 0 under a ReLU: the kink moves with x (∂/∂x = w), not with w (∂/∂w = x = 0)")
    void aKinkIsOnlyTheVariablesThatMoveItsGap() {
        Graph g = new Graph();
        Node w = g.parameter("w", 2);
        Node x = g.input("x", 0);
        ForwardDerivatives d = ForwardMode.ofGraph(g, g.relu("ReLU(w·x)", g.multiply("w·x", w, x)), List.of(w, x));
        assertThat(d.kinks()).singleElement().satisfies(k -> assertThat(k.variables()).containsExactly(1));
        assertThat(d.atKink(0)).isFalse();
        assertThat(d.stepLimits()).containsExactly(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    @Test
    @DisplayName("an output that is null or of another graph, and no variables at all, are refused")
    void foreignOrMissingNodes_areRefused() {
        Graph g = new Graph();
        Node x = g.input("x", 1);
        Node u = g.exp("u", x);
        Graph other = new Graph();
        Node foreign = other.exp("v", other.input("y", 1));
        assertThatThrownBy(() -> ForwardMode.ofGraph(g, foreign, List.of(x)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output 'v' is not a node");
        assertThatThrownBy(() -> ForwardMode.ofGraph(g, null, List.of(x)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output 'null'");
        assertThatThrownBy(() -> ForwardMode.ofGraph(g, u, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no variables");
        assertThatThrownBy(() -> ForwardMode.ofGraph(g, u, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no variables");
    }

    private static Network oneNeuron(Activation activation, double w, double b) {
        return new Network(List.of(new DenseLayer(new double[][] {{w}}, new double[] {b}, BiasLayout.PER_NEURON,
                activation)));
    }

    @Test
    @DisplayName("an example whose x or y does not fit the network is refused, naming both sizes")
    void misfittingExample_isRefused() {
        Network net = oneNeuron(Activation.SIGMOID, 1, 0);
        assertThatThrownBy(() -> ForwardMode.ofNetwork(net, new Example(new double[] {1, 2}, new double[] {1}),
                Loss.SUM_SQUARED_ERROR)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x of 2");
        assertThatThrownBy(() -> ForwardMode.ofNetwork(net, new Example(new double[] {1}, new double[] {1, 0}),
                Loss.SUM_SQUARED_ERROR)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y of 2");
    }

    @Test
    @DisplayName("BCE with y = 1 and a = σ(40) = 1.0 exactly: the (1 − y)·ln(1 − a) term is left out, L = −ln 1 = 0")
    void crossEntropy_leavesOutTermsOfWeightZero() {
        // 1 + e^−40 rounds to 1 (e^−40 = 4.2e-18 < ε/2), so a = 1 and ln(1 − a) = −∞; 0·(−∞) would be NaN
        ForwardDerivatives d = ForwardMode.ofNetwork(oneNeuron(Activation.SIGMOID, 40, 0),
                new Example(new double[] {1}, new double[] {1}), Loss.BINARY_CROSS_ENTROPY);
        assertThat(d.value()).isEqualTo(0.0);
        assertThat(java.util.Arrays.stream(d.gradient()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    @DisplayName("BCE's ln a with a = 0.25·1 + 0.25 = 0.5 limits the steps: 0.5·0.5/|∂a/∂θ| = 0.25 for W and b, 1 for x")
    void crossEntropyLogarithm_limitsTheSteps() {
        // identity output a = W·x + b: ∂a/∂W = x = 1, ∂a/∂b = 1, ∂a/∂x = W = 0.25; y = 1 keeps ln a only
        ForwardDerivatives d = ForwardMode.ofNetwork(oneNeuron(Activation.IDENTITY, 0.25, 0.25),
                new Example(new double[] {1}, new double[] {1}), Loss.BINARY_CROSS_ENTROPY);
        assertThat(d.names()).containsExactly("W1[1,1]", "b1[1]", "x[1]");
        assertThat(d.stepLimits()).containsExactly(0.25, 0.25, 1.0);
        // L = −ln a: ∂L/∂W = −x/a = −2, ∂L/∂b = −1/a = −2, ∂L/∂x = −W/a = −0.5
        assertThat(d.gradient()).containsExactly(new double[] {-2, -2, -0.5}, within(1e-15));
    }
}
