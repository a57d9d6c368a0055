package backprop.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How computed numbers are printed: a number of significant digits (the documents' chapters, so that an
 * exact value shows more digits than any printed one) or a fixed number of decimals (an exam variant's
 * "precision to print with"). Deterministic: no locale, no exponent, "-0" printed as "0".
 *
 * @param digits      how many digits
 * @param significant true for significant digits, false for digits after the decimal point
 */
public record Precision(int digits, boolean significant) {

    /** The answer key's default for the documents: 8 significant digits. */
    public static final Precision DOCUMENTS = significant(8);

    public Precision {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("Precision: digits must be 1 to 17, is " + digits);
        }
    }

    public static Precision significant(int digits) {
        return new Precision(digits, true);
    }

    public static Precision decimals(int digits) {
        return new Precision(digits, false);
    }

    /** {@code value} printed at this precision, e.g. "-0.065172797". */
    public String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("format: " + value + " is not a finite number");
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded = significant
                ? exact.round(new MathContext(digits, RoundingMode.HALF_EVEN))
                : exact.setScale(digits, RoundingMode.HALF_EVEN);
        if (significant) {
            rounded = rounded.stripTrailingZeros();
        }
        if (rounded.signum() == 0) {
            return significant ? "0" : BigDecimal.ZERO.setScale(digits).toPlainString();
        }
        return rounded.toPlainString();
    }
}
