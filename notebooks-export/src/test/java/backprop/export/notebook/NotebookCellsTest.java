package backprop.export.notebook;

import backprop.examples.catalogue.Catalogue;
import backprop.examples.PublishedValue;
import backprop.export.notebook.cell.Regions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The notebooks' code cells, run here before any notebook runs them")
class NotebookCellsTest {

    @Test
    @DisplayName("the solution cell answers every printed value and derived quantity of a scenario")
    void solveAnswersEverything() {
        Map<String, Double> answers = NotebookCells.solve(NotebookCells.fromCatalogue("004.w131"));
        assertThat(answers.keySet()).containsAll(Catalogue.scenario("004.w131").published().stream()
                .map(PublishedValue::id).toList());
        // ∂a13/∂w131 = x1 = 2 (004, "Multiple Paths")
        assertThat(answers.get("004.w131.da13_dw131")).isEqualTo(2.0);
    }

    @Test
    @DisplayName("the answers print as \"id = value\", the lines CI compares with answer-key.csv")
    void showPrintsIdEqualsValue() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            NotebookCells.show(Map.of("003.example1.df_dz", 1.0));
        } finally {
            System.setOut(saved);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("003.example1.df_dz = 1.0" + System.lineSeparator());
    }

    @Test
    @DisplayName("an exam variant's notebook reads its scenario from the file's own text")
    void variantFromText() {
        String text = "title = \"t\"\nkind = \"expression\"\nprecision = 3\nexpression = \"x*y\"\n[inputs]\nx = 2\ny = 5\n";
        Map<String, Double> answers = NotebookCells.solve(NotebookCells.fromVariant("t.toml", text));
        // f = x·y; ∂f/∂x = y = 5
        assertThat(answers).containsEntry("variant.t.df_dx", 5.0).containsEntry("variant.t.f", 10.0);
    }

    @Test
    @DisplayName("every region the notebooks use is present in the compiled source")
    void regionsArePresent() {
        Regions r = Regions.of("backprop/export/notebook/NotebookCells.java");
        for (String name : new String[] {"imports", "catalogue", "variant", "solve", "show"}) {
            assertThat(r.get(name)).as(name).isNotBlank();
        }
        assertThat(r.get("solve")).contains("// BEGIN SOLUTION", "// END SOLUTION");
    }
}
