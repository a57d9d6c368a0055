package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.question.NetworkSlips;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The network questions, run in JShell: the instructor's methods earn every point, the student's stubs none, a slip its words")
@Tag("jshell")
class QuestionGradingTest {
    private static final Pattern SCORE = Pattern.compile("^SCORE (\\S+) (\\S+) (\\S+)$", Pattern.MULTILINE);

    static Stream<Chapter> chapters() throws IOException {
        List<Chapter> all = new ArrayList<>(Chapter.documents());
        for (String name : List.of("exam-network.toml", "exam-frozen.toml", "exam-kink.toml", "exam-expression.toml",
                "tiny-relu-bce.toml")) {
            Path file = Path.of("..", "variants", name);
            all.add(Chapter.of(ExamFile.read(name, Files.readString(file, StandardCharsets.UTF_8))));
        }
        return all.stream();
    }

    /** The chapters named by their files' stem in the test tree ("004", "variant-exam-kink"), not by Chapter's toString. */
    static Stream<Named<Chapter>> namedChapters() throws IOException {
        return chapters().map(c -> Named.of(c.fileStem(), c));
    }

    /** The imports, every question's method and grading cell, in the notebook's order, in one version. */
    private static List<String> questionCells(Chapter chapter, boolean instructor) {
        List<String> cells = new ArrayList<>();
        List<Cell> all = Notebooks.cells(chapter, Worked.of(chapter));
        JShellCells.useKeyOf(all);
        for (Cell c : all) {
            boolean question = c.instructor().startsWith("Grade q") && !c.id().endsWith("-grade") || c.id().endsWith("-solution")
                    || c.id().endsWith("-imports");
            if (question && !c.markdown()) {
                cells.add(instructor ? c.instructor() : c.student());
            }
        }
        return cells;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedChapters")
    void theInstructorsMethods_earnEveryPointOfEveryQuestion(Chapter chapter) {
        String printed = JShellCells.runAll(questionCells(chapter, true));
        Matcher m = SCORE.matcher(printed);
        int questions = 0;
        while (m.find()) {
            questions++;
            assertThat(m.group(2)).as(m.group()).isEqualTo(m.group(3));
        }
        assertThat(printed).doesNotContain("FEEDBACK");
        long expected = Notebooks.cells(chapter, Worked.of(chapter)).stream().filter(c -> c.points() > 0
                && c.grading() == Cell.Grading.TESTS && c.instructor().startsWith("Grade q") && !c.id().endsWith("-grade")).count();
        assertThat(questions).isEqualTo((int) expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedChapters")
    void theStudentsUntouchedCopy_scoresZeroEverywhere(Chapter chapter) {
        String printed = JShellCells.runAll(questionCells(chapter, false));
        Matcher m = SCORE.matcher(printed);
        while (m.find()) {
            assertThat(m.group(2)).as(m.group()).isEqualTo("0");
        }
    }

    /** 004's output layer is a softmax: δ through the Jacobian's diagonal only is the catalogued SOFTMAX_BACKWARD. */
    @Test
    void aSoftmaxThroughItsDiagonalOnly_isNamedBySoftmaxBackward() {
        Chapter doc004 = Chapter.documents().stream().filter(c -> c.fileStem().equals("004")).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>();
        for (String cell : questionCells(doc004, true)) {
            cells.add(cell.replace("delta[j] += J[i][j] * dLda[i];", "delta[j] += i == j ? J[i][j] * dLda[i] : 0;"));
        }
        String printed = JShellCells.runAll(cells);
        assertThat(printed).contains("δ(2): not δ of the output layer; matches " + NetworkSlips.SOFTMAX_WORDS
                + " (SOFTMAX_BACKWARD)");
        assertThat(printed).containsPattern("SCORE 004-\\d-n1-delta-out 0 2");
    }

    /**
     * 004's loss is Σ(ŷ − y)²: a ∂L/∂ŷ without the square's factor 2 is the catalogued LOSS_CONSTANT (the ½Σ loss).
     * A ReLU′(0) the other way (RELU_AT_ZERO) is no slip at a kink: any value between the one-sided derivatives
     * earns the points (atAKink_… below); UPDATE_ORDER cannot arise in a question that hands the student W(k+1).
     */
    @Test
    void aLossGradientWithoutTheSquaresFactorTwo_isNamedByLossConstant() {
        Chapter doc004 = Chapter.documents().stream().filter(c -> c.fileStem().equals("004")).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>();
        for (String cell : questionCells(doc004, true)) {
            cells.add(cell.replace("g[j] = 2 * (yHat[j] - y[j]);", "g[j] = yHat[j] - y[j];"));
        }
        assertThat(String.join("", cells)).contains("g[j] = yHat[j] - y[j];");
        String printed = JShellCells.runAll(cells);
        assertThat(printed).containsPattern("FEEDBACK 004-\\d-n1-dLda ∂L/∂ŷ: not ∂L/∂ŷ; matches ∂L/∂ŷ without the"
                + " square's factor 2 \\(the loss ½Σ\\) \\(LOSS_CONSTANT\\)");
        assertThat(printed).containsPattern("SCORE 004-\\d-n1-dLda 0 1");
    }

    /** exam-frozen keeps its biases: updating them anyway is the catalogued FROZEN_BIASES. */
    @Test
    void updatingFrozenBiases_isNamedByFrozenBiases() throws IOException {
        // b1[1] frozen, b1[2] updated: b(1) after the update is no given, so it is asked (a wholly frozen b is the
        // given b, and not asked: exam-frozen's and exam-sigmoid-frozen's own files freeze every bias)
        String text = Files.readString(Path.of("..", "variants", "exam-sigmoid-frozen.toml"), StandardCharsets.UTF_8)
                .replace("frozen = [\"b1\", \"b2\"]", "frozen = [\"b1[1]\"]");
        Chapter frozen = Chapter.of(ExamFile.read("exam-sigmoid-frozen.toml", text));
        List<String> cells = new ArrayList<>();
        for (String cell : questionCells(frozen, true)) {
            cells.add(cell.replace("if (!frozen[i]) {\n            next[i] += mu", "if (true) {\n            next[i] += mu"));
        }
        String printed = JShellCells.runAll(cells);
        assertThat(printed).contains("b(1): not the update; matches biases updated although the scenario keeps them"
                + " frozen (FROZEN_BIASES)");
    }

    /** z without + b is the catalogued BIAS_IN_FORWARD; half of each layer's parts is the partial credit. */
    @Test
    void zWithoutTheBias_isNamedByBiasInForward_inEveryLayer() throws IOException {
        Chapter network = chapters().filter(c -> c.source().endsWith("exam-network.toml")).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>();
        for (String cell : questionCells(network, true)) {
            cells.add(cell.replace("z[i] = b[i];", "z[i] = 0;"));
        }
        String printed = JShellCells.runAll(cells);
        assertThat(printed).contains("z(1): not z of each layer; matches z without the bias b (BIAS_IN_FORWARD)")
                .contains("z(2): not z of each layer; matches z without the bias b (BIAS_IN_FORWARD)");
    }

    /** exam-kink's ReLU at 0 and tied max: the other rule's local gradient (ReLU′(0) = 0, the tie to the second) still passes. */
    @Test
    void atAKink_theOtherRulesLocalGradientEarnsFullMarks() throws IOException {
        Chapter kink = chapters().filter(c -> c.source().endsWith("exam-kink.toml")).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>();
        for (String cell : questionCells(kink, true)) {
            cells.add(cell.replace("case \"RELU\" -> a >= 0 ? 1 : 0;", "case \"RELU\" -> a > 0 ? 1 : 0;")
                    .replace("if (args[i] > args[first]) {", "if (args[i] >= args[first]) {"));
        }
        assertThat(String.join("", cells)).contains("a > 0 ? 1 : 0").contains("args[i] >= args[first]");
        String printed = JShellCells.runAll(cells);
        assertThat(printed).contains("SCORE variant-exam-kink-1-g1-local 2 2").doesNotContain("FEEDBACK");
    }
}
