package backprop.core.graph;

import backprop.core.NonFiniteValueException;

import java.util.List;

/**
 * One path from a node up to the output, with the local gradients along it: 004's coloured paths, 003's
 * direct and indirect effects. Its contribution to the total derivative is the product of the local
 * gradients.
 *
 * @param labels         the nodes from the start of the path to the output
 * @param localGradients the local gradient of each arc, in the same order (one fewer than labels)
 */
public record Path(List<String> labels, List<Double> localGradients) {

    public Path {
        labels = List.copyOf(labels);
        localGradients = List.copyOf(localGradients);
    }

    /**
     * The product of the local gradients along the path.
     *
     * @throws NonFiniteValueException if it overflows, naming the path
     */
    public double product() {
        double p = 1.0;
        for (double g : localGradients) {
            p *= g;
        }
        if (!Double.isFinite(p)) {
            throw new NonFiniteValueException("path " + String.join(" → ", labels)
                    + ": the product of the local gradients " + localGradients + " is " + p);
        }
        return p;
    }
}
