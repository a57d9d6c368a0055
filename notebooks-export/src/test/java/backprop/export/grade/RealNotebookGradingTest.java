package backprop.export.grade;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import backprop.export.notebook.Notebooks;
import backprop.export.runtime.GradingKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grader on a notebook the exporter writes, end to end: exam-network's instructor notebook (a sigmoid layer, a
 * softmax output, L = Σ(ŷ − y)²) handed in with one catalogued slip, ∂L/∂ŷ = ŷ − y without the square's factor 2.
 * The slip's question earns 0 and its feedback names LOSS_CONSTANT; the questions the slip does not touch keep
 * their points; the answers, computed through the slipped method, lose some.
 */
@Tag("sandbox")
@DisplayName("The grader on an exported notebook names a catalogued slip and scores each question on its own")
class RealNotebookGradingTest {

    @Test
    void aLossGradientWithoutItsFactorTwo_losesThatQuestionOnly_withLossConstantsWords() {
        Chapter chapter = Chapter.of(ExamFile.read(Path.of("..", "variants", "exam-network.toml")));
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        String instructor = NotebookJson.write(cells, true);
        String slipped = instructor.replace("2 * (yHat[j] - y[j])", "(yHat[j] - y[j])");
        assertThat(slipped).isNotEqualTo(instructor);

        Map<String, GradingKey.Question> key = new LinkedHashMap<>();
        cells.stream().filter(c -> c.key() != null).forEach(c -> key.put(c.id(), c.key()));
        Grades grades = new Autograder(Squares.CLASS_PATH, Duration.ofSeconds(60), true)
                .grade(NotebookFile.parse("instructor.ipynb", instructor), NotebookFile.parse("slipped.ipynb", slipped),
                        new GradingKey(key), "key.json");

        QuestionScore loss = question(grades, "-dLda");
        assertThat(loss.earned()).isZero();
        assertThat(String.join("\n", loss.feedback())).contains("(LOSS_CONSTANT)");
        assertThat(question(grades, "-z").earned()).isEqualTo(question(grades, "-z").possible());
        assertThat(question(grades, "-delta-hidden").earned()).isEqualTo(question(grades, "-delta-hidden").possible());
        QuestionScore answers = question(grades, "-grade");
        assertThat(answers.earned()).isPositive().isLessThan(answers.possible());
    }

    private static QuestionScore question(Grades grades, String suffix) {
        return grades.questions().stream().filter(q -> q.question().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no question ending " + suffix + " in " + grades.questions()));
    }
}
