package backprop.examples.scenariofile.draw;

/**
 * A template's [template] table (variants/README.md, "Templates").
 *
 * @param assignment the first part of every student's seed: 1–64 of {@code [A-Za-z0-9._-]}
 * @param maxDraws   how many draws a student may take before the template is refused (1–10,000, default 100)
 * @param minSlope   the least g'(z) of every sigmoid or tanh unit (default 0.01): below it the unit is saturated,
 *                   its gradient too small to tell a right answer from a slip
 * @param kinkMargin the least |z| of every ReLU and gap between the two largest arguments of every max (default
 *                   0.01): closer, the value sits at (or a rounding away from) a kink, where the derivative is a
 *                   convention's choice
 * @param line       the line of [template]
 * @param drawLine   the line of [draw]
 */
public record TemplateSettings(String assignment, int maxDraws, double minSlope, double kinkMargin, int line,
                               int drawLine) {
    public static final int DEFAULT_MAX_DRAWS = 100;
    public static final int MAX_MAX_DRAWS = 10_000;
    public static final double DEFAULT_MIN_SLOPE = 0.01;
    public static final double DEFAULT_KINK_MARGIN = 0.01;
}
