package backprop.examples.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The numbers of one printed table (or one block of the answer key, or one notebook trace), which tells an
 * exact zero from a round-off residue of one. A value v ≠ 0 is a residue when
 *
 * <pre>  |v| ≤ 64 · ε · S,   ε = 2⁻⁵² (Math.ulp(1.0)),   S = the largest magnitude among the table's values</pre>
 *
 * <p>Why S is the table's largest value: a quantity that is 0 in exact arithmetic comes out of floating point
 * as the rounding left over from summing or cancelling terms, at most about n·ε times the largest term for n
 * terms (recursive summation, Higham §4.2). The terms are not in hand when a table is printed, but the values
 * of one table come from one pass over the same inputs and the terms that cancel are among them (004's
 * softmax: ∂L/∂b⁽²⁾ = δ₁ + δ₂ = −0.14867562 + 0.14867562 comes out as −2.8e-17). The factor 64 covers the
 * sums of the small networks here (a few terms a step, three layers) with room to spare. Measured on the
 * shipped chapters: the residues are at most 4.2e-17 (004's upstream gradient into a1[1]), each at least 75
 * times below its table's bound, the tightest being 004's derived ∂L/∂b2 = −2.8e-17 against 64·ε·0.149 =
 * 2.1e-15; a genuine small value such as a loss of 4.36e-6 among values near 1 is 10⁸ times above the bound
 * and prints as itself. The cost of the rule: a genuine value below 1.4e-14·S would print as
 * 0 too, far below any digit the key prints of S.
 *
 * <p>A residue prints as "0" and the table gets one {@link #note()}; an exact zero prints as "0" with no note.
 *
 * @param precision how the table's values are printed
 * @param bound     64·ε·S: magnitudes at or below it, other than 0, are residues
 * @param largestResidue the largest residue among the table's values, 0 if none
 */
public record Table(Precision precision, double bound, double largestResidue) {
    /** How many roundings of the largest value a residue may be: see the class comment. */
    static final double ROUNDINGS = 64;

    static Table of(Precision precision, double... values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        double bound = ROUNDINGS * Math.ulp(1.0) * largest;
        double largestResidue = 0;
        for (double v : values) {
            if (Math.abs(v) <= bound) {
                largestResidue = Math.max(largestResidue, Math.abs(v));
            }
        }
        return new Table(precision, bound, largestResidue);
    }

    /** {@code value} at the table's precision, or "0" if it is a residue. */
    public String format(double value) {
        return isResidue(value) ? precision.format(0) : precision.format(value);
    }

    /** {@code [0.4, -0.2]}, {@link Precision#vector}'s style, each entry as {@link #format} prints it. */
    public String vector(double... v) {
        return Arrays.stream(v).mapToObj(this::format).collect(Collectors.joining(", ", "[", "]"));
    }

    /** True when {@code value} is not 0 but no larger than the rounding of the table's values can produce. */
    public boolean isResidue(double value) {
        return value != 0 && Math.abs(value) <= bound;
    }

    /**
     * The one line under the table when any value shown as 0 is a residue, with the largest residue rounded up
     * to one digit: "values shown as 0 are round-off residues of exact zeros, at most 3e-17 in size"; else "".
     */
    public String note() {
        if (largestResidue == 0) {
            return "";
        }
        BigDecimal up = new BigDecimal(largestResidue).round(new MathContext(1, RoundingMode.UP));
        String figure = up.unscaledValue() + "e" + (up.precision() - up.scale() - 1);
        return "values shown as 0 are round-off residues of exact zeros, at most " + figure + " in size";
    }
}
