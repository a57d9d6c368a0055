/**
 * 002, Kenneth Lai, "Backpropagation Supplement" (CS114B Lab 5, March 2022): ∂L/∂W_jk^[i] for a hidden
 * neuron, with the error δ_ℓ^[i+1] = ∂L/∂z_ℓ^[i+1] of the layer above, and ∂L/∂b_k^[i]. The document
 * prints no number; its formulas are evaluated on a 3-4-3-2 network we choose.
 *
 * <p>Notation → ours: layer [i], i = 1…𝓛, is {@code Network.layer(i)} and a^[0] = x; a_k^[i], z_k^[i] →
 * {@code ForwardPass.a(i)[k−1]}, {@code z(i)[k−1]}; δ_ℓ^[i] → {@code BackwardPass.delta(i)[ℓ−1]}; g → the
 * layer's {@code Activation}, g'(z) = a(1 − a) "for the logistic function"; L → {@code Loss.SUM_SQUARED_ERROR}.
 * Beware the weight index: 002's W_jk^[i] goes FROM neuron j of layer i−1 TO neuron k of layer i, the
 * transpose of 000's and 001's w_jk (to j from k) and of ours, so W_jk^[i] → {@code layer(i).weights().get(k−1, j−1)}.
 * The bias, a "bias neuron" in 002's words ("each non-bias neuron ℓ"), is our per-neuron b_k^[i].
 */
package backprop.examples.doc002;
