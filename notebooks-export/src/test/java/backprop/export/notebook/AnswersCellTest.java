package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.notebook.cell.Cell;
import backprop.export.runtime.Grade;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The answers cell, after the questions: run with every code cell of the instructor notebook before it, in JShell, it
 * fills answers through the solutions' methods, and every answer printed is the engine's. (QuestionGradingTest runs
 * the questions' cells alone; these run whole notebooks, the longest JShell runs, and a class of their own lets the
 * two test JVMs share them out.)
 */
@DisplayName("The whole instructor notebook, run in JShell: the answers cell prints the engine's values, through the solutions' methods")
@Tag("jshell")
class AnswersCellTest {

    /** Runs every code cell of the instructor version; every answer it prints is the engine's. Returns the code. */
    private static String answersPrintTheEnginesValues(Chapter chapter) {
        List<Worked> worked = Worked.of(chapter);
        List<Cell> cells = Notebooks.cells(chapter, worked);
        JShellCells.useKeyOf(cells);
        List<String> code = cells.stream().filter(c -> !c.markdown()).map(Cell::instructor).toList();
        String printed = JShellCells.runAll(code);
        Map<String, Double> expected = new TreeMap<>();
        for (Worked w : worked) {
            w.result().values().forEach((id, v) -> expected.put(id, v.exact()));
            w.result().derived().forEach(d -> expected.put(d.name(), d.value()));
        }
        // only what the answers cells ask (put) is printed: each must be the engine's value
        java.util.Set<String> put = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("answers\\.put\\(\"([^\"]+)\"").matcher(String.join("\n", code));
        while (m.find()) {
            put.add(m.group(1));
        }
        assertThat(put).isNotEmpty();
        expected.keySet().retainAll(put);
        int checked = 0;
        for (String line : printed.lines().toList()) {
            int eq = line.indexOf(" = ");
            if (eq > 0 && expected.containsKey(line.substring(0, eq))) {
                double want = expected.get(line.substring(0, eq));
                assertThat(Double.parseDouble(line.substring(eq + 3))).as(line).isCloseTo(want,
                        within(Grade.TOLERANCE * Math.max(1, Math.abs(want))));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(expected.size());
        assertThat(printed).doesNotContain("FEEDBACK");
        return String.join("\n", code);
    }

    /**
     * xor-batch's first update is on the whole batch's summed gradient, which no question computes: its W and b after
     * the update are not asked (the instructor's cell says why), not put from updateW on the first example's gradient.
     */
    @Test
    void aWholeBatchUpdate_isNotAsked_notTakenFromTheFirstExamplesStep() throws IOException {
        Chapter xor = Chapter.of(ExamFile.read(Path.of("..", "variants", "xor-batch.toml")));
        String code = answersPrintTheEnginesValues(xor);
        assertThat(code).doesNotContain("answers.put(\"variant.xor-batch.W1[1,1]_new\"")
                .contains("variant.xor-batch.W1[1,1]_new: the update is not the first plain step");
        // what no step of the questions gives (the update on the batch, the loss curve) earns nothing: no part
        String grading = Notebooks.cells(xor, Worked.of(xor)).stream().filter(c -> c.id().endsWith("-grade"))
                .findFirst().orElseThrow().instructor();
        assertThat(grading).contains("variant.xor-batch.a1_1").doesNotContain("W1[1,1]_new").doesNotContain("J_epoch");
    }

    /**
     * The whole instructor notebook, every code cell in order: the answers cell fills answers with the solutions'
     * methods, and every printed answer is the engine's (as CI's compare checks it after the real kernel).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"004", "variant-exam-network", "variant-exam-frozen", "variant-tiny-relu-bce"})
    void theAnswersCell_printsTheEnginesValues_throughTheStudentsMethods(String stem) throws IOException {
        Chapter chapter = QuestionGradingTest.chapters().filter(c -> c.fileStem().equals(stem)).findFirst().orElseThrow();
        String code = answersPrintTheEnginesValues(chapter);
        assertThat(code).contains("= z(", "= deltaHidden(", "= updateW(");
    }
}
