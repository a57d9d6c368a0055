package backprop.export.lint;

/**
 * A closed interval [lo, hi] of reals, with the arithmetic of intervals: each operation's result holds every
 * value the operation takes on its operands' intervals. A printed 0.77 stands for [0.765, 0.775]; an exact number
 * is the interval of one point, so that one evaluator computes both a claim's exact value and its range.
 * An operation with no defined value at a point (ln 0, a division by exactly 0) gives NaN bounds; one whose range
 * is unbounded (a division by an interval holding 0) gives the whole line.
 *
 * <p>Bounds are computed in double precision without outward rounding: a bound is off by a few ulps at most,
 * far below the half unit of any printed digit the lint compares with (the comparison allows for it).
 */
record Interval(double lo, double hi) {
    static final Interval WHOLE_LINE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    /** The interval of one point. */
    static Interval point(double x) {
        return new Interval(x, x);
    }

    /** x ± h. */
    static Interval around(double x, double halfWidth) {
        return new Interval(x - halfWidth, x + halfWidth);
    }

    double mid() {
        return lo == hi ? lo : (lo + hi) / 2;
    }

    boolean isPoint() {
        return lo == hi;
    }

    boolean isUndefined() {
        return Double.isNaN(lo) || Double.isNaN(hi);
    }

    boolean contains(double x) {
        return lo <= x && x <= hi;
    }

    /** [a, b] + [c, d] = [a + c, b + d]. */
    Interval plus(Interval o) {
        return checked(lo + o.lo, hi + o.hi);
    }

    /** −[a, b] = [−b, −a]. */
    Interval negate() {
        return new Interval(-hi, -lo);
    }

    Interval minus(Interval o) {
        return plus(o.negate());
    }

    /** [a, b]·[c, d] = [min, max] of ac, ad, bc, bd. */
    Interval times(Interval o) {
        double p1 = lo * o.lo;
        double p2 = lo * o.hi;
        double p3 = hi * o.lo;
        double p4 = hi * o.hi;
        return checked(Math.min(Math.min(p1, p2), Math.min(p3, p4)), Math.max(Math.max(p1, p2), Math.max(p3, p4)));
    }

    /** [a, b]/[c, d] = [a, b]·[1/d, 1/c] when 0 ∉ [c, d]; undefined at 0 itself, unbounded around it. */
    Interval divide(Interval o) {
        if (o.contains(0)) {
            return o.isPoint() ? UNDEFINED : WHOLE_LINE;
        }
        return times(new Interval(1 / o.hi, 1 / o.lo));
    }

    /**
     * [a, b]^[c, d]: for an integer point exponent n, xⁿ on [a, b] (an even power of an interval holding 0 starts at
     * 0); otherwise x^y = e^(y ln x), monotone in each argument for x > 0, so its range is spanned by the corners.
     */
    Interval power(Interval e) {
        if (e.isPoint() && e.lo == Math.rint(e.lo) && Math.abs(e.lo) <= 1024) {
            int n = (int) e.lo;
            if (n < 0) {
                return point(1).divide(power(point(-n)));
            }
            double a = Math.pow(lo, n);
            double b = Math.pow(hi, n);
            if (n % 2 == 0 && contains(0)) {
                return new Interval(0, Math.max(a, b));
            }
            return checked(Math.min(a, b), Math.max(a, b));
        }
        if (lo <= 0) {
            return isPoint() && e.isPoint() ? UNDEFINED : WHOLE_LINE;
        }
        double p1 = Math.pow(lo, e.lo);
        double p2 = Math.pow(lo, e.hi);
        double p3 = Math.pow(hi, e.lo);
        double p4 = Math.pow(hi, e.hi);
        return checked(Math.min(Math.min(p1, p2), Math.min(p3, p4)), Math.max(Math.max(p1, p2), Math.max(p3, p4)));
    }

    /** f([a, b]) = [f(a), f(b)] for f increasing: exp, σ, tanh, ReLU, and ln and √ where they are defined. */
    Interval apply(String function) {
        return switch (function) {
            case "exp" -> new Interval(Math.exp(lo), Math.exp(hi));
            case "sigmoid", "sig", "logistic" -> new Interval(sigmoid(lo), sigmoid(hi));
            case "tanh" -> new Interval(Math.tanh(lo), Math.tanh(hi));
            case "relu" -> new Interval(Math.max(0, lo), Math.max(0, hi));
            // ln is −∞ from 0 down, undefined where the whole interval is; √ of a negative hi is NaN (undefined)
            case "ln", "log" -> hi <= 0 ? UNDEFINED : new Interval(Math.log(Math.max(0, lo)), Math.log(hi));
            case "sqrt" -> new Interval(Math.sqrt(Math.max(0, lo)), Math.sqrt(hi));
            default -> throw new IllegalArgumentException("not an increasing function: " + function);
        };
    }

    /** max([a, b], [c, d]) = [max(a, c), max(b, d)]. */
    Interval max(Interval o) {
        return new Interval(Math.max(lo, o.lo), Math.max(hi, o.hi));
    }

    /** σ(x) = 1/(1 + e^−x). */
    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** A sum or product of infinities of opposite sign (∞ − ∞, 0·∞) can be anything. */
    private static Interval checked(double lo, double hi) {
        return Double.isNaN(lo) || Double.isNaN(hi) ? WHOLE_LINE : new Interval(lo, hi);
    }
}
