package backprop.verification.oracle;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.network.BackwardPass;
import backprop.core.network.Network;
import backprop.verification.oracle.RandomNetworks.RandomNetwork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    @DisplayName("ofNetwork does not modify the network")
    void ofNetwork_leavesTheNetworkAsItWas() {
        RandomNetwork c = RandomNetworks.generate(3);
        Network before = c.network().copy();
        BackwardPass pass = c.network().backward(c.example(), c.loss());
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
}
