/**
 * 001, Peder Nørving Viken, "Backpropagation" (February 2020): the derivative of C0 with respect to a
 * weight between layers (L−1) and (L), (L−2) and (L−1), (L−3) and (L−2), and (L−m−1) and (L−m), each a
 * chain rule whose first factor is a sum over the nodes of the layer above (eqs. 1–11). The document
 * prints no number; its equations are evaluated on a 3-4-3-2 network we choose.
 *
 * <p>Notation → ours: layer (L) is the output layer and (L−3) the input x, so (L−2), (L−1), (L) are our
 * layers 1, 2, 3; a_j^(L), z_j^(L) → {@code ForwardPass.a(k)[j−1]}, {@code z(k)[j−1]}; w_jk^(L), the weight
 * from node k in layer (L−1) to node j in layer (L) → {@code layer(k).weights().get(j−1, k−1)} (nodes are
 * numbered from 1); g^(L) → the layer's {@code Activation}; C0, one training sample's loss →
 * {@code Loss.SUM_SQUARED_ERROR}. The document's z_j = Σ_i w_ji a_i has no bias, so our biases are 0.
 */
package backprop.examples.doc001;
