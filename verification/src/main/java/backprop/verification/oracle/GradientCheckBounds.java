package backprop.verification.oracle;

/**
 * The bounds of every gradient check, each with its reason, in one place. ε = 2⁻⁵² ≈ 2.2e-16.
 *
 * <p>Every bound is mixed: |Δ| ≤ rtol · max(|oracle|, floor), with floor = {@link #FLOOR_FRACTION} · S
 * and S the scale of the computation checked: the larger of |f| and {@link ForwardDerivatives#termScale()},
 * the largest derivative ∂u/∂x_j of any node u that f depends on (f included). A finite difference's
 * round-off is proportional to |f|; forward and reverse mode form every derivative as sums of products of
 * those ∂u/∂x_j, so their rounding is proportional to them even where the sum cancels to a tiny or zero
 * result. A floor keeps such entries from failing on round-off, while every entry above it is held to
 * rtol relative to itself.
 *
 * <p>Measured with these bounds ({@code RandomisedGradientTest}, and offline on seeds 5000–7999: 3,000
 * random graphs and 3,000 random networks, 125,541 entries): at most 5.5e-11 against the extrapolated
 * difference and 5.1e-14 against forward mode, relative to max(|oracle|, floor); 4.9e-11 and 2.6e-14
 * over the entries above the floor, relative to themselves. Each bound keeps a margin of about 20.
 */
public final class GradientCheckBounds {
    /**
     * Against the extrapolated central difference, whose error is round-off: about ε·|f|/h amplified a
     * few times by the tableau, with h ≥ h₀/2¹¹ and usually ≥ 1/128, so 1e-14 to 1e-12 of |f|; truncation
     * is cancelled to h⁸ or beyond ({@link FiniteDifferences}). Measured up to 5.5e-11; 1e-9 is a million
     * times tighter than the usual rtol = 1e-3.
     */
    public static final double FINITE_DIFFERENCES = 1e-9;

    /**
     * Against forward mode. Forward and reverse mode compute the same sums of products of the same local
     * derivatives in a different order, so they differ by rounding alone: a few ε per operation along a
     * path. Measured up to 5.1e-14, about 230ε; 1e-12 allows about 4,500ε.
     */
    public static final double FORWARD_MODE = 1e-12;

    /**
     * At a kink, D₋ − tol ≤ g ≤ D₊ + tol (or with D₋, D₊ swapped), tol = KINK · max(|D₋|, |D₊|, floor).
     * One-sided extrapolation is one to two orders of magnitude less accurate than central (measured 6e-14
     * to 2e-12 on e^x and σ, 1e-11 of f' on tanh at 4); 1e-8 keeps the smooth bound's margin and more.
     */
    public static final double KINK = 1e-8;

    /**
     * floor = 1e-2 · S. Entries above a hundredth of the scale are held to rtol relative to themselves;
     * below it, absolutely to rtol · 1e-2 · S: 1e-11·S against differences (whose round-off was measured
     * up to 3e-13·S) and 1e-14·S ≈ 45ε·S against forward mode (measured up to 5e-16·S, where a
     * derivative that is exactly 0 is formed as a difference of terms of size S: the shared bias of a
     * softmax layer, or a one-neuron softmax, whose output is 1 for every input). With 1e-3 the measured
     * margins fell to 3 and 2.
     */
    public static final double FLOOR_FRACTION = 1e-2;

    private GradientCheckBounds() {
    }
}
