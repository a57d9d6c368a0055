package backprop.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The tolerances of the layer-wise engine's tests, each with its reason, in one place. One rounding
 * of a double is at most 2⁻⁵³ ≈ 1.1e-16 relative.
 */
public final class Tolerances {
    /** Sums and products of small integers, halves, quarters and eighths are exact in binary. */
    public static final double EXACT = 0.0;

    /**
     * Relative to the largest entry, for a hand recursion through three layers: a few roundings per
     * layer, amplified at most ~4× by the cancellation in a sum such as (W^(2)ᵀδ^(2))_1 = −1.45 + 1.09.
     */
    public static final double THROUGH_THREE_LAYERS = 1e-14;

    /**
     * Relative to the largest entry, for the two engines: the graph sums the same products in another
     * order, one arc at a time, and builds softmax as e^{z_j}·(Σ_i e^{z_i})^−1 without the shift by
     * max z; each of those costs a few roundings, far below 1e-12.
     */
    public static final double ENGINES_AGREE = 1e-12;

    private Tolerances() {
    }

    /** |actual_i − expected_i| ≤ relative · max_i |expected_i|, entry by entry. */
    public static void assertRelativelyClose(String what, double[] actual, double[] expected, double relative) {
        assertThat(actual).as(what + ": length").hasSameSizeAs(expected);
        double offset = relative * largest(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as(what + "[" + (i + 1) + "]").isCloseTo(expected[i], within(offset));
        }
    }

    /** As {@link #assertRelativelyClose(String, double[], double[], double)}, over a whole matrix. */
    public static void assertRelativelyClose(String what, double[][] actual, double[][] expected, double relative) {
        assertThat(actual).as(what + ": rows").hasSameDimensionsAs(expected);
        double scale = 0.0;
        for (double[] row : expected) {
            scale = Math.max(scale, largest(row));
        }
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertThat(actual[i][j]).as(what + "[" + (i + 1) + "," + (j + 1) + "]")
                        .isCloseTo(expected[i][j], within(relative * scale));
            }
        }
    }

    private static double largest(double[] v) {
        double max = 0.0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }
}
