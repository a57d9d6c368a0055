/**
 * The functions a network is built from, each with its derivative beside it: the activations g with g' (or
 * softmax's Jacobian) and the losses L with ∂L/∂ŷ, every constant factor part of a loss's name.
 *
 * <p>Uses {@code backprop.core.graph} for the scalar rules it shares with the graph's nodes (σ, tanh, ReLU and
 * the convention ReLU'(0)). Used by {@code backprop.core.method} (a method names its loss) and
 * {@code backprop.core.network}.
 */
package backprop.core.function;
