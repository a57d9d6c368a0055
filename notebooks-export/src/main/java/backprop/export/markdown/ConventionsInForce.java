package backprop.export.markdown;

import backprop.core.function.Activation;
import backprop.core.graph.Conventions;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.core.method.UpdateOrder;
import backprop.core.network.DenseLayer;
import backprop.examples.ScenarioResult;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The conventions a scenario's numbers depend on, named once under its inputs, and only those that apply:
 * ReLU'(0) when a ReLU is present, the tie rule when a max is, the update order when a network is updated.
 * Unnamed conventions are how a printed number and ours silently disagree (STYLE.md, point 4).
 */
final class ConventionsInForce {
    private ConventionsInForce() {
    }

    /** "\nConventions in force: …\n", or "" when no convention applies. */
    static String line(ScenarioResult result) {
        Set<String> named = new LinkedHashSet<>();
        for (GraphWork g : result.graphs()) {
            for (Node node : g.graph().nodes()) {
                if (node.primitive() == Primitive.RELU) {
                    named.add(relu(g.graph().conventions()));
                } else if (node.primitive() == Primitive.MAX) {
                    named.add(maxTie(g.graph().conventions()));
                }
            }
        }
        for (NetworkWork n : result.networks()) {
            for (DenseLayer layer : n.before().layers()) {
                if (layer.activation() == Activation.RELU) {
                    named.add(relu(n.method().conventions()));
                }
            }
            if (n.update() != null) {
                named.add(order(n.update().order()));
            }
        }
        return named.isEmpty() ? "" : "\nConventions in force: " + String.join("; ", named) + ".\n";
    }

    private static String relu(Conventions c) {
        return c.reluAtZero() == Conventions.ReluAtZero.ONE
                ? "ReLU'(0) = 1 (as 000 writes it, dReLU/dz = 1 for z ≥ 0)"
                : "ReLU'(0) = 0 (the libraries' choice, PyTorch and TensorFlow)";
    }

    private static String maxTie(Conventions c) {
        return c.maxTie() == Conventions.MaxTie.FIRST
                ? "a tie in max routes the whole gradient to the first maximal argument"
                : "a tie in max splits the gradient evenly among the maximal arguments";
    }

    private static String order(UpdateOrder o) {
        return o == UpdateOrder.ALL_GRADIENTS_FIRST
                ? "update order all_gradients_first (every gradient is computed before any weight changes)"
                : "update order each_layer_when_its_gradient_is_ready (each layer is updated as soon as its gradient"
                + " is known, and the layers below see its new weights)";
    }
}
