package backprop.export.notebook;

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
    @DisplayName("every region the notebooks use is present in the compiled source")
    void regionsArePresent() {
        Regions r = Regions.of("backprop/export/notebook/NotebookCells.java");
        for (String name : new String[] {"imports", "show"}) {
            assertThat(r.get(name)).as(name).isNotBlank();
        }
    }

    @Test
    @DisplayName("the imports cell imports the notebook runtime and the JDK only: the runtime jar holds nothing else")
    void importsOnlyTheRuntime() {
        Regions r = Regions.of("backprop/export/notebook/NotebookCells.java");
        assertThat(r.get("imports").lines()).isNotEmpty()
                .allMatch(l -> l.startsWith("import backprop.export.runtime.") || l.startsWith("import java."));
    }
}
