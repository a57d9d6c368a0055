package backprop.core.graph;

/**
 * One arc of a backward pass, as the slides write it: the gradient reaching {@code argument} through
 * {@code consumer} is localGradient × upstreamGradient. The arc names its two nodes, not their labels:
 * two constants may both print as "1", and a figure must still draw each arc from its own box.
 *
 * @param consumer         u_i, the node that takes the argument
 * @param argument         u_j, the argument
 * @param localGradient    ∂f_i/∂a_{i,π(i,j)}
 * @param upstreamGradient ∂u_n/∂u_i, complete when the arc is visited
 * @param product          localGradient × upstreamGradient, the term added to ∂u_n/∂u_j
 */
public record ArcStep(Node consumer, Node argument, double localGradient, double upstreamGradient,
                      double product) {
}
