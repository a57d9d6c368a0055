package backprop.core;

/**
 * A value or gradient that the engine computed became NaN or infinite. The message names the
 * quantity and where it happened (node label, layer, parameter, entry), so that a silent NaN never
 * travels on into a published table.
 *
 * <p>The rule for which exception a caller gets:
 * <ul>
 *   <li>{@link IllegalArgumentException}: an argument handed in is NaN, infinite, or outside the domain of
 *       the function it is given to (an x, a y, a BCE prediction a ∉ [0, 1], a softmax z of NaN). The
 *       caller's mistake; the message names the argument and its entry.</li>
 *   <li>{@code NonFiniteValueException}: every argument was valid, and a value the engine computed from them
 *       (a forward value, a product δ·aᵀ, an accumulated gradient, an update, a cost) overflowed or became
 *       NaN. In the scalar graph a node's argument is itself a computed value, so ln 0 there is reported
 *       this way, naming the node and its arguments.</li>
 * </ul>
 * Messages read from the outside in: a caller that knows more of where adds it in front with
 * {@link #within(String)}, e.g. {@code epoch 3: update of layer 2 weights [1,2]: -Infinity (w − η·∂J/∂w)}.
 */
public final class NonFiniteValueException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    public NonFiniteValueException(String message) {
        super(message);
    }

    /** The same failure seen from a caller that knows more of where: {@code where + ": " + message}. */
    public NonFiniteValueException within(String where) {
        NonFiniteValueException outer = new NonFiniteValueException(where + ": " + getMessage());
        outer.initCause(this);
        return outer;
    }

    /** Returns {@code value} when it is finite; otherwise throws with {@code where} in the message. */
    public static double requireFinite(double value, String where) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteValueException(where + " is " + value);
        }
        return value;
    }
}
