package backprop.examples.scenariofile.draw;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * [template] and [draw] at their limits, read as any file is (ExamFile): each limit's last legal value is read, the
 * first illegal one refused at its line. The hostile files (src/test/resources/hostile/template-*.toml) hold the
 * other refusals.
 */
@DisplayName("A template's tables at their limits")
class DrawReaderTest {
    /** String.format in the root locale: the build forbids the default locale's. */
    private static String fill(String text, Object... values) {
        return String.format(java.util.Locale.ROOT, text, values);
    }

    /** An expression file with [template] settings {@code settings} (line 7 on) and [draw] entry {@code draw}. */
    private static String file(String settings, String draw) {
        return fill("""
                title = "t"
                kind = "expression"
                precision = 4
                expression = "a*b"

                [template]
                assignment = "a"
                %s
                [draw]
                %s

                [inputs]
                a = 1
                b = 2
                """, settings, draw);
    }

    private static void reads(String settings, String draw) {
        assertThat(ExamFile.read("t.toml", file(settings, draw)).id()).isEqualTo("t");
    }

    private static void refused(String settings, String draw, String message) {
        assertThatThrownBy(() -> ExamFile.read("t.toml", file(settings, draw)))
                .isInstanceOf(ScenarioFileException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} is read")
    @CsvSource(delimiter = '|', value = {"max_draws = 1", "max_draws = 10000", "min_slope = 0", "min_slope = 0.99",
            "kink_margin = 0", "kink_margin = 5"})
    @DisplayName("settings at their limits are read")
    void settingsAtTheirLimits(String setting) {
        reads(setting + "\n", "a = { set = [1, 2] }");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "max_draws = 10001|t.toml:8: template.max_draws must be 1 to 10000, is 10001",
        "min_slope = 1|t.toml:8: template.min_slope must be at least 0 and below 1 (tanh's largest slope), is 1",
        "min_slope = -0.01|t.toml:8: template.min_slope must be at least 0 and below 1 (tanh's largest slope), is -0.01",
        "kink_margin = -0.01|t.toml:8: template.kink_margin must be at least 0, is -0.01"})
    @DisplayName("settings past their limits are refused at their line")
    void settingsPastTheirLimits(String setting, String message) {
        refused(setting + "\n", "a = { set = [1, 2] }", message);
    }

    @Test
    @DisplayName("an assignment of 64 characters is read, of 65 refused")
    void assignmentLength() {
        String settings = "assignment = \"a\"\n";
        assertThat(ExamFile.read("t.toml", file("", "a = { set = [1, 2] }")
                .replace(settings, "assignment = \"" + "x".repeat(64) + "\"\n")).id()).isEqualTo("t");
        assertThatThrownBy(() -> ExamFile.read("t.toml", file("", "a = { set = [1, 2] }")
                .replace(settings, "assignment = \"" + "x".repeat(65) + "\"\n")))
                .hasMessageStartingWith("t.toml:7: template.assignment must be 1 to 64 letters");
        assertThatThrownBy(() -> ExamFile.read("t.toml", file("", "a = { set = [1, 2] }")
                .replace(settings, "assignment = \"\"\n")))
                .hasMessageStartingWith("t.toml:7: template.assignment must be 1 to 64 letters");
    }

    @Test
    @DisplayName("[template] without [draw], an empty [draw], and both uniform and set are refused")
    void tables() {
        assertThatThrownBy(() -> ExamFile.read("t.toml", file("", "").replace("[draw]\n", "")))
                .hasMessageStartingWith("t.toml:6: [template] needs [draw], the numbers each student draws");
        refused("", "", "t.toml:9: [draw] draws nothing; name at least one number, e.g. x0 = { uniform = [-3, 3],"
                + " step = 0.5 }");
        refused("", "a = { uniform = [0, 1], step = 0.5, set = [1] }", "t.toml:10: draw.a needs one of uniform ="
                + " [lo, hi] (with step) or set = [v1, v2, …], not both");
        refused("", "a = { step = 0.5 }", "t.toml:10: draw.a needs one of uniform = [lo, hi] (with step) or set ="
                + " [v1, v2, …]");
        refused("", "a = { set = [1, 2], step = 0.5 }", "t.toml:10: draw.a.step applies to uniform = [lo, hi] only;"
                + " a set lists its values");
    }

    @Test
    @DisplayName("a grid of 2 points is read; exclude takes a grid point at either end, never one beyond")
    void gridEnds() {
        reads("", "a = { uniform = [0, 0.5], step = 0.5 }");
        reads("", "a = { uniform = [0, 1], step = 0.5, exclude = [0, 1] }");
        refused("", "a = { uniform = [0, 1], step = 0.5, exclude = [1.5] }",
                "t.toml:10: draw.a.exclude: 1.5 is not one of the values lo + k·step");
        refused("", "a = { uniform = [0, 1], step = 0.5, exclude = [-0.5] }",
                "t.toml:10: draw.a.exclude: -0.5 is not one of the values lo + k·step");
        refused("", "a = { set = [1, 2], exclude = [3] }",
                "t.toml:10: draw.a.exclude: 3 is not one of the values of the set");
        refused("", "a = { uniform = [0, 1], step = 0.5, exclude = [0, 0.5, 1] }",
                "t.toml:10: draw.a.exclude leaves no value to draw");
    }

    @Test
    @DisplayName("a set of one value is read (a given number, drawn alike for all), an excluded value may repeat")
    void smallSets() {
        reads("", "a = { set = [1] }");
        reads("", "a = { set = [1, 2], exclude = [1, 1] }");
    }

    @Test
    @DisplayName("a number that is not a literal (a string) in a grid is refused, naming what it is")
    void notANumber() {
        refused("", "a = { uniform = [0, \"1\"], step = 0.5 }",
                "t.toml:10: draw.a.uniform[2] must be a number, is the string \"1\"");
        refused("", "a = { set = 1 }", "t.toml:10: draw.a.set must be a list of numbers, is 1");
    }
}
