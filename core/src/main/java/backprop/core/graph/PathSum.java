package backprop.core.graph;

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

    /** Σ over paths of the product of local gradients. */
    public double total() {
        double sum = 0.0;
        for (Path p : paths) {
            sum += p.product();
        }
        return sum;
    }
}
