package backprop.export.classroom;

import backprop.examples.format.Precision;
import backprop.export.runtime.Grade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How far an answer written at the exam's printed precision may be from the exact value: half a unit of the last
 * printed digit (precision = 4: 0.14914 is written 0.1491, and anything from 0.14905 to 0.14915 is the same
 * answer), and never less than the notebook's own grading tolerance, {@link Grade#TOLERANCE} × max(1, |v|).
 */
final class PrintedTolerance {
    private PrintedTolerance() {
    }

    /** Half a unit of {@code v}'s last digit at {@code p}: significant digits count from v's first digit. */
    static double of(Precision p, double v) {
        double grading = Grade.TOLERANCE * Math.max(1, Math.abs(v));
        if (!p.significant()) {
            return Math.max(grading, BigDecimal.ONE.scaleByPowerOfTen(-p.digits()).doubleValue() / 2);
        }
        if (v == 0) {
            return grading;
        }
        // rounded first, so that 0.99996 at 4 digits is 1.000 and its unit 0.001, not 0.0001
        BigDecimal shown = new BigDecimal(v).round(new MathContext(p.digits(), RoundingMode.HALF_EVEN));
        double unit = BigDecimal.ONE.scaleByPowerOfTen(shown.precision() - shown.scale() - p.digits()).doubleValue();
        return Math.max(grading, unit / 2);
    }

    /** Whether {@code v} prints as 0 at {@code p} (at significant digits only 0 itself does). */
    static boolean printsAsZero(Precision p, double v) {
        return new BigDecimal(p.format(v)).signum() == 0;
    }
}
