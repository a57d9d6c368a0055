package backprop.examples.scenariofile.draw;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What no student's file can share with the template's, refused at the line that writes it. */
@DisplayName("A template refuses published values and a CSV file, at their lines")
class TemplateRefusalsTest {
    private static String expression(String top) {
        return String.format(java.util.Locale.ROOT, """
                title = "t"
                kind = "expression"
                precision = 4
                expression = "a*b"
                %s
                [template]
                assignment = "a"

                [draw]
                b = { set = [1, 2] }

                [inputs]
                a = 1
                b = 2
                """, top);
    }

    @Test
    @DisplayName("published = [] (line 5) and an inline list whose first value is on line 6 are refused there")
    void publishedLines() {
        assertThatThrownBy(() -> ExamFile.read("t.toml", expression("published = []\n")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("t.toml:5: a template has no [[published]] values");
        assertThatThrownBy(() -> ExamFile.read("t.toml", expression("""
                published = [
                  { quantity = "f", printed = "2" },
                ]
                """))).isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("t.toml:6: a template has no [[published]] values");
    }

    /** A 2-1 network whose examples are [data]: {@code data}, drawing its learning rate (line 9). */
    private static String network(String data) {
        return String.format(java.util.Locale.ROOT, """
                title = "t"
                kind = "network"
                precision = 4

                [template]
                assignment = "a"

                [draw]
                learning_rate = { set = [0.5, 1] }

                [network]
                layers = [2, 1]
                activations = ["sigmoid"]

                [[network.layer]]
                weights = [[0.5, -0.5]]
                biases = [0]

                [data]
                %s

                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                """, data);
    }

    @Test
    @DisplayName("[data] csv beside the template (line 20) is refused; [data] table is read")
    void csv(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("d.csv"), "0,1,1\n1,0,0\n", StandardCharsets.UTF_8);
        Path file = dir.resolve("t.toml");
        Files.writeString(file, network("csv = \"d.csv\""), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ExamFile.read(file)).isInstanceOf(ScenarioFileException.class)
                .hasMessageEndingWith(":20: a template's examples are written in it (data.table): each student's"
                        + " file is read from its text alone, where data.csv's file cannot be found");
        assertThat(ExamFile.read("t.toml", network("table = [[0, 1, 1], [1, 0, 0]]")).id()).isEqualTo("t");
    }
}
