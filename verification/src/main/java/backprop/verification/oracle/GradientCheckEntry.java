package backprop.verification.oracle;

/**
 * One analytic derivative against both oracles. For a smooth entry, Δ = analytic − oracle and the
 * relative error is |Δ| / max(|oracle|, floor); it passes when |Δ| ≤ the bound of each oracle. For an
 * entry at a {@link Kink}, the finite-difference columns hold the one-sided derivatives D₋ and D₊, the
 * error is the distance from the analytic value to the interval between them, and forward mode is not
 * used (its value there is one branch's, shown for information).
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
 * @param verdict          PASS or FAIL
 */
public record GradientCheckEntry(String name, double analytic, double finiteDifference, double forwardMode,
                                 double fdAbsoluteError, double fdRelativeError, double fdBound,
                                 double fmAbsoluteError, double fmRelativeError, double fmBound,
                                 double left, double right, double step, Verdict verdict) {

    /** The outcome of one entry. */
    public enum Verdict { PASS, FAIL }

    /** True when the variable sits at a kink and was checked against one-sided derivatives. */
    public boolean atKink() {
        return !Double.isNaN(left);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }
}
