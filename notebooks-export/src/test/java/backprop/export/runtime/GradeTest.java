package backprop.export.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GradeTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void done_sharesThePointsAcrossThePartsAndPrintsOneScoreLine() {
        Grade q = Grade.question("q1", "z of each layer", 3, out);
        q.part("z(1)", () -> new double[] {1, 2}, new double[] {1, 2}, 1e-9);
        q.part("z(2)", () -> new double[] {5}, new double[] {4}, 1e-9);
        q.part("z(3)", () -> 0.5, 0.5, 1e-9);

        // 2 of 3 parts of 3 points: 2 points
        assertThat(q.done()).isEqualTo(2.0);
        assertThat(lines()).containsExactly("SCORE q1 2 3", "FEEDBACK q1 z(2): entry [1] is not z of each layer's value");
    }

    @Test
    void done_writesAFractionOfPointsAsADecimalWithAtMostFourPlaces() {
        Grade q = Grade.question("q2", "δ", 2, out);
        q.part("a", () -> 1.0, 1.0, 1e-9);
        q.part("b", () -> 1.0, 2.0, 1e-9);
        q.part("c", () -> 1.0, 2.0, 1e-9);

        // 2 × 1/3 = 0.666…, printed 0.6667
        assertThat(q.done()).isEqualTo(0.6667);
        assertThat(lines().get(0)).isEqualTo("SCORE q2 0.6667 2");
    }

    @Test
    void done_givesZeroWhenNoPartPassesAndFullMarksWithoutFeedbackWhenAllDo() {
        Grade none = Grade.question("q3", "step", 1.5, out);
        none.part("p", () -> 3.0, 2.0, 1e-9);
        assertThat(none.done()).isZero();
        Grade all = Grade.question("q4", "step", 1.5, out);
        all.part("p", () -> 2.0, 2.0, 1e-9);
        assertThat(all.done()).isEqualTo(1.5);

        assertThat(lines()).containsExactly("SCORE q3 0 1.5", "FEEDBACK q3 p: the value is not step's value",
                "SCORE q4 1.5 1.5");
    }

    @Test
    void aMethodThatThrowsEarnsNothingAndIsNamedByItsMessageNotItsStackTrace() {
        Grade q = Grade.question("q5", "∂L/∂W", 2, out);
        q.part("∂L/∂W(1)", () -> {
            throw new UnsupportedOperationException("not written\nyet");
        }, new double[][] {{1}}, 1e-9);
        q.part("∂L/∂W(2)", () -> new double[][] {{1}}, new double[][] {{1}}, 1e-9);

        assertThat(q.done()).isEqualTo(1.0);
        assertThat(lines()).containsExactly("SCORE q5 1 2",
                "FEEDBACK q5 ∂L/∂W(1): throws UnsupportedOperationException: not written yet");
    }

    @Test
    void aWrongValueThatASlipGivesIsNamedByTheSlipsWords() {
        Slip softmax = Slip.of("SOFTMAX_BACKWARD", "leaving out ŷ₂'s path through the softmax", new double[] {0.1, -0.2});
        Slip other = Slip.of("G_PRIME_LEFT_OUT", "leaving out g′(z)", new double[] {7, 7});
        Grade q = Grade.question("q6", "δ of the output layer", 1, out);
        q.part("δ(2)", () -> new double[] {0.1, -0.2 + 1e-12}, new double[] {0.3, -0.1}, 1e-9, other, softmax);
        q.done();

        assertThat(lines()).contains("FEEDBACK q6 δ(2): not δ of the output layer; matches leaving out ŷ₂'s path"
                + " through the softmax (SOFTMAX_BACKWARD)");
    }

    @Test
    void twoSlipsThatGiveTheSameValueAreBothNamed() {
        Slip softmax = Slip.of("SOFTMAX_BACKWARD", "the diagonal only", new double[] {0.5});
        Slip constant = Slip.of("LOSS_CONSTANT", "no factor 2", new double[] {0.5});
        Grade q = Grade.question("q14", "δ", 1, out);
        q.part("δ(2)", () -> new double[] {0.5}, new double[] {1}, 1e-9, softmax, constant);
        q.done();

        assertThat(lines().get(1)).isEqualTo("FEEDBACK q14 δ(2): not δ; matches the diagonal only (SOFTMAX_BACKWARD),"
                + " or no factor 2 (LOSS_CONSTANT)");
    }

    @Test
    void aSlipThatGivesTheRightValueIsNeverNamed() {
        Slip same = Slip.of("RELU_AT_ZERO", "ReLU′(0) the other way", new double[] {1});
        Grade q = Grade.question("q7", "δ", 1, out);
        q.part("δ(1)", () -> new double[] {2}, new double[] {1}, 1e-9, same);
        q.done();

        assertThat(lines().get(1)).isEqualTo("FEEDBACK q7 δ(1): entry [1] is not δ's value");
    }

    @Test
    void theWrongShapeAndNonFiniteEntriesAreNamedWithoutTheExpectedValues() {
        Grade q = Grade.question("q8", "z", 2, out);
        q.part("z(1)", () -> new double[] {1, 2, 3}, new double[] {1, 2}, 1e-9);
        q.part("z(2)", () -> new double[][] {{1, Double.NaN}}, new double[][] {{1, 2}}, 1e-9);
        q.done();

        assertThat(lines()).containsExactly("SCORE q8 0 2", "FEEDBACK q8 z(1): gives 3 entries; z has 2 entries",
                "FEEDBACK q8 z(2): entry [1,2] is NaN, not a finite number");
    }

    @Test
    void atAKinkAnyValueBetweenTheOneSidedDerivativesPasses() {
        Grade q = Grade.question("q9", "local gradient of relu", 3, out);
        q.between("at 0, rule 0", () -> 0.0, 0.0, 1.0, 1e-9);
        q.between("at 0, halfway", () -> 0.5, 0.0, 1.0, 1e-9);
        q.between("at 0, outside", () -> 1.5, 0.0, 1.0, 1e-9);

        assertThat(q.done()).isEqualTo(2.0);
    }

    @Test
    void theToleranceIsRelativeToTheExpectedMagnitudeAboveOne() {
        Grade q = Grade.question("q10", "update", 2, out);
        // |expected| = 1e6: 1e-9 × 1e6 = 1e-3 of slack; 2e-3 is outside it
        q.part("inside", () -> 1e6 + 5e-4, 1e6, 1e-9);
        q.part("outside", () -> 1e6 + 2e-3, 1e6, 1e-9);

        assertThat(q.done()).isEqualTo(1.0);
    }

    @Test
    void aNullAnswerAndAnAnswerOfTheWrongTypeEarnNothing() {
        Grade q = Grade.question("q11", "z", 2, out);
        q.part("null", () -> null, 1.0, 1e-9);
        q.part("string", () -> "1.0", 1.0, 1e-9);
        q.done();

        assertThat(lines()).containsExactly("SCORE q11 0 2", "FEEDBACK q11 null: gives no value (null)",
                "FEEDBACK q11 string: a Double, double[] or double[][] is needed, not String");
    }

    @Test
    void aQuestionWithoutParts_theStudentsCopy_scoresZeroAndSaysWhy() {
        assertThat(Grade.question("q12", "z", 2, out).done()).isZero();

        assertThat(lines()).containsExactly("SCORE q12 0 2",
                "FEEDBACK q12 all: no test ran here; the hidden tests run when the notebook is graded");
    }

    @Test
    void aQuestionGradedTwiceOrWithBadIdOrPointsIsRefused() {
        Grade q = Grade.question("q13", "z", 1, out);
        q.part("p", () -> 1.0, 1.0, 1e-9);
        q.done();
        assertThatThrownBy(q::done).hasMessageContaining("q13: done() twice");
        assertThatThrownBy(() -> q.part("p", () -> 1.0, 1.0, 1e-9)).hasMessageContaining("after done()");
        assertThatThrownBy(() -> Grade.question("a b", "z", 1)).hasMessageContaining("without spaces");
        assertThatThrownBy(() -> Grade.question("q", "z", 0)).hasMessageContaining("points > 0");
    }

    @Test
    void aPartNameWithLineBreaks_staysOnItsFeedbackLine() {
        Grade q = Grade.question("q15", "z", 1, out);
        q.part("a\n# INJECTED\r\nb", () -> 2.0, 1.0, 1e-9);
        q.done();

        assertThat(lines()).containsExactly("SCORE q15 0 1", "FEEDBACK q15 a # INJECTED b: the value is not z's value");
    }

    @Test
    void aMatrixIsComparedRowByRow_andARaggedOrMissingRowIsNamed() {
        Grade q = Grade.question("q16", "W", 3, out);
        q.part("row 2", () -> new double[][] {{1, 2}, {3, 5}}, new double[][] {{1, 2}, {3, 4}}, 1e-9)
                .part("ragged", () -> new double[][] {{1, 2}, {3}}, new double[][] {{1, 2}, {3, 4}}, 1e-9)
                .part("missing", () -> new double[][] {{1, 2}, null}, new double[][] {{1, 2}, {3, 4}}, 1e-9);
        q.done();

        assertThat(lines()).containsExactly("SCORE q16 0 3", "FEEDBACK q16 row 2: entry [2,2] is not W's value",
                "FEEDBACK q16 ragged: row 2 has 1 entries, row 1 has 2", "FEEDBACK q16 missing: row 2 has no entries, row 1 has 2");
    }

    @Test
    void anEmptyMatrixMatchesAnEmptyMatrix_aNumberIsNotAVector_andTheFirstWrongEntryIsNamed() {
        Grade q = Grade.question("q17", "z", 3, out);
        q.part("empty", () -> new double[0][], new double[0][], 1e-9)
                .part("number", () -> 1.0, new double[] {1, 2}, 1e-9)
                .part("second", () -> new double[] {1, 3, 4}, new double[] {1, 2, 3}, 1e-9);
        q.done();

        assertThat(lines()).containsExactly("SCORE q17 1 3", "FEEDBACK q17 number: gives a number; z has 2 entries",
                "FEEDBACK q17 second: entry [2] is not z's value");
    }

    @Test
    void theEdgesOfTheToleranceBandPass() {
        // expected 0, tolerance 0.5: slack 0.5 × max(1, 0) = 0.5, so −0.5 and 0.5 are in, exactly representable
        Grade q = Grade.question("q18", "z", 2, out);
        q.between("high edge", () -> 0.5, 0.0, 0.0, 0.5).part("low edge", () -> -0.5, 0.0, 0.5);

        assertThat(q.done()).isEqualTo(2.0);
    }

    @Test
    void anExceptionWithoutAMessageOrWithABlankOneIsNamedByItsClassAlone() {
        Grade q = Grade.question("q19", "z", 2, out);
        q.part("p", () -> {
            throw new IllegalStateException();
        }, 1.0, 1e-9).part("q", () -> {
            throw new IllegalStateException(" \n");
        }, 1.0, 1e-9);
        q.done();

        assertThat(lines()).containsExactly("SCORE q19 0 2", "FEEDBACK q19 p: throws IllegalStateException",
                "FEEDBACK q19 q: throws IllegalStateException");
    }

    @Test
    void boundsOfDifferentShapesAnInfiniteOrNaNWorthAndAnUnnamedOrValuelessSlipAreRefused() {
        Grade q = Grade.question("q20", "z", 1, out);
        assertThatThrownBy(() -> q.between("p", () -> 0.0, new double[] {0}, new double[] {0, 1}, 1e-9))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("q20 p: lo has 1 entries, hi 2 entries");
        assertThatThrownBy(() -> Grade.question("q", "z", Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points > 0");
        assertThatThrownBy(() -> Grade.question(null, "z", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slip.of(null, "words", 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slip.of("KEY", null, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slip.of(" ", "words", 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slip.of("KEY", " ", 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slip.of("KEY", "words", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slip KEY: a Double, double[] or double[][] is needed, not null");
    }

    // ---- where the cell runs: against a key, in the grader's sandbox, or nowhere (the student's kernel) ----

    @TempDir
    Path dir;

    @AfterEach
    void noSandboxAndNoKeyForTheNextTest() {
        Grade.connect(null);
        System.clearProperty(GradingKey.PROPERTY);
    }

    @Test
    void withAKey_eachPartIsCalledOnTheKeysInputsAndComparedWithItsExpectedValue() {
        // sample(): z(1) = W·a… expects [3.5] with slip [2.5]; relu'(0) anywhere in [0, 1]
        Grade q = Grade.question("q1", "z", 3, GradingKeyTest.sample(), out);
        q.part("z(1)", in -> new double[] {in.matrix("W")[0][0] + in.matrix("W")[0][1] + in.vector("b")[0]})
                .part("relu'(0)", in -> 0.25)
                .part("relu'(0)", in -> 1.5);

        // 2 of 3 parts of 3 points
        assertThat(q.done()).isEqualTo(2.0);
        assertThat(lines()).containsExactly("SCORE q1 2 3", "FEEDBACK q1 relu'(0): the value is not z's value");
    }

    @Test
    void withAKey_aSlipsValueIsNamed_andAThrowingCallIsItsProblem() {
        Grade q = Grade.question("q1", "z", 2, GradingKeyTest.sample(), out);
        q.part("z(1)", in -> new double[] {2.5}).part("relu'(0)", in -> {
            throw new IllegalStateException("no");
        });

        assertThat(q.done()).isZero();
        assertThat(lines()).containsExactly("SCORE q1 0 2", "FEEDBACK q1 z(1): not z; matches W not transposed (W_NOT_TRANSPOSED)",
                "FEEDBACK q1 relu'(0): throws IllegalStateException: no");
    }

    @Test
    void withAKey_aPartTheKeyDoesNotHave_isNotCalledAndEarnsNothing() {
        List<String> called = new ArrayList<>();
        Grade q = Grade.question("q1", "z", 2, GradingKeyTest.sample(), out);
        q.part("z(9)\nSCORE q1 2 2", in -> {
            called.add("z(9)");
            return 3.5;
        }).part("relu'(0)", in -> 1.0);

        // 1 of 2 parts of 2 points
        assertThat(q.done()).isEqualTo(1.0);
        assertThat(called).isEmpty();
        assertThat(lines()).containsExactly("SCORE q1 1 2", "FEEDBACK q1 z(9) SCORE q1 2 2: the grading key has no such part");
    }

    @Test
    void withAKey_aQuestionTheKeyDoesNotHave_earnsNothingForAnyPart() {
        Grade q = Grade.question("q2", "z", 2, GradingKeyTest.sample(), out);
        q.part("z(1)", in -> new double[] {3.5}).part("relu'(0)", in -> 0.0);

        assertThat(q.done()).isZero();
        assertThat(lines()).containsExactly("SCORE q2 0 2", "FEEDBACK q2 z(1): the grading key has no such part",
                "FEEDBACK q2 relu'(0): the grading key has no such part");
    }

    @Test
    void reply_scoresAReplyFromElsewhereAgainstTheKeysPart() {
        GradingKey.Question key = GradingKeyTest.sample().questions().get("q1");
        Grade q = Grade.question("q1", "z", 4, GradingKeyTest.sample(), out);
        q.reply("z(1)", Reply.of(() -> new double[] {3.5}), key.parts().get("z(1)"))
                .reply("z(1)", Reply.fromJson(Reply.of(() -> new double[] {2.5}).json()), key.parts().get("z(1)"))
                .reply("relu'(0)", Reply.of(() -> 1.0), key.parts().get("relu'(0)"))
                .reply("relu'(0)", Reply.problem("was not run"), key.parts().get("relu'(0)"));

        assertThat(q.done()).isEqualTo(2.0);
        assertThat(lines()).containsExactly("SCORE q1 2 4", "FEEDBACK q1 z(1): not z; matches W not transposed (W_NOT_TRANSPOSED)",
                "FEEDBACK q1 relu'(0): was not run");
    }

    @Test
    void withoutAKey_noPartIsCalled_andTheQuestionScoresZeroSayingWhy() {
        List<String> called = new ArrayList<>();
        Grade q = Grade.question("q3", "z", 2, null, out);
        q.part("a", in -> {
            called.add("a");
            return 1.0;
        }).part("b", in -> 1.0);

        assertThat(q.done()).isZero();
        assertThat(called).isEmpty();
        assertThat(lines()).containsExactly("SCORE q3 0 2", "FEEDBACK q3 all: not graded here: the hidden tests need the"
                + " instructor's grading key (BACKPROP_GRADING_KEY)");
    }

    @Test
    void withoutAKey_aQuestionWithoutParts_isTheStudentsCopy() {
        assertThat(Grade.question("q4", "z", 2, null, out).done()).isZero();

        assertThat(lines()).containsExactly("SCORE q4 0 2",
                "FEEDBACK q4 all: no test ran here; the hidden tests run when the notebook is graded");
    }

    @Test
    void withoutAKeyOrInTheSandbox_aPartAfterDoneIsRefusedToo() {
        Grade none = Grade.question("q8", "z", 1, null, out);
        none.done();
        assertThatThrownBy(() -> none.part("p", in -> 1.0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("question q8: a part after done()");

        FakeChannel grader = new FakeChannel();
        Grade.connect(grader);
        Grade sandboxed = Grade.question("q9", "z", 1);
        sandboxed.done();
        assertThatThrownBy(() -> sandboxed.part("p", in -> 1.0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("question q9: a part after done()");
        assertThat(grader.replies).isEmpty();
    }

    /** What question(id, title, points) prints to System.out while {@code run} runs, and what run returns. */
    private static <T> T onSystemOut(ByteArrayOutputStream into, Supplier<T> run) {
        PrintStream saved = System.out;
        System.setOut(new PrintStream(into, true, StandardCharsets.UTF_8));
        try {
            return run.get();
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void inTheStudentsKernel_withNeitherSandboxNorKey_theQuestionScoresZeroOnSystemOut() {
        assumeTrue(System.getenv(GradingKey.ENVIRONMENT) == null, "the environment points at a key");
        double earned = onSystemOut(bytes, () -> {
            Grade q = Grade.question("q5", "z", 1);
            q.part("a", in -> 1.0);
            return q.done();
        });

        assertThat(earned).isZero();
        assertThat(lines()).containsExactly("SCORE q5 0 1", "FEEDBACK q5 all: not graded here: the hidden tests need the"
                + " instructor's grading key (BACKPROP_GRADING_KEY)");
    }

    @Test
    void inAKernelGivenTheKeysLocation_theKeyThereGrades_readAgainOnlyWhenTheLocationChanges() throws IOException {
        assumeTrue(System.getenv(GradingKey.ENVIRONMENT) == null, "the environment points at a key");
        Path first = Files.writeString(dir.resolve("first.json"), GradingKeyTest.SAMPLE_JSON, StandardCharsets.UTF_8);
        Path second = Files.writeString(dir.resolve("second.json"),
                GradingKeyTest.SAMPLE_JSON.replace("\"expected\" : [ 3.5 ]", "\"expected\" : [ 4.5 ]"), StandardCharsets.UTF_8);
        Supplier<Double> grade = () -> {
            Grade q = Grade.question("q1", "z", 1);
            q.part("z(1)", in -> new double[] {3.5});
            return q.done();
        };

        System.setProperty(GradingKey.PROPERTY, first.toString());
        assertThat(onSystemOut(bytes, grade)).isEqualTo(1.0);
        // the same location: the key read before, though the file changed since
        Files.writeString(first, "not a key any more");
        assertThat(onSystemOut(bytes, grade)).isEqualTo(1.0);
        // another location: read, and there z(1) is 4.5
        System.setProperty(GradingKey.PROPERTY, second.toString());
        assertThat(onSystemOut(bytes, grade)).isZero();

        assertThat(lines()).containsExactly("SCORE q1 1 1", "SCORE q1 1 1", "SCORE q1 0 1",
                "FEEDBACK q1 z(1): entry [1] is not z's value");
    }

    /** The grader's end of a sandbox, faked: the inputs it hands out, the replies it got. */
    private static final class FakeChannel implements Grade.Channel {
        final Map<String, Map<String, Inputs>> inputs = new LinkedHashMap<>();
        final List<String> opened = new ArrayList<>();
        final List<String> replies = new ArrayList<>();

        @Override
        public Map<String, Inputs> open(String question) {
            opened.add(question);
            return inputs.getOrDefault(question, Map.of());
        }

        @Override
        public void answer(String question, String part, Reply reply) {
            replies.add(question + " " + part + " " + reply.json());
        }
    }

    @Test
    void inTheSandbox_eachPartGetsItsInputsFromTheGrader_andSendsBackItsReply_printingNothing() {
        FakeChannel grader = new FakeChannel();
        grader.inputs.put("q6", Map.of("z(1)", Inputs.of("z(1)", JsonNodeFactory.instance.objectNode().put("x", 3)),
                "z(2)", Inputs.of("z(2)", JsonNodeFactory.instance.objectNode())));
        Grade.connect(grader);
        List<String> called = new ArrayList<>();

        double earned = onSystemOut(bytes, () -> {
            Grade q = Grade.question("q6", "z", 2);
            q.part("z(1)", in -> in.number("x") * 2)
                    .part("z(2)", in -> {
                        throw new IllegalStateException("not written");
                    })
                    .part("z(3)", in -> {
                        called.add("z(3)");
                        return 1.0;
                    });
            return q.done();
        });

        assertThat(earned).isZero();
        assertThat(lines()).isEmpty();
        assertThat(called).isEmpty();
        assertThat(grader.opened).containsExactly("q6");
        assertThat(grader.replies).containsExactly("q6 z(1) {\"rows\":1,\"cols\":-1,\"entries\":[6.0]}",
                "q6 z(2) {\"problem\":\"throws IllegalStateException: not written\"}",
                "q6 z(3) {\"problem\":\"was not run: the grader gave it no inputs\"}");
    }

    @Test
    void inTheSandbox_aQuestionTheGraderIsNotGrading_getsNoInputs_andTheKeyIsNotConsulted() {
        FakeChannel grader = new FakeChannel();
        Grade.connect(grader);
        System.setProperty(GradingKey.PROPERTY, dir.resolve("no-such-key.json").toString());

        double earned = onSystemOut(bytes, () -> Grade.question("q7", "z", 1).part("z(1)", in -> 1.0).done());

        assertThat(earned).isZero();
        assertThat(lines()).isEmpty();
        assertThat(grader.replies).containsExactly("q7 z(1) {\"problem\":\"was not run: the grader gave it no inputs\"}");
    }
}
