package backprop.examples.scenariofile;

import backprop.examples.Derived;
import backprop.examples.Input;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data sets in a network file: [[example]], [data] table and a CSV file beside the file, each read as written
 * (expected values by hand), and the CSV's safety rules that need a real folder (symbolic link, size, text only).
 */
@DisplayName("Data sets: [[example]], [data] table, [data] csv")
class DataSetFileTest {
    static final String NETWORK = """
            title = "t"
            kind = "network"
            precision = 4
            [network]
            layers = [2, 2, 1]
            activations = ["sigmoid", "sigmoid"]
            [[network.layer]]
            weights = [[0.1, 0.2], [0.3, 0.4]]
            biases = [0.5, -0.5]
            [[network.layer]]
            weights = [[0.7, -0.6]]
            biases = [0.05]
            """;
    static final String TRAINING = """
            [training]
            loss = "half_sum_squared_error"
            learning_rate = 0.5
            """;

    static Map<String, Double> rows(ScenarioFile file) {
        return file.scenario().compute().derived().stream().collect(Collectors.toMap(Derived::name, Derived::value));
    }

    private static String dataSetShown(ScenarioFile file) {
        return file.scenario().inputs().stream().filter(i -> i.symbol().startsWith("(x¹")).map(Input::value)
                .findFirst().orElseThrow();
    }

    @Test
    void dataTable_splitsEachRowIntoInputsThenTargets() {
        ScenarioFile file = ExamFile.read("t.toml", NETWORK + """
                [data]
                inputs = 2
                table = [[0, 1, 1], [1, 0, 0.5]]
                """ + TRAINING);
        assertThat(dataSetShown(file)).isEqualTo("([0, 1], [1]), ([1, 0], [0.5])");
    }

    @Test
    void exampleTables_areReadInTheOrderWritten() {
        ScenarioFile file = ExamFile.read("t.toml", NETWORK + """
                [[example]]
                x = [0, 1]
                y = [1]
                [[example]]
                x = [1, 0]
                y = [0.5]
                """ + TRAINING);
        assertThat(dataSetShown(file)).isEqualTo("([0, 1], [1]), ([1, 0], [0.5])");
    }

    @Test
    void oneExampleTable_keepsTheSingleExampleRows() {
        Map<String, Double> one = rows(ExamFile.read("t.toml", NETWORK + "[example]\nx = [0, 1]\ny = [1]\n" + TRAINING));
        Map<String, Double> array = rows(ExamFile.read("t.toml", NETWORK + "[[example]]\nx = [0, 1]\ny = [1]\n"
                + TRAINING));
        assertThat(array).isEqualTo(one);
    }

    @Test
    void csvBesideTheFile_withOrWithoutAHeader_givesTheSameRows(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("with.csv"), "x1, x2, y\r\n0, 1, 1\r\n1, 0, 0.5\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("without.csv"), "\uFEFF0,1,1\n\n1,0,5e-1", StandardCharsets.UTF_8);
        ScenarioFile with = write(dir, "with.toml", "[data]\ncsv = \"with.csv\"\n");
        ScenarioFile without = write(dir, "without.toml", "[data]\ninputs = 2\ncsv = 'without.csv'\n");
        assertThat(dataSetShown(with)).isEqualTo("([0, 1], [1]), ([1, 0], [0.5])");
        assertThat(dataSetShown(without)).isEqualTo("([0, 1], [1]), ([1, 0], [0.5])");
    }

    @Test
    void csvFile_isWrittenIntoTheTextANotebookReadsAgain(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("d.csv"), "x1,x2,y\n0,1,1\n1,0,0.5\n0.25,-1e-3,0\n", StandardCharsets.UTF_8);
        ScenarioFile file = write(dir, "d.toml", "[data]\ncsv = \"d.csv\"  # beside\n");
        assertThat(file.text()).doesNotContain("csv = ").contains("inputs = 2\n")
                .contains("[0.25, -0.001, 0.0]]");
        ScenarioFile again = ExamFile.read("d.toml", file.text());
        assertThat(rows(again)).isEqualTo(rows(file));
        assertThat(dataSetShown(again)).isEqualTo(dataSetShown(file));
    }

    @Test
    void csvWithoutAFolder_isRefusedAndNamesTheWayOut() {
        assertThatThrownBy(() -> ExamFile.read("t.toml", NETWORK + "[data]\ncsv = \"xor.csv\"\n" + TRAINING))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage("t.toml:14: data.csv: this file was given as text only, with no folder to find xor.csv"
                        + " in; write the rows as data.table = [[x…, y…], …]");
    }

    @Test
    void csvThatIsASymbolicLink_isRefused(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("real.txt"), "0,1,1\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("link.csv"), target);
        assertThatThrownBy(() -> write(dir, "s.toml", "[data]\ncsv = \"link.csv\"\n"))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessageEndingWith("s.toml:14: data.csv: link.csv is a symbolic link; put the file itself beside"
                        + " the scenario file");
    }

    @Test
    void csvThatIsAFolder_isRefused(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("d.csv"));
        assertThatThrownBy(() -> write(dir, "s.toml", "[data]\ncsv = \"d.csv\"\n"))
                .hasMessageEndingWith("s.toml:14: data.csv: d.csv is not a regular file");
    }

    @Test
    void csvLargerThanTheLimit_isRefusedAtItsKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("big.csv"), "0,1,1\n".repeat(Limits.MAX_CSV_BYTES / 6 + 1),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> write(dir, "s.toml", "[data]\ncsv = \"big.csv\"\n"))
                .hasMessageEndingWith("s.toml:14: data.csv: big.csv is larger than 1000000 bytes, the limit for a"
                        + " data set");
    }

    @Test
    void csvWithMoreRowsThanTheLimit_isRefusedAtTheFirstRowTooMany(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rows.csv"), "0,1,1\n".repeat(Limits.MAX_EXAMPLES + 1), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> write(dir, "s.toml", "[data]\ncsv = \"rows.csv\"\n"))
                .hasMessageEndingWith("rows.csv:1001: row 1001 is one example more than 1000, the limit");
    }

    @Test
    void csvKeyInsideAnInlineTable_isRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("d.csv"), "0,1,1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> write(dir, "s.toml", "data = { csv = \"d.csv\" }\n"))
                .hasMessageContaining("must be written on a line of its own under [data]");
    }

    @Test
    void targetsOfAnExampleTable_areCheckedForTheLoss() {
        String text = NETWORK + "[[example]]\nx = [0, 1]\ny = [1]\n[[example]]\nx = [1, 0]\ny = [-1]\n"
                + TRAINING.replace("half_sum_squared_error", "binary_cross_entropy");
        assertThatThrownBy(() -> ExamFile.read("t.toml", text))
                .hasMessage("t.toml:18: example 2: y[1] is -1, but the targets of binary_cross_entropy must lie in"
                        + " [0, 1]");
    }

    @Test
    void csvOfExactlyTheLimit_isRead(@TempDir Path dir) throws IOException {
        // 1,000 rows of 1,000 bytes: "0,1,1", 994 spaces, a line break; 1,000,000 bytes and 1,000 examples
        Files.writeString(dir.resolve("full.csv"), ("0,1,1" + " ".repeat(994) + "\n").repeat(Limits.MAX_EXAMPLES),
                StandardCharsets.UTF_8);
        assertThat(Files.size(dir.resolve("full.csv"))).isEqualTo(Limits.MAX_CSV_BYTES);
        assertThat(dataSetShown(write(dir, "s.toml", "[data]\ncsv = \"full.csv\"\n"))).endsWith("… (1000 examples)");
    }

    @Test
    void csvName_isAPlainNameWithoutDotDotOrALeadingDot(@TempDir Path dir) throws IOException {
        for (String name : new String[] {".x.csv", "a..b.csv"}) {
            Files.writeString(dir.resolve(name), "0,1,1\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> write(dir, "s.toml", "[data]\ncsv = \"" + name + "\"\n")).as(name)
                    .hasMessageEndingWith("s.toml:14: data.csv must be a plain file name beside the scenario file (no"
                            + " folder, no '..'), is \"" + name + "\"");
        }
    }

    @Test
    void csvWithInputsGiven_isWrittenInWithoutASecondInputsKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("d.csv"), "0,1,1\n1,0,0.5\n", StandardCharsets.UTF_8);
        String text = write(dir, "d.toml", "[data]\ninputs = 2\ncsv = \"d.csv\"\n").text();
        assertThat(text.split("inputs = ", -1)).hasSize(2);
        assertThat(text).contains("inputs = 2\ntable = [  # the rows of d.csv, written in\n    [0.0, 1.0, 1.0],\n"
                + "    [1.0, 0.0, 0.5]]");
    }

    @Test
    void fileWithoutCsv_keepsItsOwnText() {
        String text = NETWORK + "[example]\nx = [0, 1]\ny = [1]\n" + TRAINING;
        assertThat(ExamFile.read("t.toml", text).text()).isEqualTo(text);
    }

    @Test
    void exampleTables_atTheLimitAreRead_oneMoreIsRefused_andEachIsTheRightWidth() {
        String one = "[[example]]\nx = [0, 1]\ny = [1]\n";
        assertThat(dataSetShown(ExamFile.read("t.toml", NETWORK + one.repeat(Limits.MAX_EXAMPLES) + TRAINING)))
                .endsWith("… (1000 examples)");
        assertThatThrownBy(() -> ExamFile.read("t.toml", NETWORK + one.repeat(Limits.MAX_EXAMPLES + 1) + TRAINING))
                .hasMessage("t.toml:13: [[example]] has 1001 tables; the limit is 1000");
        assertThatThrownBy(() -> ExamFile.read("t.toml", NETWORK + one + one.replace("y = [1]", "y = [1, 0]")
                + TRAINING)).hasMessage("t.toml:18: example 2: y has 2 entries; the output layer has 1");
    }

    @Test
    void outputsAfterTraining_atTheLimitAreRead() {
        // 1,000 examples × 10 outputs = 10,000: the limit; 1 input, so each row has 11 values
        String network = NETWORK.replace("layers = [2, 2, 1]", "layers = [1, 10]")
                .replace("activations = [\"sigmoid\", \"sigmoid\"]", "activations = [\"sigmoid\"]");
        network = network.substring(0, network.indexOf("[[network.layer]]")) + "[initial]\nseed = 1\nrange = [-1, 1]\n";
        String rows = ("[0" + ", 1".repeat(10) + "], ").repeat(Limits.MAX_EXAMPLES);
        ScenarioFile file = ExamFile.read("t.toml", network + "[data]\ninputs = 1\ntable = [" + rows + "]\n" + TRAINING);
        assertThat(dataSetShown(file)).endsWith("… (1000 examples)");
    }

    /** The file {@code name} in {@code dir}: NETWORK, {@code data}, TRAINING; read from disk. */
    private static ScenarioFile write(Path dir, String name, String data) throws IOException {
        String text = data.startsWith("data = ") ? NETWORK.replace("precision = 4\n", "precision = 4\n" + data)
                + TRAINING : NETWORK + data + TRAINING;
        return ExamFile.read(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
    }
}
