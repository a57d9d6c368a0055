/**
 * The back-propagation engine, in two forms that the documents use side by side.
 *
 * <ul>
 *   <li>{@link backprop.core.graph}: a scalar computational graph (003, Algorithms 3 and 4): each node
 *       holds a value u_i = f_i(a^i); backward sums ∂u_n/∂u_i · ∂f_i/∂a_{i,π(i,j)} over the consumers i
 *       of every node j, and can print each arc's localGradient × upstreamGradient.</li>
 *   <li>{@link backprop.core.network}: the layer-wise matrix form (003, Algorithms 1 and 2; the δ
 *       recursion of 001 and 002): z = W·a + b, a = g(z), δ = ∂L/∂z, ∂L/∂W = δ·aᵀ.</li>
 * </ul>
 */
package backprop.core;
