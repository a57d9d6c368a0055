package backprop.export.grade;

import backprop.export.grade.session.Sandbox;
import backprop.export.grade.session.SandboxSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words for a cell that ended the student's process. The runner reports an exception a cell threw as
 * "threw " and the exception's simple class name, then ": " and its message if it has one (SandboxRunner.problem);
 * the session reports a process that ended as "the Java session ended (exit status N[, out of memory])".
 */
@DisplayName("A cell that ran out of memory, printed without end, ran past its time or ended Java, in words")
class StoppedCellTest {
    @Test
    void anOutOfMemoryErrorTheCellThrew_isRecognised_withOrWithoutAMessage() {
        assertThat(StoppedCell.outOfMemory("threw OutOfMemoryError: Java heap space")).isTrue();
        assertThat(StoppedCell.outOfMemory("threw OutOfMemoryError: Requested array size exceeds VM limit")).isTrue();
        assertThat(StoppedCell.outOfMemory("threw OutOfMemoryError")).isTrue();
    }

    @Test
    void aProcessThatDiedOfIt_isRecognised_andOneThatEndedOtherwiseIsNot() {
        assertThat(StoppedCell.outOfMemory("the Java session ended (exit status 1, out of memory)")).isTrue();
        assertThat(StoppedCell.outOfMemory("the Java session ended (exit status 3)")).isFalse();
        assertThat(StoppedCell.outOfMemory(StoppedCell.OUT_OF_MEMORY)).as("the words it is reported in").isTrue();
    }

    @Test
    void anotherExceptionOrAMessageThatOnlyNamesIt_isNotOutOfMemory() {
        assertThat(StoppedCell.outOfMemory(null)).as("a cell that ran").isFalse();
        assertThat(StoppedCell.outOfMemory("threw OutOfMemoryErrorLookalike: x")).isFalse();
        assertThat(StoppedCell.outOfMemory("threw IllegalStateException: OutOfMemoryError")).isFalse();
        assertThat(StoppedCell.outOfMemory("does not compile: cannot find symbol (in: new OutOfMemoryError();)")).isFalse();
        assertThat(StoppedCell.outOfMemory("stopped after 10 s of CPU time, the time limit")).isFalse();
        assertThat(StoppedCell.outOfMemory("x threw OutOfMemoryError: Java heap space")).isFalse();
        assertThat(StoppedCell.outOfMemory("threw IllegalStateException: exit status 1, out of memory)"))
                .as("the end of a process's words, not from the session").isFalse();
    }

    @Test
    void theNote_saysWhatStoppedTheCell_thenInAStudentsWords_thenWhatTheGraderDid() {
        assertThat(StoppedCell.note("z", StoppedCell.OUT_OF_MEMORY, 3)).isEqualTo("cell \"z\": ran out of memory"
                + " (OutOfMemoryError): your code asked for more than the " + Sandbox.HEAP_MEGABYTES + " MB of memory a"
                + " notebook is given, as a list or an array that grows without end does; a fresh process runs the"
                + " rest, after the 3 cells before it");
        assertThat(StoppedCell.note("q1", SandboxSession.FLOOD, 0)).isEqualTo("cell \"q1\": printed more than 1 MiB"
                + " of output, a flood; stopped: your code kept printing, as a print in a loop that does not end does"
                + " (what a notebook prints earns no marks); a fresh process runs the rest, after the 0 cells before it");
    }

    @Test
    void theTimeLimitAndTheEndOfJava_areExplainedToo_andAnythingElseIsLeftAsItIs() {
        assertThat(StoppedCell.note("q1", "stopped after 10 s of CPU time, the time limit", 1)).isEqualTo("cell \"q1\":"
                + " stopped after 10 s of CPU time, the time limit: your code kept running, as a loop that does not"
                + " end does; a fresh process runs the rest, after the 1 cells before it");
        assertThat(StoppedCell.note("q1", "stopped after 130 s without finishing, the time limit", 1))
                .contains(": your code kept running, as a loop that does not end does;");
        assertThat(StoppedCell.note("q1", "the Java session ended (exit status 0)", 2)).isEqualTo("cell \"q1\":"
                + " the Java session ended (exit status 0): your code ended Java itself, as System.exit and"
                + " Runtime.halt do; a fresh process runs the rest, after the 2 cells before it");
        assertThat(StoppedCell.note("q1", "threw IllegalStateException: waited, the time limit", 0))
                .as("only the session's own words for the time limit").isEqualTo("cell \"q1\": threw"
                        + " IllegalStateException: waited, the time limit; a fresh process runs the rest, after the 0"
                        + " cells before it");
        assertThat(StoppedCell.note("q1", "stopped after a while", 0)).doesNotContain("your code");
        assertThat(StoppedCell.note("q1", "the Java session wrote more than the grader reads of a cell; it was"
                + " stopped", 2)).isEqualTo("cell \"q1\": the Java session wrote more than the grader reads of a"
                + " cell; it was stopped; a fresh process runs the rest, after the 2 cells before it");
    }
}
