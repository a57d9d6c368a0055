package backprop.export.grade;

import backprop.export.runtime.GradingKey;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small notebook the grader's tests hand in, with its grading key. Four questions: q1 (2 points: square(3) and
 * square(−2)), q2 (1 point, through the workbook's Given, so the jar is on the student's class path), q3 (1 point:
 * answer() = 42) and q4 (1 point: half(8) = 4). The expected values are the arithmetic, written here by hand.
 */
final class Squares {
    /**
     * What the notebooks' cells use of the test class path, as the answer-key jar holds it: the modules' classes (a
     * folder, or the module's jar when the reactor packaged it first) and the libraries they run with, not the test
     * libraries (each entry on a JShell class path slows every compile).
     */
    static final List<String> CLASS_PATH = Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(File.pathSeparator))
            .filter(e -> e.contains("target") && !e.endsWith("test-classes") && !e.endsWith("-tests.jar")
                    || e.matches(".*(jackson|commons-math3|tomlj|antlr).*\\.jar"))
            .toList();
    static final String STUB = "    // YOUR CODE HERE\n    throw new UnsupportedOperationException(\"not written yet\");\n";
    static final String SQUARE = "double square(double x) {\n    // BEGIN SOLUTION\n    return x * x;\n    // END SOLUTION\n}";
    static final String TWICE = "double twice(double x) {\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}";
    static final String ANSWER = "int answer() {\n    // BEGIN SOLUTION\n    return 42;\n    // END SOLUTION\n}";
    static final String HALF = "double half(double x) {\n    // BEGIN SOLUTION\n    return x / 2;\n    // END SOLUTION\n}";

    /** In the sandbox where there is one (CI installs bubblewrap); the contract tests hold without it too. */
    static final boolean SANDBOXED = backprop.export.grade.session.Sandbox.unavailable() == null;

    private Squares() {
    }

    static final GradingKey KEY = new GradingKey(Map.of(
            "q1", question("q1", "the square", 2, part("positive", 9.0, "x", 3.0), part("negative", 4.0, "x", -2.0)),
            "q2", question("q2", "twice", 1, part("twice", 6.0, "x", 3.0)),
            "q3", question("q3", "the answer", 1, part("answer", 42.0)),
            "q4", question("q4", "half", 1, part("half", 4.0, "x", 8.0))));

    private static GradingKey.Question question(String id, String title, double points, GradingKey.Part... parts) {
        Map<String, GradingKey.Part> p = new LinkedHashMap<>();
        for (GradingKey.Part part : parts) {
            p.put(part.name(), part);
        }
        return new GradingKey.Question(id, title, points, p);
    }

    private static GradingKey.Part part(String name, double expected, Object... inputs) {
        Map<String, JsonNode> in = new LinkedHashMap<>();
        for (int i = 0; i < inputs.length; i += 2) {
            in.put((String) inputs[i], GradingKey.input(inputs[i + 1]));
        }
        return new GradingKey.Part(name, in, expected, null, List.of());
    }

    /** The notebook with these solution cells; null leaves a solution cell out. The grading cells are the instructor's. */
    static TestNotebook notebook(String q1, String q2, String q3, String q4) {
        TestNotebook n = new TestNotebook().markdown("title", "# Squares")
                .given("imports", "import java.util.Map;\nimport backprop.export.runtime.Given;\nimport backprop.export.runtime.Grade;");
        if (q1 != null) {
            n.solution("q1", q1);
        }
        n.grading("q1", 2, """
                Grade q = Grade.question("q1", "the square", 2);
                // BEGIN HIDDEN TESTS
                q.part("positive", in -> square(in.number("x")));
                q.part("negative", in -> square(in.number("x")));
                // END HIDDEN TESTS
                q.done();""");
        if (q2 != null) {
            n.solution("q2", q2);
        }
        n.grading("q2", 1, """
                Grade q = Grade.question("q2", "twice", 1);
                // BEGIN HIDDEN TESTS
                q.part("twice", in -> Given.activate("identity", new double[] {twice(in.number("x"))})[0]);
                // END HIDDEN TESTS
                q.done();""");
        if (q3 != null) {
            n.solution("q3", q3);
        }
        n.grading("q3", 1, "Grade q = Grade.question(\"q3\", \"the answer\", 1);\n"
                + "q.part(\"answer\", in -> (double) answer());\nq.done();");
        if (q4 != null) {
            n.solution("q4", q4);
        }
        return n.grading("q4", 1, "Grade q = Grade.question(\"q4\", \"half\", 1);\n"
                + "q.part(\"half\", in -> half(in.number(\"x\")));\nq.done();");
    }

    static TestNotebook instructor() {
        return notebook(SQUARE, TWICE, ANSWER, HALF);
    }

    static TestNotebook stubs() {
        return notebook("double square(double x) {\n" + STUB + "}", "double twice(double x) {\n" + STUB + "}",
                "int answer() {\n" + STUB + "}", "double half(double x) {\n" + STUB + "}");
    }

    /** {@code student} graded against the instructor's notebook and {@link #KEY}, in the sandbox. */
    static Grades grade(TestNotebook student, int seconds) {
        NotebookFile i = NotebookFile.parse("instructor.ipynb", instructor().json());
        NotebookFile s = NotebookFile.parse("student.ipynb", student.json());
        return new Autograder(CLASS_PATH, Duration.ofSeconds(seconds), SANDBOXED).grade(i, s, KEY, "key.json");
    }

    static QuestionScore question(Grades g, String q) {
        return g.questions().stream().filter(s -> s.question().equals(q)).findFirst().orElseThrow();
    }
}
