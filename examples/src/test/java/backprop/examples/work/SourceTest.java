package backprop.examples.work;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.GradientDescent;
import backprop.core.network.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each source reads the entry it names, checked against values worked by hand: one identity layer
 * W = [[1, 2], [3, 4]], b = [0.5, −0.5] at x = [1, −1], y = [0, 1], L = Σ(ŷ − y)². Every entry differs from the
 * others, so a swapped index or layer reads another number.
 */
@DisplayName("A source reads the one entry it names")
class SourceTest {
    private static final Method SSE = Method.documents(Loss.SUM_SQUARED_ERROR);

    private static Network network() {
        return new Network(List.of(new DenseLayer(new double[][] {{1, 2}, {3, 4}}, new double[] {0.5, -0.5},
                BiasLayout.PER_NEURON, Activation.IDENTITY)));
    }

    @Test
    @DisplayName("z, a, ∂L/∂ŷ, δ, ∂L/∂W, ∂L/∂b and the weights after a step of η = 0.1, by hand")
    void networkSources() {
        Network net = network();
        double[] x = {1, -1};
        double[] y = {0, 1};
        ForwardPass f = net.forward(x);
        BackwardPass b = net.backward(f, y, SSE);
        // z = Wx + b = [1 − 2 + 0.5, 3 − 4 − 0.5] = [−0.5, −1.5]; a = z (identity)
        assertThat(new Source.Z(f, 1, 0).value()).isEqualTo(-0.5);
        assertThat(new Source.Z(f, 1, 1).value()).isEqualTo(-1.5);
        assertThat(new Source.A(f, 1, 1).value()).isEqualTo(-1.5);
        // ∂L/∂ŷ = 2(ŷ − y) = [−1, −5] = δ; ∂L/∂W = δ xᵀ = [[−1, 1], [−5, 5]]; ∂L/∂b = δ
        assertThat(new Source.LossGradient(b, 0).value()).isEqualTo(-1);
        assertThat(new Source.LossGradient(b, 1).value()).isEqualTo(-5);
        assertThat(new Source.Delta(b, 1, 1).value()).isEqualTo(-5);
        assertThat(new Source.WeightGradient(b, 1, 1, 0).value()).isEqualTo(-5);
        assertThat(new Source.WeightGradient(b, 1, 0, 1).value()).isEqualTo(1);
        assertThat(new Source.BiasGradient(b, 1, 0).value()).isEqualTo(-1);
        // W ← W − 0.1·∂L/∂W: W[1][0] = 3 + 0.5 = 3.5, W[0][1] = 2 − 0.1 = 1.9; b[1] = −0.5 + 0.5 = 0
        NetworkUpdate u = NetworkUpdate.take(new GradientDescent(Schedule.descent(0.1, 0, 0), SSE), net,
                List.of(new Example(x, y)));
        assertThat(new Source.WeightAfter(u.after(), 1, 1, 0).value()).isCloseTo(3.5, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(new Source.WeightAfter(u.after(), 1, 0, 1).value()).isCloseTo(1.9, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(new Source.BiasAfter(u.after(), 1, 1).value()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(new Source.BiasAfter(u.after(), 1, 0).value()).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    @DisplayName("a node's value and ∂f/∂node for f = x·y + z at 2, 3, −2 (003's example: ∂f/∂x = 3, ∂f/∂y = 2)")
    void graphSources() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        Node y = g.input("y", 3);
        Node z = g.input("z", -2);
        Node h = g.multiply("h", x, y);
        Node f = g.add("f", h, z);
        assertThat(new Source.NodeValue(h).value()).isEqualTo(6);
        assertThat(new Source.NodeValue(f).value()).isEqualTo(4);
        assertThat(new Source.NodeGradient(f, x).value()).isEqualTo(3);
        assertThat(new Source.NodeGradient(f, y).value()).isEqualTo(2);
        assertThat(new Source.NodeGradient(f, z).value()).isEqualTo(1);
        // ∂h/∂x from h, not from f: the output the gradient is taken from is part of the source
        assertThat(new Source.NodeGradient(h, z).value()).isNaN();
        assertThat(new Source.NodeGradient(h, x).value()).isEqualTo(3);
    }

    @Test
    @DisplayName("at a kink ∂f/∂node has no one value: NaN (ReLU at 0: anything in [0, 1])")
    void kinkHasNoValue() {
        Graph g = new Graph();
        Node z = g.input("z", 0);
        Node r = g.relu("r", z);
        assertThat(new Source.NodeGradient(r, z).value()).isNaN();
        Graph away = new Graph();
        Node z2 = away.input("z", 2);
        assertThat(new Source.NodeGradient(away.relu("r", z2), z2).value()).isEqualTo(1);
    }
}
