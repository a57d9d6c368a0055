package backprop.verification.oracle;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Pins the figures quoted in {@link FiniteDifferences}' javadoc: the error of a central difference
 * against its step, what extrapolation reaches, and the two ways an early stop goes wrong. Each bound is
 * the measured figure with a margin of 2–5.
 */
@DisplayName("Finite differences: the error against the step, pinned")
class FiniteDifferencesTest {
    private static final DoubleUnaryOperator EXP = Math::exp;
    private static final DoubleUnaryOperator SIGMOID = z -> 1 / (1 + Math.exp(-z));
    private static final DoubleUnaryOperator TANH = Math::tanh;

    // d/dx e^x = e^x; dσ/dz = σ(1 − σ); d tanh/dz = 1 − tanh²
    private static final double EXP_1 = Math.E;
    private static final double SIGMOID_15 = SIGMOID.applyAsDouble(1.5) * (1 - SIGMOID.applyAsDouble(1.5));
    private static final double TANH_4 = 1 - Math.tanh(4) * Math.tanh(4);

    private static double relative(double estimate, double exact) {
        return Math.abs(estimate - exact) / Math.abs(exact);
    }

    @Nested
    @DisplayName("the central difference: truncation h²|f'''|/6 against round-off ε|f|/h")
    class Central {
        @Test
        @DisplayName("at h = 0.1 the error of d/dx e^x at 1 is the truncation h²/6 = 1.67e-3")
        void largeStep_isTruncationDominated() {
            assertThat(relative(FiniteDifferences.central(EXP, 1, 0.1), EXP_1)).isBetween(1.6e-3, 1.7e-3);
            assertThat(relative(FiniteDifferences.central(EXP, 1, 1e-3), EXP_1)).isBetween(1.6e-7, 1.7e-7);
        }

        @Test
        @DisplayName("at h = 1e-5, near h* = (3ε)^(1/3) = 8.7e-6, e^x at 1 is within 1e-10 (measured 2.1e-11)")
        void stepNearOptimum_isBest() {
            assertThat(FiniteDifferences.optimalCentralStep(1.0)).isCloseTo(8.733e-6, within(1e-9));
            assertThat(relative(FiniteDifferences.central(EXP, 1, 1e-5), EXP_1)).isLessThan(1e-10);
            assertThat(relative(FiniteDifferences.central(EXP, 1, FiniteDifferences.optimalCentralStep(1)), EXP_1))
                    .isLessThan(5e-11);
            assertThat(relative(FiniteDifferences.central(SIGMOID, 1.5, 1e-5), SIGMOID_15)).isLessThan(2e-11);
        }

        @Test
        @DisplayName("at h = 1e-9 round-off dominates: e^x at 1 is off by more than 1e-9 (measured 3.0e-8)")
        void smallStep_isRoundOffDominated() {
            assertThat(relative(FiniteDifferences.central(EXP, 1, 1e-9), EXP_1)).isGreaterThan(1e-9);
            assertThat(relative(FiniteDifferences.central(EXP, 1, 1e-12), EXP_1)).isGreaterThan(1e-6);
        }

        @Test
        @DisplayName("tanh at 4: at h* the error is 3.6e-9 of f' = 1.3e-3 but only 5e-12 of |f| = 1: bound by scale")
        void smallDerivative_needsAScaleNotARelativeBound() {
            double d = FiniteDifferences.central(TANH, 4, FiniteDifferences.optimalCentralStep(1));
            assertThat(relative(d, TANH_4)).isGreaterThan(1e-9);
            assertThat(Math.abs(d - TANH_4) / Math.tanh(4)).isLessThan(1e-11);
        }
    }

    @Nested
    @DisplayName("Richardson extrapolation from h₀ = 1/8")
    class Extrapolated {
        @Test
        @DisplayName("e^x at 1, σ at 1.5: relative error below 2e-14 (measured 7.5e-15, 5.0e-15)")
        void smoothFunctions_reachNearMachinePrecision() {
            assertThat(relative(FiniteDifferences.extrapolatedCentral(EXP, 1, 0.125).derivative(), EXP_1))
                    .isLessThan(2e-14);
            assertThat(relative(FiniteDifferences.extrapolatedCentral(SIGMOID, 1.5, 0.125).derivative(), SIGMOID_15))
                    .isLessThan(2e-14);
        }

        @Test
        @DisplayName("tanh at 4: below 2e-14 of |f| (measured 5.8e-15), 1e-11 of f' (4.3e-12)")
        void tanhAt4_isAccurateAgainstItsScale() {
            double d = FiniteDifferences.extrapolatedCentral(TANH, 4, 0.125).derivative();
            assertThat(Math.abs(d - TANH_4) / Math.tanh(4)).isLessThan(2e-14);
            assertThat(relative(d, TANH_4)).isLessThan(1e-11);
        }

        @Test
        @DisplayName("is a thousand times better than the best single step")
        void beatsTheBestSingleStep() {
            double single = relative(FiniteDifferences.central(EXP, 1, FiniteDifferences.optimalCentralStep(1)), EXP_1);
            double extrapolated = relative(FiniteDifferences.extrapolatedCentral(EXP, 1, 0.125).derivative(), EXP_1);
            assertThat(extrapolated * 1000).isLessThan(single);
        }

        @Test
        @DisplayName("commons-math's 9-point rule matches it when its step suits f (e^x: 1.5e-15), not otherwise (sin 40x: 1e-6)")
        void fixedStencil_needsAStepChosenForF() {
            // f(x) = sin 40x at 0.3: f' = 40 cos 12
            double exactSine = 40 * Math.cos(12);
            assertThat(relative(ninePoint(Math::exp, 1.0), EXP_1)).isLessThan(5e-15);
            assertThat(relative(ninePoint(x -> Math.sin(40 * x), 0.3), exactSine)).isGreaterThan(1e-7);
            assertThat(relative(FiniteDifferences.extrapolatedCentral(x -> Math.sin(40 * x), 0.3, 0.125).derivative(),
                    exactSine)).isLessThan(1e-14);
        }

        @Test
        @DisplayName("f = 1/(x²−4x+5) at 1 (no h² term): stopping at the first jump gives 9.5e-7; ours is exact")
        void missingH2Term_defeatsAnEarlyStop() {
            DoubleUnaryOperator f = x -> 1 / (x * x - 4 * x + 5);
            // f'(1) = −(2·1 − 4)/(1 − 4 + 5)² = 0.5
            assertThat(relative(stopAtFirstJump(f, 1, 0.125), 0.5)).isBetween(9e-7, 1e-6);
            assertThat(FiniteDifferences.extrapolatedCentral(f, 1, 0.125).derivative()).isCloseTo(0.5, within(1e-15));
        }

        @Test
        @DisplayName("tanh(e^{4.92x}) at 0.485 (h₀ far too large for f): stopping at the first jump fails; ours is within 1e-13 of |f|")
        void stepTooLarge_defeatsAnEarlyStop() {
            // The function of x2 in random graph 7990; f' = (1 − tanh² u)·u·c with u = e^{cx}, c = 4.92…
            double c = 4.922871127389678;
            double x = 0.48548133733197263;
            DoubleUnaryOperator f = v -> Math.tanh(Math.exp(c * v));
            double u = Math.exp(c * x);
            double exact = (1 - Math.tanh(u) * Math.tanh(u)) * u * c;
            assertThat(Math.abs(stopAtFirstJump(f, x, 0.125) - exact)).isGreaterThan(1e-9);
            assertThat(Math.abs(FiniteDifferences.extrapolatedCentral(f, x, 0.125).derivative() - exact))
                    .isLessThan(1e-13);
        }

        @Test
        @DisplayName("leaving the domain (ln x at 0.05 with h₀ = 1/8) shrinks h₀ instead of returning NaN")
        void outsideTheDomain_shrinksTheStep() {
            DoubleUnaryOperator ln = x -> {
                if (x <= 0) {
                    throw new ArithmeticException("ln " + x);
                }
                return Math.log(x);
            };
            FiniteDifferences.Estimate e = FiniteDifferences.extrapolatedCentral(ln, 0.05, 0.125);
            assertThat(e.firstStep()).isLessThan(0.05);
            assertThat(relative(e.derivative(), 20)).isLessThan(1e-13);
        }

        @Test
        @DisplayName("a step that is not positive is refused")
        void nonPositiveStep_isRefused() {
            assertThatThrownBy(() -> FiniteDifferences.extrapolatedCentral(EXP, 1, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first step");
        }
    }

    @Nested
    @DisplayName("one-sided differences, for kinks")
    class OneSided {
        @Test
        @DisplayName("e^x at 1 from either side: below 2e-13 (measured 7.1e-14, 5.9e-14)")
        void smoothFunction_bothSidesAgree() {
            assertThat(relative(FiniteDifferences.extrapolatedForward(EXP, 1, 0.125).derivative(), EXP_1))
                    .isLessThan(2e-13);
            assertThat(relative(FiniteDifferences.extrapolatedBackward(EXP, 1, 0.125).derivative(), EXP_1))
                    .isLessThan(2e-13);
            assertThat(relative(FiniteDifferences.extrapolatedBackward(SIGMOID, 1.5, 0.125).derivative(), SIGMOID_15))
                    .isLessThan(5e-12);
        }

        @Test
        @DisplayName("|x| at 0: D₋ = −1 and D₊ = 1; ReLU(x)·eˣ at 0: D₋ = 0 and D₊ = 1")
        void kink_givesTheTwoOneSidedDerivatives() {
            assertThat(FiniteDifferences.backward(Math::abs, 0, 1e-3)).isEqualTo(-1.0);
            assertThat(FiniteDifferences.forward(Math::abs, 0, 1e-3)).isEqualTo(1.0);
            DoubleUnaryOperator f = x -> Math.max(0, x) * Math.exp(x);
            // right: d/dx x·eˣ = (1 + x)eˣ = 1 at 0; left: 0
            assertThat(FiniteDifferences.extrapolatedForward(f, 0, 0.125).derivative()).isCloseTo(1.0, within(1e-13));
            assertThat(FiniteDifferences.extrapolatedBackward(f, 0, 0.125).derivative()).isEqualTo(0.0);
        }
    }

    private static double ninePoint(org.apache.commons.math3.analysis.UnivariateFunction f, double x) {
        return new FiniteDifferencesDifferentiator(9, 1e-2).differentiate(f)
                .value(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
    }

    /** Ridders' method as dfridr stops it: at the first level where the diagonal moves by ≥ 2 × the best estimate. */
    private static double stopAtFirstJump(DoubleUnaryOperator f, double x, double h0) {
        double[] previous = {FiniteDifferences.central(f, x, h0)};
        double best = previous[0];
        double error = Double.POSITIVE_INFINITY;
        for (int i = 1; i < 12; i++) {
            double[] row = new double[i + 1];
            row[0] = FiniteDifferences.central(f, x, Math.scalb(h0, -i));
            for (int j = 1; j <= i; j++) {
                row[j] = row[j - 1] + (row[j - 1] - previous[j - 1]) / (Math.scalb(1.0, 2 * j) - 1);
                double e = Math.max(Math.abs(row[j] - row[j - 1]), Math.abs(row[j] - previous[j - 1]));
                if (e <= error) {
                    error = e;
                    best = row[j];
                }
            }
            if (Math.abs(row[i] - previous[i - 1]) >= 2 * error) {
                break;
            }
            previous = row;
        }
        return best;
    }
}
