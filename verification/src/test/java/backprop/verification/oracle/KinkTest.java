package backprop.verification.oracle;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Where the derivative does not exist, a gradient is a convention: ReLU'(0) = 1 (000, eq. 8) or 0
 * (the libraries), the first maximum or an even split in a tie. Forward mode detects the kink; the check
 * then requires the analytic value to lie between the one-sided derivatives D₋ and D₊, which every
 * subgradient does and a wrong derivative does not.
 */
@DisplayName("Kinks: detected, and checked against the one-sided derivatives")
class KinkTest {

    /** out = 3·ReLU(w·x − 1) + w at w = 0.5, x = 2: the ReLU argument is exactly 0. */
    private record ReluAtZero(Graph graph, Node out, Node w, Node x) {
        static ReluAtZero build(Conventions conventions) {
            Graph g = new Graph(conventions);
            Node w = g.parameter("w", 0.5);
            Node x = g.input("x", 2);
            Node z = g.add("z", g.multiply("w·x", w, x), g.constant(-1));
            Node out = g.add("out", g.multiply("3·ReLU(z)", g.constant(3), g.relu("ReLU(z)", z)), w);
            return new ReluAtZero(g, out, w, x);
        }
    }

    @Nested
    @DisplayName("ReLU at exactly 0")
    class Relu {
        @ParameterizedTest(name = "ReLU'(0) = {0}")
        @EnumSource(Conventions.ReluAtZero.class)
        @DisplayName("both conventions pass: each lies between D₋ and D₊")
        void bothConventions_pass(Conventions.ReluAtZero atZero) {
            ReluAtZero c = ReluAtZero.build(new Conventions(atZero, Conventions.MaxTie.FIRST));
            c.graph().backward(c.out());
            GradientCheckReport report = GradientCheck.ofGraph(c.graph(), c.out(), List.of(c.w(), c.x()));
            assertThat(report.kinks()).singleElement().satisfies(k -> assertThat(k.node()).isEqualTo("ReLU(z)"));
            assertThat(report.entries()).allMatch(GradientCheckEntry::atKink);
            // ∂out/∂w: left 1 (only the "+ w"), right 1 + 3x = 7; ∂out/∂x: left 0, right 3w = 1.5
            GradientCheckEntry w = report.entry("w");
            assertThat(w.left()).isCloseTo(1.0, within(1e-12));
            assertThat(w.right()).isCloseTo(7.0, within(1e-12));
            assertThat(report.entry("x").right()).isCloseTo(1.5, within(1e-12));
            assertThat(report.passed()).as("%s", report).isTrue();
        }

        @Test
        @DisplayName("another subgradient passes (ReLU'(0) = ½), a value outside [D₋, D₊] fails (ReLU'(0) = 2 or −1)")
        void onlySubgradientsPass() {
            ReluAtZero c = ReluAtZero.build(Conventions.LIBRARIES);
            List<Node> wrt = List.of(c.w(), c.x());
            // ∂out/∂w = 1 + 3·r·x, ∂out/∂x = 3·r·w for ReLU'(0) = r
            assertThat(GradientCheck.ofGraph(c.graph(), c.out(), wrt, new double[] {1 + 3, 0.75}).passed()).isTrue();
            GradientCheckReport two = GradientCheck.ofGraph(c.graph(), c.out(), wrt, new double[] {1 + 12, 3});
            assertThat(two.failures()).extracting(GradientCheckEntry::name).containsExactly("w", "x");
            GradientCheckReport minusOne = GradientCheck.ofGraph(c.graph(), c.out(), wrt, new double[] {1 - 6, -1.5});
            assertThat(minusOne.failures()).extracting(GradientCheckEntry::name).containsExactly("w", "x");
        }

        @Test
        @DisplayName("a ReLU at 0 whose argument a variable does not move leaves that variable's check smooth")
        void unmovedKink_leavesTheCheckSmooth() {
            Graph g = new Graph();
            Node c = g.parameter("c", 2);
            Node out = g.multiply("out", c, g.add("1 + ReLU(0)", g.constant(1), g.relu("ReLU(0)", g.constant(0))));
            g.backward(out);
            GradientCheckReport report = GradientCheck.ofGraph(g, out, List.of(c));
            assertThat(report.kinks()).singleElement().satisfies(k -> assertThat(k.variables()).isEmpty());
            assertThat(report.entry("c").atKink()).isFalse();
            assertThat(report.passed()).isTrue();
        }

        @Test
        @DisplayName("the slack beyond [D₋, D₊] = [1, 7] is KINK·max(|D₋|, |D₊|, floor) = 7e-8: 7 + 3.5e-8 passes, 7 + 1.4e-7 fails")
        void slackBeyondTheInterval_isRelativeToTheOneSidedDerivatives() {
            ReluAtZero c = ReluAtZero.build(Conventions.LIBRARIES);
            List<Node> wrt = List.of(c.w(), c.x());
            // ∂out/∂x = 3·r·w lies in [0, 1.5] for every r in [0, 1]; D₊ of w is 7 to within 1e-12, far below 3.5e-8
            GradientCheckReport inside = GradientCheck.ofGraph(c.graph(), c.out(), wrt, new double[] {7 + 3.5e-8, 0});
            assertThat(inside.entry("w").fdBound()).isCloseTo(7e-8, within(1e-19));
            assertThat(inside.passed()).as("%s", inside).isTrue();
            GradientCheckReport outside = GradientCheck.ofGraph(c.graph(), c.out(), wrt, new double[] {7 + 1.4e-7, 0});
            assertThat(outside.failures()).extracting(GradientCheckEntry::name).containsExactly("w");
        }

        @Test
        @DisplayName("ReLU(x)·0 at x = 0 is 0 on both sides: D₋ = D₊ = 0 and S = 0, so only an exact 0 passes")
        void flatKink_passesOnlyAnExactZero() {
            Graph g = new Graph();
            Node x = g.input("x", 0);
            Node out = g.multiply("ReLU(x)·0", g.relu("ReLU(x)", x), g.constant(0));
            GradientCheckReport zero = GradientCheck.ofGraph(g, out, List.of(x), new double[] {0});
            assertThat(zero.entry("x").atKink()).isTrue();
            assertThat(zero.scale()).isEqualTo(0.0);
            assertThat(zero.passed()).as("%s", zero).isTrue();
            assertThat(GradientCheck.ofGraph(g, out, List.of(x), new double[] {1e-300}).passed()).isFalse();
        }

        @Test
        @DisplayName("checked without ∂L/∂x, the kink of z = 2·0.5 − 1 names W1[1,1] and b1[1] only (variables 0 and 1)")
        void networkWithoutInputs_kinkNamesParametersOnly() {
            Network net = reluAtZeroNetwork();
            Example e = new Example(new double[] {0.5}, new double[] {1});
            BackwardPass pass = net.backward(e, Method.standard(Loss.BINARY_CROSS_ENTROPY, Conventions.LIBRARIES));
            GradientCheckReport report = GradientCheck.ofNetwork(net, e, Loss.BINARY_CROSS_ENTROPY, pass.gradients());
            // variables: W1[1,1], b1[1], W2[1,1], b2[1]; x[1] (number 4) is left out, and so from the kink
            assertThat(report.kinks()).singleElement().satisfies(k -> assertThat(k.variables()).containsExactly(0, 1));
            assertThat(report.entries()).extracting(GradientCheckEntry::name)
                    .containsExactly("W1[1,1]", "b1[1]", "W2[1,1]", "b2[1]");
            assertThat(report.passed()).as("%s", report).isTrue();
        }

        private static Network reluAtZeroNetwork() {
            return new Network(List.of(
                    new DenseLayer(new double[][] {{2}}, new double[] {-1}, BiasLayout.PER_NEURON, Activation.RELU),
                    new DenseLayer(new double[][] {{1.5}}, new double[] {0.25}, BiasLayout.PER_NEURON, Activation.SIGMOID)));
        }

        @ParameterizedTest(name = "ReLU'(0) = {0}")
        @EnumSource(Conventions.ReluAtZero.class)
        @DisplayName("in a network, z = 2·0.5 − 1 = 0 exactly: W, b and x are checked one-sidedly and pass")
        void network_reluAtZero(Conventions.ReluAtZero atZero) {
            Network net = new Network(List.of(
                    new DenseLayer(new double[][] {{2}}, new double[] {-1}, BiasLayout.PER_NEURON, Activation.RELU),
                    new DenseLayer(new double[][] {{1.5}}, new double[] {0.25}, BiasLayout.PER_NEURON, Activation.SIGMOID)));
            Example e = new Example(new double[] {0.5}, new double[] {1});
            BackwardPass pass = net.backward(e, Method.standard(Loss.BINARY_CROSS_ENTROPY,
                    new Conventions(atZero, Conventions.MaxTie.FIRST)));
            GradientCheckReport report = GradientCheck.ofNetwork(net, e, Loss.BINARY_CROSS_ENTROPY, pass.gradients(),
                    pass.inputGradient());
            assertThat(report.kinks()).singleElement().satisfies(k -> assertThat(k.node()).isEqualTo("z1[1]"));
            assertThat(report.entries()).filteredOn(GradientCheckEntry::atKink).extracting(GradientCheckEntry::name)
                    .containsExactly("W1[1,1]", "b1[1]", "x[1]");
            assertThat(report.passed()).as("%s", report).isTrue();
        }
    }

    @Nested
    @DisplayName("max with a tie")
    class MaxTie {
        @ParameterizedTest(name = "tie routed {0}")
        @EnumSource(Conventions.MaxTie.class)
        @DisplayName("both routings pass: 1 and 0, or ½ and ½, lie between D₋ = 0 and D₊ = 1")
        void bothRoutings_pass(Conventions.MaxTie tie) {
            Graph g = new Graph(new Conventions(Conventions.ReluAtZero.ZERO, tie));
            Node z = g.input("z", 2);
            Node w = g.input("w", 2);
            Node x = g.input("x", 0.5);
            Node out = g.multiply("out", g.max("max(z,w)", z, w), x);
            g.backward(out);
            GradientCheckReport report = GradientCheck.ofGraph(g, out, List.of(z, w, x));
            assertThat(report.kinks()).singleElement().satisfies(k -> assertThat(k.variables()).containsExactly(0, 1));
            // ∂out/∂z: 0 from the left (w stays the max), x = 0.5 from the right
            assertThat(report.entry("z").left()).isEqualTo(0.0);
            assertThat(report.entry("z").right()).isCloseTo(0.5, within(1e-14));
            assertThat(report.entry("x").atKink()).isFalse();
            assertThat(report.passed()).as("%s", report).isTrue();
        }

        @Test
        @DisplayName("1 to each tied argument lies in [0, 1] and passes entry by entry; 2 lies outside and fails")
        void outsideTheInterval_fails() {
            Graph g = new Graph();
            Node z = g.input("z", 2);
            Node w = g.input("w", 2);
            Node out = g.max("max(z,w)", z, w);
            assertThat(GradientCheck.ofGraph(g, out, List.of(z, w), new double[] {1, 1}).passed()).isTrue();
            assertThat(GradientCheck.ofGraph(g, out, List.of(z, w), new double[] {2, 0}).failures())
                    .extracting(GradientCheckEntry::name).containsExactly("z");
        }
    }
}
