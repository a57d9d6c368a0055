package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Interval arithmetic, each bound worked by hand in the comment above it. */
@DisplayName("Interval: every operation's range holds every value the operation takes")
class IntervalTest {
    private static Interval of(double lo, double hi) {
        return new Interval(lo, hi);
    }

    @Test
    void sumDifferenceNegation() {
        // [1, 2] + [10, 20] = [11, 22]; [1, 2] − [10, 20] = [−19, −8]; −[1, 2] = [−2, −1]
        assertThat(of(1, 2).plus(of(10, 20))).isEqualTo(of(11, 22));
        assertThat(of(1, 2).minus(of(10, 20))).isEqualTo(of(-19, -8));
        assertThat(of(1, 2).negate()).isEqualTo(of(-2, -1));
        // ∞ − ∞ can be anything
        assertThat(of(1, Double.POSITIVE_INFINITY).minus(of(1, Double.POSITIVE_INFINITY)))
                .isEqualTo(Interval.WHOLE_LINE);
    }

    @Test
    void productTakesTheExtremesOfTheFourCorners() {
        // [−2, 3]·[−5, 4]: corners 10, −8, −15, 12 → [−15, 12]
        assertThat(of(-2, 3).times(of(-5, 4))).isEqualTo(of(-15, 12));
        // [2, 3]·[4, 5] = [8, 15]; [−3, −2]·[4, 5] = [−15, −8]
        assertThat(of(2, 3).times(of(4, 5))).isEqualTo(of(8, 15));
        assertThat(of(-3, -2).times(of(4, 5))).isEqualTo(of(-15, -8));
        // 0·∞ can be anything
        assertThat(of(0, 1).times(of(1, Double.POSITIVE_INFINITY))).isEqualTo(Interval.WHOLE_LINE);
    }

    @Test
    void divisionByAnIntervalHoldingZero_isUnbounded_byZeroItselfUndefined() {
        // [1, 2]/[4, 8] = [1/8, 1/2]
        assertThat(of(1, 2).divide(of(4, 8))).isEqualTo(of(0.125, 0.5));
        assertThat(of(1, 2).divide(of(-1, 1))).isEqualTo(Interval.WHOLE_LINE);
        assertThat(of(1, 2).divide(of(0, 1))).isEqualTo(Interval.WHOLE_LINE);
        assertThat(of(1, 2).divide(of(-1, 0))).isEqualTo(Interval.WHOLE_LINE);
        assertThat(of(1, 2).divide(Interval.point(0)).isUndefined()).isTrue();
    }

    @Test
    void integerPowers_evenOnesOfAnIntervalAroundZeroStartAtZero() {
        // [−2, 3]² = [0, 9]; [−3, −2]² = [4, 9]; [−2, 3]³ = [−8, 27]; [2, 4]^−1 = [1/4, 1/2]; [2, 3]^0 = [1, 1]
        assertThat(of(-2, 3).power(Interval.point(2))).isEqualTo(of(0, 9));
        assertThat(of(-3, -2).power(Interval.point(2))).isEqualTo(of(4, 9));
        assertThat(of(-2, 3).power(Interval.point(3))).isEqualTo(of(-8, 27));
        assertThat(of(2, 4).power(Interval.point(-1))).isEqualTo(of(0.25, 0.5));
        assertThat(of(2, 3).power(Interval.point(0))).isEqualTo(of(1, 1));
        // [0, 2]² = [0, 4]: an even power of an interval starting at 0
        assertThat(of(0, 2).power(Interval.point(2))).isEqualTo(of(0, 4));
    }

    @Test
    void realPowers_spannedByTheCorners_undefinedForANegativeBase() {
        // [4, 9]^0.5 = [2, 3]; [4, 9]^[0.5, 1] = [2, 9]; [0.25, 4]^[−1, 1]: corners 4, 0.25, 0.25, 4 → [0.25, 4]
        assertThat(of(4, 9).power(Interval.point(0.5))).isEqualTo(of(2, 3));
        assertThat(of(4, 9).power(of(0.5, 1))).isEqualTo(of(2, 9));
        assertThat(of(0.25, 4).power(of(-1, 1))).isEqualTo(of(0.25, 4));
        assertThat(Interval.point(-4).power(Interval.point(0.5)).isUndefined()).isTrue();
        assertThat(of(-4, 4).power(Interval.point(0.5))).isEqualTo(Interval.WHOLE_LINE);
        assertThat(Interval.point(0).power(Interval.point(0.5)).isUndefined()).isTrue();
        // an exponent past 1024 is taken as a real power: 2^2000 overflows to ∞
        assertThat(Interval.point(2).power(Interval.point(2000)).hi()).isInfinite();
        assertThat(Interval.point(2).power(Interval.point(1024)).hi()).isInfinite();
        assertThat(Interval.point(2).power(Interval.point(10))).isEqualTo(Interval.point(1024));
    }

    @Test
    void increasingFunctions_mapTheEnds() {
        // e^[0, 1] = [1, e]; σ(0) = 0.5; tanh(0) = 0; ReLU[−1, 2] = [0, 2]; ln[1, e] = [0, 1]; √[4, 9] = [2, 3]
        assertThat(of(0, 1).apply("exp")).isEqualTo(of(1, Math.E));
        assertThat(Interval.point(0).apply("sigmoid")).isEqualTo(Interval.point(0.5));
        assertThat(Interval.point(0).apply("sig")).isEqualTo(Interval.point(0.5));
        assertThat(Interval.point(0).apply("logistic")).isEqualTo(Interval.point(0.5));
        assertThat(of(0, 1).apply("tanh")).isEqualTo(of(0, Math.tanh(1)));
        assertThat(of(-1, 2).apply("relu")).isEqualTo(of(0, 2));
        assertThat(of(-3, -1).apply("relu")).isEqualTo(of(0, 0));
        assertThat(of(1, Math.E).apply("ln").hi()).isCloseTo(1, within(1e-15));
        assertThat(of(1, Math.E).apply("log").lo()).isZero();
        assertThat(of(4, 9).apply("sqrt")).isEqualTo(of(2, 3));
    }

    @Test
    void lnAndSqrt_undefinedBelowTheirDomain_unboundedAtItsEdge() {
        assertThat(of(-2, -1).apply("ln").isUndefined()).isTrue();
        assertThat(Interval.point(0).apply("ln").isUndefined()).isTrue();
        assertThat(of(0, 1).apply("ln")).isEqualTo(of(Double.NEGATIVE_INFINITY, 0));
        assertThat(of(-2, -1).apply("sqrt").isUndefined()).isTrue();
        assertThat(of(-1, 4).apply("sqrt")).isEqualTo(of(0, 2));
        assertThat(Interval.point(0).apply("sqrt")).isEqualTo(Interval.point(0));
    }

    @Test
    void maxOfIntervals_andSoftmaxBounds() {
        // max([1, 3], [2, 2]) = [2, 3]
        assertThat(of(1, 3).max(of(2, 2))).isEqualTo(of(2, 3));
        // softmax([0, 0]) = [0.5, 0.5]; softmax([0 ± 1, 0]): entry 1 from 1/(1 + e) to 1/(1 + e^−1)
        assertThat(Evaluator.softmax(List.of(Interval.point(0), Interval.point(0))))
                .containsExactly(Interval.point(0.5), Interval.point(0.5));
        List<Interval> s = Evaluator.softmax(List.of(of(-1, 1), Interval.point(0)));
        assertThat(s.get(0).lo()).isCloseTo(1 / (1 + Math.E), within(1e-15));
        assertThat(s.get(0).hi()).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-15));
        assertThat(s.get(1).lo()).isCloseTo(1 / (1 + Math.E), within(1e-15));
    }

    @Test
    void midAndContains() {
        assertThat(of(1, 3).mid()).isEqualTo(2);
        assertThat(Interval.point(0.1).mid()).isEqualTo(0.1);
        assertThat(of(1, 3).contains(1)).isTrue();
        assertThat(of(1, 3).contains(3)).isTrue();
        assertThat(of(1, 3).contains(3.0000001)).isFalse();
        assertThat(of(1, 3).contains(0.9999999)).isFalse();
        assertThat(Interval.around(1, 0.5)).isEqualTo(of(0.5, 1.5));
        assertThat(Interval.UNDEFINED.isUndefined()).isTrue();
        assertThat(new Interval(1, Double.NaN).isUndefined()).isTrue();
        assertThat(Interval.point(1).isUndefined()).isFalse();
    }
}
