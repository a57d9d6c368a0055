/**
 * 000, Erhard Hinrichs, "Backpropagation – Mathematical Background" (Seminar für Sprachwissenschaft,
 * Tübingen): the chain rule and its examples, the derivatives of σ, ReLU, tanh and the logarithms, the
 * single-neuron chain of the figure under "Gradient" (0.48 → 0.66, y = 1.00), and the cross-entropy
 * loss of the "Sample Computation Graph for a simple 2-layer NN".
 *
 * <p>Notation → ours: f(u) the outside and g(x) the inside function → the last and the earlier nodes of
 * a {@code Graph}; a^(L), z^(L) → {@code ForwardPass.a(L)}, {@code z(L)}; w^(L), b^(L) → the weight and
 * bias of a {@code DenseLayer}; w_jk^(l) goes to neuron j of layer l from neuron k of layer l−1 →
 * {@code weights().get(j, k)} (0-based); C0 = (a^(L) − y)², without ½ → {@code Loss.SUM_SQUARED_ERROR};
 * C = (1/n) Σ_k C_k → {@code Network.gradients} under the mean; a^[2] (square brackets on the cross-entropy
 * slides) → the output of layer 2; L_CE → {@code Loss.BINARY_CROSS_ENTROPY}; dReLU/dz = 1 for z ≥ 0
 * (eq. 8) → {@code Conventions.DOCUMENTS}.
 */
package backprop.examples.doc000;
