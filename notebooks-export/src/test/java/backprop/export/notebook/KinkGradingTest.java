package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.runtime.GradingKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static String gradingCell() {
        Chapter chapter = Chapter.of(ExamFile.read("k.toml", KINK));
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        JShellCells.useKeyOf(cells);
        return cells.stream().filter(c -> c.id().endsWith("-grade")).findFirst().orElseThrow().instructor();
    }

    /** Runs the grading cell on the given answers; returns what it printed (its SCORE and FEEDBACK lines). */
    private static String run(double dfda, double dfdb, double dfdc) {
        try (JShellCells shell = new JShellCells()) {
            shell.run("import backprop.export.runtime.Grade;\nimport backprop.export.runtime.Slip;\nimport java.util.Map;\n"
                    + "import java.util.TreeMap;\nMap<String, Double> answers = new TreeMap<>();\n"
                    + "answers.put(\"variant.k.f\", 1.0);\n"
                    // the nodes between the inputs (a, b, c: nodes 0–2) and f: max(a, b) = 1 and relu(c) = 0, each
                    // added into f, so ∂f/∂ of each is 1
                    + "answers.put(\"variant.k.node3\", 1.0);\nanswers.put(\"variant.k.node4\", 0.0);\n"
                    + "answers.put(\"variant.k.df_dnode3\", 1.0);\nanswers.put(\"variant.k.df_dnode4\", 1.0);\n"
                    + "answers.put(\"variant.k.df_da\", " + dfda + ");\nanswers.put(\"variant.k.df_db\", " + dfdb
                    + ");\nanswers.put(\"variant.k.df_dc\", " + dfdc + ");\n");
            assertThat(shell.problems()).isEmpty();
            shell.run(gradingCell());
            assertThat(shell.problems()).isEmpty();
            return shell.printed();
        }
    }

    @Test
    void theHiddenCheck_atAKink_isARangeCheck_inTheKey_andTheCellHoldsOnlyTheCalls() {
        Chapter chapter = Chapter.of(ExamFile.read("k.toml", KINK));
        Cell grade = Notebooks.cells(chapter, Worked.of(chapter)).stream().filter(c -> c.id().endsWith("-grade"))
                .findFirst().orElseThrow();
        String hidden = grade.instructor().substring(grade.instructor().indexOf("// BEGIN HIDDEN TESTS"));
        assertThat(hidden).contains("q.part(\"variant.k.df_da\", in -> answers.get(\"variant.k.df_da\"));")
                .doesNotContainPattern("[0-9]\\.[0-9]");
        GradingKey.Part dfda = grade.key().parts().get("variant.k.df_da");
        assertThat(dfda.expected()).isEqualTo(0.0);
        assertThat(dfda.upper()).isEqualTo(1.0);
        // f and the nodes' values are given (Given.values); ∂f/∂node3 = ∂f/∂node4 = 1 is the given a: none is asked.
        // The three kinks are ranges, which no given stands for: they are asked
        assertThat(grade.key().parts()).containsOnlyKeys("variant.k.df_da", "variant.k.df_db", "variant.k.df_dc");
    }

    @Tag("jshell")
    @Test
    void aSubgradientInsideTheRange_passes_whateverRuleMadeTheKey() {
        // The key (libraries: first maximum, ReLU'(0) = 0) says 1, 0, 0; split evenly and ReLU'(0) = 1 give ½, ½, 1.
        assertThat(run(1, 0, 0)).isEqualTo("SCORE variant-k-1-grade 1 1\n");
        assertThat(run(0.5, 0.5, 1)).isEqualTo("SCORE variant-k-1-grade 1 1\n");
        assertThat(run(0.25, 0.75, 0.3)).isEqualTo("SCORE variant-k-1-grade 1 1\n");
    }

    @Tag("jshell")
    @Test
    void aValueOutsideTheRange_losesItsPart_namedWithoutTheRange() {
        // 3 answers asked, 1 point: two right give 2/3
        assertThat(run(1.5, 0, 0)).startsWith("SCORE variant-k-1-grade 0.66").endsWith(" 1\n"
                + "FEEDBACK variant-k-1-grade variant.k.df_da: the value is not the answer key's value\n");
        assertThat(run(1, -0.1, 0)).startsWith("SCORE variant-k-1-grade 0.66").contains("variant.k.df_db");
    }
}
