/**
 * The one vocabulary of the choices on which textbooks differ: a {@link backprop.core.method.Method} makes every
 * choice (update order, frozen parameters, the loss and its constant, sum or mean over a batch, softmax's
 * Jacobian or its diagonal, the bias in z, ReLU'(0) and the max tie, intermediates rounded as printed, epochs
 * shifted), and a {@link backprop.core.method.Schedule} gives the numbers of gradient descent (η, μ, λ, epochs, ε,
 * per example or whole batch). Values only: nothing here computes a pass.
 *
 * <p>Uses {@code backprop.core.function} (a method names its loss) and {@code backprop.core.graph}'s
 * conventions. Used by {@code backprop.core.network}, whose forward and backward pass, gradient descent and
 * training take a method, and by {@code backprop.core.catalogue}, which varies it.
 * Layers and entries are numbered from 1 here, as in every document.
 */
package backprop.core.method;
