package backprop.export.lint;

/**
 * What one printed value (or one entry of a printed vector, or a name's unprinted value) stands for in later
 * claims, in the four ways the lint evaluates a claim.
 *
 * @param value     as the text uses it: the printed value, or the exact value of an expression never printed
 * @param range     every value it may stand for: printed ± half a unit of its last digit (a printed integer is
 *                  exact), or the range of its expression
 * @param unrounded the text's own unrounded chain: the exact value of the claim that printed it
 * @param corrected what it should have been: the value its claim should have printed, when that was wrong
 * @param cause     the FILE:LINE of the first wrong claim it depends on, or "" if none
 */
record Quantity(double value, Interval range, double unrounded, double corrected, String cause) {

    /** A printed number taken as printed: "0.77" is 0.77 ± 0.005, "2" is exactly 2. */
    static Quantity printed(String text) {
        double v = Printed.value(text);
        return new Quantity(v, Interval.around(v, Printed.inputHalfUnit(text)), v, v, "");
    }
}
