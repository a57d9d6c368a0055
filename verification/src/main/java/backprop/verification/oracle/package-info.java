/**
 * Gradient-check oracles that share no code with the back-propagation they check.
 *
 * <ul>
 *   <li>{@link backprop.verification.oracle.FiniteDifferences}: central differences, Richardson
 *       extrapolation, one-sided differences for kinks; f is only evaluated (by core's forward pass).</li>
 *   <li>{@link backprop.verification.oracle.ForwardMode}: forward-mode AD on commons-math3's
 *       {@code DerivativeStructure}, over a core graph's structure or a network's parameters with loops
 *       of its own; it reports the kinks it meets and how far each variable may step.</li>
 *   <li>{@link backprop.verification.oracle.GradientCheck}: an analytic gradient against both, entry by
 *       entry, within {@link backprop.verification.oracle.GradientCheckBounds}; at a kink, between the
 *       one-sided derivatives.</li>
 * </ul>
 * Allowed from core: {@code Graph.forward()}, {@code Network.loss()} (forward pass and loss value), and
 * reading structure (a node's primitive, exponent, arguments, value; a layer's weights, bias, layout and
 * activation name). Never used: {@code Graph.backward}, {@code Node.localGradient},
 * {@code Activation.backward/jacobian}, {@code Loss.gradient}.
 */
package backprop.verification.oracle;
