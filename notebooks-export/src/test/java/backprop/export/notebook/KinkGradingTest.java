package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("At a kink the grading accepts any value between the one-sided derivatives")
class KinkGradingTest {

    /** max(a, b) + relu(c) at a = b = 1, c = 0: f = 1; ∂f/∂a, ∂f/∂b and ∂f/∂c each range over [0, 1]. */
    private static final String KINK = """
            title = "t"
            kind = "expression"
            precision = 4
            id = "k"
            expression = "max(a, b) + relu(c)"

            [inputs]
            a = 1
            b = 1
            c = 0
            """;

    @Test
    void between_passesInsideTheRange_andItsTolerance() {
        Map<String, Double> answers = Map.of("x", 0.5, "lo", 0.0, "hi", 1.0 + 1e-12);
        Checks.between(answers, "x", 0, 1, 1e-9);
        Checks.between(answers, "lo", 0, 1, 1e-9);
        Checks.between(answers, "hi", 0, 1, 1e-9);
    }

    @Test
    void between_failsOutsideTheRange_namingTheRange() {
        assertThatThrownBy(() -> Checks.between(Map.of("x", 1.5), "x", 0, 1, 1e-9))
                .isInstanceOf(AssertionError.class).hasMessageContaining("x: 1.5").hasMessageContaining("[0.0, 1.0]");
        assertThatThrownBy(() -> Checks.between(Map.of(), "x", 0, 1, 1e-9))
                .isInstanceOf(AssertionError.class).hasMessageContaining("x: no answer");
    }

    private static String gradingCell() {
        Chapter chapter = Chapter.of(ExamFile.read("k.toml", KINK));
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        return cells.stream().filter(c -> c.id().endsWith("-grade")).findFirst().orElseThrow().instructor();
    }

    private static List<String> run(double dfda, double dfdb, double dfdc) {
        try (JShellCells shell = new JShellCells()) {
            shell.run("import backprop.export.notebook.Checks;\nimport java.util.Map;\nimport java.util.TreeMap;\n"
                    + "Map<String, Double> answers = new TreeMap<>();\nanswers.put(\"variant.k.f\", 1.0);\n"
                    + "answers.put(\"variant.k.df_da\", " + dfda + ");\nanswers.put(\"variant.k.df_db\", " + dfdb
                    + ");\nanswers.put(\"variant.k.df_dc\", " + dfdc + ");\n");
            assertThat(shell.problems()).isEmpty();
            shell.run(gradingCell());
            return shell.problems();
        }
    }

    @Test
    void theHiddenCheck_atAKink_isARangeCheck_andStaysHidden() {
        String cell = gradingCell();
        String hidden = cell.substring(cell.indexOf("// BEGIN HIDDEN TESTS"));
        assertThat(hidden).contains("Checks.between(answers, \"variant.k.df_da\", 0.0, 1.0,")
                .contains("Checks.close(answers, \"variant.k.f\", 1.0,");
        assertThat(cell.substring(0, cell.indexOf("// BEGIN HIDDEN TESTS"))).doesNotContain("between");
    }

    @Test
    void aSubgradientInsideTheRange_passes_whateverRuleMadeTheKey() {
        // The key (libraries: first maximum, ReLU'(0) = 0) says 1, 0, 0; split evenly and ReLU'(0) = 1 give ½, ½, 1.
        assertThat(run(1, 0, 0)).isEmpty();
        assertThat(run(0.5, 0.5, 1)).isEmpty();
        assertThat(run(0.25, 0.75, 0.3)).isEmpty();
    }

    @Test
    void aValueOutsideTheRange_fails_namingTheRange() {
        List<String> problems = run(1.5, 0, 0);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("variant.k.df_da: 1.5").contains("[0.0, 1.0]");
        assertThat(run(1, -0.1, 0)).hasSize(1);
    }
}
