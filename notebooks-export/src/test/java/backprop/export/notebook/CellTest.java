package backprop.export.notebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Instructor and student versions from one source")
class CellTest {

    @Test
    @DisplayName("the student's code has each solution region replaced, its indentation kept")
    void solutionsRemoved() {
        String code = "int a = 1;\n  // BEGIN SOLUTION\n  int b = 2;\n  // END SOLUTION\nprint(a);";
        assertThat(Cell.withoutSolutions(code)).isEqualTo("int a = 1;\n  // YOUR CODE HERE\n"
                + "  throw new UnsupportedOperationException(\"not written yet\");\nprint(a);");
    }

    @Test
    @DisplayName("an unbalanced solution region is refused")
    void unbalanced() {
        assertThatThrownBy(() -> Cell.withoutSolutions("// BEGIN SOLUTION\nx")).hasMessageContaining("never ended");
        assertThatThrownBy(() -> Cell.withoutSolutions("// END SOLUTION")).hasMessageContaining("without BEGIN");
    }

    @Test
    @DisplayName("notebook JSON keeps Jupyter's list-of-lines form and nbgrader's metadata")
    void json() {
        List<Cell> cells = List.of(Cell.code("c-1", "a\n// BEGIN SOLUTION\nb\n// END SOLUTION", Cell.Grading.SOLUTION));
        String instructor = NotebookJson.write(cells, true);
        String student = NotebookJson.write(cells, false);
        assertThat(instructor).contains("\"nbformat\" : 4", "\"nbformat_minor\" : 5", "\"schema_version\" : 3",
                "\"solution\" : true", "\"a\\n\"", "\"b\\n\"");
        assertThat(student).doesNotContain("\"b\\n\"").contains("YOUR CODE HERE");
        assertThat(NotebookJson.lines("x\ny\n")).containsExactly("x\n", "y\n");
    }
}
