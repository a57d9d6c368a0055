package backprop.examples.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one way the tool turns a number into text, for everything it writes: the answer key, the notebooks,
 * the figures, the inputs tables and the CSV. Deterministic: no locale, no exponent, ASCII '-', "-0" printed
 * as "0".
 *
 * <ul>
 *   <li>{@link #format}: a number of significant digits (the default, and what a scenario file's
 *       {@code precision = N} means) or, as an explicit alternative, a fixed number of decimals
 *       ({@code decimals = N}). Never more digits than the double holds: {@link Double#toString}'s shortest
 *       decimal that reads back as the same double is the ceiling, so 0.1 at 17 significant digits prints
 *       "0.1", not "0.10000000000000001" (the last digits of the binary value, not of any number anyone
 *       wrote). Decimals are padded with zeros to their count, never with invented digits.</li>
 *   <li>{@link #table}: a table's numbers, telling round-off residues of exact zeros from values.</li>
 *   <li>{@link #vector}, {@link #matrix}: one style, {@code [0.4, -0.2]} and {@code [[0.4, -0.2], [0.3, 0.6]]},
 *       with the same ASCII minus as every number in the tables and in the CSV, and valid TOML, Java and Python
 *       as it stands, so a vector can be copied from the key into a scenario file or a notebook cell.</li>
 *   <li>{@link #machine}: the CSV's form, the shortest round-trip decimal as {@code Double.toString} writes it.</li>
 * </ul>
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

    /** {@code value} printed at this precision, e.g. "-0.065172797"; at most the shortest round-trip digits. */
    public String format(double value) {
        requireFinite(value);
        BigDecimal shortest = shortestDecimal(value);
        BigDecimal exact = new BigDecimal(value);
        if (significant) {
            BigDecimal shown = shortest.precision() <= digits ? shortest
                    : exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            return shown.toPlainString();
        }
        BigDecimal shown = Math.max(shortest.scale(), 0) <= digits ? shortest.setScale(digits, RoundingMode.UNNECESSARY)
                : exact.setScale(digits, RoundingMode.HALF_EVEN);
        // a BigDecimal has no −0: −0.001 at 2 decimals is 0.00
        return shown.toPlainString();
    }

    /** The numbers of one table, to print at this precision with residues of exact zeros shown as 0. */
    public Table table(double... values) {
        return Table.of(this, values);
    }

    /** The shortest decimal that reads back as {@code v}, plain and without trailing zeros: "1", "-0.4", "0.0000013". */
    public static String shortest(double v) {
        requireFinite(v);
        return shortestDecimal(v).toPlainString();
    }

    /**
     * The CSV's form, kept as it always was because machines read it: {@code Double.toString}'s shortest
     * round-trip digits without exponent, "1.0" and "-0.0651728" as Java writes them, never "6.5E-2".
     */
    public static String machine(double v) {
        return new BigDecimal(Double.toString(v)).toPlainString();
    }

    /** {@code [0.4, -0.2]}: every entry at its shortest round-trip. */
    public static String vector(double... v) {
        return Arrays.stream(v).mapToObj(Precision::shortest).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code [[0.4, -0.2], [0.3, 0.6]]}: rows in the style of {@link #vector}. */
    public static String matrix(double[][] m) {
        return Arrays.stream(m).map(Precision::vector).collect(Collectors.joining(", ", "[", "]"));
    }

    /** "1 epoch", "30 epochs": {@code noun} in the singular, plural with an s. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Double.toString's digits as a BigDecimal without trailing zeros: 0 (scale 0) for both zeros, "-0.0" too. */
    private static BigDecimal shortestDecimal(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros();
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("format: " + value + " is not a finite number");
        }
    }
}
