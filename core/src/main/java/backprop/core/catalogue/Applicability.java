package backprop.core.catalogue;

import backprop.core.function.Activation;
import backprop.core.network.DenseLayer;
import backprop.core.network.Network;

/**
 * Which choices can change a number of this network or graph: the catalogue offers only variations that apply.
 *
 * @param isNetwork  a layered network (false: an expression graph, where only the conventions apply)
 * @param layers     the network's depth l (0 for a graph); freezing biases names every layer
 * @param hasBias    the network has biases
 * @param hasSoftmax some layer is a softmax
 * @param hasRelu    some layer or node is a ReLU
 * @param hasMax     some node is a max
 * @param trains     the quantity comes from a training run (update order, frozen biases, epochs apply)
 * @param batches    some update combines more than one example (sum or mean applies)
 */
public record Applicability(boolean isNetwork, int layers, boolean hasBias, boolean hasSoftmax, boolean hasRelu,
                            boolean hasMax, boolean trains, boolean batches) {

    public Applicability {
        if (layers < 0 || (isNetwork && layers == 0)) {
            throw new IllegalArgumentException("Applicability: a network has ≥ 1 layer, a graph 0; got " + layers
                    + (isNetwork ? " for a network" : " for a graph"));
        }
    }

    /** A network; {@code batches}: some update takes more than one example. */
    public static Applicability network(Network network, boolean trains, boolean batches) {
        boolean softmax = false;
        boolean relu = false;
        for (DenseLayer layer : network.layers()) {
            softmax |= layer.activation() == Activation.SOFTMAX;
            relu |= layer.activation() == Activation.RELU;
        }
        return new Applicability(true, network.depth(), true, softmax, relu, false, trains, batches && trains);
    }

    /** An expression graph: only ReLU'(0) and the max-tie rule can change its numbers. */
    public static Applicability graph(boolean hasRelu, boolean hasMax) {
        return new Applicability(false, 0, false, false, hasRelu, hasMax, false, false);
    }
}
