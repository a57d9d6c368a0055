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
import backprop.core.network.NetworkGraph;
import backprop.verification.oracle.RandomNetworks.RandomNetwork;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Forward mode: derivatives from DerivativeStructure, with kinks and step limits")
class ForwardModeTest {
    /** One rounding of a value of order 1, for the derivative rules of one primitive. */
    private static final double ONE_ROUNDING = 2.3e-16;

    @Test
    @DisplayName("DerivativeStructure with one free parameter, order 1, stores [f, ∂f/∂x], as PassRecord reads it")
    void derivativeLayout_isValueThenPartial() {
        DerivativeStructure x = new DerivativeStructure(1, 1, 0, 2.0);
        DerivativeStructure y = new DerivativeStructure(1, 1, 3.0);
        DerivativeStructure z = new DerivativeStructure(1, 1, -2.0);
        DerivativeStructure f = x.multiply(y).add(z).pow(2.0);
        // f = (xy + z)² = 16: ∂f/∂x = 2(xy + z)y = 24, y and z constants
        assertThat(f.getAllDerivatives()).containsExactly(16, 24);
        assertThat(PassRecord.derivativeOf(f)).isEqualTo(f.getPartialDerivative(1));
    }

    @Nested
    @DisplayName("over a core graph, from its structure alone")
    class Graphs {
        @Test
        @DisplayName("003's f = x·y + z at (2, 3, −2): f = 4, ∂f/∂x = y = 3, ∂f/∂y = x = 2, ∂f/∂z = 1, exactly")
        void example003_isExact() {
            Graph g = new Graph();
            Node x = g.input("x", 2);
            Node y = g.input("y", 3);
            Node z = g.input("z", -2);
            Node f = g.add("f", g.multiply("q", x, y), z);
            ForwardDerivatives d = ForwardMode.ofGraph(g, f, List.of(x, y, z));
            assertThat(d.value()).isEqualTo(4.0);
            assertThat(d.gradient()).containsExactly(3.0, 2.0, 1.0);
            assertThat(d.names()).containsExactly("x", "y", "z");
            assertThat(d.kinks()).isEmpty();
        }

        @Test
        @DisplayName("every primitive's derivative at a = 0.7 is its textbook rule to one rounding")
        void everyPrimitive_followsItsRule() {
            double a = 0.7;
            double s = 1 / (1 + Math.exp(-a));
            assertPrimitive((g, x) -> g.add("u", x, x), 2.0);
            assertPrimitive((g, x) -> g.multiply("u", x, x), 2 * a);
            assertPrimitive((g, x) -> g.power("u", x, 3), 3 * a * a);
            assertPrimitive((g, x) -> g.power("u", x, -1), -1 / (a * a));
            assertPrimitive((g, x) -> g.power("u", x, 0.5), 0.5 / Math.sqrt(a));
            assertPrimitive((g, x) -> g.exp("u", x), Math.exp(a));
            assertPrimitive((g, x) -> g.log("u", x), 1 / a);
            assertPrimitive((g, x) -> g.sigmoid("u", x), s * (1 - s));
            assertPrimitive((g, x) -> g.tanh("u", x), 1 - Math.tanh(a) * Math.tanh(a));
            assertPrimitive((g, x) -> g.relu("u", x), 1.0);
            assertPrimitive((g, x) -> g.max("u", g.constant(0.2), x), 1.0);
            assertPrimitive((g, x) -> g.max("u", g.constant(0.9), x), 0.0);
        }

        private void assertPrimitive(BiFunction<Graph, Node, Node> op, double expected) {
            Graph g = new Graph();
            Node x = g.input("a", 0.7);
            Node u = op.apply(g, x);
            ForwardDerivatives d = ForwardMode.ofGraph(g, u, List.of(x));
            assertThat(d.value()).as(u.primitive() + " value").isCloseTo(u.value(), within(ONE_ROUNDING * 4));
            assertThat(d.derivative(0)).as(u.primitive() + " derivative")
                    .isCloseTo(expected, within(ONE_ROUNDING * 4 * Math.max(1, Math.abs(expected))));
        }

        @Test
        @DisplayName("σ far left, where 1/(1 + e^−a) overflows: σ(−800) = σ(−1e10) = 0 with σ' = 0, as e^−800 underflows")
        void sigmoidFarLeft_isZeroWithDerivativeZero() {
            for (double at : new double[] {-800, -1e10}) {
                Graph g = new Graph();
                Node a = g.input("a", at);
                Node s = g.sigmoid("σ(a)", a);
                ForwardDerivatives d = ForwardMode.ofGraph(g, s, List.of(a));
                assertThat(d.value()).isEqualTo(0.0);
                assertThat(d.derivative(0)).isEqualTo(0.0);
            }
        }

        @Test
        @DisplayName("σ at a = −30, by e^a/(1 + e^a): σ' = σ(1 − σ) = e^−30/(1 + e^−30)² to a few roundings")
        void sigmoidLeft_followsItsRule() {
            Graph g = new Graph();
            Node a = g.input("a", -30);
            Node s = g.sigmoid("σ(a)", a);
            double e = Math.exp(-30);
            ForwardDerivatives d = ForwardMode.ofGraph(g, s, List.of(a));
            assertThat(d.value()).isCloseTo(e / (1 + e), within(4 * ONE_ROUNDING * e));
            assertThat(d.derivative(0)).isCloseTo(e / ((1 + e) * (1 + e)), within(4 * ONE_ROUNDING * e));
        }

        @Test
        @DisplayName("e^x at x = 800 overflows: refused with an ArithmeticException naming the node")
        void overflow_isRefusedNamingTheNode() {
            Graph g = new Graph();
            Node x = g.input("x", 1);
            Node e = g.exp("e^x", x);
            // core refuses e^800 while it builds; forward mode reads only the leaves, so the leaf is moved after
            x.set(800);
            assertThatThrownBy(() -> ForwardMode.ofGraph(g, e, List.of(x))).isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("node 'e^x' (EXP)");
        }

        @Test
        @DisplayName("a variable must be a leaf of the graph, given once")
        void variables_areLeavesGivenOnce() {
            Graph g = new Graph();
            Node x = g.input("x", 1);
            Node u = g.exp("u", x);
            assertThatThrownBy(() -> ForwardMode.ofGraph(g, u, List.of(u)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'u' is computed by EXP");
            assertThatThrownBy(() -> ForwardMode.ofGraph(g, u, List.of(x, x)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
            Node other = new Graph().input("y", 1);
            assertThatThrownBy(() -> ForwardMode.ofGraph(g, u, List.of(other)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a node of this graph");
        }
    }

    @Nested
    @DisplayName("kinks and step limits")
    class KinksAndSteps {
        @Test
        @DisplayName("a ReLU argument exactly 0 is a kink for the variables that move it, not for the others")
        void reluAtZero_isAKinkForTheVariablesThatMoveIt() {
            Graph g = new Graph(Conventions.DOCUMENTS);
            Node w = g.parameter("w", 0.5);
            Node x = g.input("x", 2);
            Node c = g.parameter("c", 3);
            Node z = g.add("z", g.multiply("w·x", w, x), g.constant(-1));
            Node out = g.multiply("out", g.relu("ReLU(z)", z), c);
            ForwardDerivatives d = ForwardMode.ofGraph(g, out, List.of(w, x, c));
            assertThat(d.kinks()).singleElement().satisfies(k -> {
                assertThat(k.node()).isEqualTo("ReLU(z)");
                assertThat(k.variables()).containsExactly(0, 1);
            });
            assertThat(d.atKink(0)).isTrue();
            assertThat(d.atKink(2)).isFalse();
        }

        @Test
        @DisplayName("a tie in max is a kink; a gap of 0.3 moved at rate 1 limits the step to 0.15")
        void maxTieIsAKink_andAGapLimitsTheStep() {
            Graph g = new Graph();
            Node a = g.input("a", 2);
            Node b = g.input("b", 2);
            Node c = g.input("c", 1.7);
            Node m = g.max("max(a,b,c)", a, b, c);
            ForwardDerivatives d = ForwardMode.ofGraph(g, m, List.of(a, b, c));
            assertThat(d.kinks()).singleElement().satisfies(k -> assertThat(k.variables()).containsExactly(0, 1));
            // max − c = 0.3, ∂/∂c = −1: half the distance to the crossing
            assertThat(d.stepLimits()[2]).isCloseTo(0.15, within(1e-15));
        }

        @Test
        @DisplayName("ln u with u = 1.5 − x at x = 1 limits x's step to 0.25; ReLU(x − 0.3) at 0.5 to 0.1")
        void singularitiesLimitTheStep() {
            Graph g = new Graph();
            Node x = g.input("x", 1);
            Node ln = g.log("ln u", g.subtract("u", g.constant(1.5), x));
            assertThat(ForwardMode.ofGraph(g, ln, List.of(x)).stepLimits()[0]).isCloseTo(0.25, within(1e-15));
            Graph h = new Graph();
            Node y = h.input("y", 0.5);
            Node r = h.relu("r", h.subtract("y−0.3", y, h.constant(0.3)));
            assertThat(ForwardMode.ofGraph(h, r, List.of(y)).stepLimits()[0]).isCloseTo(0.1, within(1e-15));
        }
    }

    @Nested
    @DisplayName("over a network, with loops of its own")
    class Networks {
        @Test
        @DisplayName("its variables are NetworkGraph's leaves, in the same order (W, b per layer, then x)")
        void variables_areNetworkGraphsLabels() {
            RandomNetwork c = RandomNetworks.generate(7);
            NetworkGraph graph = NetworkGraph.build(c.network(), c.example(), c.loss(), c.conventions());
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < c.network().depth(); k++) {
                for (Node[] row : graph.weights()[k]) {
                    for (Node w : row) {
                        labels.add(w.label());
                    }
                }
                for (Node b : graph.biases()[k]) {
                    labels.add(b.label());
                }
            }
            for (Node x : graph.inputs()) {
                labels.add(x.label());
            }
            assertThat(ForwardMode.networkVariables(c.network())).isEqualTo(labels);
        }

        @Test
        @DisplayName("1-1-1 identity network, L = (w2(w1·x + b1) + b2 − y)²: every derivative by the chain rule, exactly")
        void identityChain_everyDerivativeByHand() {
            // w1 = 2, b1 = 1, w2 = 3, b2 = −1, x = 1, y = 4: h = 3, ŷ = 8, r = ŷ − y = 4
            Network net = new Network(List.of(
                    new DenseLayer(new double[][] {{2}}, new double[] {1}, BiasLayout.PER_NEURON, Activation.IDENTITY),
                    new DenseLayer(new double[][] {{3}}, new double[] {-1}, BiasLayout.PER_NEURON, Activation.IDENTITY)));
            ForwardDerivatives d = ForwardMode.ofNetwork(net, new Example(new double[] {1}, new double[] {4}),
                    Loss.SUM_SQUARED_ERROR);
            assertThat(d.value()).isEqualTo(16.0);
            // ∂L/∂w1 = 2r·w2·x = 24, ∂L/∂b1 = 2r·w2 = 24, ∂L/∂w2 = 2r·h = 24, ∂L/∂b2 = 2r = 8, ∂L/∂x = 2r·w2·w1 = 48
            assertThat(d.names()).containsExactly("W1[1,1]", "b1[1]", "W2[1,1]", "b2[1]", "x[1]");
            assertThat(d.gradient()).containsExactly(24, 24, 24, 8, 48);
        }

        @Test
        @DisplayName("the loss it computes equals core's forward pass within 1e-14 relative, on 50 random networks")
        void loss_equalsCoresForwardPass() {
            for (long seed = 0; seed < 50; seed++) {
                RandomNetwork c = RandomNetworks.generate(seed);
                double core = c.network().loss(c.example().x(), c.example().y(), c.loss());
                double ours = ForwardMode.ofNetwork(c.network(), c.example(), c.loss()).value();
                assertThat(ours).as("seed %d: %s", seed, c).isCloseTo(core, within(1e-14 * Math.max(1, Math.abs(core))));
            }
        }

        @Test
        @DisplayName("softmax shifted by max z does not overflow at z = (800, 0): L = −ln a₁ = 0, ∂L/∂W = (a − y)x = 0")
        void shiftedSoftmax_doesNotOverflow() {
            Network net = new Network(List.of(new DenseLayer(new double[][] {{800}, {0}}, new double[] {0, 0},
                    BiasLayout.PER_NEURON, Activation.SOFTMAX)));
            Example e = new Example(new double[] {1}, new double[] {1, 0});
            ForwardDerivatives d = ForwardMode.ofNetwork(net, e, Loss.CATEGORICAL_CROSS_ENTROPY);
            // a = (1, e^−800) = (1, 0) in doubles: L = 0 and every ∂L/∂z_i = a_i − y_i = 0
            assertThat(d.value()).isEqualTo(0.0);
            assertThat(d.gradient()).containsOnly(0.0);
        }

        @Test
        @DisplayName("softmax's derivatives at z = (1, 0, −1) are a_i(δ_ik − a_k), the textbook Jacobian, to a few roundings")
        void shiftedSoftmax_followsItsJacobian() {
            // one input x = 1, W = (1, 0, −1)ᵀ, b = 0, L = −ln a₁: ∂L/∂W_k1 = ∂L/∂z_k = a_k − y_k
            Network net = new Network(List.of(new DenseLayer(new double[][] {{1}, {0}, {-1}}, new double[] {0, 0, 0},
                    BiasLayout.PER_NEURON, Activation.SOFTMAX)));
            Example e = new Example(new double[] {1}, new double[] {1, 0, 0});
            double sum = Math.E + 1 + 1 / Math.E;
            double[] a = {Math.E / sum, 1 / sum, 1 / Math.E / sum};
            ForwardDerivatives d = ForwardMode.ofNetwork(net, e, Loss.CATEGORICAL_CROSS_ENTROPY);
            assertThat(d.derivative(0)).isCloseTo(a[0] - 1, within(8 * ONE_ROUNDING));
            assertThat(d.derivative(1)).isCloseTo(a[1], within(8 * ONE_ROUNDING));
            assertThat(d.derivative(2)).isCloseTo(a[2], within(8 * ONE_ROUNDING));
        }
    }
}
