package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.runtime.GradingKey;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The questions as cells: in the documents' order, with their points and nbgrader metadata, their values hidden. */
class QuestionCellsTest {

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

    /**
     * Every value the grading key holds (expected values, the ends of a kink's range, the slips' values, with four
     * significant digits or more) is in no grading cell of either version, so nbgrader's feedback, which shows the
     * graded notebook with its hidden tests put back, shows none; and the student's copy holds none anywhere.
     */
    @Test
    void noGradingCellHoldsAValueOfTheKey_andTheStudentsCopyStubsEveryMethod() throws IOException {
        List<Chapter> chapters = new ArrayList<>(Chapter.documents());
        chapters.add(variant("exam-network.toml"));
        chapters.add(variant("exam-kink.toml"));
        int values = 0;
        for (Chapter chapter : chapters) {
            List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
            String student = NotebookJson.write(cells, false);
            String gradingCells = String.join("\n", cells.stream().filter(c -> c.key() != null).map(Cell::instructor).toList());
            for (Cell c : cells) {
                if (c.key() == null) {
                    continue;
                }
                for (GradingKey.Part p : c.key().parts().values()) {
                    List<Object> all = new ArrayList<>(List.of(p.expected()));
                    if (p.upper() != null) {
                        all.add(p.upper());
                    }
                    p.slips().forEach(slip -> all.add(slip.value()));
                    for (Object v : all) {
                        for (double d : flat(v)) {
                            String text = Double.toString(d);
                            if (text.replaceAll("[^0-9]", "").replaceFirst("^0+", "").length() >= 4) {
                                values++;
                                assertThat(gradingCells).as(chapter.fileStem() + " " + c.id()).doesNotContain(text);
                                assertThat(student).as(chapter.fileStem() + " " + c.id()).doesNotContain(text);
                            }
                        }
                    }
                }
                assertThat(c.student()).doesNotContain("q.part(").endsWith("q.done();");
            }
            for (Cell c : cells) {
                if (c.id().endsWith("-solution")) {
                    assertThat(c.student()).contains("throw new UnsupportedOperationException(\"not written yet\");")
                            .doesNotContain("return ");
                }
            }
        }
        assertThat(values).isGreaterThan(500);
    }

    private static double[] flat(Object v) {
        if (v instanceof Double d) {
            return new double[] {d};
        }
        if (v instanceof double[] a) {
            return a;
        }
        return java.util.Arrays.stream((double[][]) v).flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
