package backprop.core;

/**
 * A value or gradient became NaN or infinite. The message names the operation and where it happened
 * (node label, layer, index), so that a silent NaN never travels on into a published table.
 */
public final class NonFiniteValueException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    public NonFiniteValueException(String message) {
        super(message);
    }

    /** Returns {@code value} when it is finite; otherwise throws with {@code where} in the message. */
    public static double requireFinite(double value, String where) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteValueException(where + " is " + value);
        }
        return value;
    }
}
