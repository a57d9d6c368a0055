/**
 * 003, Zoran Kostić, "Neural Networks and Deep Learning: Back-Propagation" (Columbia ECBM E4040): the
 * computational-graph examples (f = x·y + z, the sigmoid gate, the tanh gate, gate actions, direct and
 * indirect effects), the vectorised ‖Wx‖², and the regularised MLP f(x; θ) = b + V·sigmoid(c + W·x).
 *
 * <p>Notation: u_i, f_i, a^i of Algorithms 3 and 4 are {@code Node}, {@code Primitive} and the node's
 * arguments; a^k, h^k of Algorithms 1 and 2 are our z^(k), a^(k); ω are the weights, β = (b, c) the offsets,
 * ε the learning rate, λ the penalty.
 */
package backprop.examples.doc003;
