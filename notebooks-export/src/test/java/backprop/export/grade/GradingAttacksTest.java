package backprop.export.grade;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static backprop.export.grade.Squares.question;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class of students, each one attack, graded side by side in the sandbox with two honest students: each attack
 * is written so that if it worked it would earn the marks (a method that returns the right value only when it
 * read, wrote or started what it must not), so its score is the test. Every honest student earns full marks,
 * every attacker only what its honest methods earn, and nothing outside the sandbox changes. Slow (a class of
 * processes, some run to their limits): CI runs it as its own step (tag "sandbox").
 */
@Tag("sandbox")
@DisplayName("A class of attacking students, graded in the sandbox: each earns only its own marks")
class GradingAttacksTest {
    private static final String REST = "";
    private static Path outside;
    private static final Map<String, Grades> graded = new LinkedHashMap<>();

    /** square(x) = x·x only if {@code attack} (Java statements, true when the attack worked) succeeds; else −1. */
    private static TestNotebook squareIf(String attack) {
        return Squares.notebook("double square(double x) {\n    boolean worked = false;\n    try {\n" + attack
                + "\n    } catch (Throwable t) { }\n    return worked ? x * x : -1;\n}", Squares.TWICE, Squares.ANSWER, Squares.HALF);
    }

    @BeforeAll
    static void gradeTheClass() throws Exception {
        assertThat(backprop.export.grade.session.Sandbox.unavailable()).as("the sandbox is needed here").isNull();
        outside = Files.createTempDirectory("answer-key-attack-");
        Files.writeString(outside.resolve("answer-key.csv"), "id,value\nq1,9\n", StandardCharsets.UTF_8);
        String secret = outside.resolve("answer-key.csv").toString();
        String written = outside.resolve("written-by-student").toString();
        Map<String, TestNotebook> students = new LinkedHashMap<>();
        students.put("honest-1", Squares.instructor());
        students.put("honest-2", Squares.instructor());
        students.put("flood", Squares.notebook("""
                Thread flood = new Thread(() -> { while (true) { System.out.println("SCORE q1 2 2"); System.out.println("SCORE q2 1 1"); } });
                flood.setDaemon(true);
                flood.start();
                Thread swap = new Thread(() -> { while (true) { System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())); } });
                swap.setDaemon(true);
                swap.start();
                double square(double x) { throw new UnsupportedOperationException(); }""", null, null, null));
        students.put("big-output", Squares.notebook("double square(double x) {\n    System.out.print(\"SCORE q1 2 2 \".repeat(100_000));\n"
                + "    return x + 1;\n}", Squares.TWICE, Squares.ANSWER, Squares.HALF));
        students.put("read-key", squareIf("worked = java.nio.file.Files.readString(java.nio.file.Path.of(\"" + secret + "\")).contains(\"q1\");"));
        students.put("read-hostname", squareIf("worked = !java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/hostname\")).isEmpty();"));
        students.put("read-environment", squareIf("worked = System.getenv().keySet().stream().anyMatch(k -> !java.util.Set.of("
                + "\"PATH\", \"PWD\", \"LANG\", \"HOME\", \"MALLOC_ARENA_MAX\").contains(k));"));
        students.put("read-command-lines", squareIf("worked = ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine()"
                + ".orElse(\"\").contains(\"surefire\") || p.info().commandLine().orElse(\"\").contains(\"answer-key-attack\"));"));
        students.put("write-outside", squareIf("java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + written + "\"), \"x\");"
                + " worked = true;"));
        students.put("start-process", squareIf("Process p = new ProcessBuilder(\"/bin/sleep\", \"120\").start(); worked = p.isAlive();"));
        students.put("early-inputs", squareIf("worked = Grade.question(\"q4\", \"half\", 1) != null && false;"
                + " var peek = new java.util.ArrayList<String>(); worked = false;"));
        students.put("forge", Squares.notebook("double square(double x) {\n"
                + "    var raw = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);\n"
                + "    raw.println(\"{\\\"answer\\\":{\\\"question\\\":\\\"q4\\\",\\\"part\\\":\\\"half\\\",\\\"reply\\\":{\\\"rows\\\":1,\\\"cols\\\":-1,\\\"entries\\\":[4.0]}}}\");\n"
                + "    return x * x;\n}", Squares.TWICE, Squares.ANSWER, "double half(double x) {\n" + Squares.STUB + "}"));
        students.put("exit", Squares.notebook("System.exit(0);\n" + Squares.SQUARE, Squares.TWICE, Squares.ANSWER, Squares.HALF));
        students.put("halt", Squares.notebook("double square(double x) {\n    Runtime.getRuntime().halt(0);\n    return x * x;\n}",
                Squares.TWICE, Squares.ANSWER, Squares.HALF));
        students.put("allocate-10-GB", Squares.notebook("double square(double x) {\n    long[][] hog = new long[10][];\n"
                + "    for (int i = 0; i < 10; i++) hog[i] = new long[125_000_000];\n    return x * x;\n}",
                Squares.TWICE, Squares.ANSWER, Squares.HALF));
        students.put("print-flood", Squares.notebook("double square(double x) {\n    while (x == x) { System.out.println(\"flood \".repeat(1000)); }\n"
                + "    return x * x;\n}", Squares.TWICE, Squares.ANSWER, Squares.HALF));
        // 800,000 bytes in q1's grading cell (two calls), under the bound: printing is no offence
        students.put("print-under-bound", Squares.notebook("double square(double x) {\n    System.out.print(\"x\".repeat(400_000));\n"
                + "    return x * x;\n}", Squares.TWICE, Squares.ANSWER, Squares.HALF));
        students.put("allocation-without-end", Squares.notebook("double square(double x) {\n"
                + "    java.util.List<long[]> hog = new java.util.ArrayList<>();\n    while (x == x) { hog.add(new long[1 << 24]); }\n"
                + "    return x * x;\n}", Squares.TWICE, Squares.ANSWER, Squares.HALF));
        students.put("threads", squareIf("for (int i = 0; i < 100_000; i++) { Thread t = new Thread(() -> {"
                + " try { Thread.sleep(600_000); } catch (InterruptedException e) { } }); t.setDaemon(true); t.start(); }"
                + " worked = true;"));
        students.put("endless-loop", Squares.notebook("double square(double x) {\n    while (true) { }\n}",
                Squares.TWICE, Squares.ANSWER, Squares.HALF));
        ExecutorService graders = Executors.newFixedThreadPool(4);
        try {
            Map<String, Future<Grades>> pending = new LinkedHashMap<>();
            students.forEach((name, notebook) -> pending.put(name, graders.submit(() -> Squares.grade(notebook, 10))));
            for (Map.Entry<String, Future<Grades>> e : pending.entrySet()) {
                graded.put(e.getKey(), e.getValue().get());
            }
        } finally {
            graders.shutdownNow();
        }
    }

    @AfterAll
    static void removeTheFolder() throws IOException {
        try (var files = Files.list(outside)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(outside);
    }

    private static double q1(String student) {
        return question(graded.get(student), "q1").earned();
    }

    @Test
    void everyHonestStudentEarnsFullMarks_besideTheAttackers() {
        assertThat(graded.get("honest-1").earned()).isEqualTo(5);
        assertThat(graded.get("honest-2").earned()).isEqualTo(5);
    }

    @Test
    void printingScoreLines_fromAThreadThatAlsoKeepsReplacingSystemOut_earnsNothing() {
        assertThat(graded.get("flood").earned()).isZero();
    }

    @Test
    void aWrongValueAfterAMegabyteOfScoreLines_earnsNothingForIt() {
        assertThat(q1("big-output")).isZero();
        assertThat(graded.get("big-output").earned()).isEqualTo(3);
    }

    @Test
    void printingWithoutEnd_isStoppedAtOnceAsAFlood_notAtTheTimeLimit_andCostsOnlyThatQuestion() {
        assertThat(q1("print-flood")).isZero();
        assertThat(graded.get("print-flood").earned()).isEqualTo(3);
        assertThat(question(graded.get("print-flood"), "q1").feedback())
                .contains("the grading cell stopped: printed more than 1 MiB of output, a flood; stopped");
        assertThat(graded.get("print-flood").notes()).containsExactly("cell \"q1\": printed more than 1 MiB of output,"
                + " a flood; stopped: your code kept printing, as a print in a loop that does not end does (what a"
                + " notebook prints earns no marks); a fresh process runs the rest, after the 2 cells before it");
    }

    @Test
    void aMegabyteAndMorePrintedByACellThatEnds_isAFloodToo_everyTime_andLessIsNoOffence() {
        assertThat(question(graded.get("big-output"), "q1").feedback())
                .contains("the grading cell stopped: printed more than 1 MiB of output, a flood; stopped");
        assertThat(graded.get("print-under-bound").earned()).isEqualTo(5);
        assertThat(graded.get("print-under-bound").notes()).isEmpty();
    }

    @Test
    void anAllocationWithoutEnd_isReportedAsOutOfMemory_andCostsOnlyThatQuestion() {
        assertThat(q1("allocation-without-end")).isZero();
        assertThat(graded.get("allocation-without-end").earned()).isEqualTo(3);
        assertThat(question(graded.get("allocation-without-end"), "q1").feedback())
                .contains("the grading cell stopped: ran out of memory (OutOfMemoryError)");
        assertThat(graded.get("allocation-without-end").notes()).containsExactly("cell \"q1\": ran out of memory"
                + " (OutOfMemoryError): your code asked for more than the 512 MB of memory a notebook is given, as a"
                + " list or an array that grows without end does; a fresh process runs the rest, after the 2 cells"
                + " before it");
        assertThat(question(graded.get("allocate-10-GB"), "q1").feedback())
                .contains("the grading cell stopped: ran out of memory (OutOfMemoryError)");
    }

    @Test
    void noFileOutsideTheSandbox_noEnvironment_andNoOtherProcessIsVisible() {
        for (String s : List.of("read-key", "read-hostname", "read-environment", "read-command-lines")) {
            assertThat(q1(s)).as(s).isZero();
            assertThat(graded.get(s).earned()).as(s).isEqualTo(3);
        }
    }

    @Test
    void nothingIsWrittenOutside_andNoProcessIsStarted() throws IOException {
        assertThat(q1("write-outside")).isZero();
        assertThat(q1("start-process")).isZero();
        try (var files = Files.list(outside)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("answer-key.csv");
        }
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .noneMatch(c -> c.contains("sleep 120"));
    }

    @Test
    void anotherQuestionsInputsAreRefused_andAForgedAnswerForItIsIgnored() {
        assertThat(q1("early-inputs")).isZero();
        assertThat(question(graded.get("forge"), "q4").earned()).isZero();
        assertThat(q1("forge")).isEqualTo(2);
    }

    @Test
    void exitOrHalt_costsOnlyTheQuestionItTouched_andTheRestIsGradedWithTheImportsBack() {
        assertThat(q1("exit")).isZero();
        assertThat(graded.get("exit").earned()).isEqualTo(3);
        assertThat(q1("halt")).isZero();
        assertThat(graded.get("halt").earned()).isEqualTo(3);
        assertThat(graded.get("halt").notes()).anyMatch(n -> n.contains("a fresh process runs the rest"));
    }

    @Test
    void tenGigabytes_aHundredThousandThreads_orAnEndlessLoop_costOnlyThatQuestion() {
        for (String s : List.of("allocate-10-GB", "threads", "endless-loop")) {
            assertThat(q1(s)).as(s).isZero();
            assertThat(graded.get(s).earned()).as(s).isEqualTo(3);
        }
        assertThat(question(graded.get("endless-loop"), "q1").feedback())
                .contains("the grading cell stopped: stopped after 10 s of CPU time, the time limit");
    }

    @Test
    void noFeedbackQuotesAHiddenTestOrAnExpectedValue() {
        for (Grades g : graded.values()) {
            assertThat(g.questions()).flatExtracting(QuestionScore::feedback)
                    .noneMatch(f -> f.contains("in.number") || f.contains("q.part") || f.matches(".*\\b(9|4|6|42)(\\.0)?\\b.*"));
        }
    }
}
