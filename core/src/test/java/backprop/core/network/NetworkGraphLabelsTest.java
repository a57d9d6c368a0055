package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.graph.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The labels of {@link NetworkGraph} are what an answer key prints for every node, so they follow the
 * documents' 1-based indices: W2[1,2] is w_212 of 004 (layer 2, neuron 1, source 2).
 */
@DisplayName("NetworkGraph labels: the documents' 1-based indices, layer, neuron and source")
class NetworkGraphLabelsTest {

    private static List<String> labels(NetworkGraph graph) {
        return graph.graph().nodes().stream().map(Node::label).toList();
    }

    private static String[] labels(Node[] nodes) {
        return Arrays.stream(nodes).map(Node::label).toArray(String[]::new);
    }

    @Test
    @DisplayName("2-2-1, tanh per-neuron biases then identity with one shared bias, squared error")
    void perNeuronThenShared() {
        Network net = new Network(List.of(
                new DenseLayer(new double[][] {{1, 2}, {3, 4}}, new double[] {0, 0}, BiasLayout.PER_NEURON,
                        Activation.TANH),
                new DenseLayer(new double[][] {{1, -1}}, new double[] {0}, BiasLayout.SHARED_PER_LAYER,
                        Activation.IDENTITY)));
        NetworkGraph graph = NetworkGraph.build(net, new Example(new double[] {1, 2}, new double[] {0}),
                Loss.SUM_SQUARED_ERROR, Conventions.DOCUMENTS);
        assertThat(labels(graph.inputs())).containsExactly("x[1]", "x[2]");
        assertThat(graph.weights()[0][1][0].label()).as("W^(1)_21").isEqualTo("W1[2,1]");
        assertThat(graph.weights()[1][0][1].label()).as("W^(2)_12").isEqualTo("W2[1,2]");
        assertThat(labels(graph.biases()[0])).containsExactly("b1[1]", "b1[2]");
        assertThat(labels(graph.biases()[1])).containsExactly("b2");
        assertThat(labels(graph.outputs())).containsExactly("a2[1]");
        assertThat(graph.loss().label()).isEqualTo("L");
        assertThat(labels(graph)).contains("W1[2,1]·a0[1]", "W2[1,2]·a1[2]", "z1[2]", "a1[2]", "z2[1]",
                "a−y[1]", "(a−y)²[1]");
    }

    @Test
    @DisplayName("a softmax layer: e^z1[j], their sum Σe^z1, its reciprocal, and a1[j]; categorical cross-entropy")
    void softmax() {
        Network net = new Network(List.of(new DenseLayer(new double[][] {{1}, {2}}, new double[] {0, 0},
                BiasLayout.PER_NEURON, Activation.SOFTMAX)));
        NetworkGraph graph = NetworkGraph.build(net, new Example(new double[] {1}, new double[] {0, 1}),
                Loss.CATEGORICAL_CROSS_ENTROPY, Conventions.DOCUMENTS);
        assertThat(labels(graph.outputs())).containsExactly("a1[1]", "a1[2]");
        assertThat(labels(graph)).contains("e^z1[1]", "e^z1[2]", "Σe^z1", "1/Σe^z1", "ln a[2]", "y·ln a[2]");
    }

    @Test
    @DisplayName("an x or a y of the wrong length is refused, naming it")
    void wrongLengths_areRefused() {
        Network net = new Network(List.of(new DenseLayer(new double[][] {{1, 1}}, new double[] {0},
                BiasLayout.PER_NEURON, Activation.SIGMOID)));
        assertThatThrownBy(() -> NetworkGraph.build(net, new Example(new double[] {1}, new double[] {0}),
                Loss.BINARY_CROSS_ENTROPY, Conventions.DOCUMENTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NetworkGraph: x has 1 entries");
        assertThatThrownBy(() -> NetworkGraph.build(net, new Example(new double[] {1, 1}, new double[] {0, 1}),
                Loss.BINARY_CROSS_ENTROPY, Conventions.DOCUMENTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NetworkGraph: y has 2 entries");
    }
}
