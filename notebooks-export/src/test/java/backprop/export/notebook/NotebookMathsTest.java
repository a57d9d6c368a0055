package backprop.export.notebook;

import backprop.examples.Scenario;
import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Maths;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: pip's nbconvert 7 (the one nbgrader installs) loads MathJax from a CDN, so offline the feedback HTML
 * showed raw {@code $$\frac…$$}, and 004's student notebook showed {@code a_{1i}} as text. Every notebook of
 * {@code ./answer-key} (the five documents, the nine example variants), in both versions, is read here as a
 * Markdown renderer without MathJax would read it.
 */
@DisplayName("The notebooks' Markdown holds no TeX: it renders without MathJax")
class NotebookMathsTest {
    private static final Path VARIANTS = Path.of("../variants").toAbsolutePath().normalize();
    private static final Map<String, List<String>> MARKDOWN = new LinkedHashMap<>();
    private static final List<Chapter> CHAPTERS = new ArrayList<>();

    @BeforeAll
    static void writeEveryNotebook() throws IOException {
        CHAPTERS.addAll(Chapter.documents());
        try (Stream<Path> files = Files.list(VARIANTS)) {
            files.filter(f -> f.toString().endsWith(".toml")).sorted().forEach(f -> CHAPTERS.add(Chapter.of(ExamFile.read(f))));
        }
        for (Chapter c : CHAPTERS) {
            List<Cell> cells = Notebooks.cells(c, Worked.of(c));
            for (boolean instructor : new boolean[] {true, false}) {
                List<String> markdown = new ArrayList<>();
                for (JsonNode cell : new ObjectMapper().readTree(NotebookJson.write(cells, instructor)).get("cells")) {
                    if (cell.get("cell_type").asText().equals("markdown")) {
                        StringBuilder source = new StringBuilder();
                        cell.get("source").forEach(line -> source.append(line.asText()));
                        markdown.add(source.toString());
                    }
                }
                MARKDOWN.put((instructor ? "instructor/" : "student/") + c.fileStem(), markdown);
            }
        }
    }

    @Test
    @DisplayName("42 notebooks: no $$, no \\frac or \\partial, no ^{ or _{ outside code spans and images")
    void noTexLeft() {
        assertThat(MARKDOWN).hasSize(42);
        MARKDOWN.forEach((name, cells) -> {
            for (String md : cells) {
                String shown = md.replaceAll("<img [^>]*>", "IMAGE").replaceAll("(`+).+?\\1", "CODE");
                assertThat(shown).as(name).doesNotContain("$", "^{", "_{", "\\_{")
                        .doesNotContainPattern("\\\\[A-Za-z]{2,}");
            }
        });
    }

    @Test
    @DisplayName("each scenario's intro shows its formula as one centred HTML line, in both versions")
    void introShowsTheFormulaAsHtml() {
        int formulas = 0;
        for (Chapter c : CHAPTERS) {
            for (Scenario s : c.scenarios()) {
                String line = "\n\n" + Maths.displayed(s.formula()) + "\n\n";
                for (String version : List.of("instructor/", "student/")) {
                    assertThat(MARKDOWN.get(version + c.fileStem())).as(s.id()).anyMatch(md -> md.contains(line));
                    formulas++;
                }
            }
        }
        assertThat(formulas).isEqualTo(64);
    }

    @Test
    @DisplayName("004's printed table names a_{11} as the document does, a with subscript 11; its graph a₁ᵢ")
    void printedQuantityScripts() {
        for (String version : List.of("instructor/", "student/")) {
            String all = String.join("\n", MARKDOWN.get(version + "004"));
            assertThat(all).contains("| a<sub>11</sub> | 2.9 |", "| h<sub>14</sub> | 0.91 |", "a₁ᵢ", "h₁ᵢ");
        }
    }
}
