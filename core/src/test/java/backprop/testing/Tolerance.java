package backprop.testing;

/**
 * Tolerances shared by the tests of every module, each with its reason, in one place. Shipped in core's
 * test-jar; examples and verification depend on it with {@code <type>test-jar</type>}. One rounding of a
 * double is at most 2⁻⁵³ ≈ 1.1e-16 relative.
 */
public final class Tolerance {
    /**
     * Relative, for a value computed with exp, ln or a square root and a few products: each operation one
     * rounding of ≤ 1.1e-16, a handful of them, with room for the ≤ 1 ulp of the JDK's exp and log.
     */
    public static final double FEW_ROUNDINGS = 1e-14;

    /**
     * Absolute, for a value of order 1 built from decimal inputs (0.1 is not a binary fraction), e^z or
     * ln z: a few roundings of ≤ 1.1e-16 each; relative where a test scales it by the expected value.
     * Ten times tighter than {@link #FEW_ROUNDINGS}: no JDK exp or log error to make room for.
     */
    public static final double FEW_ROUNDINGS_NEAR_ONE = 1e-15;

    private Tolerance() {
    }
}
