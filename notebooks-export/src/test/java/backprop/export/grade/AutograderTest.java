package backprop.export.grade;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static backprop.export.grade.Squares.question;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grader's contract on the small notebook ({@link Squares}), each student's code in the sandbox: the instructor's
 * own notebook earns full marks, untouched stubs earn 0 with the exception's words, a partly right answer earns the
 * parts it gets right. The attacks are {@link GradingAttacksTest}.
 */
class AutograderTest {
    static Grades fullMarks;
    static Grades stub;
    static Grades partly;

    @BeforeAll
    static void gradeTheSubmissions() throws Exception {
        TestNotebook half = Squares.notebook("double square(double x) {\n    return x * Math.abs(x);\n}", null,
                Squares.ANSWER, Squares.HALF).plain("scratch", "int scratch = 1;");
        ExecutorService graders = Executors.newFixedThreadPool(3);
        try {
            Future<Grades> full = graders.submit(() -> Squares.grade(Squares.instructor(), 20));
            Future<Grades> untouched = graders.submit(() -> Squares.grade(Squares.stubs(), 20));
            Future<Grades> some = graders.submit(() -> Squares.grade(half, 20));
            fullMarks = full.get();
            stub = untouched.get();
            partly = some.get();
            // shown in the test report when an assertion below fails: what each question said
            for (Grades g : java.util.List.of(fullMarks, stub, partly)) {
                g.notes().forEach(n -> System.out.println("note: " + n));
                g.questions().forEach(q -> System.out.println(q.question() + " " + q.earned() + " " + q.feedback()));
            }
        } finally {
            graders.shutdownNow();
        }
    }

    @Test
    void theInstructorsOwnNotebookScoresFullMarksWithNoFeedback() {
        assertThat(fullMarks.questions()).extracting(QuestionScore::question).containsExactly("q1", "q2", "q3", "q4");
        assertThat(fullMarks.notes()).isEmpty();
        assertThat(fullMarks.questions()).allSatisfy(q -> assertThat(q.feedback()).as(q.question()).isEmpty());
        assertThat(fullMarks.earned()).isEqualTo(5);
        assertThat(fullMarks.possible()).isEqualTo(5);
    }

    @Test
    void anUntouchedStubScoresZeroWithTheExceptionsMessageAndNoStackTrace() {
        assertThat(stub.earned()).isZero();
        assertThat(stub.possible()).isEqualTo(5);
        assertThat(question(stub, "q1").feedback()).containsExactly(
                "positive: throws UnsupportedOperationException: not written yet",
                "negative: throws UnsupportedOperationException: not written yet");
        assertThat(stub.questions()).flatExtracting(QuestionScore::feedback)
                .noneMatch(f -> f.contains("\tat ") || f.contains(".java:"));
    }

    @Test
    void aPartlyRightAnswerEarnsThePartsItGetsRightAndHearsWhichPartIsWrong() {
        assertThat(question(partly, "q1").earned()).isEqualTo(1);
        assertThat(question(partly, "q1").feedback()).containsExactly("negative: the value is not the square's value");
    }

    @Test
    void aMissingSolutionCellIsGradedAsEmptyAndSaidSo_withoutQuotingTheHiddenTest() {
        assertThat(question(partly, "q2").earned()).isZero();
        assertThat(question(partly, "q2").feedback()).anyMatch(f -> f.contains("does not compile: cannot find symbol"))
                .noneMatch(f -> f.contains("in.number") || f.contains("q.part"));
        assertThat(partly.notes()).anyMatch(n -> n.startsWith("student.ipynb: no code cell \"q2-solution\""));
    }

    @Test
    void anExtraStudentCellIsNotRunAndSaidSo() {
        assertThat(partly.notes()).anyMatch(n -> n.matches("student\\.ipynb:\\d+: a cell \"scratch\" .*not run"));
        assertThat(partly.earned()).isEqualTo(3);
    }
}
