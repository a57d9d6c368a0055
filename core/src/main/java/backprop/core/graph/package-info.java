/**
 * The scalar computational graph of 003 (Kostić), Algorithms 3 and 4, and the multiple paths of 004.
 *
 * <p>A {@link backprop.core.graph.Graph} creates its nodes in order, so the creation order is a
 * topological order: every argument u_j of u_i has j &lt; i, as Algorithm 3 requires. Forward walks
 * the nodes up; backward walks them down and, for every arc, adds localGradient × upstreamGradient to
 * the argument's gradient ("at branches, gradients add"). Neither walk recurses, so a chain of
 * 100,000 nodes is as safe as a chain of three.
 *
 * <p>Naming: {@code value} is u_i, {@code gradient} is ∂u_n/∂u_i for the output u_n of the last
 * backward pass, {@code localGradient} is ∂f_i/∂a_{i,k}, {@code upstream} is ∂u_n/∂u_i seen from the
 * argument's side.
 */
package backprop.core.graph;
