package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.runtime.Grade;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.question.NetworkSlips;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
import static org.assertj.core.api.Assertions.within;

@DisplayName("The network questions, run in JShell: the instructor's methods earn every point, the student's stubs none, a slip its words")
class QuestionGradingTest {
    private static final Pattern SCORE = Pattern.compile("^SCORE (\\S+) (\\S+) (\\S+)$", Pattern.MULTILINE);

    static Stream<Chapter> chapters() throws IOException {
        List<Chapter> all = new ArrayList<>(Chapter.documents());
        for (String name : List.of("exam-network.toml", "exam-frozen.toml", "exam-kink.toml", "exam-expression.toml")) {
            Path file = Path.of("..", "variants", name);
            all.add(Chapter.of(ExamFile.read(name, Files.readString(file, StandardCharsets.UTF_8))));
        }
        return all.stream();
    }

    /** The imports, every question's method and grading cell, in the notebook's order, in one version. */
    private static List<String> questionCells(Chapter chapter, boolean instructor) {
        List<String> cells = new ArrayList<>();
        for (Cell c : Notebooks.cells(chapter, Worked.of(chapter))) {
            boolean question = c.instructor().startsWith("Grade q") && !c.id().endsWith("-grade") || c.id().endsWith("-solution")
                    || c.id().endsWith("-imports");
            if (question && !c.markdown()) {
                cells.add(instructor ? c.instructor() : c.student());
            }
        }
        return cells;
    }

    private static String run(List<String> cells) {
        try (JShellCells shell = new JShellCells()) {
            cells.forEach(shell::run);
            assertThat(shell.problems()).isEmpty();
            return shell.printed();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void theInstructorsMethods_earnEveryPointOfEveryQuestion(Chapter chapter) {
        String printed = run(questionCells(chapter, true));
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
    @MethodSource("chapters")
    void theStudentsUntouchedCopy_scoresZeroEverywhere(Chapter chapter) {
        String printed = run(questionCells(chapter, false));
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
        String printed = run(cells);
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
        String printed = run(cells);
        assertThat(printed).containsPattern("FEEDBACK 004-\\d-n1-dLda ∂L/∂ŷ: not ∂L/∂ŷ; matches ∂L/∂ŷ without the"
                + " square's factor 2 \\(the loss ½Σ\\) \\(LOSS_CONSTANT\\)");
        assertThat(printed).containsPattern("SCORE 004-\\d-n1-dLda 0 1");
    }

    /** exam-frozen keeps its biases: updating them anyway is the catalogued FROZEN_BIASES. */
    @Test
    void updatingFrozenBiases_isNamedByFrozenBiases() throws IOException {
        Chapter frozen = chapters().filter(c -> c.source().endsWith("exam-frozen.toml")).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>();
        for (String cell : questionCells(frozen, true)) {
            cells.add(cell.replace("if (!frozen[i]) {\n            next[i] += mu", "if (true) {\n            next[i] += mu"));
        }
        String printed = run(cells);
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
        String printed = run(cells);
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
        String printed = run(cells);
        assertThat(printed).contains("SCORE variant-exam-kink-1-g1-local 2 2").doesNotContain("FEEDBACK");
    }

    /** Runs every code cell of the instructor version; every answer it prints is the engine's. Returns the code. */
    private static String answersPrintTheEnginesValues(Chapter chapter) {
        List<Worked> worked = Worked.of(chapter);
        List<String> code = Notebooks.cells(chapter, worked).stream().filter(c -> !c.markdown()).map(Cell::instructor).toList();
        String printed = run(code);
        java.util.Map<String, Double> expected = new java.util.TreeMap<>();
        for (Worked w : worked) {
            w.result().values().forEach((id, v) -> expected.put(id, v.exact()));
            w.result().derived().forEach(d -> expected.put(d.name(), d.value()));
        }
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
     * the update come from the library (named in the cell), not from updateW on the first example's gradient.
     */
    @Test
    void aWholeBatchUpdate_isAnsweredByTheLibrary_notByTheFirstExamplesStep() throws IOException {
        Chapter xor = Chapter.of(ExamFile.read(Path.of("..", "variants", "xor-batch.toml")));
        String code = answersPrintTheEnginesValues(xor);
        assertThat(code).contains("variant.xor-batch.W1[1,1]_new");
        // what the library answers (the update on the batch, the loss curve) earns nothing: the grading cell leaves it out
        String grading = Notebooks.cells(xor, Worked.of(xor)).stream().filter(c -> c.id().endsWith("-grade"))
                .findFirst().orElseThrow().instructor();
        assertThat(grading).contains("variant.xor-batch.z1_1").doesNotContain("W1[1,1]_new").doesNotContain("J_epoch");
    }

    /**
     * The whole instructor notebook, every code cell in order: the answers cell fills answers with the solutions'
     * methods, and every printed answer is the engine's (as CI's compare checks it after the real kernel).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"004", "variant-exam-network", "variant-exam-frozen"})
    void theAnswersCell_printsTheEnginesValues_throughTheStudentsMethods(String stem) throws IOException {
        Chapter chapter = chapters().filter(c -> c.fileStem().equals(stem)).findFirst().orElseThrow();
        String code = answersPrintTheEnginesValues(chapter);
        assertThat(code).contains("= z(", "= deltaHidden(", "= updateW(");
    }
}
