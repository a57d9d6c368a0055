package backprop.export.lint;

import backprop.export.Runs;
import backprop.export.output.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code answer-key lint} as a user runs it: exit 0 whatever it finds, the summary line and each inconsistent claim
 * on standard output, the CSV; and every hostile file either read (exit 0) or refused with one line and exit 2,
 * never a stack trace, never a partial CSV.
 */
@DisplayName("answer-key lint, the command: output, CSV, and hostile files")
class LintCommandTest {
    @TempDir
    Path temp;
    Caller caller;
    Path dir;

    @BeforeEach
    void caller() throws IOException {
        caller = Runs.callerIn(temp);
        dir = caller.workingDirectory();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A run that read its files: exit 0, nothing on stderr; returns stdout. */
    private String ran(Object... args) {
        return ran(caller, args);
    }

    /** As {@link #ran(Object...)}, for {@code caller}. */
    static String ran(Caller caller, Object... args) {
        Runs.Result r = Runs.run(caller, args);
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        return r.out();
    }

    @Test
    void findsAndReports_exitZeroWhateverItFinds() throws IOException {
        write("a.md", "# Notes\n\n$$L = (1 - 0.77)^2 + (1 - 0.23)^2 = 0.1058$$\n\n$0.77 * 0.23 = 0.1771$ and $w x = 1$\n");
        String out = ran("lint", "a.md", "--csv", "out.csv");

        assertThat(out.lines()).containsExactly(
                "lint: 1 file, 3 claims: 1 consistent, 0 consistent-with-rounding, 1 inconsistent, 1 not-checkable",
                "a.md:3: (1 - 0.77)^2 + (1 - 0.23)^2 = 0.1058: printed 0.1058, computed 0.6458: inconsistent, should"
                        + " be 0.6458 (within half a unit of the inputs' last printed digits: 0.63585 to 0.65585)");
        assertThat(Files.readString(dir.resolve("out.csv"))).isEqualTo(
                "file,line,claim,printed,computed,status,note\r\n"
                + "a.md,3,(1 - 0.77)^2 + (1 - 0.23)^2 = 0.1058,0.1058,0.6458,inconsistent,should be 0.6458 (within half"
                + " a unit of the inputs' last printed digits: 0.63585 to 0.65585)\r\n"
                + "a.md,5,0.77 * 0.23 = 0.1771,0.1771,0.1771,consistent,\r\n"
                + "a.md,5,w x = 1,1,,not-checkable,\"the text never gives w, x\"\r\n");
    }

    @Test
    void twoRuns_writeTheSameBytes_andTheSummaryCountsEveryFile() throws IOException {
        write("a.md", "$1 + 1 = 2$\n");
        write("b.md", "$2 * 2 = 5$\n");
        String out = ran("lint", "a.md", "b.md", "--csv", "one.csv");
        ran("lint", "a.md", "b.md", "--csv", "two.csv");

        assertThat(out).startsWith("lint: 2 files, 2 claims: 1 consistent, 0 consistent-with-rounding, 1 inconsistent,"
                + " 0 not-checkable\n");
        assertThat(Files.readAllBytes(dir.resolve("one.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("two.csv")));
    }

    @Test
    void aClaimFollowingFromAnEarlierError_isCountedAndListedAsSuch() throws IOException {
        write("a.md", "$$a = 2 * 3 = 7$$\n$$b = a + 1 = 8$$\n");
        String out = ran("lint", "a.md");
        assertThat(out.lines()).hasSize(3);
        assertThat(out.lines().toList().get(0)).endsWith("(1 of them follow from an earlier error)");
        assertThat(out.lines().toList().get(2)).startsWith("a.md:2: ").contains("follows from it");
    }

    @Test
    void aFolder_aMissingFile_aBinaryFile_areRefusedWithOneLine() throws IOException {
        Files.createDirectories(dir.resolve("notes"));
        write("bin.dat", new byte[] {'$', '1', 0, '2', '$'});
        assertThat(Runs.run(caller, "lint", "notes").oneLineFailure(2)).isEqualTo("answer-key: lint: notes: is a folder,"
                + " not a file");
        assertThat(Runs.run(caller, "lint", "none.md").oneLineFailure(2)).contains("none.md: no such file");
        assertThat(Runs.run(caller, "lint", "bin.dat").oneLineFailure(2)).contains("bin.dat: a binary file");
    }

    @Test
    void aFileOverTheSizeLimit_isRefused() throws IOException {
        write("big.md", "x".repeat((int) Source.MAX_BYTES + 1));
        assertThat(Runs.run(caller, "lint", "big.md").oneLineFailure(2)).contains("larger than 5242880 bytes");
    }

    @Test
    void onBadInput_noCsvIsWritten_andAnEarlierOneIsLeftAlone() throws IOException {
        write("a.md", "$1 + 1 = 2$\n");
        write("bin.dat", new byte[] {0});
        Runs.run(caller, "lint", "a.md", "bin.dat", "--csv", "out.csv").oneLineFailure(2);
        assertThat(dir.resolve("out.csv")).doesNotExist();
        write("out.csv", "mine");
        Runs.run(caller, "lint", "a.md", "bin.dat", "--csv", "out.csv").oneLineFailure(2);
        assertThat(Files.readString(dir.resolve("out.csv"))).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.md", "bin.dat",
                    "out.csv");
        }
    }

    @Test
    void theCsvIsNeverAnInput_norAFolder_norInAMissingFolder() throws IOException {
        write("a.md", "$1 + 1 = 2$\n");
        assertThat(Runs.run(caller, "lint", "a.md", "--csv", "a.md").oneLineFailure(2))
                .contains("is one of the input files");
        assertThat(Files.readString(dir.resolve("a.md"))).isEqualTo("$1 + 1 = 2$\n");
        assertThat(Runs.run(caller, "lint", "a.md", "--csv", "./a.md").oneLineFailure(2))
                .contains("is one of the input files");
        assertThat(Runs.run(caller, "lint", "a.md", "--csv", ".").oneLineFailure(2)).contains("is a folder");
        assertThat(Runs.run(caller, "lint", "a.md", "--csv", "no/such/out.csv").oneLineFailure(2))
                .contains("its folder does not exist");
    }

    @Test
    void noFile_isAUsageError() {
        assertThat(Runs.run(caller, "lint").oneLineFailure(2)).contains("Missing required parameter");
    }

    @Test
    void extremeNumbers_areNotCheckable_orChecked_neverACrash() throws IOException {
        write("n.md", "$1e308 * 10 = 1e309$\n$x = NaN$ and $NaN + 1 = 2$\n$1e2147483648 = 1$\n$0/0 = 1$\n"
                + "$" + "9".repeat(5000) + " = 1$\n$2 = 0." + "0".repeat(5000) + "1$\n");
        String out = ran("lint", "n.md", "--csv", "n.csv");
        assertThat(out).startsWith("lint: 1 file, ");
        String csv = Files.readString(dir.resolve("n.csv"));
        assertThat(csv).contains("n.md,1,1e308 * 10 = 1e309,1e309,,not-checkable,not a finite number (it overflows)");
        assertThat(csv).contains("n.md,4,0/0 = 1,1,,not-checkable");
    }

    @Test
    void crlf_andAByteOrderMark_areRead() throws IOException {
        // Latin-1 bytes are refused since, as the main command refuses them: LintHostileInputTest
        write("crlf.md", "a\r\n$$1 + 1\r\n = 3$$\r\n");
        write("bom.md", "\uFEFF$1 + 1 = 3$\n");
        String out = ran("lint", "crlf.md", "bom.md");
        assertThat(out).contains("crlf.md:3: 1 + 1 = 3").contains("bom.md:1: 1 + 1 = 3");
    }

    @Test
    void help_namesTheSizeLimitAndTheCsv() {
        String help = ran("lint", "--help");
        assertThat(help).contains("Usage: answer-key lint").contains("at most 5 MB").contains("--csv=OUT.csv");
    }
}
