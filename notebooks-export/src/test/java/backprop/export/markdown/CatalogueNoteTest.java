package backprop.export.markdown;

import backprop.examples.Document;
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

/** The answer key names 004's method in the catalogue's words beside a value the stated method does not give. */
@DisplayName("the note of a 004 value the stated method does not reproduce says which catalogued method does")
class CatalogueNoteTest {
    private static final String BIAS_OUT = "; catalogue: comes out only when the forward pass leaves the bias out, z = W·a;"
            + " the file states the forward pass adds the bias, z = W·a + b";

    @Test
    @DisplayName("answer-key.csv: a1 = 2.9 is the bias left out; w213 = 0.2, reproduced, has no catalogue words")
    void csvNote_namesTheCataloguedMethod() throws IOException {
        Chapter c = Chapter.of(Document.D004);
        String csv = AnswerKeyCsv.render(List.of(c), List.of(Worked.of(c)));
        Map<String, String> notes;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            notes = p.getRecords().stream().filter(r -> r.get(8).startsWith("[004."))
                    .collect(Collectors.toMap(r -> r.get(8).substring(1, r.get(8).indexOf(']')), CSVRecord::toString));
        }
        assertThat(notes.get("004.w212.a1_1")).contains(BIAS_OUT);
        assertThat(notes.get("004.w131.da21_dh13")).isNotNull().doesNotContain("catalogue:");
    }

    @Test
    @DisplayName("the answer key's Printed values table carries the same words")
    void markdownNote_namesTheCataloguedMethod() {
        Chapter c = Chapter.of(Document.D004);
        String md = AnswerKeyMarkdown.render(c, Worked.of(c));
        assertThat(md).contains("with b1 = 0.5 every entry is 0.5 larger" + BIAS_OUT);
    }
}
