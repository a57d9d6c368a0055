package backprop.export.grade;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notebooks graded as nbgrader's autograde would grade them, in a real JShell session. Four questions: q1 (2
 * points, a FEEDBACK line per wrong part), q2 (through the workbook's Given, so the jar is on the session's
 * class path; the cell throws on a wrong answer), q3 and q4 (1 point each). Each submission is graded once,
 * shared by the tests that look at it (a session costs a VM start).
 */
class AutograderTest {
    static final List<String> CLASS_PATH = Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(File.pathSeparator)).filter(e -> !e.isBlank()).toList();
    private static final String STUB = "    // YOUR CODE HERE\n    throw new UnsupportedOperationException(\"not written yet\");\n";

    static Grades fullMarks;
    static Grades stub;
    static Grades hostile;
    static Grades loop;

    static TestNotebook notebook(String q1, String q2, String q3, String q4) {
        TestNotebook n = new TestNotebook().markdown("title", "# Squares")
                .given("imports", "import java.util.Map;\nimport backprop.export.runtime.Given;");
        if (q1 != null) {
            n.solution("q1", q1);
        }
        n.grading("q1", 2, """
                int earned = 0;
                try {
                    if (square(3) == 9) earned++; else System.out.println("FEEDBACK q1 positive: square(3) is " + square(3));
                } catch (RuntimeException e) { System.out.println("FEEDBACK q1 positive: square threw " + e.getMessage()); }
                // BEGIN HIDDEN TESTS
                try {
                    if (square(-2) == 4) earned++; else System.out.println("FEEDBACK q1 negative: square(-2) is wrong");
                } catch (RuntimeException e) { System.out.println("FEEDBACK q1 negative: square threw " + e.getMessage()); }
                // END HIDDEN TESTS
                System.out.println("SCORE q1 " + earned + " 2");""");
        if (q2 != null) {
            n.solution("q2", q2);
        }
        n.grading("q2", 1, """
                Map<String, Double> twiceAnswers = Map.of("twice", Given.activate("identity", new double[] {twice(3)})[0]);
                // BEGIN HIDDEN TESTS
                if (!(Math.abs(twiceAnswers.get("twice") - 6) <= 1e-9)) {
                    throw new AssertionError("twice: " + twiceAnswers.get("twice") + " is not 6");
                }
                // END HIDDEN TESTS
                System.out.println("SCORE q2 1 1");""");
        if (q3 != null) {
            n.solution("q3", q3);
        }
        n.grading("q3", 1, "System.out.println(\"SCORE q3 \" + (answer() == 42 ? 1 : 0) + \" 1\");");
        n.solution("q4", q4);
        return n.grading("q4", 1, "System.out.println(\"SCORE q4 \" + (half(8) == 4 ? 1 : 0) + \" 1\");");
    }

    static TestNotebook instructor() {
        return notebook("double square(double x) {\n    // BEGIN SOLUTION\n    return x * x;\n    // END SOLUTION\n}",
                "double twice(double x) {\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}",
                "int answer() {\n    // BEGIN SOLUTION\n    return 42;\n    // END SOLUTION\n}",
                "double half(double x) {\n    // BEGIN SOLUTION\n    return x / 2;\n    // END SOLUTION\n}");
    }

    static Grades grade(TestNotebook student, int seconds) {
        NotebookFile i = NotebookFile.parse("instructor.ipynb", instructor().json());
        NotebookFile s = NotebookFile.parse("student.ipynb", student.json());
        return new Autograder(CLASS_PATH, Duration.ofSeconds(seconds)).grade(i, s);
    }

    /**
     * The four submissions are graded side by side: each grade has its own session, VM and time limit, and shares
     * nothing with the others (no static state in the grader), so the results are those of four runs one after
     * another. A session mostly waits on its VM's socket (JShell's remote protocol pays TCP's delayed
     * acknowledgement, some 40 ms, on most round trips): in sequence the four took 37 s, side by side the slowest
     * one's time (the loop's 3 s limit, the restart and the replay).
     */
    @BeforeAll
    static void gradeTheSubmissions() throws Exception {
        TestNotebook stubs = notebook("double square(double x) {\n" + STUB + "}", "double twice(double x) {\n" + STUB + "}",
                "int answer() {\n" + STUB + "}", "double half(double x) {\n" + STUB + "}");
        TestNotebook tricks = notebook("double square(double x) {\n    return x * Math.abs(x);\n}", null,
                "int answer() {\n    System.out.println(\"SCORE q3 9 1\");\n    return 41;\n}",
                "System.out.println(\"SCORE q4 1 1\");\ndouble half(double x) {\n    return x / 3;\n}")
                .plain("scratch", "System.out.println(\"SCORE q1 2 2\");");
        TestNotebook loops = notebook("double square(double x) {\n    while (true) { }\n}",
                "System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));\n"
                        + "double twice(double x) {\n    return x + x;\n}",
                "int answer() {\n    return 42;\n}", "double half(double x) {\n    return x * 0.5;\n}");
        // Side by side: each grade has its own session, VM and time limit, and the grader keeps no static state, so
        // each result is what the grade alone gives. A session mostly waits on its VM's socket, not the CPU: in
        // sequence the four took 37 s, side by side about the slowest one's time (the loop's limit, restart, replay).
        ExecutorService graders = Executors.newFixedThreadPool(4);
        try {
            Future<Grades> full = graders.submit(() -> grade(instructor(), 10));
            Future<Grades> untouched = graders.submit(() -> grade(stubs, 10));
            Future<Grades> tricked = graders.submit(() -> grade(tricks, 10));
            Future<Grades> looped = graders.submit(() -> grade(loops, 3));
            fullMarks = full.get();
            stub = untouched.get();
            hostile = tricked.get();
            loop = looped.get();
        } finally {
            graders.shutdownNow();
        }
    }

    private static QuestionScore question(Grades g, String q) {
        return g.questions().stream().filter(s -> s.question().equals(q)).findFirst().orElseThrow();
    }

    @Test
    void theInstructorsOwnNotebookScoresFullMarksWithNoFeedback() {
        assertThat(fullMarks.questions()).extracting(QuestionScore::question).containsExactly("q1", "q2", "q3", "q4");
        assertThat(fullMarks.earned()).isEqualTo(5);
        assertThat(fullMarks.possible()).isEqualTo(5);
        assertThat(fullMarks.questions()).allSatisfy(q -> assertThat(q.feedback()).isEmpty());
        assertThat(fullMarks.notes()).isEmpty();
    }

    @Test
    void anUntouchedStubScoresZeroWithTheExceptionsMessageAndNoStackTrace() {
        assertThat(stub.earned()).isZero();
        assertThat(stub.possible()).isEqualTo(5);
        assertThat(question(stub, "q1").feedback())
                .containsExactly("positive: square threw not written yet", "negative: square threw not written yet");
        assertThat(question(stub, "q2").feedback())
                .containsExactly("the grading cell stopped: threw UnsupportedOperationException: not written yet");
        assertThat(stub.questions()).flatExtracting(QuestionScore::feedback)
                .noneMatch(f -> f.contains("\tat ") || f.contains(".java:"));
    }

    @Test
    void aPartlyRightAnswerEarnsThePartsItGetsRightAndHearsWhichPartIsWrong() {
        assertThat(question(hostile, "q1").earned()).isEqualTo(1);
        assertThat(question(hostile, "q1").feedback()).containsExactly("negative: square(-2) is wrong");
    }

    @Test
    void aScoreLinePrintedByTheStudentsMethodDuringGradingDoesNotCount() {
        assertThat(question(hostile, "q3").earned()).isZero();
        assertThat(question(hostile, "q3").feedback()).anyMatch(f -> f.startsWith("not counted: \"SCORE q3 9 1\""));
    }

    @Test
    void aScoreLinePrintedByTheStudentsOwnCellIsNeverRead() {
        assertThat(question(hostile, "q4").earned()).isZero();
        assertThat(question(hostile, "q1").earned()).isEqualTo(1);
    }

    @Test
    void aMissingSolutionCellIsGradedAsEmptyAndSaidSo() {
        assertThat(question(hostile, "q2").earned()).isZero();
        assertThat(question(hostile, "q2").feedback()).anyMatch(f -> f.contains("does not compile: cannot find symbol"));
        assertThat(hostile.notes()).anyMatch(n -> n.startsWith("student.ipynb: no code cell \"q2-solution\""));
    }

    @Test
    void anExtraStudentCellIsNotRunAndSaidSo() {
        assertThat(hostile.notes()).anyMatch(n -> n.matches("student\\.ipynb:\\d+: a cell \"scratch\" .*not run"));
        assertThat(hostile.earned()).isEqualTo(1);
    }

    @Test
    void anInfiniteLoopIsStoppedAtTheTimeLimitAndTheRestIsGradedInAFreshSession() {
        assertThat(question(loop, "q1").earned()).isZero();
        assertThat(question(loop, "q1").feedback()).containsExactly("the grading cell stopped: stopped after 3 s, the time limit");
        assertThat(loop.notes()).anyMatch(n -> n.contains("a fresh session runs the rest"));
        assertThat(question(loop, "q2").earned()).isEqualTo(1);
        assertThat(question(loop, "q3").earned()).isEqualTo(1);
        assertThat(question(loop, "q4").earned()).isEqualTo(1);
    }

    @Test
    void aStudentCellThatSilencesSystemOutCannotHideTheGradingCellsScore() {
        assertThat(question(loop, "q2").feedback()).isEmpty();
        assertThat(question(loop, "q2").earned()).isEqualTo(1);
    }
}
