package backprop.export.variant;

import backprop.examples.Document;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A printed expression of a scenario file has its own row in answer-key.csv, right after its value's, with its
 * own status. By hand: CS231n's circuit (x + y)·z at x = −2, y = 5, z = −4 prints ∂f/∂x = "1 * -4 = -4", which
 * comes to −4; a printed "2 * 0.5 * (0.75 - 0.01)" is 2·0.5·0.74 = 0.74, which is not the 0.75 printed beside it
 * (half a unit of 0.75 is 0.005). The network's z1[1] = 0.5·1 − 1·2 + 0.5 = −1 is printed beside
 * "0.5 - 2 + 0.5" (−1: reproduced) and a2[1] = 3.5 beside "0 + 3 + 0.25" (3.25: an erratum).
 */
@DisplayName("answer-key.csv: a printed expression's own row and status, in both kinds of file")
class ExpressionRowsTest {
    private static final String CIRCUIT = """
            title = "c"
            kind = "expression"
            precision = 4
            expression = "(x + y)*z"
            [inputs]
            x = -2
            y = 5
            z = -4
            [[published]]
            quantity = "df/dx"
            printed = "-4"
            where = "the add gate"
            expression = "1 * -4"
            [[published]]
            quantity = "f"
            printed = "-12"
            where = "the forward pass"
            [[published]]
            quantity = "x + y"
            printed = "0.75"
            where = "made up"
            expression = "2 * 0.5 * (0.75 - 0.01)"
            """;

    private static final String NETWORK = """
            title = "n"
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
            [[published]]
            quantity = "z1[1]"
            printed = "-1"
            where = "p. 1"
            expression = "0.5 - 2 + 0.5"
            [[published]]
            quantity = "a2[1]"
            printed = "3.5"
            where = "p. 2"
            expression = "0 + 3 + 0.25"
            """;

    private static List<CSVRecord> rows(Chapter c) throws IOException {
        String csv = AnswerKeyCsv.render(List.of(c), List.of(Worked.of(c)));
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return p.getRecords().stream().filter(r -> !r.get("published").isEmpty()).toList();
        }
    }

    @Test
    @DisplayName("an expression file: 1 * -4 reproduces −4; 2 * 0.5 * (0.75 - 0.01) gives 0.74, an erratum for 0.75")
    void expressionFile() throws IOException {
        List<CSVRecord> rows = rows(Chapter.of(ExamFile.read("c.toml", CIRCUIT)));
        assertThat(rows).extracting(r -> r.get("quantity")).containsExactly("∂f/∂x", "∂f/∂x as printed: 1 * -4",
                "f", "x + y", "x + y as printed: 2 * 0.5 * (0.75 - 0.01)");
        CSVRecord reproduced = rows.get(1);
        assertThat(List.of(reproduced.get("location"), reproduced.get("published"), reproduced.get("computed"),
                reproduced.get("true_value"), reproduced.get("status"))).containsExactly("the add gate", "-4", "-4.0",
                "-4.0", "reproduced");
        assertThat(reproduced.get("note")).isEqualTo("[variant.c.printed1.expression] evaluated with the printed"
                + " numbers, it comes to the printed value");
        CSVRecord erratum = rows.get(4);
        assertThat(List.of(erratum.get("published"), erratum.get("status"), erratum.get("note")))
                .containsExactly("0.75", "erratum", "[variant.c.printed3.expression] evaluated with the printed"
                        + " numbers, it does not come to 0.75");
        assertThat(Double.parseDouble(erratum.get("computed"))).isCloseTo(0.74, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(erratum.get("true_value")).isEqualTo(erratum.get("computed"));
        assertThat(erratum.get("one_sided_lo") + erratum.get("one_sided_hi")).isEmpty();
    }

    @Test
    @DisplayName("a network file: 0.5 - 2 + 0.5 reproduces z1[1] = −1; 0 + 3 + 0.25 gives 3.25, an erratum for 3.5")
    void networkFile() throws IOException {
        List<CSVRecord> rows = rows(Chapter.of(ExamFile.read("n.toml", NETWORK)));
        assertThat(rows).extracting(r -> r.get("quantity") + " | " + r.get("computed") + " | " + r.get("status"))
                .containsExactly("z1[1] | -1.0 | reproduced", "z1[1] as printed: 0.5 - 2 + 0.5 | -1.0 | reproduced",
                        "a2[1] | 3.5 | reproduced", "a2[1] as printed: 0 + 3 + 0.25 | 3.25 | erratum");
    }

    @Test
    @DisplayName("the Markdown keeps its table of printed expressions, evaluated as printed")
    void markdownKeepsSayingIt() {
        Chapter c = Chapter.of(ExamFile.read("c.toml", CIRCUIT));
        assertThat(AnswerKeyMarkdown.render(c, Worked.of(c))).contains("### Printed expressions, evaluated as printed")
                .contains("| 2 \\* 0.5 \\* (0.75 - 0.01) | 0.74 | **no** |");
    }

    @Test
    @DisplayName("a document's printed expressions stay in its Markdown: 004's rows are one per printed value")
    void documentsUnchanged() throws IOException {
        assertThat(rows(Chapter.of(Document.D004))).extracting(r -> r.get("quantity"))
                .noneMatch(q -> q.contains(" as printed: "));
    }
}
