package backprop.examples.published;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding as a document does it by hand: to a number of decimals, halves away from zero. */
public final class Rounding {
    private Rounding() {
    }

    /** x rounded to {@code decimals} digits after the point, half up (0.125 → 0.13). */
    public static double round(double x, int decimals) {
        return new BigDecimal(Double.toString(x)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
