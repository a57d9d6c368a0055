package backprop.export.variant;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.markdown.AnswerKeyCsv;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every forward value of a network variant has a derived row. The network is a 2-2-2 with ReLU then identity
 * and binary-fraction numbers, so every z and a is exact and computed here by hand:
 * z1 = W1·x + b1 = (0.5 − 2 + 0.5, 0.25 + 1 + 0.25) = (−1, 1.5), a1 = relu(z1) = (0, 1.5),
 * z2 = W2·a1 + b2 = (0 + 3 + 0.5, 0 + 0.75 − 0.25) = (3.5, 0.5), a2 = z2.
 */
@DisplayName("answer-key.csv has a derived row for every z and a of a network variant")
class ForwardRowsTest {
    private static final String FILE = """
            title = "t"
            kind = "network"
            precision = 4
            [network]
            layers = [2, 2, 2]
            activations = ["relu", "identity"]
            [[network.layer]]
            weights = [[0.5, -1], [0.25, 0.5]]
            biases = [0.5, 0.25]
            [[network.layer]]
            weights = [[1, 2], [-1, 0.5]]
            biases = [0.5, -0.25]
            [example]
            x = [1, 2]
            y = [0, 1]
            [training]
            loss = "half_sum_squared_error"
            learning_rate = 0.5
            """;

    private static Chapter chapter() {
        return Chapter.of(ExamFile.read("t.toml", FILE));
    }

    @Test
    @DisplayName("z1_1 … a2_2: quantity, computed value, computed, status derived, the id in the note column")
    void csvRows() throws IOException {
        Chapter c = chapter();
        String csv = AnswerKeyCsv.render(List.of(c), List.of(Worked.of(c)));
        Map<String, CSVRecord> rows;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            rows = p.getRecords().stream().filter(r -> r.get(8).matches("variant\\.t\\.[za]\\d_\\d"))
                    .collect(Collectors.toMap(r -> r.get(8), r -> r));
        }
        Map<String, Double> expected = Map.of("z1_1", -1.0, "z1_2", 1.5, "a1_1", 0.0, "a1_2", 1.5,
                "z2_1", 3.5, "z2_2", 0.5, "a2_1", 3.5, "a2_2", 0.5);
        assertThat(rows).hasSize(8);
        expected.forEach((id, value) -> {
            CSVRecord r = rows.get("variant.t." + id);
            assertThat(r.get(3)).as(id).isEqualTo(id.charAt(0) + id.substring(1, 2) + "[" + id.substring(3) + "]");
            assertThat(r.get(4)).as(id + " published").isEmpty();
            assertThat(Double.parseDouble(r.get(6))).as(id).isEqualTo(value);
            assertThat(r.get(7)).isEqualTo("derived");
        });
    }

    @Test
    @DisplayName("the Derived table of the answer key lists them")
    void markdownRows() {
        Chapter c = chapter();
        String md = AnswerKeyMarkdown.render(c, Worked.of(c));
        assertThat(md).contains("| z1\\[1\\] | -1 |", "| a1\\[1\\] | 0 |", "| z2\\[1\\] | 3.5 |", "| a2\\[2\\] | 0.5 |");
    }
}
