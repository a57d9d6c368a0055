package backprop.verification.oracle;

import java.util.function.DoubleUnaryOperator;

/**
 * Derivatives of a scalar function f: ℝ → ℝ from its values alone: the first oracle, which knows
 * nothing of how f is built.
 *
 * <h2>Central difference and its step</h2>
 * D(h) = (f(x+h) − f(x−h)) / 2h has truncation error h²|f'''|/6 + O(h⁴) and round-off error about
 * ε|f|/h (each of f(x±h) carries a rounding of ε|f|/2, ε = 2⁻⁵² ≈ 2.2e-16, divided by 2h). The sum is
 * smallest at h* = (3ε|f|/|f'''|)^(1/3) ≈ (3ε)^(1/3)·scale ≈ 8.7e-6·scale, where scale = (|f|/|f'''|)^(1/3)
 * is the length over which f changes; there the error is about (ε|f|)^(2/3)·|f'''|^(1/3), near 1e-11
 * relative: no single step does better. Measured ({@code FiniteDifferencesTest} pins these figures),
 * relative error of D(h) against the exact derivative:
 * <pre>
 *   h          d/dx e^x at 1    dσ/dz at 1.5     d tanh/dz at 4
 *   1e-1       1.7e-3           1.7e-4           6.7e-3       truncation: h²|f'''/f'|/6
 *   1e-3       1.7e-7           1.8e-8           6.7e-7
 *   1e-5       2.1e-11          4.5e-12          6.1e-10      near h*
 *   8.7e-6     1.4e-11          9.9e-12          3.6e-9       h* = (3ε)^(1/3)
 *   1e-9       3.0e-8           5.7e-8           1.7e-5       round-off: ε|f/f'|/h
 *   1e-12      4.4e-5           8.4e-6           6.6e-3
 * </pre>
 * tanh at 4 shows the second pitfall: f' = 1.3e-3 while f = 1.0, so the round-off ε|f|/h is 750 times
 * larger relative to f' than for e^x. An error bound for a finite difference must therefore be stated
 * against the function's scale, not against f' alone (see {@link GradientCheckBounds}).
 *
 * <h2>Richardson extrapolation</h2>
 * Because D(h) = f' + c₂h² + c₄h⁴ + …, the values D(h₀), D(h₀/2), D(h₀/4), … can be combined to cancel
 * the h², h⁴, … terms one after the other: T(i,0) = D(h₀/2^i), T(i,j) = T(i,j−1) + (T(i,j−1) −
 * T(i−1,j−1)) / (4^j − 1). Every entry of the tableau comes with an error estimate (its distance to its
 * two parents); as in Ridders' method (Numerical Recipes' {@code dfridr}) the entry with the smallest
 * estimate is returned. Starting from h₀ = {@link #INITIAL_STEP} = 1/8, the steps stay large, so
 * round-off stays near ε|f|/h while truncation is cancelled to high order. Measured relative errors:
 * 7.5e-15 for e^x at 1, 5.0e-15 for σ at 1.5, 4.3e-12 of f' (5.8e-15 of |f|) for tanh at 4, three
 * orders of magnitude better than D(h*).
 *
 * <p>When to stop halving is the pitfall. dfridr stops as soon as the diagonal T(i,i) moves by more than
 * SAFE = 2 times the best estimate. That fails twice over, both measured and pinned by the test:
 * <ul>
 *   <li>f(x) = 1/(x² − 4x + 5) at x = 1 has f''' = 0 there, so D(h) = 2/(4 + h⁴) has no h² term; the
 *       first extrapolation column makes things worse, the diagonal jumps, and dfridr returns 0.50000048
 *       (relative error 9.5e-7) for f' = 0.5;</li>
 *   <li>when h₀ is large against the length over which f changes, the first levels are not yet in the
 *       asymptotic regime and jump about in the same way: f(x) = tanh(e^{4.92x}) at x = 0.485 (the
 *       function of one leaf of random graph 7990) has f' = 7.13e-8; dfridr returns −2.6e-7, and even
 *       waiting for two jumps in a row returns 5.8e-8.</li>
 * </ul>
 * Here halving stops only when the diagonal has moved by more than {@link #SAFE} × the best estimate at
 * two levels in a row <em>and</em> by no more than {@link #NOISE} × ε·max|f|/h, the round-off of that
 * step: a jump far above round-off is truncation still being cancelled. The first case then gives f'
 * exactly, the second to 1.2e-14 (of |f| = 1), within at most {@link #MAX_LEVELS} levels (h ≥ h₀/2¹¹
 * ≈ 6e-5). A fixed stencil has the same trouble without the remedy: commons-math's 9-point
 * {@code FiniteDifferencesDifferentiator} with h = 0.01 reaches 1.5e-15 on e^x at 1, but 1e-6 on sin 40x.
 *
 * <p>One-sided differences D₊(h) = (f(x+h) − f(x))/h and D₋(h) = (f(x) − f(x−h))/h have errors in
 * every power of h, so their tableau uses 2^j − 1 in place of 4^j − 1. They are what a kink needs: at
 * ReLU(0) or a tie in max, f is smooth on each side, and D₋, D₊ converge to the two one-sided
 * derivatives. Measured from h₀ = 1/8 (D₊, D₋): 7.1e-14, 5.9e-14 for e^x at 1; 1.5e-13, 1.9e-12 for σ at
 * 1.5; 6.4e-12, 1.0e-11 of f' for tanh at 4: one to two orders of magnitude worse than central.
 *
 * <p>Steps are made exact: D(h) divides by (x+h) − (x−h) as computed, not by 2h, so the rounding of x±h
 * does not enter as an error of order ε|x|/h in the step.
 *
 * <p>The tableau must not straddle a kink or a singularity: a caller that knows the distance d to the
 * nearest one (as {@link ForwardMode} reports it) passes h₀ ≤ d/2.
 */
public final class FiniteDifferences {
    /** h₀ for extrapolation: 2⁻³, a power of two so that x ± h is exact for most x of order 1. */
    public static final double INITIAL_STEP = 0.125;
    /** The most halvings of the step: h never falls below h₀/2¹¹ (6e-5 from h₀ = 1/8). */
    static final int MAX_LEVELS = 12;
    /** Halving may stop when the diagonal moves by more than SAFE × the best error estimate (dfridr's SAFE). */
    static final double SAFE = 2.0;
    /** A diagonal move counts as round-off when it is at most NOISE × ε·max|f|/h. */
    static final double NOISE = 1e3;
    /** When D(h₀) is not finite (f left its domain), h₀ is divided by 4 up to this many times. */
    private static final int DOMAIN_RETRIES = 10;

    private FiniteDifferences() {
    }

    /**
     * An extrapolated derivative.
     *
     * @param derivative    the tableau entry with the smallest error estimate
     * @param errorEstimate its distance to its parents; an estimate, not a bound
     * @param firstStep     h₀ actually used (smaller than asked when f left its domain)
     * @param levels        how many steps h₀, h₀/2, … were evaluated
     * @param functionScale max |f| over every point evaluated, the size of the round-off ε|f|/h
     */
    public record Estimate(double derivative, double errorEstimate, double firstStep, int levels,
                           double functionScale) {
    }

    /** D(h) = (f(x+h) − f(x−h)) / ((x+h) − (x−h)). f is called twice. */
    public static double central(DoubleUnaryOperator f, double x, double h) {
        double up = x + h;
        double down = x - h;
        return (f.applyAsDouble(up) - f.applyAsDouble(down)) / (up - down);
    }

    /** D₊(h) = (f(x+h) − f(x)) / ((x+h) − x), the right-sided difference. */
    public static double forward(DoubleUnaryOperator f, double x, double h) {
        double up = x + h;
        return (f.applyAsDouble(up) - f.applyAsDouble(x)) / (up - x);
    }

    /** D₋(h) = (f(x) − f(x−h)) / (x − (x−h)), the left-sided difference. */
    public static double backward(DoubleUnaryOperator f, double x, double h) {
        double down = x - h;
        return (f.applyAsDouble(x) - f.applyAsDouble(down)) / (x - down);
    }

    /** h* = (3ε)^(1/3)·scale ≈ 8.7e-6·scale, the step that balances h²|f'''|/6 against ε|f|/h. */
    public static double optimalCentralStep(double scale) {
        return Math.cbrt(3 * Math.ulp(1.0)) * scale;
    }

    /** f'(x) by Richardson extrapolation of D(h₀/2^i); error terms h², h⁴, … */
    public static Estimate extrapolatedCentral(DoubleUnaryOperator f, double x, double firstStep) {
        return withinDomain(f, firstStep, (g, h) -> central(g, x, h), 2);
    }

    /** The right derivative f'(x⁺) by Richardson extrapolation of D₊(h₀/2^i); error terms h, h², … */
    public static Estimate extrapolatedForward(DoubleUnaryOperator f, double x, double firstStep) {
        return withinDomain(f, firstStep, (g, h) -> forward(g, x, h), 1);
    }

    /** The left derivative f'(x⁻) by Richardson extrapolation of D₋(h₀/2^i); error terms h, h², … */
    public static Estimate extrapolatedBackward(DoubleUnaryOperator f, double x, double firstStep) {
        return withinDomain(f, firstStep, (g, h) -> backward(g, x, h), 1);
    }

    private interface Difference {
        double at(DoubleUnaryOperator f, double h);
    }

    private static Estimate withinDomain(DoubleUnaryOperator f, double firstStep, Difference difference,
                                         int order) {
        if (!(firstStep > 0) || !Double.isFinite(firstStep)) {
            throw new IllegalArgumentException("finite differences: the first step must be positive and finite, is "
                    + firstStep);
        }
        double h0 = firstStep;
        Estimate e = tableau(f, h0, difference, order);
        for (int retry = 0; retry < DOMAIN_RETRIES && !Double.isFinite(e.derivative()); retry++) {
            h0 /= 4;
            e = tableau(f, h0, difference, order);
        }
        return e;
    }

    /**
     * T(i,0) = D(h₀/2^i); T(i,j) = T(i,j−1) + (T(i,j−1) − T(i−1,j−1)) / (2^(order·j) − 1); returns the entry
     * whose error estimate max(|T(i,j) − T(i,j−1)|, |T(i,j) − T(i−1,j−1)|) is smallest.
     */
    private static Estimate tableau(DoubleUnaryOperator f, double h0, Difference difference, int order) {
        double[] scale = {0.0};
        DoubleUnaryOperator sampled = v -> {
            double y = evaluate(f, v);
            scale[0] = Math.max(scale[0], Math.abs(y));
            return y;
        };
        double[] previous = {difference.at(sampled, h0)};
        double best = previous[0];
        double error = Double.POSITIVE_INFINITY;
        int levels = 1;
        int growing = 0;
        // a non-finite difference (f undefined or overflowing at this step) ends the halving: its row is then
        // all NaN or ±∞, which no estimate takes (NaN <= error is false), and the loop test stops at it
        for (int i = 1; i < MAX_LEVELS && Double.isFinite(previous[0]); i++) {
            double[] row = new double[i + 1];
            row[0] = difference.at(sampled, Math.scalb(h0, -i));
            levels++;
            for (int j = 1; j <= i; j++) {
                row[j] = row[j - 1] + (row[j - 1] - previous[j - 1]) / (Math.scalb(1.0, order * j) - 1);
                double estimate = Math.max(Math.abs(row[j] - row[j - 1]), Math.abs(row[j] - previous[j - 1]));
                if (estimate <= error) {
                    error = estimate;
                    best = row[j];
                }
            }
            // Round-off has taken over once the diagonal moves by more than SAFE × the best estimate at two
            // levels in a row, by no more than NOISE × the round-off ε·max|f|/h of this step (see the class
            // comment: f''' = 0, and a step too large for f).
            double moved = Math.abs(row[i] - previous[i - 1]);
            double roundOff = Math.ulp(1.0) * scale[0] / Math.scalb(h0, -i);
            growing = moved >= SAFE * error && moved <= NOISE * roundOff ? growing + 1 : 0;
            if (growing == 2) {
                break;
            }
            previous = row;
        }
        return new Estimate(best, error, h0, levels, scale[0]);
    }

    /** f(v), or NaN when f throws because v is outside its domain (a log of a negative number, say). */
    private static double evaluate(DoubleUnaryOperator f, double v) {
        try {
            return f.applyAsDouble(v);
        } catch (ArithmeticException | IllegalArgumentException outsideDomain) {
            return Double.NaN;
        }
    }
}
