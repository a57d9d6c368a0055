/**
 * The layer-wise matrix form of back-propagation: 003's Algorithms 1 and 2, and the δ recursion of 001
 * (Viken) and 002 (Lai).
 *
 * <p>Notation, one line each (document → code):
 * <ul>
 *   <li>layer k's pre-activation z^(k) (000, 001), a^k (003), a_{k} (004) → {@code ForwardPass.z(k)}</li>
 *   <li>layer k's activation a^(k) (000), h^k (003), h_{k} (004) → {@code ForwardPass.a(k)}</li>
 *   <li>δ^[i] = ∂L/∂z^[i] (002) → {@code BackwardPass.delta(k)}</li>
 *   <li>∂L/∂W^k = δ·h^(k−1)ᵀ (003, Algorithm 2) → {@code Gradients.weights().get(k)}</li>
 *   <li>∂L/∂h^(k−1) = W^kᵀ·δ → {@code BackwardPass.upstream(k)}</li>
 * </ul>
 * Layers are numbered from 1, as in every document; index 0 of a pass is the input x = h^0.
 *
 * <p>Mutable state is limited to a layer's weights and biases (changed by {@link
 * backprop.core.network.GradientDescent}) and the optimiser's velocities; passes and gradients are
 * values.
 */
package backprop.core.network;
