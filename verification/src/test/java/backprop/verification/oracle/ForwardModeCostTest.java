package backprop.verification.oracle;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
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

/**
 * Forward mode's cost, one direction at a time: a base pass, then pass j computes only the nodes that depend on
 * x_j (issue 22: all variables free at once took memory ∝ nodes × variables). The count of computed nodes is
 * pinned, worked out by hand from the graph's structure.
 */
@DisplayName("Forward mode computes, in pass j, only the nodes that depend on x_j")
class ForwardModeCostTest {

    @Test
    @DisplayName("out = e^(x·y) · (w + y): 4 in the base pass, then x 3, y 4, w 2 nodes, each + its output: 16")
    void graph_passJComputesTheDescendantsOfXj() {
        Graph g = new Graph();
        Node x = g.input("x", 0.5);
        Node y = g.input("y", -1);
        Node w = g.parameter("w", 2);
        g.exp("dead e^x", x);
        Node out = g.multiply("out", g.exp("v", g.multiply("u", x, y)), g.add("t", w, y));
        PassRecord record = new PassRecord(List.of("x", "y", "w"));
        ForwardDerivatives d = ForwardMode.ofGraph(g, out, List.of(x, y, w), record);
        // base: u, v, t, out; x: u, v, out; y: u, v, t, out; w: t, out; each pass records its output once more
        assertThat(record.evaluations()).isEqualTo(4 + (3 + 1) + (4 + 1) + (2 + 1));
        // ∂out/∂w = e^(xy) = e^−0.5
        assertThat(d.derivative(2)).isEqualTo(Math.exp(-0.5));
    }

    @Test
    @DisplayName("a 2-3-2 sigmoid network: 12 in the base pass; 9 per layer-1, 4 per layer-2 parameter, 13 per input: 151")
    void network_passJStartsAtTheLayerXjEnters_andRecomputesOnlyItsRow() {
        Network net = new Network(List.of(
                new DenseLayer(new double[][] {{0.1, 0.2}, {-0.3, 0.4}, {0.5, -0.6}}, new double[] {0.1, 0, -0.1},
                        BiasLayout.PER_NEURON, Activation.SIGMOID),
                new DenseLayer(new double[][] {{0.7, -0.8, 0.9}, {-1.0, 1.1, 0.2}}, new double[] {0.3, -0.2},
                        BiasLayout.PER_NEURON, Activation.SIGMOID)));
        Example e = new Example(new double[] {1, -2}, new double[] {1, 0});
        PassRecord record = new PassRecord(ForwardMode.networkVariables(net));
        NetworkForwardMode.evaluate(net, e, Loss.SUM_SQUARED_ERROR, record);
        // base: z1, a1 (3 + 3), z2, a2 (2 + 2), the loss terms (2) = 12;
        // W1[r,i] and b1[r] (9): z1[r], a1[r], all of layer 2 (4), both loss terms, the output = 9 each;
        // W2[r,i] and b2[r] (8): z2[r], a2[r], its loss term, the output = 4 each;
        // x[i] (2): all of layer 1 (6) and layer 2 (4), both loss terms, the output = 13 each
        assertThat(record.evaluations()).isEqualTo(12 + 9 * 9 + 8 * 4 + 2 * 13);
    }
}
