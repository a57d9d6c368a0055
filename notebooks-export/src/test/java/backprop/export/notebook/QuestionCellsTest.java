package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The questions as cells: in the documents' order, with their points and nbgrader metadata, their values hidden. */
class QuestionCellsTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d{6,}(?:E-?\\d+)?");

    private static Chapter variant(String name) throws IOException {
        return Chapter.of(ExamFile.read(name, Files.readString(Path.of("..", "variants", name), StandardCharsets.UTF_8)));
    }

    private static JsonNode notebook(Chapter chapter, boolean instructor) throws IOException {
        return new ObjectMapper().readTree(NotebookJson.write(Notebooks.cells(chapter, Worked.of(chapter)), instructor));
    }

    @Test
    void aNetworksQuestionsFollowAlgorithmsOneAndTwo_thenTheUpdate_eachWithItsPoints() throws IOException {
        List<String> ids = new ArrayList<>();
        List<Integer> points = new ArrayList<>();
        for (JsonNode cell : notebook(variant("exam-network.toml"), true).get("cells")) {
            JsonNode nb = cell.path("metadata").path("nbgrader");
            if (nb.path("grade").asBoolean() && cell.get("cell_type").asText().equals("code")
                    && cell.get("source").get(0).asText().startsWith("Grade q") && !nb.get("grade_id").asText().endsWith("-grade")) {
                ids.add(nb.get("grade_id").asText());
                points.add(nb.get("points").asInt());
            }
        }
        String p = "variant-exam-network-1-n1-";
        assertThat(ids).containsExactly(p + "z", p + "dLda", p + "delta-out", p + "delta-hidden", p + "gradients", p + "update");
        assertThat(points).containsExactly(2, 1, 2, 2, 2, 2);
    }

    @Test
    void eachMethodCellIsASolutionCellNamedAfterItsQuestion_andItsGradingCellALockedGradeCell() throws IOException {
        JsonNode cells = notebook(variant("exam-network.toml"), false).get("cells");
        int methods = 0;
        for (int i = 0; i < cells.size(); i++) {
            JsonNode nb = cells.get(i).path("metadata").path("nbgrader");
            String id = nb.path("grade_id").asText();
            if (id.endsWith("-solution") && id.contains("-n1-")) {
                methods++;
                assertThat(nb.get("solution").asBoolean()).isTrue();
                assertThat(nb.get("grade").asBoolean()).isFalse();
                JsonNode grading = cells.get(i + 1).get("metadata");
                assertThat(grading.path("nbgrader").get("grade_id").asText()).isEqualTo(id.substring(0, id.length() - "-solution".length()));
                assertThat(grading.path("nbgrader").get("grade").asBoolean()).isTrue();
                assertThat(grading.get("editable").asBoolean()).isFalse();
                assertThat(String.join("", cells.get(i).get("source").findValuesAsText(""))).isEmpty();
            }
        }
        assertThat(methods).isEqualTo(6);
    }

    @Test
    void theStudentsCopyHoldsNoValueOfAnyHiddenTest_andStubsEveryMethod() throws IOException {
        List<Chapter> chapters = new ArrayList<>(Chapter.documents());
        chapters.add(variant("exam-network.toml"));
        chapters.add(variant("exam-kink.toml"));
        int hidden = 0;
        for (Chapter chapter : chapters) {
            List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
            String student = NotebookJson.write(cells, false);
            for (Cell c : cells) {
                if (c.instructor().startsWith("Grade q")) {
                    // the expected values and the slips' values: each part's lines after its call (the call's
                    // arguments are the scenario's inputs, which the intro's table shows too)
                    String region = c.instructor().substring(c.instructor().indexOf("// BEGIN HIDDEN TESTS"))
                            .lines().filter(l -> l.startsWith(" ")).reduce("", (a, b) -> a + "\n" + b);
                    Matcher m = NUMBER.matcher(region);
                    while (m.find()) {
                        hidden++;
                        assertThat(student).as(chapter.fileStem() + " " + c.id()).doesNotContain(m.group());
                    }
                    assertThat(c.student()).doesNotContain("q.part(", "q.between(").endsWith("q.done();");
                }
                if (c.id().endsWith("-solution")) {
                    assertThat(c.student()).contains("throw new UnsupportedOperationException(\"not written yet\");")
                            .doesNotContain("return ");
                }
            }
        }
        assertThat(hidden).isGreaterThan(100);
    }
}
