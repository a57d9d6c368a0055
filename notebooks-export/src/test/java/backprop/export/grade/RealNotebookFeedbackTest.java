package backprop.export.grade;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.Notebooks;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Slip;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback page of an exported notebook, end to end through the command: exam-network's student with one
 * catalogued slip (∂L/∂ŷ = ŷ − y, without the square's factor 2). The page names the slip under its question and
 * holds none of the grading key's values (expected values and the slips' values, each at every rounding to 4 or
 * more significant digits) beyond the numbers the released student notebook already shows (its inputs, the
 * document's printed values).
 */
@Tag("sandbox")
@DisplayName("The feedback page of an exported notebook names the slip and shows no expected value")
class RealNotebookFeedbackTest {
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9_.])-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(?![0-9])");

    @TempDir
    Path dir;

    @Test
    void aSlippedLossGradient_isNamedUnderItsQuestion_andNoValueOfTheKeyIsOnThePage() throws IOException {
        Chapter chapter = Chapter.of(ExamFile.read(Path.of("..", "variants", "exam-network.toml")));
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        String instructor = NotebookJson.write(cells, true);
        String released = NotebookJson.write(cells, false);
        Map<String, GradingKey.Question> questions = new LinkedHashMap<>();
        cells.stream().filter(c -> c.key() != null).forEach(c -> questions.put(c.id(), c.key()));
        GradingKey key = new GradingKey(questions);
        // the student: the instructor's solutions, one of them slipped
        String slipped = instructor.replace("2 * (yHat[j] - y[j])", "(yHat[j] - y[j])");
        assertThat(slipped).isNotEqualTo(instructor);

        Path i = Files.writeString(dir.resolve("exam-network.ipynb"), instructor, StandardCharsets.UTF_8);
        Path s = Files.writeString(dir.resolve("student.ipynb"), slipped, StandardCharsets.UTF_8);
        Path k = Files.writeString(dir.resolve("key.json"), key.json(), StandardCharsets.UTF_8);
        Path page = dir.resolve("feedback.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Grader.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Squares.CLASS_PATH,
                "--instructor", i.toString(), "--student", s.toString(), "--grading-key", k.toString(),
                "--feedback", page.toString())).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);

        // under the loss gradient's tests: 0 points, and the slip by its words and name
        int tests = html.indexOf("<p class=\"label\">tests of " + question(key, "-dLda"));
        int result = html.indexOf("<div class=\"result lost\">", tests);
        assertThat(tests).isPositive();
        assertThat(html.substring(result, html.indexOf("</div>", result))).contains("<p class=\"score\">0/")
                .contains("∂L/∂ŷ without the square's factor 2 (the loss ½Σ) (LOSS_CONSTANT)");
        assertThat(html).contains("(yHat[j] - y[j])").doesNotContain("2 * (yHat[j] - y[j])");

        assertThat(keyValues(key)).hasSizeGreaterThan(50);
        assertThat(leaks(html, released, key)).as("values of the grading key on the feedback page").isEmpty();
        // the check can fail: the key's own file shows them all, and so would a page with one slip's value
        assertThat(leaks(key.json(), released, key)).contains("0.6378031915493578", "-0.04852376133170422");
        assertThat(leaks(html.replace("</main>", "0.1514762386682958 0.6378 </main>"), released, key))
                .containsExactly("0.1514762386682958", "0.6378");
    }

    /** The key's values among {@code text}'s numbers that the {@code released} notebook does not show. */
    private static List<String> leaks(String text, String released, GradingKey key) {
        Set<String> shown = numbers(released);
        Set<String> there = numbers(text);
        return keyValues(key).stream().filter(v -> there.contains(v) && !shown.contains(v)).toList();
    }

    private static String question(GradingKey key, String suffix) {
        return key.questions().keySet().stream().filter(q -> q.endsWith(suffix)).findFirst().orElseThrow();
    }

    private static Set<String> numbers(String text) {
        Set<String> tokens = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Every value of the key (expected, upper, slips), as Java prints it and rounded to 4 … 17 significant digits. */
    private static Set<String> keyValues(GradingKey key) {
        List<Double> values = new ArrayList<>();
        for (GradingKey.Question q : key.questions().values()) {
            for (GradingKey.Part p : q.parts().values()) {
                flatten(p.expected(), values);
                flatten(p.upper(), values);
                for (Slip slip : p.slips()) {
                    flatten(slip.value(), values);
                }
            }
        }
        Set<String> forms = new TreeSet<>();
        for (double v : values) {
            forms.add(Double.toString(v));
            for (int digits = 4; digits <= 17; digits++) {
                String form = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                        .toPlainString();
                if (form.replace("-", "").replace(".", "").replaceFirst("^0+", "").length() >= 4) {
                    forms.add(form);
                }
            }
        }
        forms.removeIf(f -> f.replace("-", "").replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "").length() < 4
                && !f.contains("E"));
        return forms;
    }

    private static void flatten(Object value, List<Double> into) {
        if (value instanceof Double d) {
            into.add(d);
        } else if (value instanceof double[] row) {
            for (double d : row) {
                into.add(d);
            }
        } else if (value instanceof double[][] rows) {
            for (double[] row : rows) {
                flatten(row, into);
            }
        }
    }
}
