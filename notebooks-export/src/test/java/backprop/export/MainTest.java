package backprop.export;

import backprop.examples.catalogue.Catalogue;
import backprop.export.output.Caller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The main job")
class MainTest {

    @TempDir
    Path temp;

    private static String[] args(Object... a) {
        return Stream.of(a).map(String::valueOf).toArray(String[]::new);
    }

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, Object... a) {
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args(a));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    @DisplayName("writes an answer key per document and answer-key.csv, with a progress line per document and a summary")
    void writesEveryDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, new ByteArrayOutputStream(), "--out", temp.resolve("key"))).isZero();
        assertThat(tree(temp.resolve("key")).keySet()).contains("answer-key.csv", "answer-key/000.md",
                "answer-key/001.md", "answer-key/002.md", "answer-key/003.md", "answer-key/004.md");
        String progress = out.toString(StandardCharsets.UTF_8);
        assertThat(progress).contains("000:", "001:", "002:", "003:", "004:", "printed values", "files written to");
    }

    @Test
    @DisplayName("two runs give byte-identical files")
    void deterministic() throws IOException {
        run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--out", temp.resolve("a"));
        run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--out", temp.resolve("b"));
        Map<String, byte[]> a = tree(temp.resolve("a"));
        Map<String, byte[]> b = tree(temp.resolve("b"));
        assertThat(a.keySet()).isEqualTo(b.keySet());
        assertThat(a).allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
    }

    @Test
    @DisplayName("the CSV has one row per printed value, and the columns the issue names")
    void csvRows() throws IOException {
        run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--out", temp.resolve("key"));
        List<String> lines = Files.readAllLines(temp.resolve("key/answer-key.csv"));
        assertThat(lines.get(0)).isEqualTo("document,scenario,location,quantity,published,computed,true_value,status,note,"
                + "one_sided_lo,one_sided_hi");
        long printedRows = lines.stream().skip(1).filter(l -> !l.contains(",derived,")).count();
        assertThat(printedRows).isEqualTo(Catalogue.publishedValues().size());
    }

    @Test
    @DisplayName("a failed run leaves the output folder as it was and no half-written folder beside it")
    void failureWritesNothing() throws IOException {
        Path key = temp.resolve("key");
        assertThat(run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--out", key)).isZero();
        Map<String, byte[]> before = tree(key);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(new ByteArrayOutputStream(), err, "--out", key, "--variant", temp.resolve("missing.toml"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("answer-key: " + temp.resolve("missing.toml") + ":1: ");
        assertThat(tree(key)).containsOnlyKeys(before.keySet().toArray(String[]::new));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("key");
        }
    }

    @Test
    void anUnknownOption_isOneLineAndStatus2() throws IOException {
        String line = Runs.run(Runs.callerIn(temp), "--outt").oneLineFailure(2);
        assertThat(line).startsWith("answer-key: Unknown option: '--outt'").endsWith("(answer-key --help lists the options)");
    }

    @Test
    void aMissingValue_isOneLineAndStatus2() throws IOException {
        assertThat(Runs.run(Runs.callerIn(temp), "--out").oneLineFailure(2)).contains("'--out'");
        assertThat(Runs.run(Runs.callerIn(temp), "--variant").oneLineFailure(2)).contains("'--variant'");
    }

    @Test
    void help_stillPrintsTheUsage() throws IOException {
        Runs.Result r = Runs.run(Runs.callerIn(temp), "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: answer-key", "--out", "--variant", "--debug");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aBadScenarioFile_isOneLineWithFileAndLine_andStatus2() throws IOException {
        Caller caller = Runs.callerIn(temp);
        Files.writeString(caller.workingDirectory().resolve("bad.toml"), "title = \"t\"\nprecision = 3\nkind = \"nonsense\"\n");
        String line = Runs.run(caller, "--out", "key", "--variant", "bad.toml").oneLineFailure(2);
        assertThat(line).matches("answer-key: .*bad\\.toml:3: .*nonsense.*");
        assertThat(Runs.names(caller.workingDirectory())).containsExactly("bad.toml");
    }

    @Test
    void twoFilesWithOneId_areRefusedBeforeAnythingIsWritten() throws IOException {
        // Before, the second chapter's files collided in the output: "'…variant-exam-network.md' written twice".
        Caller caller = Runs.callerIn(temp);
        Files.createDirectories(caller.workingDirectory().resolve("a"));
        Files.createDirectories(caller.workingDirectory().resolve("b"));
        Files.copy(Runs.NETWORK_EXAMPLE, caller.workingDirectory().resolve("a/exam.toml"));
        Files.copy(Runs.NETWORK_EXAMPLE, caller.workingDirectory().resolve("b/exam.toml"));
        String line = Runs.run(caller, "--out", "key", "--variant", "a/exam.toml", "--variant", "b/exam.toml")
                .oneLineFailure(2);
        assertThat(line).matches("answer-key: .*b/exam\\.toml:1: id 'exam' is already used by .*a/exam\\.toml.*");
        assertThat(Runs.names(caller.workingDirectory())).containsExactly("a", "b");
    }

    @Test
    void aFileNameWithALineBreak_staysOnOneLine() throws IOException {
        Caller caller = Runs.callerIn(temp);
        String line = Runs.run(caller, "--out", "key", "--variant", "two\nlines.toml").oneLineFailure(2);
        assertThat(line).contains("two\\nlines.toml");
    }

    @Test
    void relativePathsAreTheCallers() throws IOException {
        Caller caller = Runs.callerIn(temp);
        Files.copy(Runs.NETWORK_EXAMPLE, caller.workingDirectory().resolve("my.toml"));
        Runs.Result r = Runs.run(caller, "--out", "out", "--variant", "my.toml");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(caller.workingDirectory().resolve("out/answer-key/variant-my.md")).isRegularFile();
        assertThat(r.out()).contains("files written to " + caller.workingDirectory().resolve("out"));
    }

    @Test
    void theDefaultOutputIsAnswerKeyOutInTheCallersFolder() throws IOException {
        Caller caller = Runs.callerIn(temp);
        assertThat(Runs.run(caller).status()).isZero();
        assertThat(Runs.names(caller.workingDirectory())).containsExactly("answer-key-out");
    }

    @Test
    void anInternalError_isOneLineWithStatus1_andPointsToDebug() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(Caller.current(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                VariantGradients.bothOracles());
        PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(main.fail(new IllegalStateException("boom"), errs)).isEqualTo(1);
        assertThat(main.fail(new NullPointerException(), errs)).isEqualTo(1);
        assertThat(main.fail(new StackOverflowError(), errs)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "answer-key: internal error: IllegalStateException: boom; run again with --debug for the details",
                "answer-key: internal error: NullPointerException; run again with --debug for the details",
                "answer-key: internal error: StackOverflowError; run again with --debug for the details");
    }

    /**
     * An Error other than the two the run expects (a jar missing a class: NoClassDefFoundError, a static
     * initialiser's ExceptionInInitializerError) is an internal error too: one line, status 1, no stack trace.
     */
    @Test
    void anyError_duringTheRun_isOneLineWithStatus1_andNothingWritten() throws IOException {
        VariantGradients broken = new VariantGradients(s -> {
            throw new NoClassDefFoundError("org/eclipse/elk/core/RecursiveGraphLayoutEngine");
        });
        Caller caller = Runs.callerIn(temp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(caller, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), broken, "--out", "key", "--variant",
                Runs.EXPRESSION_EXAMPLE.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("answer-key: internal error:"
                + " NoClassDefFoundError: org/eclipse/elk/core/RecursiveGraphLayoutEngine; run again with --debug for the"
                + " details");
        assertThat(Files.exists(temp.resolve("caller/key"))).isFalse();
    }

    @Test
    void theGradersOptions_debugAmongThem_followTheSubcommand() throws IOException {
        Runs.Result r = Runs.run(Runs.callerIn(temp), "grade", "--debug", "--answers", "/dev/zero", "--key", "/dev/zero");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("grade: --answers /dev/zero: is not a regular file (a FIFO, a device or a socket);"
                + " the grader reads files only\n");
    }

    @Test
    void anOutputFolderThatHoldsAVariantFile_isRefused_andTheFileLeftAsItWas() throws IOException {
        Caller caller = Runs.callerIn(temp);
        Path exams = Files.createDirectories(caller.workingDirectory().resolve("exams"));
        Files.copy(Runs.EXPRESSION_EXAMPLE, exams.resolve("exam.toml"));
        String before = Files.readString(exams.resolve("exam.toml"));
        for (String out : List.of("exams", ".")) {
            assertThat(Runs.run(caller, "--out", out, "--variant", "exams/exam.toml").oneLineFailure(2))
                    .contains("nothing was touched");
        }
        assertThat(Runs.names(exams)).containsExactly("exam.toml");
        assertThat(Files.readString(exams.resolve("exam.toml"))).isEqualTo(before);
    }

    @Test
    void debug_addsTheStackTrace() throws IOException {
        Runs.Result r = Runs.run(Runs.callerIn(temp), "--debug", "--out", "key", "--variant", "missing.toml");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSizeGreaterThan(2).anyMatch(l -> l.startsWith("\tat "));
    }
}
