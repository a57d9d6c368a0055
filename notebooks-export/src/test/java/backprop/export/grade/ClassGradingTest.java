package backprop.export.grade;

import backprop.export.runtime.GradingKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class of seven graded in the sandbox with {@code grade --class}, each student with their own numbers: six
 * variants of exam-network (the file as it is, and five with one number changed each) and exam-kink. Their
 * submissions: correct (the instructor's solution), blank (the release), slipped (∂L/∂ŷ without the square's factor 2,
 * LOSS_CONSTANT), none, hostile (an endless loop in z, System.exit in the ∂L/∂ŷ cell, a flood of fake SCORE lines
 * on the grader's channel from deltaOutput, a 1 GB allocation in deltaHidden), and copied (the correct student's
 * notebook, with its numbers, handed in by another). Each expected score is computed here from the students' grading
 * keys and the instructor notebook's grading cells, never from the grader's output. The flood is stopped as one
 * (past 1 MiB printed in the cell), the allocation reported as running out of memory. Slow (seven student processes and
 * more, the hostile one run to its limits): CI runs it with the sandbox tests.
 */
@Tag("sandbox")
@DisplayName("A class graded in the sandbox: each student against their own variant, the gradebook checked")
class ClassGradingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 10;
    private static final String EXAM = "exam-network.toml";

    private static Path dir;
    private static final Map<String, ClassFixture.Exam> exams = new LinkedHashMap<>();
    private static final Map<String, CSVRecord> rows = new LinkedHashMap<>();
    private static String report;
    private static int status;

    @BeforeAll
    static void gradeTheClass() throws IOException {
        assertThat(backprop.export.grade.session.Sandbox.unavailable()).as("the sandbox is needed here").isNull();
        dir = Files.createTempDirectory("answer-key-class-");
        String network = ClassFixture.variant(EXAM);
        exams.put("a-correct", ClassFixture.exam(EXAM, network));
        exams.put("b-blank", ClassFixture.exam(EXAM, network, "[0.4, -0.2]", "[0.45, -0.2]"));
        exams.put("c-slipped", ClassFixture.exam(EXAM, network, "[0.3,  0.6]", "[0.35,  0.6]"));
        exams.put("d-missing", ClassFixture.exam(EXAM, network, "biases = [0.1]", "biases = [0.15]"));
        exams.put("e-hostile", ClassFixture.exam(EXAM, network, "[0.7, -0.5]", "[0.75, -0.5]"));
        exams.put("f-copied", ClassFixture.exam(EXAM, network, "[0.2,  0.4]", "[0.25,  0.4]"));
        exams.put("g-kink", ClassFixture.exam("exam-kink.toml", ClassFixture.variant("exam-kink.toml")));
        Map<String, String> names = new LinkedHashMap<>();
        exams.keySet().forEach(id -> names.put(id, "Student " + id.substring(0, 1).toUpperCase(java.util.Locale.ROOT)));
        ClassFixture.write(dir.resolve("class"), exams, names);

        Path sub = dir.resolve("submitted");
        ClassFixture.submit(sub, "a-correct", exams.get("a-correct").instructor());
        ClassFixture.submit(sub, "b-blank", exams.get("b-blank").student());
        ClassFixture.submit(sub, "c-slipped", slipped(exams.get("c-slipped").instructor()));
        ClassFixture.submit(sub, "e-hostile", hostile(exams.get("e-hostile").instructor()));
        ClassFixture.submit(sub, "f-copied", exams.get("a-correct").instructor());
        // nbgrader's own layout: submitted/ID/ASSIGNMENT/exam.ipynb
        Files.createDirectories(sub.resolve("g-kink/midterm"));
        Files.writeString(sub.resolve("g-kink/midterm/exam.ipynb"), exams.get("g-kink").instructor(), StandardCharsets.UTF_8);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        status = Grader.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Squares.CLASS_PATH, "--class",
                dir.resolve("class").toString(), "--submissions", sub.toString(), "--out", dir.resolve("graded").toString(),
                "--time-limit", Integer.toString(LIMIT));
        report = err.toString(StandardCharsets.UTF_8);
        try (CSVParser csv = CSVParser.parse(Files.readString(dir.resolve("graded/gradebook.csv"), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().get())) {
            csv.forEach(r -> rows.put(r.get("ID"), r));
        }
    }

    @AfterAll
    static void removeTheFolder() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The catalogued slip LOSS_CONSTANT: ∂L/∂ŷ = ŷ − y, the square's factor 2 left out. */
    private static String slipped(String notebook) {
        return change(notebook, "-dLda-solution", s -> replaceOnce(s, "2 * (yHat[j] - y[j])", "(yHat[j] - y[j])"));
    }

    /**
     * Four attacks, each in one method's cell: z loops for ever (a condition javac cannot see through), the ∂L/∂ŷ
     * cell ends the process, deltaOutput floods the grader's channel with SCORE lines claiming full marks, and
     * deltaHidden allocates 1 GB (the heap is 512 MB). dW, updateW and updateB stay the instructor's.
     */
    private static String hostile(String notebook) {
        String n = change(notebook, "-z-solution", s -> replaceOnce(s, "double[] z = new double[W.length];",
                "while (W.length > 0) { }\n    double[] z = new double[W.length];"));
        n = change(n, "-dLda-solution", s -> "System.exit(0);\n" + s);
        n = change(n, "-delta-out-solution", s -> replaceOnce(s, "double[] delta = new double[dLda.length];",
                "var raw = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);\n"
                        + "    for (int k = 0; k < 3_000_000; k++) {\n"
                        + "        System.out.println(\"SCORE variant-exam-network-1-n1-delta-out 2 2\");\n"
                        + "        raw.println(\"SCORE variant-exam-network-1-n1-delta-out 2 2 \" + \"x\".repeat(40));\n    }\n"
                        + "    double[] delta = new double[dLda.length];"));
        return change(n, "-delta-hidden-solution", s -> replaceOnce(s, "double[] delta = new double[gPrime.length];",
                "long[][] hog = new long[8][];\n    for (int k = 0; k < 8; k++) hog[k] = new long[125_000_000];\n"
                        + "    double[] delta = new double[gPrime.length + hog.length - 8];"));
    }

    /** The notebook with the source of the cell whose grade_id ends with {@code suffix} changed. */
    private static String change(String notebook, String suffix, UnaryOperator<String> how) {
        try {
            JsonNode root = JSON.readTree(notebook);
            int changed = 0;
            for (JsonNode cell : root.get("cells")) {
                if (cell.path("metadata").path("nbgrader").path("grade_id").asText().endsWith(suffix)) {
                    StringBuilder source = new StringBuilder();
                    cell.get("source").forEach(line -> source.append(line.asText()));
                    ((ObjectNode) cell).put("source", how.apply(source.toString()));
                    changed++;
                }
            }
            assertThat(changed).as("cells ending " + suffix).isEqualTo(1);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceOnce(String source, String from, String to) {
        assertThat(source).contains(from);
        return source.replace(from, to);
    }

    /** The grading cells' sources of {@code id}'s instructor notebook, by question id. */
    private static Map<String, String> gradingCells(String id) {
        Map<String, String> cells = new LinkedHashMap<>();
        NotebookFile.parse(id, exams.get(id).instructor()).cells().stream().filter(GradedCell::grade)
                .forEach(c -> cells.put(c.key(), c.source()));
        return cells;
    }

    private static GradingKey key(String id) {
        return exams.get(id).key();
    }

    /** {@code id}'s row: each question's points, as printed, by question id. */
    private static Map<String, BigDecimal> points(String id) {
        Map<String, BigDecimal> p = new LinkedHashMap<>();
        key(id).questions().keySet().forEach(q -> p.put(q, new BigDecimal(rows.get(id).get(q))));
        return p;
    }

    /** What a question earns: its points × the share of its parts that {@code passes}, to the 4 decimals Grade prints. */
    private static BigDecimal share(GradingKey.Question q, Predicate<GradingKey.Part> passes) {
        long passed = q.parts().values().stream().filter(passes).count();
        return BigDecimal.valueOf(q.points() * passed / q.parts().size()).setScale(4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    private static Map<String, BigDecimal> expected(String id, java.util.function.Function<GradingKey.Question, BigDecimal> each) {
        Map<String, BigDecimal> p = new LinkedHashMap<>();
        key(id).questions().values().forEach(q -> p.put(q.id(), each.apply(q).stripTrailingZeros()));
        return p;
    }

    private static GradingKey.Question answersQuestion(String id) {
        return key(id).questions().values().stream().filter(q -> q.id().endsWith("-grade")).findFirst().orElseThrow();
    }

    @Test
    void theRunEndsWell_withOneRowPerStudent_byId() {
        assertThat(status).as(report).isZero();
        assertThat(rows.keySet()).containsExactly("a-correct", "b-blank", "c-slipped", "d-missing", "e-hostile",
                "f-copied", "g-kink");
        assertThat(rows.get("c-slipped").get("Student")).isEqualTo("Student C");
    }

    @Test
    void theCorrectStudents_earnEachQuestionsPointsInTheirKey() {
        for (String id : List.of("a-correct", "g-kink")) {
            assertThat(points(id)).as(id).isEqualTo(expected(id, q -> BigDecimal.valueOf(q.points())));
            assertThat(new BigDecimal(rows.get(id).get("Total")))
                    .isEqualByComparingTo(BigDecimal.valueOf(key(id).questions().values().stream()
                            .mapToDouble(GradingKey.Question::points).sum()));
            assertThat(rows.get(id).get("Notes")).as(id).isEmpty();
        }
    }

    @Test
    void theBlankStudent_andTheOneWithoutASubmission_earnNothing_theMissingOneSaidSo() {
        assertThat(points("b-blank")).isEqualTo(expected("b-blank", q -> BigDecimal.ZERO));
        assertThat(points("d-missing")).isEqualTo(expected("d-missing", q -> BigDecimal.ZERO));
        assertThat(rows.get("d-missing").get("Notes")).isEqualTo("no submission");
        assertThat(dir.resolve("graded/feedback/d-missing.html")).doesNotExist();
        assertThat(dir.resolve("graded/feedback/b-blank.html")).exists();
    }

    @Test
    void theSlippedStudent_losesThePartsThatCallTheSlippedMethod_andTheAnswersItFeeds() {
        Map<String, String> cells = gradingCells("c-slipped");
        // the answers cell's forward values (z and a) come before ∂L/∂ŷ; every δ, gradient and update after it
        Pattern forward = Pattern.compile("variant\\.exam-network\\.[za]\\d.*");
        Map<String, BigDecimal> want = expected("c-slipped", q -> q.id().endsWith("-grade")
                ? share(q, p -> forward.matcher(p.name()).matches())
                : cells.get(q.id()).contains("dLda(") ? BigDecimal.ZERO : BigDecimal.valueOf(q.points()));
        assertThat(points("c-slipped")).isEqualTo(want);
        assertThat(want.values().stream().filter(v -> v.signum() == 0)).hasSize(1);
        assertThat(Files.exists(dir.resolve("graded/feedback/c-slipped.html"))).isTrue();
    }

    @Test
    void theHostileStudent_losesTheQuestionsOfTheAttackedMethods_only_andTheRunSaysWhichCellsStopped() {
        Map<String, String> cells = gradingCells("e-hostile");
        assertThat(NotebookFile.parse("e", exams.get("e-hostile").instructor()).cell("variant-exam-network-1-solve").source())
                .contains("z(");
        List<String> attacked = List.of("z(", "dLda(", "deltaOutput(", "deltaHidden(");
        // the answers cell calls z first, which never returns
        Map<String, BigDecimal> want = expected("e-hostile", q -> q.id().endsWith("-grade")
                || attacked.stream().anyMatch(cells.get(q.id())::contains) ? BigDecimal.ZERO : BigDecimal.valueOf(q.points()));
        assertThat(points("e-hostile")).isEqualTo(want);
        assertThat(want.values().stream().filter(v -> v.signum() > 0)).hasSize(2);
        assertThat(report).contains("e-hostile: cell variant-exam-network-1-n1-z: stopped after " + LIMIT
                        + " s of CPU time, the time limit")
                .contains("e-hostile: cell variant-exam-network-1-n1-dLda-solution: the Java session ended")
                .contains("e-hostile: cell variant-exam-network-1-n1-delta-out: printed more than 1 MiB of output, a"
                        + " flood; stopped\n")
                .contains("e-hostile: cell variant-exam-network-1-n1-delta-hidden: ran out of memory (OutOfMemoryError)\n");
        assertThat(rows.get("e-hostile").get("Notes")).contains("cell variant-exam-network-1-n1-z: stopped after")
                .contains("cell variant-exam-network-1-n1-delta-out: printed more than 1 MiB of output, a flood; stopped")
                .contains("cell variant-exam-network-1-n1-delta-hidden: ran out of memory (OutOfMemoryError)");
        for (String other : List.of("a-correct", "b-blank", "c-slipped", "f-copied", "g-kink")) {
            assertThat(report).as(other).doesNotContain(other + ": cell");
        }
    }

    @Test
    void theCopiedStudent_keepsTheMethodsPoints_losesTheAnswersThatAreNotTheirs_andIsFlaggedWithWhose() {
        Map<String, CopiedAnswers.Range> mine = CopiedAnswers.answerParts(key("f-copied"));
        GradingKey.Question theirs = answersQuestion("a-correct");
        // f's cell computes a's numbers: a part earns where a's value is one f's key accepts
        Map<String, BigDecimal> want = expected("f-copied", q -> !q.id().endsWith("-grade") ? BigDecimal.valueOf(q.points())
                : share(q, p -> mine.get(q.id() + " " + p.name()).accepts(CopiedAnswers.Entries.of(
                        theirs.parts().get(p.name()).expected()))));
        assertThat(points("f-copied")).isEqualTo(want);
        assertThat(want.get(answersQuestion("f-copied").id())).isLessThan(BigDecimal.valueOf(answersQuestion("f-copied").points()));
        assertThat(rows.get("f-copied").get("Notes")).startsWith("answers match the variant of a-correct (");
        assertThat(report).contains("f-copied: answers match the variant of a-correct (");
        for (String other : List.of("a-correct", "b-blank", "c-slipped", "d-missing", "e-hostile", "g-kink")) {
            assertThat(rows.get(other).get("Notes")).as(other).doesNotContain("answers match");
        }
        assertThat(report).contains("1 with another student's variant");
    }

    @Test
    void aFeedbackPage_namesNoOtherStudent() throws IOException {
        String page = Files.readString(dir.resolve("graded/feedback/f-copied.html"), StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("a-correct");
        assertThat(Files.readString(dir.resolve("graded/feedback/c-slipped.html"), StandardCharsets.UTF_8))
                .contains("(LOSS_CONSTANT)");
    }
}
