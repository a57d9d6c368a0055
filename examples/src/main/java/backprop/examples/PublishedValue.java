package backprop.examples;

import java.math.BigDecimal;

/**
 * A number a document prints as the result of a computation, with its provenance and the reviewed
 * expectation of how it relates to the exact value.
 *
 * @param id             stable identifier, e.g. "004.ex1.dL_dw212"
 * @param document       where it is printed; null for an instructor's scenario file (its source is the file)
 * @param section        the heading it appears under, verbatim
 * @param quantity       the quantity in the document's notation, e.g. "∂L/∂w212"
 * @param printed        the text exactly as printed, e.g. "-0.065"
 * @param expression     the expression printed beside it, verbatim, or "" when there is none
 * @param expected       the reviewed classification
 * @param reason         one line on why it has that classification
 */
public record PublishedValue(String id, Document document, String section, String quantity, String printed,
                             String expression, Status expected, String reason) {

    public PublishedValue {
        if (id == null || section == null || quantity == null || printed == null
                || expression == null || expected == null || reason == null) {
            throw new IllegalArgumentException("PublishedValue " + id + ": every field must be given");
        }
        try {
            new BigDecimal(normalise(printed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PublishedValue " + id + ": printed text '" + printed
                    + "' is not a number", e);
        }
        if (expected == Status.DERIVED) {
            throw new IllegalArgumentException("PublishedValue " + id + ": a printed value cannot be 'derived'");
        }
    }

    /** The printed number as a decimal, exactly (Unicode minus signs accepted). */
    public BigDecimal decimal() {
        return decimal(printed);
    }

    /** {@code printed} as a decimal, exactly (Unicode minus signs accepted): "−1.50" is -1.50, scale 2. */
    public static BigDecimal decimal(String printed) {
        return new BigDecimal(normalise(printed));
    }

    /** The printed number as a double. */
    public double value() {
        return decimal().doubleValue();
    }

    /** The number of digits printed after the decimal point. */
    public int decimals() {
        return decimals(printed);
    }

    /** The number of digits {@code printed} has after the decimal point ("0.80" → 2, "12" → 0). */
    public static int decimals(String printed) {
        return Math.max(0, decimal(printed).scale());
    }

    /** Half a unit in the last printed digit: the precision the value is checked at. */
    public double halfUnit() {
        return halfUnit(printed);
    }

    /**
     * Half a unit in the last digit of {@code printed}: every number within it of the printed one rounds to
     * it ("0.9993" → 0.00005, "12" → 0.5).
     */
    public static double halfUnit(String printed) {
        return 0.5 * Math.pow(10, -Math.max(0, decimal(printed).scale()));
    }

    private static String normalise(String text) {
        return text.trim().replace('−', '-').replace('–', '-');
    }
}
