package backprop.examples.scenariofile;

import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run's files together are held to the per-run limits, and a run takes at most 20 files (issue 22). */
@DisplayName("A run's files together stay within one file's limits")
class RunLimitsTest {
    private static final String EXPRESSION = """
            title = "t"
            kind = "expression"
            precision = 4
            expression = "x * y"
            [inputs]
            x = 1
            y = 2
            """;

    @TempDir
    Path temp;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** An m-n-1 network from a seed: mn + 2n + 1 weights and biases, one example, {@code epochs} epochs. */
    private static String network(int inputs, int hidden, int epochs) {
        return String.format(Locale.ROOT, """
                title = "t"
                kind = "network"
                precision = 4
                [network]
                layers = [%d, %d, 1]
                activations = ["sigmoid", "identity"]
                [initial]
                seed = 1
                range = [-1, 1]
                [example]
                x = [%s]
                y = [1]
                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.1
                epochs = %d
                """, inputs, hidden, String.join(", ", java.util.Collections.nCopies(inputs, "0.5")), epochs);
    }

    @Test
    void twentyFiles_areRead_theTwentyFirstIsRefusedAtLineOne() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= Limits.MAX_FILES + 1; i++) {
            files.add(file("f" + i + ".toml", EXPRESSION));
        }
        assertThat(ExamFile.readAll(files.subList(0, Limits.MAX_FILES))).hasSize(20);
        assertThatThrownBy(() -> ExamFile.readAll(files)).isInstanceOf(ScenarioFileException.class)
                .hasMessage(files.get(20) + ":1: a run takes at most 20 scenario files, and this is file 21; give the"
                        + " others a run of their own");
    }

    @Test
    void twoNetworksOf7001Parameters_useMoreThanOneFilesLimits() throws IOException {
        // 5-1000-1: 5000 + 1000 weights and 1000 + 1 biases = 7001, 70.01 % of 10,000 each
        Path a = file("a.toml", network(5, 1000, 0));
        Path b = file("b.toml", network(5, 1000, 0));
        assertThat(ExamFile.readAll(List.of(a)).get(0).footprint().share()).isEqualTo(0.7001);
        assertThatThrownBy(() -> ExamFile.readAll(List.of(a, b))).isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith(b + ":1: the run's files together use 140.0 % of one file's limits (");
    }

    /**
     * 1,000 epochs × 1,000 examples is exactly the limit on epochs × examples: the reader goes past that check to the
     * next one, which refuses batch_reduction without whole batches (before anything is trained).
     */
    @Test
    void exampleVisitsAtTheLimit_passThatCheck() {
        StringBuilder rows = new StringBuilder();
        for (int m = 0; m < 1000; m++) {
            rows.append(m == 0 ? "" : ", ").append("[").append(m % 7).append(", ").append(m % 2).append("]");
        }
        String text = network(1, 1, 1000).replace("[example]\nx = [0.5]\ny = [1]\n", "[data]\ntable = [" + rows
                + "]\n").replace("layers = [1, 1, 1]", "layers = [1, 1]").replace("[\"sigmoid\", \"identity\"]",
                "[\"sigmoid\"]") + "batch_reduction = \"sum\"\n";
        assertThat(text).contains("[data]", "layers = [1, 1]", "epochs = 1000").doesNotContain("[example]");
        assertThatThrownBy(() -> ExamFile.read("t.toml", text)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("batch_reduction applies to batching = \"whole_batch\" only");
    }

    @Test
    void footprint_countsParametersVisitsWorkCharactersAndPrintedValues() throws IOException {
        // 1-3-1: 3 + 3 + 3 + 1 = 10 parameters; 7 epochs of one example: 7 visits, 70 parameter updates
        Footprint net = ExamFile.readAll(List.of(file("n.toml", network(1, 3, 7)))).get(0).footprint();
        assertThat(net).isEqualTo(new Footprint(10, 7, 70, 0, 0));
        // the same with 3 examples: 7 epochs × 3 = 21 visits, 210 parameter updates
        String three = network(1, 3, 7).replace("[example]\nx = [0.5]\ny = [1]\n", "[data]\ntable = [[0.5, 1], [1, 0],"
                + " [2, 1]]\n");
        assertThat(ExamFile.readAll(List.of(file("n3.toml", three))).get(0).footprint())
                .isEqualTo(new Footprint(10, 21, 210, 0, 0));
        Footprint expr = ExamFile.readAll(List.of(file("e.toml", EXPRESSION + """
                [[published]]
                quantity = "f"
                printed = "2"
                where = "p. 1"
                """))).get(0).footprint();
        assertThat(expr).isEqualTo(new Footprint(0, 0, 0, "x * y".length(), 1));
    }

    @Test
    void share_isTheLargestFractionOfAPerFileLimit_andARunMayUseOne() {
        // each measure at a tenth of its limit but one, at half of it: the share is a half
        long[] tenth = {1_000, 100_000, 1_000_000, 10_000, 100};
        for (int i = 0; i < tenth.length; i++) {
            long[] m = tenth.clone();
            m[i] *= 5;
            assertThat(new Footprint(m[0], m[1], m[2], m[3], m[4]).share()).as("measure %d", i).isEqualTo(0.5);
        }
        assertThat(Footprint.overRunLimit(1.0)).isNull();
        assertThat(Footprint.overRunLimit(1 + 1e-12)).isNull();
        assertThat(Footprint.overRunLimit(1 + 1e-9)).isNull();
        assertThat(Footprint.overRunLimit(1.001)).startsWith("the run's files together use 100.1 % of one file's");
    }
}
