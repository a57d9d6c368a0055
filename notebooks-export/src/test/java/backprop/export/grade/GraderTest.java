package backprop.export.grade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command: what it prints, the CSV it writes, its exit status. */
class GraderTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Grader.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                List.of(), args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aMalformedNotebookIsOneLineWithFileAndLineAndExitTwo() throws IOException {
        Path good = file("i.ipynb", new TestNotebook().given("a", "int a = 1;").json());
        Path bad = file("s.ipynb", "{\n \"cells\": [\n  }\n");
        assertThat(run("--instructor", good.toString(), "--student", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).matches("grade: \\Q" + bad + "\\E:3: not valid JSON: [^\\n]*\\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void answersArePrintedPerQuestionWithFeedbackAndATotalAndWrittenAsCsv() throws IOException {
        Path key = file("answer-key.csv", NumberGraderTest.KEY);
        Path answers = file("a.csv", "s1.dw,0.5\ns1.loss,2\ns2.df_da,=1\n".replace("=1", "1"));
        Path csv = dir.resolve("grades.csv");
        assertThat(run("--answers", answers.toString(), "--key", key.toString(), "--csv", csv.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                s1: 1/2
                  s1.dw (∂L/∂w): 0.5 is wrong
                s2: 1/1
                total: 2/3
                """);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo("""
                question,earned,possible,feedback
                s1,1,2,s1.dw (∂L/∂w): 0.5 is wrong
                s2,1,1,
                """);
    }

    /** The last line of stderr, after checking it is the only one. */
    private String oneLine() {
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    @Test
    @Timeout(10)
    void aDeviceOrAFifoAsAnyInput_isOneLineAndExitTwo_withoutReadingIt() throws Exception {
        Path key = file("answer-key.csv", NumberGraderTest.KEY);
        Path answers = file("a.csv", "s1.dw,0.5\n");
        Path fifo = GradeInputTest.fifo(dir);
        String notAFile = ": is not a regular file (a FIFO, a device or a socket); the grader reads files only";
        assertThat(run("--answers", "/dev/zero", "--key", key.toString())).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --answers /dev/zero" + notAFile);
        err.reset();
        assertThat(run("--answers", answers.toString(), "--key", fifo.toString())).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --key " + fifo + notAFile);
        err.reset();
        Path notebook = file("i.ipynb", new TestNotebook().given("a", "int a = 1;").json());
        assertThat(run("--instructor", "/dev/zero", "--student", notebook.toString())).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --instructor /dev/zero" + notAFile);
        err.reset();
        assertThat(run("--instructor", notebook.toString(), "--student", fifo.toString())).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --student " + fifo + notAFile);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** A file of {@code bytes} bytes, all zero, made without writing them (sparse). */
    private Path sized(String name, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
            f.setLength(bytes);
        }
        return dir.resolve(name);
    }

    @Test
    void csvFilesAreBoundedAt10MB_notebooksAt50MB() throws IOException {
        Path key = file("answer-key.csv", NumberGraderTest.KEY);
        Path answers = file("a.csv", "s1.dw,0.5\n");
        Path big = sized("big", 10_000_001);
        assertThat(run("--answers", big.toString(), "--key", key.toString())).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --answers " + big + ": is 10000001 bytes, more than the 10000000 the grader reads");
        err.reset();
        assertThat(run("--answers", answers.toString(), "--key", big.toString())).isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: --key " + big + ": is 10000001 bytes");
        err.reset();
        // a notebook of that size is read (and is no notebook); one over 50 MB is not
        assertThat(run("--instructor", big.toString(), "--student", big.toString())).isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: " + big + ":1: not valid JSON");
        err.reset();
        Path huge = sized("huge", 50_000_001);
        assertThat(run("--instructor", big.toString(), "--student", huge.toString())).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --student " + huge + ": is 50000001 bytes, more than the 50000000 the grader reads");
        err.reset();
        assertThat(run("--instructor", huge.toString(), "--student", big.toString())).isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: --instructor " + huge + ": is 50000001 bytes");
    }

    @Test
    void aCsvThatIsAnInput_isRefused_andTheInputLeftAsItWas() throws IOException {
        Path key = file("answer-key.csv", NumberGraderTest.KEY);
        Path answers = file("a.csv", "s1.dw,0.5\n");
        assertThat(run("--answers", answers.toString(), "--key", key.toString(), "--csv", key.toString())).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --csv " + key + ": is the same file as --key " + key
                + "; the grader does not write over what it reads");
        assertThat(Files.readString(key, StandardCharsets.UTF_8)).isEqualTo(NumberGraderTest.KEY);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        err.reset();
        Path notebook = file("i.ipynb", new TestNotebook().given("a", "int a = 1;").json());
        Path link = Files.createSymbolicLink(dir.resolve("grades.csv"), notebook);
        assertThat(run("--instructor", notebook.toString(), "--student", notebook.toString(), "--csv", link.toString()))
                .isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: --csv " + link + ": is the same file as --instructor " + notebook);
    }

    /** The grading key is read as the notebooks are: --csv may not write over it, where the main job put it or given. */
    @Test
    void aCsvThatIsTheGradingKey_isRefused_atItsDefaultPlaceOrGiven() throws IOException {
        Path instructorFolder = Files.createDirectories(dir.resolve("instructor"));
        Path notebook = Files.writeString(instructorFolder.resolve("i.ipynb"), new TestNotebook().given("a", "int a = 1;").json(),
                StandardCharsets.UTF_8);
        Path key = Files.writeString(Files.createDirectories(dir.resolve("grading-key")).resolve("i.json"), "{}",
                StandardCharsets.UTF_8);
        assertThat(run("--instructor", notebook.toString(), "--student", notebook.toString(), "--csv", key.toString()))
                .isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: --csv " + key + ": is the same file as --grading-key ");
        err.reset();
        assertThat(run("--instructor", notebook.toString(), "--student", notebook.toString(), "--grading-key",
                key.toString(), "--csv", key.toString())).isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: --csv " + key + ": is the same file as --grading-key " + key);
        assertThat(Files.readString(key, StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void debug_isAcceptedAndAddsTheStackTraceToAnInternalError() throws IOException {
        Path key = file("answer-key.csv", NumberGraderTest.KEY);
        Path answers = file("a.csv", "s1.dw,0.5\n");
        assertThat(run("--debug", "--answers", answers.toString(), "--key", key.toString())).isZero();
        assertThat(gradeWithOutputThrowing(new IllegalStateException("stdout closed"), "--debug")).isEqualTo(1);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("grade: internal error: IllegalStateException: stdout closed");
        assertThat(lines).hasSizeGreaterThan(2).anyMatch(l -> l.startsWith("\tat "));
    }

    @Test
    void feedbackThatWouldRunAsASpreadsheetFormulaIsDefused() {
        Grades g = new Grades(List.of(new QuestionScore("=q", 0.5, 1, List.of("=HYPERLINK(\"x\")"))), List.of());
        assertThat(Report.csv(g)).isEqualTo("question,earned,possible,feedback\n'=q,0.5,1,\"'=HYPERLINK(\"\"x\"\")\"\n");
    }

    /** Anything the command did not expect (here its output stream failing, or an Error) is one line, status 1, no stack trace. */
    @Test
    void anUnexpectedFailure_isOneLineWithStatus1() throws IOException {
        assertThat(gradeWithOutputThrowing(new IllegalStateException("stdout closed"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("grade: internal error: IllegalStateException: stdout closed; run again with --debug for the"
                        + " details");
        err.reset();
        assertThat(gradeWithOutputThrowing(new NoClassDefFoundError("backprop/export/grade/Report"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("grade: internal error: NoClassDefFoundError: backprop/export/grade/Report; run again with"
                        + " --debug for the details");
        err.reset();
        assertThat(gradeWithOutputThrowing(new NullPointerException())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("grade: internal error: NullPointerException; run again with --debug for the details");
    }

    /** Grades one answer against the key, printing to a stream whose every line throws {@code failure}. */
    private int gradeWithOutputThrowing(Throwable failure, String... options) throws IOException {
        Path key = file("answer-key.csv", NumberGraderTest.KEY);
        Path answers = file("a.csv", "s1.dw,0.5\n");
        PrintStream failing = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
        };
        List<String> args = new java.util.ArrayList<>(List.of(options));
        args.addAll(List.of("--answers", answers.toString(), "--key", key.toString()));
        return Grader.run(failing, new PrintStream(err, true, StandardCharsets.UTF_8), List.of(), args.toArray(String[]::new));
    }

    @Test
    void neitherOrBothKindsOfInputIsAUsageErrorWithExitTwo() {
        assertThat(run("--instructor", "i.ipynb")).isEqualTo(2);
        assertThat(run("--instructor", "i.ipynb", "--student", "s.ipynb", "--answers", "a.csv", "--key", "k.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give --instructor and --student, or --answers and --key");
    }

    private static final String USAGE = "grade: give --instructor and --student, or --answers and --key (and --time-limit ≥ 1)\n";

    @Test
    void everyIncompleteOrMixedSetOfInputsIsTheUsageError_notAnAttemptToRead() throws IOException {
        String key = file("answer-key.csv", NumberGraderTest.KEY).toString();
        String answers = file("a.csv", "s1.loss,2\n").toString();
        String bad = file("s.ipynb", "{").toString();
        List<List<String>> usages = List.of(List.of("--student", bad), List.of("--answers", answers), List.of("--key", key),
                List.of("--student", bad, "--answers", answers, "--key", key),
                List.of("--instructor", bad, "--answers", answers, "--key", key),
                List.of("--instructor", bad, "--student", bad, "--answers", answers),
                List.of("--instructor", bad, "--student", bad, "--key", key),
                List.of("--instructor", bad, "--student", bad, "--time-limit", "0"));
        for (List<String> args : usages) {
            err.reset();
            assertThat(run(args.toArray(String[]::new))).as("%s", args).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as("%s", args).isEqualTo(USAGE);
        }
        // a time limit of 1 s is allowed: the notebook itself is what is wrong
        err.reset();
        assertThat(run("--instructor", bad, "--student", bad, "--time-limit", "1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("grade: " + bad + ":1: not valid JSON");
    }

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("grade: Unknown option: '--bogus' (grade --help lists the options)\n");
    }

    @Test
    void notesComeFirstOnTheTerminal() {
        Grades g = new Grades(List.of(new QuestionScore("s1", 1, 2, List.of())), List.of("s9.x: no such answer"));
        Report.print(g, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("note: s9.x: no such answer\ns1: 1/2\ntotal: 1/2\n");
    }

    @Test
    void theClassPathsEntriesAreSplitAtTheSeparator_emptyOnesLeftOut() {
        assertThat(Grader.classPath("a" + File.pathSeparator + File.pathSeparator + "b" + File.pathSeparator + " "))
                .containsExactly("a", "b");
    }

    @Test
    void ownClassPathIsThisJvmsJavaClassPath() {
        String saved = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", "workbook.jar" + File.pathSeparator + "lib");
            assertThat(Grader.ownClassPath()).containsExactly("workbook.jar", "lib");
        } finally {
            System.setProperty("java.class.path", saved);
        }
    }

    // ---- the grading key, and the sandbox the notebooks' grading needs ----

    /** An instructor's and a student's notebook in {@code folder}, both readable: what follows them is the key. */
    private Path[] notebooks(Path folder) throws IOException {
        Files.createDirectories(folder);
        String json = new TestNotebook().given("a", "int a = 1;").json();
        return new Path[] {Files.writeString(folder.resolve("004-network.ipynb"), json),
                Files.writeString(folder.resolve("student.ipynb"), json)};
    }

    @Test
    void theGradingKeyIsLookedForInGradingKeyBesideTheInstructorsFolder_underTheNotebooksName() throws IOException {
        Path[] nb = notebooks(dir.resolve("instructor"));
        Path expected = dir.resolve("grading-key").resolve("004-network.json");

        assertThat(run("--unsandboxed", "--instructor", nb[0].toString(), "--student", nb[1].toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("grade: " + expected + ":1: not a grading key: not a file of at most 20000000 bytes\n");
    }

    @Test
    void aGradingKeyThatCannotBeReadIsOneLineWithFileAndLineAndExitTwo() throws IOException {
        Path[] nb = notebooks(dir);
        Path key = file("key.json", "{\n\"format\": \"backprop-workbook grading key 1\",\n\"questions\": [}\n");

        assertThat(run("--unsandboxed", "--instructor", nb[0].toString(), "--student", nb[1].toString(),
                "--grading-key", key.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).matches("grade: \\Q" + key + "\\E:3: [^\\n]+\\n");

        err.reset();
        Path other = file("other.json", "{\"format\": \"something else\"}");
        assertThat(run("--unsandboxed", "--instructor", nb[0].toString(), "--student", nb[1].toString(),
                "--grading-key", other.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("grade: " + other
                + ":1: not a grading key (its first field is \"format\": \"backprop-workbook grading key 1\")\n");
    }

    @Test
    void aGradingKeyWithoutTheNotebooksQuestionIsOneLineAndExitTwo_beforeAnyCellRuns() throws IOException {
        String json = new TestNotebook().grading("q9", 1, "q.done();").json();
        Path instructor = file("i.ipynb", json);
        Path student = file("s.ipynb", json);
        Path key = file("key.json", "{\"format\": \"backprop-workbook grading key 1\", \"questions\": []}");

        assertThat(run("--unsandboxed", "--instructor", instructor.toString(), "--student", student.toString(),
                "--grading-key", key.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).matches("grade: \\Q" + key + "\\E:1: no question q9 \\(the grading"
                + " cell at \\Q" + instructor + "\\E:\\d+\\): is it this notebook's key\\?\\n");
    }

    /** Runs {@code test} as on a system that is not Linux: no sandbox there ({@code Sandbox.unavailable()} says why). */
    private static void onPlan9(Runnable test) {
        String saved = System.getProperty("os.name");
        System.setProperty("os.name", "Plan 9");
        try {
            test.run();
        } finally {
            System.setProperty("os.name", saved);
        }
    }

    @Test
    void withoutASandbox_notebooksAreNotGradedUnlessToldUnsandboxed_andNothingIsRead() {
        onPlan9(() -> {
            assertThat(run("--instructor", "no-such-i.ipynb", "--student", "no-such-s.ipynb")).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("grade: no sandbox here: the sandbox needs Linux"
                    + " (bubblewrap); this is Plan 9; the student's code would run with your rights. Give --unsandboxed to"
                    + " grade anyway.\n");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        });
    }

    @Test
    void withoutASandbox_unsandboxedGradingSaysSoFirst() throws IOException {
        Path good = file("i.ipynb", new TestNotebook().given("a", "int a = 1;").json());
        Path bad = file("s.ipynb", "{\n \"cells\": [\n  }\n");
        onPlan9(() -> {
            assertThat(run("--unsandboxed", "--instructor", good.toString(), "--student", bad.toString())).isEqualTo(2);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("note: not sandboxed (the sandbox needs Linux"
                    + " (bubblewrap); this is Plan 9): the student's code runs with your rights\n");
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("grade: " + bad + ":3: not valid JSON");
        });
    }

    @Test
    void numbersOnlyHandInsNeedNoSandbox() throws IOException {
        Path key = file("answer-key.csv", NumberGraderTest.KEY);
        Path answers = file("a.csv", "s1.loss,2\n");
        onPlan9(() -> {
            assertThat(run("--answers", answers.toString(), "--key", key.toString())).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("sandbox").endsWith("total: 1/3\n");
        });
    }
}
