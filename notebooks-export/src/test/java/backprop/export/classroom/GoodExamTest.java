package backprop.export.classroom;

import backprop.examples.format.Precision;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Slip;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draw's exam, judged on its grading key at the printed precision. Every expected figure is worked by hand from
 * the rule: half a unit of the last printed digit, at least 1e-9 × max(1, |v|); two answers told apart when some
 * entry's intervals do not meet.
 */
@DisplayName("A good exam: nothing asked prints as 0, every slip told apart from the truth and from each other")
class GoodExamTest {
    private static final Precision FOUR = Precision.significant(4);

    private static GradingKey key(GradingKey.Part... parts) {
        Map<String, GradingKey.Part> byName = new LinkedHashMap<>();
        for (GradingKey.Part p : parts) {
            byName.put(p.name(), p);
        }
        return new GradingKey(Map.of("q", new GradingKey.Question("q", "a question", 1, byName)));
    }

    private static GradingKey.Part part(Object expected, Object upper, Slip... slips) {
        return new GradingKey.Part("z(1)", Map.of(), expected, upper, List.of(slips));
    }

    @Nested
    @DisplayName("the printed tolerance")
    class Tolerance {
        @Test
        void halfAUnitOfTheFourthSignificantDigit() {
            // 0.14914 prints 0.1491: a unit of 0.0001
            assertThat(PrintedTolerance.of(FOUR, 0.14914)).isEqualTo(0.00005);
            assertThat(PrintedTolerance.of(FOUR, -0.14914)).isEqualTo(0.00005);
        }

        @Test
        void aValueThatRoundsUpToAPowerOfTenTakesTheUnitOfWhatIsPrinted() {
            // 0.99996 prints 1.000: a unit of 0.001
            assertThat(PrintedTolerance.of(FOUR, 0.99996)).isEqualTo(0.0005);
            assertThat(PrintedTolerance.of(FOUR, 123.456)).isEqualTo(0.05);
        }

        @Test
        void neverBelowTheNotebooksGradingTolerance() {
            // 4.3551e-6 prints 0.000004355, half a unit 5e-10, under 1e-9 · max(1, |v|)
            assertThat(PrintedTolerance.of(FOUR, 4.3551e-6)).isEqualTo(1e-9);
            assertThat(PrintedTolerance.of(FOUR, 0)).isEqualTo(1e-9);
            assertThat(PrintedTolerance.of(Precision.significant(17), 2e9)).isEqualTo(2.0);
        }

        @Test
        void atDecimalsHalfAUnitOfTheLastDecimal() {
            assertThat(PrintedTolerance.of(Precision.decimals(2), 123.456)).isEqualTo(0.005);
            assertThat(PrintedTolerance.of(Precision.decimals(2), 0.001)).isEqualTo(0.005);
        }

        @Test
        void onlyZeroPrintsAsZeroAtSignificantDigits() {
            assertThat(PrintedTolerance.printsAsZero(FOUR, 0)).isTrue();
            assertThat(PrintedTolerance.printsAsZero(FOUR, -0.0)).isTrue();
            assertThat(PrintedTolerance.printsAsZero(FOUR, 1e-300)).isFalse();
            assertThat(PrintedTolerance.printsAsZero(Precision.decimals(3), 0.0004)).isTrue();
            assertThat(PrintedTolerance.printsAsZero(Precision.decimals(3), -0.0004)).isTrue();
            assertThat(PrintedTolerance.printsAsZero(Precision.decimals(3), 0.0006)).isFalse();
        }
    }

    @Test
    void aKeyWithoutSlipsAndNoZeroIsGood() {
        assertThat(GoodExam.reason(key(part(0.5, null)), FOUR)).isEmpty();
    }

    @Test
    void anAskedValueThatPrintsAsZeroIsRefused() {
        assertThat(GoodExam.reason(key(part(new double[] {0.3, 0}, null)), FOUR))
                .hasValue("z(1) entry [2] prints as 0");
        assertThat(GoodExam.reason(key(part(new double[][] {{0.3, 0.0004}}, null)), Precision.decimals(3)))
                .hasValue("z(1) entry [1,2] prints as 0");
    }

    @Test
    void aKinkWhoseRangeReachesBeyondZeroIsNotAZero() {
        assertThat(GoodExam.reason(key(part(0.0, 1.0)), FOUR)).isEmpty();
    }

    @Test
    void aSlipWithinTheToleranceOfTheTruthIsRefused() {
        // 0.5 and 0.50009: tolerances 0.00005 each, apart only beyond 0.0001
        assertThat(GoodExam.reason(key(part(0.5, null, Slip.of("SIGN_FLIPPED", "+ instead of −", 0.50009))), FOUR))
                .hasValue("z(1): the slip SIGN_FLIPPED (+ instead of −) gives the true answer");
        assertThat(GoodExam.reason(key(part(0.5, null, Slip.of("SIGN_FLIPPED", "+ instead of −", 0.50011))), FOUR))
                .isEmpty();
        assertThat(GoodExam.reason(key(part(0.5, null, Slip.of("SIGN_FLIPPED", "+ instead of −", 0.49989))), FOUR))
                .isEmpty();
    }

    @Test
    void twoSlipsGivingTheSameAnswerAreRefused() {
        GradingKey.Part p = part(0.5, null, Slip.of("A", "one slip", 0.7), Slip.of("B", "another", 0.70004));
        assertThat(GoodExam.reason(key(p), FOUR)).hasValue("z(1): the slips A and B give the same answer");
        GradingKey.Part q = part(0.5, null, Slip.of("A", "one slip", 0.7), Slip.of("B", "another", 0.9),
                Slip.of("C", "a third", 0.90003));
        assertThat(GoodExam.reason(key(q), FOUR)).hasValue("z(1): the slips B and C give the same answer");
        GradingKey.Part r = part(0.5, null, Slip.of("A", "one slip", 0.7), Slip.of("B", "another", 0.9));
        assertThat(GoodExam.reason(key(r), FOUR)).isEmpty();
    }

    @Test
    void oneEntryApartIsEnoughForAVector() {
        GradingKey.Part p = part(new double[] {0.5, 0.25}, null, Slip.of("A", "one slip", new double[] {0.5, 0.3}));
        assertThat(GoodExam.reason(key(p), FOUR)).isEmpty();
        GradingKey.Part q = part(new double[] {0.5, 0.25}, null, Slip.of("A", "one slip", new double[] {0.50001, 0.25001}));
        assertThat(GoodExam.reason(key(q), FOUR)).isPresent();
    }

    @Test
    void anotherShapeIsAnotherAnswer() {
        GradingKey.Part p = part(new double[][] {{0.5, 0.25}}, null,
                Slip.of("W_NOT_TRANSPOSED", "W", new double[][] {{0.5}, {0.25}}));
        assertThat(GoodExam.reason(key(p), FOUR)).isEmpty();
    }

    @Test
    void atAKinkTheWholeRangeIsTheTruth() {
        assertThat(GoodExam.reason(key(part(0.0, 1.0, Slip.of("A", "one slip", 0.5))), FOUR)).isPresent();
        // 1 prints 1.000 (tolerance 0.0005), as do 1.0009 and 1.0011: apart only beyond 1.001
        assertThat(GoodExam.reason(key(part(0.0, 1.0, Slip.of("A", "one slip", 1.0009))), FOUR)).isPresent();
        assertThat(GoodExam.reason(key(part(0.0, 1.0, Slip.of("A", "one slip", 1.0011))), FOUR)).isEmpty();
        assertThat(GoodExam.reason(key(part(0.0, 1.0, Slip.of("A", "one slip", -0.0002))), FOUR)).isEmpty();
        assertThat(GoodExam.reason(key(part(1.0, 0.0, Slip.of("A", "one slip", 0.5))), FOUR)).isPresent();
    }

    @Test
    void theFirstPoorPartIsNamed() {
        GradingKey.Part good = new GradingKey.Part("a(1)", Map.of(), 0.3, null, List.of());
        GradingKey.Part poor = new GradingKey.Part("a(2)", Map.of(), 0.0, null, List.of());
        Map<String, GradingKey.Part> parts = new LinkedHashMap<>();
        parts.put("a(1)", good);
        parts.put("a(2)", poor);
        Map<String, GradingKey.Question> qs = new LinkedHashMap<>();
        qs.put("q1", new GradingKey.Question("q1", "first", 1, Map.of("a(1)", good)));
        qs.put("q2", new GradingKey.Question("q2", "second", 1, parts));
        assertThat(GoodExam.reason(new GradingKey(qs), FOUR)).hasValue("a(2) the value prints as 0");
    }

    @Test
    void intervalsThatMeetAtOnePoint_areNotApart() {
        // at 1 significant digit 2 and 3 print with a unit of 1: [1.5, 2.5] and [2.5, 3.5] meet at 2.5 (exact in binary)
        Precision one = Precision.significant(1);
        assertThat(PrintedTolerance.of(one, 2.0)).isEqualTo(0.5);
        assertThat(GoodExam.reason(key(part(2.0, null, Slip.of("A", "one slip", 3.0))), one))
                .hasValue("z(1): the slip A (one slip) gives the true answer");
        assertThat(GoodExam.reason(key(part(3.0, null, Slip.of("A", "one slip", 2.0))), one))
                .hasValue("z(1): the slip A (one slip) gives the true answer");
        assertThat(GoodExam.reason(key(part(2.0, null, Slip.of("A", "one slip", 4.0))), one)).isEmpty();
    }
}
