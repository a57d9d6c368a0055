package backprop.export.grade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code grade --feedback} on the small notebook ({@link Squares}), its cells run in the student's process: the page
 * says what the terminal and the CSV say, under the question's tests. (In its own class: PIT leaves out the tests that
 * start a JVM.)
 */
class FeedbackGradingTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aSlippedSquare_losesItsNegativePart_onTheTerminalInTheCsvAndOnThePage() throws IOException {
        Path i = file("i.ipynb", Squares.instructor().json());
        Path s = file("s.ipynb", Squares.notebook("double square(double x) {\n    return x * Math.abs(x);\n}", Squares.TWICE,
                Squares.ANSWER, Squares.HALF).json());
        Path key = file("key.json", Squares.KEY.json());
        Path page = dir.resolve("feedback.html");
        Path csv = dir.resolve("grades.csv");
        List<String> args = new ArrayList<>(List.of("--instructor", i.toString(), "--student", s.toString(),
                "--grading-key", key.toString(), "--csv", csv.toString(), "--feedback", page.toString()));
        if (!Squares.SANDBOXED) {
            args.add(0, "--unsandboxed");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Grader.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Squares.CLASS_PATH, args.toArray(String[]::new))).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        // square(−2) = −4 with x·|x|, not 4: the negative part lost, as the terminal and the CSV say
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("q1: 1/2\n  negative: ").endsWith("total: 4/5\n");
        assertThat(Files.readString(csv)).contains("q1,1,2,negative: ");
        int tests = html.indexOf("<p class=\"label\">tests of q1, hidden tests restored</p>");
        assertThat(tests).isPositive();
        assertThat(html.indexOf("<p class=\"score\">1/2 points</p>\n<ul class=\"feedback\">\n<li>negative: "))
                .isGreaterThan(tests);
        assertThat(html).contains("<p class=\"total\">Total: <strong>4/5</strong> points</p>")
                .contains("return x * Math.abs(x);").doesNotContain("return x * x;");
    }
}
