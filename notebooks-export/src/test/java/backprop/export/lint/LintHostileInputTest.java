package backprop.export.lint;

import backprop.export.Runs;
import backprop.export.output.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a user may hand {@code lint} that is not a lecture's text: a FIFO (which would block a reader forever),
 * {@code /dev/zero} (endless), a link to it, a file not in UTF-8, a {@code --csv} that is a FIFO or a device; and
 * the main command's sweep of hostile scenario files (examples' {@code src/test/resources/hostile}), each read by
 * lint or refused as the main command refuses it. Each refused with one line and exit 2, nothing written, no file
 * of the user's touched.
 */
@DisplayName("answer-key lint on hostile input: devices, FIFOs, other encodings, the main command's sweep")
class LintHostileInputTest {
    /** The main command's sweep of hostile scenario files (the tests run in the module's folder). */
    private static final Path SWEEP = Path.of("../examples/src/test/resources/hostile");

    @TempDir
    Path temp;
    Caller caller;
    Path dir;

    @BeforeEach
    void caller() throws IOException {
        caller = Runs.callerIn(temp);
        dir = caller.workingDirectory();
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        return p;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifo_isRefused_withoutWaitingForAWriter() throws Exception {
        fifo("notes.md");
        assertThat(Runs.run(caller, "lint", "notes.md").oneLineFailure(2))
                .isEqualTo("answer-key: lint: notes.md: is not a regular file (a FIFO, a device or a socket);"
                        + " lint reads files only");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void devZero_andALinkToIt_areRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Files.createSymbolicLink(dir.resolve("zero.md"), Path.of("/dev/zero"));
        assertThat(Runs.run(caller, "lint", "/dev/zero").oneLineFailure(2))
                .isEqualTo("answer-key: lint: /dev/zero: is not a regular file (a FIFO, a device or a socket);"
                        + " lint reads files only");
        assertThat(Runs.run(caller, "lint", "zero.md").oneLineFailure(2)).contains("zero.md: is not a regular file");
    }

    @Test
    void aMissingFile_isNamedAsMissing() {
        assertThat(Runs.run(caller, "lint", "none.md").oneLineFailure(2))
                .isEqualTo("answer-key: lint: none.md: no such file");
    }

    @Test
    void aFileNotInUtf8_isRefused_namingTheByteAndItsLine_asTheMainCommandDoes() throws IOException {
        // a Latin-1 file read as Latin-1 would check its numbers, but a Windows-1252 minus (0x96) would silently
        // become a control character and a claim lost: refused, as a scenario file is, with the byte and line
        Files.write(dir.resolve("latin1.md"), "Notes\n\nL\u00f6sung: $2 * 2 = 5$\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Runs.run(caller, "lint", "latin1.md").oneLineFailure(2))
                .isEqualTo("answer-key: lint: latin1.md:3: not UTF-8 text: byte 0xF6 on line 3; save the file as UTF-8");
    }

    @Test
    void anUnreadableFile_isRefused() throws IOException {
        Path p = Files.writeString(dir.resolve("secret.md"), "$1 + 1 = 2$\n");
        assumeTrue(p.toFile().setReadable(false, false) && !Files.isReadable(p),
                "running as root: every file is readable");
        assertThat(Runs.run(caller, "lint", "secret.md").oneLineFailure(2)).startsWith("answer-key: lint: secret.md: ");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aCsvOntoAFifoOrADevice_isRefused_andTheFifoIsLeftAFifo() throws Exception {
        Files.writeString(dir.resolve("a.md"), "$1 + 1 = 2$\n");
        Path pipe = fifo("out.csv");
        assertThat(Runs.run(caller, "lint", "a.md", "--csv", "out.csv").oneLineFailure(2))
                .isEqualTo("answer-key: lint: --csv out.csv: is not a regular file (a FIFO, a device or a socket);"
                        + " lint writes files only");
        assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS)).isTrue();
        // a device, reached through a link of our own: never /dev/null itself, which a mutant that lost this check
        // (PIT runs every one) would replace with a file by its rename, as root, for the whole machine
        Path device = Files.createSymbolicLink(dir.resolve("null.csv"), Path.of("/dev/null"));
        assertThat(Runs.run(caller, "lint", "a.md", "--csv", "null.csv").oneLineFailure(2))
                .contains("--csv null.csv: is not a regular file");
        assertThat(Files.isSymbolicLink(device)).isTrue();
    }

    static Stream<Path> sweep() throws IOException {
        try (Stream<Path> files = Files.list(SWEEP)) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void theSweepIsThere() throws IOException {
        assertThat(sweep().count()).as("files in %s", SWEEP.toAbsolutePath()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweep")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("each hostile scenario file of the main command's sweep: read (exit 0), or refused in one line")
    void eachFileOfTheMainCommandsSweep_isReadOrRefusedInOneLine(Path file) throws IOException {
        Path csv = dir.resolve("out.csv");
        Runs.Result r = Runs.run(caller, "lint", file.toAbsolutePath().toString(), "--csv", csv.toString());
        if (r.status() == 0) {
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("lint: 1 file, ");
            assertThat(csv).exists();
        } else {
            r.oneLineFailure(2);
            assertThat(csv).doesNotExist();
        }
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(Runs.names(dir)).isSubsetOf(List.of("out.csv"));
    }

    @Test
    void theSweepsFilesNotInUtf8_areRefusedByLintToo() {
        for (String name : List.of("binary.toml", "latin1.toml", "csv-latin1.csv")) {
            Runs.Result r = Runs.run(caller, "lint", SWEEP.resolve(name).toAbsolutePath().toString());
            assertThat(r.oneLineFailure(2)).as(name).contains("not UTF-8 text: byte 0x");
        }
    }
}
