package backprop.examples.published;

import backprop.examples.PublishedValue;
import backprop.examples.format.Precision;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * An input lost with a figure, recovered from a printed intermediate: the interval of inputs for which a
 * monotone function of the input rounds to the printed value, found with commons-math3's Brent solver,
 * and the value we take inside it.
 *
 * @param symbol  the input's symbol, e.g. "z"
 * @param printed the printed number that forces it, e.g. "0.9993"
 * @param lower   the smallest input for which the function rounds to the printed value
 * @param upper   the largest such input
 * @param chosen  the value taken (a free choice inside [lower, upper])
 */
public record Reconstruction(String symbol, String printed, double lower, double upper, double chosen) {

    /** Brent's absolute accuracy; far below any printed precision. */
    private static final double ACCURACY = 1e-12;

    public Reconstruction {
        if (!(lower <= chosen && chosen <= upper)) {
            throw new IllegalArgumentException("Reconstruction of " + symbol + ": " + chosen + " is outside ["
                    + lower + ", " + upper + "] forced by the printed " + printed);
        }
    }

    /**
     * Solves f(input) = printed ± half a unit for an increasing or decreasing {@code f} on [from, to].
     *
     * @param chosen the value taken inside the interval found
     */
    public static Reconstruction solve(String symbol, String printed, UnivariateFunction f, double from, double to,
                                       double chosen) {
        double value = PublishedValue.decimal(printed).doubleValue();
        double low = value - PublishedValue.halfUnit(printed);
        double high = value + PublishedValue.halfUnit(printed);
        BrentSolver solver = new BrentSolver(ACCURACY);
        double a = solver.solve(1000, x -> f.value(x) - low, from, to);
        double b = solver.solve(1000, x -> f.value(x) - high, from, to);
        return new Reconstruction(symbol, printed, Math.min(a, b), Math.max(a, b), chosen);
    }

    /** A line for the answer key: "z ∈ [3.946, 4.018] (forced by the printed 0.9993); we take 4". */
    public String describe() {
        Precision fourDecimals = Precision.decimals(4);
        return symbol + " ∈ [" + fourDecimals.format(lower) + ", " + fourDecimals.format(upper) + "] (forced by the printed "
                + printed + "); we take " + Precision.shortest(chosen);
    }
}
