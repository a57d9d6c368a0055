package backprop.export.variant;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.markdown.AnswerKeyCsv;
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
 * f = max(a, b) + relu(c) + 2·d at a = b = 1, c = 0, d = 3. By hand: ∂f/∂a is 0 just left of a = 1 (b wins) and 1
 * just right of it, so its one-sided range is [0, 1], and so is ∂f/∂b's; relu at 0 gives ∂f/∂c ∈ [0, 1]; ∂f/∂d = 2
 * everywhere, no kink. The rule in force picks one value; the CSV names the range a grader must accept.
 */
@DisplayName("answer-key.csv gives a derivative at a kink its one-sided range, and none elsewhere")
class KinkColumnsTest {
    private static final String FILE = """
            title = "t"
            kind = "expression"
            precision = 4
            expression = "max(a, b) + relu(c) + 2 * d"
            conventions = "libraries"
            [inputs]
            a = 1
            b = 1
            c = 0
            d = 3
            """;

    @Test
    void kinkRows_haveTheirOneSidedDerivatives_otherRowsNone() throws IOException {
        Chapter c = Chapter.of(ExamFile.read("t.toml", FILE));
        String csv = AnswerKeyCsv.render(List.of(c), List.of(Worked.of(c)));
        Map<String, CSVRecord> rows;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            rows = p.getRecords().stream().collect(Collectors.toMap(r -> r.get("quantity"), r -> r));
        }
        for (String kink : List.of("∂f/∂a", "∂f/∂b", "∂f/∂c")) {
            assertThat(Double.parseDouble(rows.get(kink).get("one_sided_lo"))).as(kink).isEqualTo(0.0);
            assertThat(Double.parseDouble(rows.get(kink).get("one_sided_hi"))).as(kink).isEqualTo(1.0);
        }
        assertThat(rows.get("∂f/∂d").get("one_sided_lo")).isEmpty();
        assertThat(rows.get("∂f/∂d").get("one_sided_hi")).isEmpty();
        assertThat(rows.get("f").get("one_sided_lo")).isEmpty();
    }
}
