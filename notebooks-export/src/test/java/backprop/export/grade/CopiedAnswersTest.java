package backprop.export.grade;

import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copied-variant check on keys written here by hand: each student's answers-cell parts (no inputs) and the
 * values a student handed in. The tolerance is the grading contract's, 1e-9 × max(1, |expected|).
 */
@DisplayName("A student's answers that match another student's variant, not their own, name that student")
class CopiedAnswersTest {

    private static CopiedAnswers.Entries number(double v) {
        return new CopiedAnswers.Entries(new double[] {v}, 1, -1);
    }

    private static GradingKey.Part part(String name, Object expected, Object upper, Map<String, JsonNode> inputs) {
        return new GradingKey.Part(name, inputs, expected, upper, List.of());
    }

    /** A key of one answers question "q-grade" with parts a, b, c, d of these values, and a method question "q-z". */
    private static GradingKey key(double a, double b, double c, double d) {
        Map<String, GradingKey.Part> answers = new LinkedHashMap<>();
        answers.put("a", part("a", a, null, Map.of()));
        answers.put("b", part("b", b, null, Map.of()));
        answers.put("c", part("c", c, null, Map.of()));
        answers.put("d", part("d", d, null, Map.of()));
        Map<String, GradingKey.Part> method = Map.of("z(1)", part("z(1)", new double[] {a, b}, null,
                Map.of("x", GradingKey.input(1.0))));
        Map<String, GradingKey.Question> q = new LinkedHashMap<>();
        q.put("q-z", new GradingKey.Question("q-z", "z", 2, method));
        q.put("q-grade", new GradingKey.Question("q-grade", "the answer key", 1, answers));
        return new GradingKey(q);
    }

    private static Map<String, CopiedAnswers.Entries> given(double... values) {
        Map<String, CopiedAnswers.Entries> g = new LinkedHashMap<>();
        String[] names = {"a", "b", "c", "d"};
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                g.put("q-grade " + names[i], number(values[i]));
            }
        }
        return g;
    }

    /** ann: 1, 2, 3, 4; ben: 10, 20, 30, 4 (d the same as ann's); cat: 1, 2, 3, 40. */
    private static Map<String, Map<String, CopiedAnswers.Range>> keys() {
        Map<String, Map<String, CopiedAnswers.Range>> keys = new LinkedHashMap<>();
        keys.put("ann", CopiedAnswers.answerParts(key(1, 2, 3, 4)));
        keys.put("ben", CopiedAnswers.answerParts(key(10, 20, 30, 4)));
        keys.put("cat", CopiedAnswers.answerParts(key(1, 2, 3, 40)));
        return keys;
    }

    @Test
    void onlyThePartsThatTakeNoInput_theAnswersCells_areCompared() {
        assertThat(CopiedAnswers.answerParts(key(1, 2, 3, 4)).keySet())
                .containsExactly("q-grade a", "q-grade b", "q-grade c", "q-grade d");
    }

    @Test
    void bensAnswersHandedInByAnn_nameBen_withHowManyAgree() {
        List<CopiedAnswers.Match> found = CopiedAnswers.sources("ann", given(10, 20, 30, 4), keys());
        // ben's key accepts all four; ann's own only d (4, which both drew)
        assertThat(found).containsExactly(new CopiedAnswers.Match("ben", 4, 1, 4));
        assertThat(found.get(0).words()).isEqualTo("ben (4 of 4 answers; 1 of 4 their own)");
    }

    @Test
    void rightAnswers_nameNobody_evenWhereAnotherVariantSharesSomeOfThem() {
        // cat drew a, b, c as ann did: three agree with cat, four with ann's own
        assertThat(CopiedAnswers.sources("ann", given(1, 2, 3, 4), keys())).isEmpty();
    }

    @Test
    void oneWrongAnswerThatIsRightForAnother_isChance_notACopy() {
        // d = 40 is cat's, and wrong for ann; but one part is not AT_LEAST = 2
        assertThat(CopiedAnswers.sources("ann", given(1, 2, 99, 40), keys())).isEmpty();
    }

    @Test
    void twoWrongAnswersRightForAnother_butMoreRightForTheStudentsOwn_nameNobody() {
        // a, b right for ben only (2 parts), c, d right for ann: 2 + 1 (d) agree with ben, 2 with ann's own
        Map<String, Map<String, CopiedAnswers.Range>> keys = keys();
        assertThat(CopiedAnswers.sources("ann", given(10, 20, 3, 4), keys))
                .containsExactly(new CopiedAnswers.Match("ben", 3, 2, 4));
        // the same with ben's d different: ben agrees on 2, ann's own on 2, not more: nobody
        keys.put("ben", CopiedAnswers.answerParts(key(10, 20, 30, 5)));
        assertThat(CopiedAnswers.sources("ann", given(10, 20, 3, 4), keys)).isEmpty();
    }

    @Test
    void twoStudentsWhoseVariantIsTheSame_areBothNamed_mostAgreeingFirst_thenById() {
        Map<String, Map<String, CopiedAnswers.Range>> keys = keys();
        keys.put("abe", CopiedAnswers.answerParts(key(10, 20, 30, 4)));
        keys.put("bea", CopiedAnswers.answerParts(key(10, 20, 31, 4)));
        assertThat(CopiedAnswers.sources("ann", given(10, 20, 30, 4), keys)).extracting(CopiedAnswers.Match::student)
                .containsExactly("abe", "ben", "bea");
    }

    @Test
    void anotherTemplatesKey_withNoneOfTheseParts_agreesWithNothing() {
        Map<String, Map<String, CopiedAnswers.Range>> keys = keys();
        Map<String, CopiedAnswers.Range> other = new LinkedHashMap<>();
        other.put("k-grade a", CopiedAnswers.Range.of(part("a", 10.0, null, Map.of())));
        keys.put("kay", other);
        assertThat(CopiedAnswers.sources("ann", given(10, 20, 30, 4), keys)).extracting(CopiedAnswers.Match::student)
                .containsExactly("ben");
    }

    @Test
    void aStudentWithoutAKeyOfTheirOwn_agreesWithNone_soEveryKeyTheAnswersFitNamesItsStudent() {
        // own: 0 of 4; ann's key accepts all four, cat's three (not d), ben's one (d): AT_LEAST 2 leaves ben out
        assertThat(CopiedAnswers.sources("zed", given(1, 2, 3, 4), keys())).containsExactly(
                new CopiedAnswers.Match("ann", 4, 0, 4), new CopiedAnswers.Match("cat", 3, 0, 4));
    }

    @Test
    void aStudentWithNoAnswers_orAnswersOnlyTheirOwn_isNeverNamedAsTheirOwnSource() {
        assertThat(CopiedAnswers.sources("ann", Map.of(), keys())).isEmpty();
        assertThat(CopiedAnswers.sources("ben", given(10, 20, 30, 4), keys())).isEmpty();
    }

    @Nested
    @DisplayName("A part accepts what the grader accepts")
    class Range {
        private final CopiedAnswers.Range exact = CopiedAnswers.Range.of(part("p", 1000.0, null, Map.of()));

        @Test
        void withinTheToleranceOfTheExpectedValue_scaledByItsSize() {
            // slack = 1e-9 × 1000 = 1e-6
            assertThat(exact.accepts(number(1000 + 0.9e-6))).isTrue();
            assertThat(exact.accepts(number(1000 - 0.9e-6))).isTrue();
            assertThat(exact.accepts(number(1000 + 1.1e-6))).isFalse();
            assertThat(exact.accepts(number(1000 - 1.1e-6))).isFalse();
        }

        @Test
        void nearZero_theSlackIsAtLeastTheToleranceItself_bothEndsIncluded() {
            CopiedAnswers.Range zero = CopiedAnswers.Range.of(part("p", 0.0, null, Map.of()));
            assertThat(zero.accepts(number(0.9e-9))).isTrue();
            assertThat(zero.accepts(number(-1.1e-9))).isFalse();
            // 0 ± 1e-9 exactly: the grader's own bounds, inclusive
            assertThat(zero.accepts(number(1e-9))).isTrue();
            assertThat(zero.accepts(number(-1e-9))).isTrue();
        }

        @Test
        void anEmptyMatrix_hasNoRowsNorColumns() {
            CopiedAnswers.Entries empty = CopiedAnswers.Entries.of(new double[0][]);
            assertThat(empty.values()).isEmpty();
            assertThat(empty.rows()).isZero();
            assertThat(empty.cols()).isZero();
        }

        @Test
        void atAKink_anywhereBetweenTheOneSidedEnds_inEitherOrder() {
            CopiedAnswers.Range kink = CopiedAnswers.Range.of(part("p", 1.0, 0.0, Map.of()));
            assertThat(kink.accepts(number(0.5))).isTrue();
            assertThat(kink.accepts(number(0.0))).isTrue();
            assertThat(kink.accepts(number(1.0))).isTrue();
            assertThat(kink.accepts(number(1.1))).isFalse();
            assertThat(kink.accepts(number(-0.1))).isFalse();
        }

        @Test
        void aValueOfAnotherShape_orNotANumber_isNotAccepted() {
            CopiedAnswers.Range vector = CopiedAnswers.Range.of(part("p", new double[] {1, 2}, null, Map.of()));
            assertThat(vector.accepts(new CopiedAnswers.Entries(new double[] {1, 2}, 2, 0))).isTrue();
            assertThat(vector.accepts(new CopiedAnswers.Entries(new double[] {1, 3}, 2, 0))).isFalse();
            assertThat(vector.accepts(new CopiedAnswers.Entries(new double[] {1, 2}, 1, 2))).isFalse();
            assertThat(vector.accepts(number(1))).isFalse();
            assertThat(exact.accepts(number(Double.NaN))).isFalse();
        }

        @Test
        void aMatrixIsComparedRowByRow() {
            CopiedAnswers.Range matrix = CopiedAnswers.Range.of(part("p", new double[][] {{1, 2}, {3, 4}}, null, Map.of()));
            assertThat(matrix.accepts(new CopiedAnswers.Entries(new double[] {1, 2, 3, 4}, 2, 2))).isTrue();
            assertThat(matrix.accepts(new CopiedAnswers.Entries(new double[] {1, 3, 2, 4}, 2, 2))).isFalse();
        }
    }

    @Nested
    @DisplayName("The replies the grader received become values")
    class Replies {
        @Test
        void aRepliedValue_isItsEntriesAndShape_andAProblemIsNoValue() {
            Map<String, CopiedAnswers.Entries> given = new LinkedHashMap<>();
            GradingKey.Question q = key(1, 2, 3, 4).questions().get("q-grade");
            Map<String, Reply> replies = new LinkedHashMap<>();
            replies.put("a", Reply.of(() -> 1.5));
            replies.put("b", Reply.of(() -> { throw new IllegalStateException("no"); }));
            replies.put("c", Reply.of(() -> Double.NaN));
            CopiedAnswers.answers(q, replies, given);
            assertThat(given).containsOnlyKeys("q-grade a", "q-grade c");
            assertThat(given.get("q-grade a").values()).containsExactly(1.5);
            assertThat(given.get("q-grade a").rows()).isEqualTo(1);
            assertThat(given.get("q-grade a").cols()).isEqualTo(-1);
            assertThat(given.get("q-grade c").values()[0]).isNaN();
        }

        @Test
        void aMethodPartsReply_whoseInputsAreTheStudentsOwn_isNotAnAnswer() {
            Map<String, CopiedAnswers.Entries> given = new LinkedHashMap<>();
            GradingKey.Question q = key(1, 2, 3, 4).questions().get("q-z");
            CopiedAnswers.answers(q, Map.of("z(1)", Reply.of(() -> new double[] {1, 2})), given);
            assertThat(given).isEmpty();
        }

        @Test
        void aMatrixReply_keepsItsRowsAndColumns() {
            Map<String, CopiedAnswers.Entries> given = new LinkedHashMap<>();
            Map<String, GradingKey.Part> parts = Map.of("m", part("m", new double[][] {{1, 2}, {3, 4}}, null, Map.of()));
            CopiedAnswers.answers(new GradingKey.Question("q", "t", 1, parts),
                    Map.of("m", Reply.of(() -> new double[][] {{1, 2}, {3, 4}})), given);
            CopiedAnswers.Entries m = given.get("q m");
            assertThat(m.values()).containsExactly(1, 2, 3, 4);
            assertThat(m.rows()).isEqualTo(2);
            assertThat(m.cols()).isEqualTo(2);
            assertThat(CopiedAnswers.Range.of(parts.get("m")).accepts(m)).isTrue();
        }
    }
}
