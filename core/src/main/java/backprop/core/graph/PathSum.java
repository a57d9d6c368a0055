package backprop.core.graph;

import backprop.core.NonFiniteValueException;

import java.util.List;

/**
 * The total derivative ∂u_n/∂u_j written as the sum over all paths from u_j to u_n of the product of
 * local gradients (003, "Direct &amp; Indirect Effects"; 004, "Applying chain rule across multiple
 * paths"). Back-propagation computes the same number without enumerating the paths.
 */
public record PathSum(String from, String to, List<Path> paths) {

    public PathSum {
        paths = List.copyOf(paths);
    }

    /**
     * Σ over paths of the product of local gradients.
     *
     * @throws NonFiniteValueException if a product or the sum overflows, naming the path or the two nodes
     */
    public double total() {
        double sum = 0.0;
        for (Path p : paths) {
            sum += p.product();
        }
        if (!Double.isFinite(sum)) {
            throw new NonFiniteValueException("paths from '" + from + "' to '" + to + "': the sum of the "
                    + paths.size() + " path products is " + sum);
        }
        return sum;
    }
}
