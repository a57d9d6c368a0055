package backprop.export.lint;

import java.math.BigDecimal;
import java.math.MathContext;

/** Printed numbers: their value, their precision, and how the lint prints a computed one. */
final class Printed {
    private Printed() {
    }

    /** "−0.46" → −0.46 (any minus sign). */
    static double value(String text) {
        return decimal(text).doubleValue();
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text.replace('−', '-').replace('–', '-'));
    }

    /**
     * Half a unit in the last printed digit: every value within it rounds to the printed one ("0.1058" → 0.00005,
     * "2" → 0.5, "1.5e-3" → 0.00005).
     */
    static double halfUnit(String text) {
        return 0.5 * Math.pow(10, -decimal(text).scale());
    }

    /**
     * Half a unit, as an input: an integer in a claim (the 1 of 1 − ŷ, the 2 of 2x, an exponent) is taken as exact;
     * a decimal stands for everything that rounds to it.
     */
    static double inputHalfUnit(String text) {
        return decimal(text).scale() > 0 ? halfUnit(text) : 0;
    }

    /** Whether {@code x} rounds to {@code printed}: |x − p| ≤ half a unit (a tie rounds either way). */
    static boolean roundsTo(double x, String printed) {
        return reaches(Interval.point(x), printed);
    }

    /**
     * Whether some value of {@code range} rounds to {@code printed}: it meets p ± half a unit, widened by a billionth
     * of it and four ulps of p for the rounding of the bounds' own arithmetic.
     */
    static boolean reaches(Interval range, String printed) {
        double p = value(printed);
        double h = halfUnit(printed) * (1 + 1e-9) + Math.ulp(p) * 4;
        return range.lo() <= p + h && range.hi() >= p - h;
    }

    /** {@code x} to as many decimals as {@code printed} has: the value the text should have printed. */
    static String formatAs(double x, String printed) {
        if (!Double.isFinite(x)) {
            return format(x);
        }
        int scale = Math.min(20, Math.max(0, decimal(printed).scale()));
        return new BigDecimal(x).setScale(scale, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A computed value as the CSV prints it: ten significant digits, no trailing zeros, never an exponent below 1e15. */
    static String format(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x); // "NaN", "Infinity", "-Infinity"
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(10)).stripTrailingZeros();
        return Math.abs(x) >= 1e15 || Math.abs(x) < 1e-9 ? d.toString() : d.toPlainString();
    }
}
