package backprop.verification.oracle;

/**
 * One analytic derivative against both oracles. For a smooth entry, Δ = analytic − oracle and the
 * relative error is |Δ| / max(|oracle|, floor); it passes when |Δ| ≤ the bound of each oracle. For an
 * entry at a {@link Kink}, the finite-difference columns hold the one-sided derivatives D₋ and D₊, the
 * error is the distance from the analytic value to the interval between them, and forward mode is not
 * used (its value there is one branch's, shown for information).
 *
 * <p>A smooth entry that forward mode confirms but the finite difference does not is not an engine error:
 * forward mode differentiates exactly up to rounding, while a difference quotient fails where f is
 * ill-conditioned for it (f = x^1e9 at x = 1.0000001 is e^100 and overflows one step h₀ = 1/8 away, so that no
 * step the extrapolation tries sees f's slope). Its verdict is {@link Verdict#FINITE_DIFFERENCE_ILL_CONDITIONED},
 * which passes and is reported apart; an entry forward mode disagrees with fails, whatever the difference says.
 *
 * @param name             the variable, e.g. "W1[3,1]", "x"
 * @param analytic         the derivative under test
 * @param finiteDifference the extrapolated central difference; NaN at a kink
 * @param forwardMode      forward-mode AD's derivative (at a kink: the branch taken)
 * @param fdAbsoluteError  |Δ| against the finite difference (at a kink: the distance to [D₋, D₊])
 * @param fdRelativeError  fdAbsoluteError / max(|oracle|, floor)
 * @param fdBound          the largest |Δ| allowed against the finite difference
 * @param fmAbsoluteError  |Δ| against forward mode; NaN at a kink
 * @param fmRelativeError  fmAbsoluteError / max(|oracle|, floor); NaN at a kink
 * @param fmBound          the largest |Δ| allowed against forward mode; NaN at a kink
 * @param left             D₋, the left derivative, at a kink; NaN otherwise
 * @param right            D₊, the right derivative, at a kink; NaN otherwise
 * @param step             h₀, the first step of the extrapolation
 * @param verdict          PASS, FAIL, or FINITE_DIFFERENCE_ILL_CONDITIONED
 */
public record GradientCheckEntry(String name, double analytic, double finiteDifference, double forwardMode,
                                 double fdAbsoluteError, double fdRelativeError, double fdBound,
                                 double fmAbsoluteError, double fmRelativeError, double fmBound,
                                 double left, double right, double step, Verdict verdict) {

    /** The outcome of one entry. */
    public enum Verdict {
        /** Within the bound of each oracle (or, at a kink, between the one-sided derivatives). */
        PASS,
        /** Outside forward mode's bound (or, at a kink, outside the one-sided derivatives): the gradient is wrong. */
        FAIL,
        /** Within forward mode's bound, outside the finite difference's: the difference, not the gradient, is off. */
        FINITE_DIFFERENCE_ILL_CONDITIONED
    }

    /** True when the variable sits at a kink and was checked against one-sided derivatives. */
    public boolean atKink() {
        return !Double.isNaN(left);
    }

    /** True unless the verdict is FAIL: an ill-conditioned finite difference is no failure of the gradient. */
    public boolean passed() {
        return verdict != Verdict.FAIL;
    }

    /** True when forward mode confirms the gradient and the finite difference does not. */
    public boolean finiteDifferenceIllConditioned() {
        return verdict == Verdict.FINITE_DIFFERENCE_ILL_CONDITIONED;
    }
}
