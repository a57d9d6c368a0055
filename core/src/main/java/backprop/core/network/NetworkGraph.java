package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;

/**
 * The same network and loss written out as a scalar computational graph, one node per weight, bias,
 * pre-activation and activation, so that the two engines can be compared and a student can see every
 * arc of 004's "multiple paths".
 *
 * <p>Labels use the documents' 1-based indices: {@code W2[1,2]} is w_212 of 004 (layer 2, neuron 1,
 * source 2), {@code b1} a shared bias, {@code b1[3]} a per-neuron one, {@code z2[1]}, {@code a2[1]},
 * {@code x[1]}, {@code L}.
 *
 * @param graph   the graph, evaluated at the network's current parameters
 * @param loss    the node L
 * @param weights weights[k−1][j][i] is the node of W^(k)_{j+1,i+1}
 * @param biases  biases[k−1][j] is the node of b^(k)_{j+1} (one entry when shared)
 * @param inputs  the nodes of x
 * @param outputs the nodes of ŷ
 */
public record NetworkGraph(Graph graph, Node loss, Node[][][] weights, Node[][] biases, Node[] inputs,
                           Node[] outputs) {

    /** Builds the graph of {@code network} on one example, its ReLU'(0) and max tie those of {@code conventions}. */
    public static NetworkGraph build(Network network, Example example, Loss loss, Conventions conventions) {
        Network.requireLength("NetworkGraph: x", example.x(), network.inputSize());
        Network.requireLength("NetworkGraph: y", example.y(), network.outputSize());
        Graph g = new Graph(conventions);
        Node[] a = new Node[example.x().length];
        for (int i = 0; i < a.length; i++) {
            a[i] = g.input("x[" + (i + 1) + "]", example.x()[i]);
        }
        Node[] inputs = a;
        int l = network.depth();
        Node[][][] weights = new Node[l][][];
        Node[][] biases = new Node[l][];
        for (int k = 1; k <= l; k++) {
            DenseLayer layer = network.layer(k);
            weights[k - 1] = parameters(g, layer.weights(), k);
            biases[k - 1] = biasNodes(g, layer, k);
            Node[] z = new Node[layer.outputSize()];
            for (int j = 0; j < z.length; j++) {
                Node[] terms = new Node[a.length + 1];
                for (int i = 0; i < a.length; i++) {
                    terms[i] = g.multiply("W" + k + "[" + (j + 1) + "," + (i + 1) + "]·a" + (k - 1) + "[" + (i + 1) + "]",
                            weights[k - 1][j][i], a[i]);
                }
                terms[a.length] = biases[k - 1][layer.biasLayout() == BiasLayout.PER_NEURON ? j : 0];
                z[j] = g.add("z" + k + "[" + (j + 1) + "]", terms);
            }
            a = activate(g, layer.activation(), z, k);
        }
        Node lossNode = lossNode(g, loss, a, example.y());
        return new NetworkGraph(g, lossNode, weights, biases, inputs, a);
    }

    private static Node[][] parameters(Graph g, Matrix w, int k) {
        Node[][] nodes = new Node[w.rows()][w.cols()];
        for (int j = 0; j < w.rows(); j++) {
            for (int i = 0; i < w.cols(); i++) {
                nodes[j][i] = g.parameter("W" + k + "[" + (j + 1) + "," + (i + 1) + "]", w.get(j, i));
            }
        }
        return nodes;
    }

    private static Node[] biasNodes(Graph g, DenseLayer layer, int k) {
        if (layer.biasLayout() == BiasLayout.SHARED_PER_LAYER) {
            return new Node[] {g.parameter("b" + k, layer.bias()[0])};
        }
        Node[] nodes = new Node[layer.outputSize()];
        for (int j = 0; j < nodes.length; j++) {
            nodes[j] = g.parameter("b" + k + "[" + (j + 1) + "]", layer.bias()[j]);
        }
        return nodes;
    }

    private static Node[] activate(Graph g, Activation activation, Node[] z, int k) {
        Node[] a = new Node[z.length];
        if (activation == Activation.SOFTMAX) {
            // a_j = e^{z_j} · (Σ_i e^{z_i})^(−1): every a_j depends on every z_i.
            Node[] e = new Node[z.length];
            for (int j = 0; j < z.length; j++) {
                e[j] = g.exp("e^z" + k + "[" + (j + 1) + "]", z[j]);
            }
            Node inverseSum = g.reciprocal("1/Σe^z" + k, g.add("Σe^z" + k, e));
            for (int j = 0; j < z.length; j++) {
                a[j] = g.multiply("a" + k + "[" + (j + 1) + "]", e[j], inverseSum);
            }
            return a;
        }
        for (int j = 0; j < z.length; j++) {
            String label = "a" + k + "[" + (j + 1) + "]";
            a[j] = switch (activation) {
                case IDENTITY -> g.add(label, z[j]);
                case SIGMOID -> g.sigmoid(label, z[j]);
                case TANH -> g.tanh(label, z[j]);
                case RELU -> g.relu(label, z[j]);
                case SOFTMAX -> throw new AssertionError("handled above");
            };
        }
        return a;
    }

    private static Node lossNode(Graph g, Loss loss, Node[] a, double[] y) {
        Node[] terms = new Node[a.length];
        for (int j = 0; j < a.length; j++) {
            String s = "[" + (j + 1) + "]";
            terms[j] = switch (loss) {
                case SUM_SQUARED_ERROR, HALF_SUM_SQUARED_ERROR, MEAN_SQUARED_ERROR ->
                        g.square("(a−y)²" + s, g.add("a−y" + s, a[j], g.constant(-y[j]))); // −y as a constant: no node "−0"
                case BINARY_CROSS_ENTROPY -> g.add("y·ln a+(1−y)·ln(1−a)" + s,
                        g.multiply("y·ln a" + s, g.constant(y[j]), g.log("ln a" + s, a[j])),
                        g.multiply("(1−y)·ln(1−a)" + s, g.constant(1 - y[j]),
                                g.log("ln(1−a)" + s, g.subtract("1−a" + s, g.constant(1), a[j]))));
                case CATEGORICAL_CROSS_ENTROPY ->
                        g.multiply("y·ln a" + s, g.constant(y[j]), g.log("ln a" + s, a[j]));
            };
        }
        Node sum = g.add("Σ", terms);
        return switch (loss) {
            case SUM_SQUARED_ERROR -> g.add("L", sum);
            case HALF_SUM_SQUARED_ERROR -> g.multiply("L", g.constant(0.5), sum);
            case MEAN_SQUARED_ERROR -> g.multiply("L", g.constant(1.0 / a.length), sum);
            case BINARY_CROSS_ENTROPY, CATEGORICAL_CROSS_ENTROPY -> g.negate("L", sum);
        };
    }
}
