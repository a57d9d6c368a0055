package backprop.export.lint;

import backprop.export.Runs;
import backprop.export.output.Caller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code answer-key lint} on hostile files of megabytes, read in linear time and bounded depth: a class of its own,
 * apart from LintCommandTest, because it takes seconds where every other lint test takes milliseconds, and PIT (which
 * leaves it out, notebooks-export/pom.xml) would run it for every mutant of the reader that the fast tests let live.
 */
@DisplayName("answer-key lint on hostile files of megabytes: read without a trace")
class LintHugeInputTest {
    @TempDir
    Path temp;

    private void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostileFiles_areReadWithoutATrace() throws IOException {
        Caller caller = Runs.callerIn(temp);
        Path dir = caller.workingDirectory();
        // a huge line (4 MB of one sum), nested braces far past the parser's depth, a \frac bomb, unclosed openers
        write(dir, "huge.md", "$" + "1+".repeat(2_000_000) + "1 = 2000001$\n$1 + 1 = 2$\n");
        write(dir, "braces.md", "$$" + "{".repeat(100_000) + "1" + "}".repeat(100_000) + " = 1$$\n$1 + 1 = 3$\n");
        write(dir, "frac.md", "$$" + "\\frac{1}{".repeat(20_000) + "2" + "}".repeat(20_000) + " = 0.5$$\n"
                + "$$" + "\\frac{1}{2}".repeat(50_000) + " = 1$$\n");
        write(dir, "open.md", "$".repeat(100_000) + "\n" + "$$".repeat(50_000) + "\n" + "\\[".repeat(50_000) + "\n"
                + "[".repeat(100_000) + "\n" + "<svg".repeat(10) + "\n" + "<a".repeat(100_000) + "\n");
        write(dir, "align.md", "\\begin{align}\na &= 1 + 1 \\\\\n  &= 3\n");
        String out = LintCommandTest.ran(caller, "lint", "huge.md", "braces.md", "frac.md", "open.md", "align.md");
        // huge.md: the 4 MB sum is not read (longer than a claim), 1 + 1 = 2 is; braces.md: 1 + 1 = 3 is flagged;
        // the never-closed align is read to the end of the file: 1 + 1 = 3 flagged
        assertThat(out).contains("braces.md:2: 1 + 1 = 3").contains("align.md:3: 1 + 1 \\\\ &= 3");
    }
}
