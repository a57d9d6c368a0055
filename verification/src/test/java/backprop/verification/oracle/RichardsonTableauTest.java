package backprop.verification.oracle;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The bookkeeping of {@link FiniteDifferences}' tableau, as its javadoc states it: how many steps are
 * evaluated, when halving stops, how far h₀ shrinks outside f's domain, and that nothing but f's values
 * decides (a power-of-two factor on f changes nothing but the result's scale).
 */
@DisplayName("Richardson tableau: levels, stopping, retries and scale, as documented")
class RichardsonTableauTest {
    private static final double H0 = FiniteDifferences.INITIAL_STEP;

    /** f, counting its calls and recording the smallest distance |v − x| it was sampled at. */
    private static final class Recorded implements DoubleUnaryOperator {
        private final DoubleUnaryOperator f;
        private final double x;
        int calls;
        double smallestStep = Double.POSITIVE_INFINITY;

        Recorded(DoubleUnaryOperator f, double x) {
            this.f = f;
            this.x = x;
        }

        @Override
        public double applyAsDouble(double v) {
            calls++;
            if (v != x) {
                smallestStep = Math.min(smallestStep, Math.abs(v - x));
            }
            return f.applyAsDouble(v);
        }
    }

    @Test
    @DisplayName("levels counts the steps evaluated: f is called twice per level, central or one-sided")
    void levels_countTheStepsEvaluated() {
        Recorded central = new Recorded(Math::exp, 1);
        FiniteDifferences.Estimate c = FiniteDifferences.extrapolatedCentral(central, 1, H0);
        assertThat(central.calls).isEqualTo(2 * c.levels());
        Recorded forward = new Recorded(Math::exp, 1);
        FiniteDifferences.Estimate f = FiniteDifferences.extrapolatedForward(forward, 1, H0);
        // D₊(h) evaluates f(x + h) and f(x)
        assertThat(forward.calls).isEqualTo(2 * f.levels());
        // the smallest step is h₀/2^(levels − 1)
        assertThat(central.smallestStep).isEqualTo(Math.scalb(H0, 1 - c.levels()));
    }

    @Test
    @DisplayName("on e^x at 1 and tanh at 4 halving stops once round-off ε·|f|/h takes over, before the last level")
    void smoothFunction_stopsBeforeTheLastLevel() {
        // Once truncation is cancelled the diagonal moves by round-off alone, and two such moves in a row end
        // the halving (measured: after 7 levels, h = 2⁻⁹), well before h₀/2¹¹.
        FiniteDifferences.Estimate e = FiniteDifferences.extrapolatedCentral(Math::exp, 1, H0);
        assertThat(e.levels()).isGreaterThan(2).isLessThan(FiniteDifferences.MAX_LEVELS);
        assertThat(Math.abs(e.derivative() - Math.E) / Math.E).isLessThan(2e-14);
        // tanh at 4: f' = 1.3e-3 against |f| = 1, so the round-off ε·|f|/h grows large against the moves early,
        // and it must be recognised as round-off (it grows as h shrinks) for the halving to stop (measured: 8)
        FiniteDifferences.Estimate t = FiniteDifferences.extrapolatedCentral(Math::tanh, 4, H0);
        assertThat(t.levels()).isLessThan(FiniteDifferences.MAX_LEVELS);
    }

    @Test
    @DisplayName("sin 40x at 0.3, which never settles from h₀ = 1/8, uses all 12 levels and no step below h₀/2¹¹")
    void neverSettling_stopsAtMaxLevels() {
        // f''' = −64,000 cos 12: truncation is still being cancelled at every level, so only MAX_LEVELS stops it.
        Recorded f = new Recorded(x -> Math.sin(40 * x), 0.3);
        FiniteDifferences.Estimate e = FiniteDifferences.extrapolatedCentral(f, 0.3, H0);
        assertThat(e.levels()).isEqualTo(FiniteDifferences.MAX_LEVELS);
        assertThat(f.calls).isEqualTo(2 * FiniteDifferences.MAX_LEVELS);
        // 0.3 ± h is rounded, so the smallest distance is h₀/2¹¹ to within one ulp of 0.3
        assertThat(f.smallestStep).isCloseTo(Math.scalb(H0, -11), within(Math.ulp(0.3)));
    }

    @Test
    @DisplayName("2²⁰·e^x gives exactly 2²⁰ times e^x's derivative, with the same levels: round-off is judged against |f|")
    void scalingFByAPowerOfTwo_changesOnlyTheScale() {
        // Multiplying every value by 2²⁰ is exact, so every difference, tableau entry and estimate is exactly
        // 2²⁰ times larger, and so is the round-off ε·max|f|/h it is compared with: the same decisions.
        double factor = Math.scalb(1.0, 20);
        FiniteDifferences.Estimate plain = FiniteDifferences.extrapolatedCentral(Math::exp, 1, H0);
        FiniteDifferences.Estimate scaled = FiniteDifferences.extrapolatedCentral(x -> factor * Math.exp(x), 1, H0);
        assertThat(scaled.levels()).isEqualTo(plain.levels());
        assertThat(scaled.derivative()).isEqualTo(factor * plain.derivative());
        assertThat(scaled.errorEstimate()).isEqualTo(factor * plain.errorEstimate());
        assertThat(scaled.functionScale()).isEqualTo(factor * plain.functionScale());
        FiniteDifferences.Estimate small = FiniteDifferences.extrapolatedCentral(x -> Math.exp(x) / factor, 1, H0);
        assertThat(small.levels()).isEqualTo(plain.levels());
        assertThat(small.derivative()).isEqualTo(plain.derivative() / factor);
    }

    @Test
    @DisplayName("outside the domain h₀ shrinks by 4 at most 10 times: ln at 2e-7 is found at h₀ = 2⁻³/4¹⁰, ln at 1e-7 is not")
    void domainRetries_areBoundedByTen() {
        DoubleUnaryOperator ln = x -> {
            if (x <= 0) {
                throw new ArithmeticException("ln " + x);
            }
            return Math.log(x);
        };
        // 2⁻³/4¹⁰ = 1.19e-7: below 2e-7 (x − h₀ > 0, d ln x/dx = 1/x = 5e6) but above 1e-7
        double tenthStep = H0 / Math.pow(4, 10);
        FiniteDifferences.Estimate found = FiniteDifferences.extrapolatedCentral(ln, 2e-7, H0);
        assertThat(found.firstStep()).isEqualTo(tenthStep);
        assertThat(Math.abs(found.derivative() - 5e6) / 5e6).isLessThan(1e-6);
        FiniteDifferences.Estimate notFound = FiniteDifferences.extrapolatedCentral(ln, 1e-7, H0);
        assertThat(notFound.firstStep()).isEqualTo(tenthStep);
        assertThat(notFound.derivative()).isNaN();
    }

    @Test
    @DisplayName("an infinite or NaN first step is refused, naming it")
    void infiniteStep_isRefused() {
        assertThatThrownBy(() -> FiniteDifferences.extrapolatedCentral(Math::exp, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> FiniteDifferences.extrapolatedForward(Math::exp, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    @Test
    @DisplayName("h* grows with the length scale of f: (3ε)^(1/3)·2 for scale 2, (3ε)^(1/3)/2 for scale ½")
    void optimalStep_isProportionalToTheScale() {
        double unit = Math.cbrt(3 * Math.scalb(1.0, -52));
        assertThat(FiniteDifferences.optimalCentralStep(2)).isEqualTo(2 * unit);
        assertThat(FiniteDifferences.optimalCentralStep(0.5)).isEqualTo(unit / 2);
    }

    @Test
    @DisplayName("x² and 0, whose central difference is exact, stop after 3 levels: two zero moves are round-off")
    void exactDifference_stopsAfterThreeLevels() {
        // D(h) = ((1+h)² − (1−h)²)/2h = 2 exactly for h = 2⁻³, 2⁻⁴, …: every entry is 2, every estimate 0, and
        // the diagonal moves by 0 ≥ SAFE·0 and 0 ≤ NOISE·ε·max|f|/h at levels 1 and 2: the halving stops there.
        Recorded square = new Recorded(x -> x * x, 1);
        FiniteDifferences.Estimate e = FiniteDifferences.extrapolatedCentral(square, 1, H0);
        assertThat(e.derivative()).isEqualTo(2.0);
        assertThat(e.levels()).isEqualTo(3);
        assertThat(square.calls).isEqualTo(6);
        // f ≡ 0: also max|f| = 0, so the round-off bound is 0 and a move of 0 must still count as within it
        FiniteDifferences.Estimate zero = FiniteDifferences.extrapolatedCentral(x -> 0.0, 1, H0);
        assertThat(zero.derivative()).isEqualTo(0.0);
        assertThat(zero.levels()).isEqualTo(3);
    }

    @Test
    @DisplayName("of two entries with the same error estimate the later one is returned, as in dfridr (errt <= err)")
    void tiedEstimates_returnTheLaterEntry() {
        // f(v) = c·v at x = 0 gives D(h) = c exactly; with c = 0, 3, 0 at h = 2⁻³, 2⁻⁴, 2⁻⁵ and NaN below:
        //   T(1,1) = 3 + (3 − 0)/3 = 4,   estimate max(|4 − 3|, |4 − 0|) = 4
        //   T(2,1) = 0 + (0 − 3)/3 = −1,  estimate max(|−1 − 0|, |−1 − 3|) = 4   (a tie: −1 wins)
        //   T(2,2) = −1 + (−1 − 4)/15 = −4/3, estimate max(1/3, 16/3) = 16/3 > 4
        // the moves 4 and 16/3 are below SAFE·4 = 8, so halving goes on until the NaN at h = 2⁻⁶ ends it.
        double[] c = {0, 3, 0};
        DoubleUnaryOperator f = v -> {
            int level = -Math.getExponent(v) - 3;
            return level >= 0 && level < c.length ? c[level] * v : Double.NaN;
        };
        FiniteDifferences.Estimate e = FiniteDifferences.extrapolatedCentral(
                v -> v < 0 ? -f.applyAsDouble(-v) : f.applyAsDouble(v), 0, H0);
        assertThat(e.derivative()).isEqualTo(-1.0);
        assertThat(e.errorEstimate()).isEqualTo(4.0);
        assertThat(e.levels()).isEqualTo(4);
    }
}
