package backprop.export.grade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grading cell's printed lines read by the contract {@code backprop.export.runtime.Grade} writes: one
 * {@code SCORE q earned possible}, any number of {@code FEEDBACK q part: words}. The lines here are written by
 * hand to that contract, without a JShell session (AutograderTest reads the same lines from real cells).
 */
class ScoreLinesTest {

    @Test
    void theScoreAndFeedbackOfTheCellsOwnQuestionAreRead_otherQuestionsAndOtherLinesAreLeftOut() {
        ScoreLines lines = ScoreLines.of("""
                warming up
                FEEDBACK q1 δ(1): entry [2] is not δ's value
                SCORE q2 1 1
                FEEDBACK q2 x: not ours
                SCORE q1 1.5 3
                FEEDBACK q1 δ(2): throws ArithmeticException
                """, "q1", 3);
        assertThat(lines.earned()).containsExactly(1.5);
        assertThat(lines.feedback()).containsExactly("δ(1): entry [2] is not δ's value", "δ(2): throws ArithmeticException");
        assertThat(lines.refused()).isEmpty();
    }

    @Test
    void windowsLineEndsAndTrailingSpaceAfterTheScoreAreRead() {
        assertThat(ScoreLines.of("SCORE q1 2 3 \r\nFEEDBACK q1 a: b\r\n", "q1", 3).earned()).containsExactly(2.0);
        assertThat(ScoreLines.of("SCORE q1 2 3 \r\nFEEDBACK q1 a: b\r\n", "q1", 3).feedback()).containsExactly("a: b");
    }

    @Test
    void decimalAndExponentScoresAreRead() {
        // Grade prints at most 4 decimals (0.6667); a hand-written cell may print 1e0
        assertThat(ScoreLines.of("SCORE q1 0.6667 2\nSCORE q1 1e0 2\n", "q1", 2).earned()).containsExactly(0.6667, 1.0);
    }

    @Test
    void aScoreForOtherPossiblePointsOrAboveThemIsRefused_butFullMarksAreNot() {
        ScoreLines lines = ScoreLines.of("SCORE q1 1 2\nSCORE q1 4 3\nSCORE q1 3 3\n", "q1", 3);
        assertThat(lines.earned()).containsExactly(3.0);
        assertThat(lines.refused()).containsExactly("SCORE q1 1 2", "SCORE q1 4 3");
    }

    @Test
    void aScoreLineForTheQuestionThatDoesNotFitTheContractIsRefused_notIgnored() {
        ScoreLines lines = ScoreLines.of("SCORE q1 -1 3\nSCORE q1 all 3\nSCORE q10 1 3\n", "q1", 3);
        assertThat(lines.earned()).isEmpty();
        assertThat(lines.refused()).containsExactly("SCORE q1 -1 3", "SCORE q1 all 3");
    }

    @Test
    void aRefusedLineAndFeedbackAreOneLineWithControlCharactersEscaped() {
        ScoreLines lines = ScoreLines.of("SCORE q1 9 1\u001b[2J\nFEEDBACK q1 a:\tb\n", "q1", 1);
        assertThat(lines.refused()).containsExactly("SCORE q1 9 1\\u001b[2J");
        assertThat(lines.feedback()).containsExactly("a:\\tb");
    }
}
