/**
 * The layer-wise matrix form of back-propagation: 003's Algorithms 1 and 2, and the δ recursion of 001
 * (Viken) and 002 (Lai), written once, under a {@link backprop.core.method.Method}.
 *
 * <ul>
 *   <li>{@link backprop.core.network.Network}: the layers, Algorithm 1 ({@code forward}) and Algorithm 2
 *       ({@code backpropagate}: the δ recursion over a batch, the one place δ is computed), the batch's gradient
 *       summed or averaged, the cost J = L + λ‖ω‖²;</li>
 *   <li>{@link backprop.core.network.GradientDescent}: one update with momentum and the penalty, in either order;
 *       {@link backprop.core.network.Trainer}: epochs, per example or whole batch, stopping below ε;</li>
 *   <li>{@link backprop.core.network.NetworkGraph}: the same network as a scalar graph (Algorithms 3 and 4), so
 *       that the two forms can be checked against each other.</li>
 * </ul>
 *
 * <p>Notation, one line each (document → code):
 * <ul>
 *   <li>layer k's pre-activation z^(k) (000, 001), a^k (003), a_{k} (004) → {@code ForwardPass.z(k)}</li>
 *   <li>layer k's activation a^(k) (000), h^k (003), h_{k} (004) → {@code ForwardPass.a(k)}</li>
 *   <li>δ^[i] = ∂L/∂z^[i] (002) → {@code BackwardPass.delta(k)}, computed by {@code Network.backpropagate}</li>
 *   <li>∂L/∂W^k = δ·h^(k−1)ᵀ (003, Algorithm 2) → {@code BackwardPass.gradients().weight(k)}</li>
 *   <li>∂L/∂h^(k−1) = W^kᵀ·δ → {@code BackwardPass.upstream(k)}</li>
 * </ul>
 * Layers are numbered from 1, as in every document; index 0 of a pass is the input x = h^0.
 *
 * <p>Mutable state is limited to a layer's weights and biases (changed by {@link
 * backprop.core.network.GradientDescent}) and the descent's velocities; passes and gradients are values.
 *
 * <p>Uses {@code backprop.core.method} (the choices), {@code backprop.core.function} (g and L) and
 * {@code backprop.core.graph} (for {@code NetworkGraph}). Used by {@code backprop.core.catalogue}.
 */
package backprop.core.network;
