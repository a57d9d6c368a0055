package backprop.verification.oracle;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.network.BackwardPass;
import backprop.core.network.Gradients;
import backprop.core.network.Matrix;
import backprop.core.network.Network;
import backprop.verification.oracle.RandomNetworks.RandomNetwork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DisplayName("GradientCheck: what it reads, what it leaves as it was, what it reports")
class GradientCheckTest {

    @Test
    @DisplayName("ofGraph reads node.gradient() and leaves values and gradients as they were")
    void ofGraph_leavesTheGraphAsItWas() {
        Graph g = new Graph();
        Node x = g.input("x", 0.5);
        Node w = g.parameter("w", -1.5);
        Node out = g.tanh("out", g.multiply("w·x", w, g.exp("e^x", x)));
        g.backward(out);
        double[] values = g.nodes().stream().mapToDouble(Node::value).toArray();
        double[] gradients = g.nodes().stream().mapToDouble(Node::gradient).toArray();
        GradientCheckReport report = GradientCheck.ofGraph(g, out, List.of(x, w));
        assertThat(report.entry("x").analytic()).isEqualTo(x.gradient());
        assertThat(report.passed()).isTrue();
        assertThat(g.nodes().stream().mapToDouble(Node::value).toArray()).containsExactly(values);
        assertThat(g.nodes().stream().mapToDouble(Node::gradient).toArray()).containsExactly(gradients);
    }

    @Test
    @DisplayName("x^1e9 at x = 1.0000001 (issue 22): forward mode confirms p·x^(p−1), the difference cannot: ill-conditioned, not failed")
    void illConditionedDifference_isToldFromAWrongGradient() {
        Graph g = new Graph();
        Node x = g.input("x", 1.0000001);
        Node out = g.power("x^1e9", x, 1e9);
        g.backward(out);
        // f = x^p ≈ e^100 ≈ 2.7e43: f(x ± h) overflows for every step the extrapolation tries (h ≥ 1/8 · 2⁻¹¹)
        double slope = 1e9 * Math.pow(1.0000001, 1e9 - 1);
        assertThat(x.gradient()).isCloseTo(slope, within(1e-12 * slope));
        GradientCheckEntry right = GradientCheck.ofGraph(g, out, List.of(x)).entry("x");
        assertThat(right.verdict()).isEqualTo(GradientCheckEntry.Verdict.FINITE_DIFFERENCE_ILL_CONDITIONED);
        assertThat(right.passed()).isTrue();
        assertThat(right.finiteDifferenceIllConditioned()).isTrue();
        assertThat(right.fdRelativeError() > GradientCheckBounds.FINITE_DIFFERENCES
                || Double.isNaN(right.fdRelativeError())).isTrue();
        assertThat(right.fmRelativeError()).isLessThanOrEqualTo(GradientCheckBounds.FORWARD_MODE);
        // a gradient off by 1e-9 of itself: forward mode disagrees, so it fails, whatever the difference says
        GradientCheckReport wrong = GradientCheck.ofGraph(g, out, List.of(x), new double[] {x.gradient() * (1 + 1e-9)});
        assertThat(wrong.entry("x").verdict()).isEqualTo(GradientCheckEntry.Verdict.FAIL);
        assertThat(wrong.illConditioned()).isEmpty();
        assertThat(GradientCheck.ofGraph(g, out, List.of(x)).illConditioned()).extracting(GradientCheckEntry::name)
                .containsExactly("x");
    }

    @Test
    @DisplayName("a gradient both oracles confirm is PASS, not ill-conditioned; one only the difference confirms fails")
    void verdicts_followForwardModeFirst() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        Node out = g.square("x²", x);
        GradientCheckEntry pass = GradientCheck.ofGraph(g, out, List.of(x), new double[] {4}).entry("x");
        assertThat(pass.verdict()).isEqualTo(GradientCheckEntry.Verdict.PASS);
        assertThat(pass.finiteDifferenceIllConditioned()).isFalse();
        // ReLU(x) at x = −1: f = 0 near the point, so the scale, the floor and both bounds are 0, and so are the errors
        Node r = g.relu("ReLU(y)", g.input("y", -1));
        GradientCheckEntry flat = GradientCheck.ofGraph(g, r, List.of(r.arguments().get(0)), new double[] {0}).entry("y");
        assertThat(flat.fdBound()).isZero();
        assertThat(flat.verdict()).isEqualTo(GradientCheckEntry.Verdict.PASS);
        // 4·(1 + 1e-11): inside the difference's 1e-9, outside forward mode's 1e-12
        GradientCheckEntry close = GradientCheck.ofGraph(g, out, List.of(x), new double[] {4 * (1 + 1e-11)}).entry("x");
        assertThat(close.verdict()).isEqualTo(GradientCheckEntry.Verdict.FAIL);
        assertThat(close.passed()).isFalse();
    }

    @Test
    @DisplayName("ofNetwork does not modify the network")
    void ofNetwork_leavesTheNetworkAsItWas() {
        RandomNetwork c = RandomNetworks.generate(3);
        Network before = c.network().copy();
        BackwardPass pass = c.network().backward(c.example(), c.method());
        GradientCheck.ofNetwork(c.network(), c.example(), c.loss(), pass.gradients(), pass.inputGradient());
        for (int k = 1; k <= before.depth(); k++) {
            assertThat(c.network().layer(k).weights()).isEqualTo(before.layer(k).weights());
            assertThat(c.network().layer(k).bias()).containsExactly(before.layer(k).bias());
        }
    }

    @Test
    @DisplayName("the report is a table: one line per entry, with the values, the errors and the verdict")
    void report_isATable() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        Node out = g.square("x²", x);
        GradientCheckReport report = GradientCheck.ofGraph(g, out, List.of(x), new double[] {4}).titled("x² at 2");
        assertThat(report.toString()).contains("Gradient check: x² at 2", "x ", "+4.00000000000000000e+00", "PASS");
        assertThat(GradientCheck.ofGraph(g, out, List.of(x), new double[] {2}).toString()).contains("FAIL (1 of 1)");
    }

    @Test
    @DisplayName("a wrong number of analytic values is refused, naming both counts")
    void wrongLength_isRefused() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        assertThatThrownBy(() -> GradientCheck.ofGraph(g, g.square("x²", x), List.of(x), new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 analytic values for 1 variables");
    }

    @Test
    @DisplayName("x² at 3: scale S = max(|f|, max|∂u/∂x|) = max(9, 6) = 9, floor = 1e-2·S = 0.09")
    void scaleAndFloor_followTheFunction() {
        Graph g = new Graph();
        Node x = g.input("x", 3);
        Node out = g.square("x²", x);
        GradientCheckReport report = GradientCheck.ofGraph(g, out, List.of(x), new double[] {6});
        assertThat(report.scale()).isEqualTo(9.0);
        assertThat(report.floor()).isCloseTo(0.09, within(1e-17));
        // fdBound = 1e-9 · max(|D| = 6, floor)
        assertThat(report.entry("x").fdBound()).isCloseTo(6e-9, within(1e-20));
    }

    @Test
    @DisplayName("half the derivative of x² at 3 (3 for 6) is reported with relative error ½ against both oracles")
    void relativeError_isTheErrorOverTheOracle() {
        Graph g = new Graph();
        Node x = g.input("x", 3);
        GradientCheckEntry e = GradientCheck.ofGraph(g, g.square("x²", x), List.of(x), new double[] {3}).entry("x");
        // |3 − 6| / max(6, floor 0.09); the difference's own error is below 1e-13 (FiniteDifferencesTest)
        assertThat(e.fdRelativeError()).isCloseTo(0.5, within(1e-12));
        assertThat(e.fmRelativeError()).isCloseTo(0.5, within(1e-15));
        assertThat(e.passed()).isFalse();
    }

    @Test
    @DisplayName("f = 0·x is 0 everywhere: S = floor = 0, so ∂f/∂x = 0 passes with relative error 0 and 1e-300 fails")
    void zeroFunction_passesOnlyAnExactZero() {
        Graph g = new Graph();
        Node x = g.input("x", 1.5);
        Node out = g.multiply("0·x", g.constant(0), x);
        GradientCheckReport zero = GradientCheck.ofGraph(g, out, List.of(x), new double[] {0});
        assertThat(zero.scale()).isEqualTo(0.0);
        assertThat(zero.entry("x").fdRelativeError()).isEqualTo(0.0);
        assertThat(zero.entry("x").fmRelativeError()).isEqualTo(0.0);
        assertThat(zero.maxRelativeErrorFiniteDifferences()).isEqualTo(0.0);
        assertThat(zero.passed()).as("%s", zero).isTrue();
        // with S = 0 no bound has any slack: the smallest wrong value fails against both oracles
        assertThat(GradientCheck.ofGraph(g, out, List.of(x), new double[] {1e-300}).passed()).isFalse();
    }

    @Test
    @DisplayName("an analytic gradient whose shape is not the network's is refused, naming the layer")
    void wrongShape_isRefused() {
        RandomNetwork c = RandomNetworks.generate(3);
        Network net = c.network();
        BackwardPass pass = net.backward(c.example(), c.method());
        Gradients right = pass.gradients();
        Matrix w1 = right.weight(1);
        List<Matrix> moreRows = replaceFirst(right.weights(), Matrix.zeros(w1.rows() + 1, w1.cols()));
        List<Matrix> moreCols = replaceFirst(right.weights(), Matrix.zeros(w1.rows(), w1.cols() + 1));
        List<double[]> longerBias = new java.util.ArrayList<>(right.biases());
        longerBias.set(0, new double[right.bias(1).length + 1]);
        for (Gradients wrong : List.of(new Gradients(right.loss(), moreRows, right.biases()),
                new Gradients(right.loss(), moreCols, right.biases()),
                new Gradients(right.loss(), right.weights(), longerBias))) {
            assertThatThrownBy(() -> GradientCheck.ofNetwork(net, c.example(), c.loss(), wrong))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer 1");
        }
        double[] longerInput = new double[c.example().x().length + 1];
        assertThatThrownBy(() -> GradientCheck.ofNetwork(net, c.example(), c.loss(), right, longerInput))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("∂L/∂x");
    }

    private static List<Matrix> replaceFirst(List<Matrix> weights, Matrix first) {
        List<Matrix> copy = new java.util.ArrayList<>(weights);
        copy.set(0, first);
        return copy;
    }
}
