package backprop.export.runtime;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
