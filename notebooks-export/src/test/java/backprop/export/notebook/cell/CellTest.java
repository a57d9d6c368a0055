package backprop.export.notebook.cell;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Instructor and student versions from one source, the student's as nbgrader releases it")
class CellTest {

    @Test
    @DisplayName("the student's code has each solution region replaced by the java stub, its indentation kept")
    void solutionsRemoved() {
        String code = "int a = 1;\n  // BEGIN SOLUTION\n  int b = 2;\n  // END SOLUTION\nprint(a);";
        assertThat(Cell.code("c", code, Cell.Grading.SOLUTION).student()).isEqualTo("int a = 1;\n  // YOUR CODE HERE\n"
                + "  throw new UnsupportedOperationException(\"not written yet\");\nprint(a);");
    }

    @Test
    @DisplayName("like nbgrader, a line that merely contains the delimiter opens and closes a region")
    void delimiterMatchedAsNbgraderDoes() {
        // nbgrader's ClearSolutions: `if self.begin_solution_delimeter in line`
        assertThat(Release.clearSolutions("a\nx = 1; /* BEGIN SOLUTION */\nsecret\ny // END SOLUTION\nb", false))
                .isEqualTo("a\n// YOUR CODE HERE\nthrow new UnsupportedOperationException(\"not written yet\");\nb");
    }

    @Test
    @DisplayName("a written answer shows the prompt in both versions and the answer only in the instructor's")
    void writtenAnswer() {
        Cell c = Cell.answer("s-1-figure-1", "<img src=\"x\"/> a = 0.6592", "Draw it.");
        assertThat(c.instructor()).isEqualTo("Draw it.\n\n### BEGIN SOLUTION\n<img src=\"x\"/> a = 0.6592\n### END SOLUTION");
        assertThat(c.student()).isEqualTo("Draw it.\n\nYOUR ANSWER HERE");
        assertThat(c.grading()).isEqualTo(Cell.Grading.ANSWER);
    }

    @Test
    @DisplayName("a test cell's hidden region is removed from the student version, delimiters and all")
    void hiddenTestsRemoved() {
        Cell c = Cell.code("g", "Checks.answered(answers, \"a\");\n// BEGIN HIDDEN TESTS\nChecks.close(answers, \"a\", 0.6592, 1e-9);\n"
                + "// END HIDDEN TESTS", Cell.Grading.TESTS);
        assertThat(c.student()).isEqualTo("Checks.answered(answers, \"a\");");
        assertThat(c.instructor()).contains("0.6592");
    }

    @Test
    @DisplayName("an unbalanced region is refused")
    void unbalanced() {
        assertThatThrownBy(() -> Release.clearSolutions("// BEGIN SOLUTION\nx", false)).hasMessageContaining("never ended");
        assertThatThrownBy(() -> Release.clearSolutions("// END SOLUTION", false)).hasMessageContaining("without BEGIN");
        assertThatThrownBy(() -> Release.clearHiddenTests("// BEGIN HIDDEN TESTS\nx")).hasMessageContaining("never ended");
        assertThatThrownBy(() -> Release.clearHiddenTests("// END HIDDEN TESTS")).hasMessageContaining("without BEGIN");
        assertThatThrownBy(() -> Release.clearHiddenTests("// BEGIN HIDDEN TESTS\n// BEGIN HIDDEN TESTS"))
                .hasMessageContaining("nested");
    }

    @Test
    @DisplayName("a region in a cell of the wrong role is refused: nbgrader would refuse it, or release it")
    void regionInWrongCell() {
        assertThatThrownBy(() -> Cell.markdown("m", "### BEGIN SOLUTION\n0.6592\n### END SOLUTION"))
                .hasMessageContaining("cell m: a solution region outside a solution cell");
        assertThatThrownBy(() -> Cell.code("r", "// BEGIN HIDDEN TESTS\nx\n// END HIDDEN TESTS", Cell.Grading.READ_ONLY))
                .hasMessageContaining("cell r: a hidden-test region outside a test cell");
    }

    @Test
    @DisplayName("checksums are nbgrader's compute_checksum (expected digests from Python's hashlib)")
    void checksumIsNbgraders() {
        // md5(source + cell_type + str(grade) + str(solution) + str(locked) + grade_id [+ str(float(points))])
        assertThat(Release.checksum("Checks.answered(answers, \"a\");", false, true, false, true, "s-1-grade", 1))
                .isEqualTo("cedfb1beffa51361e443049ccc7f3bec");
        assertThat(Release.checksum("Draw it.\n\nYOUR ANSWER HERE", true, true, true, false, "s-1-figure-1", 0))
                .isEqualTo("1925cf1d81ed3ced7956acd02e19ce6b");
        assertThat(Release.checksum("import x;", false, false, false, true, "s-imports", 0))
                .isEqualTo("5ef34e610345817f2c215d5aae17dcf2");
        // a solution cell is never locked (is_locked), and the source is hashed as UTF-8
        assertThat(Release.checksum("σ = 1", false, false, true, true, "s-solve", 0))
                .isEqualTo("25b1d1398d3d52a5a714544f575eb447");
    }

    @Test
    @DisplayName("notebook JSON: the student version carries generate_assignment's checksums and locks, no answer")
    void json() {
        List<Cell> cells = List.of(Cell.code("c-1", "a\n// BEGIN SOLUTION\nb\n// END SOLUTION", Cell.Grading.SOLUTION),
                Cell.code("s-1-grade", "Checks.answered(answers, \"a\");\n// BEGIN HIDDEN TESTS\nChecks.close(answers, \"a\", 0.6592, 1e-9);\n"
                        + "// END HIDDEN TESTS", Cell.Grading.TESTS));
        String instructor = NotebookJson.write(cells, true);
        String student = NotebookJson.write(cells, false);
        assertThat(instructor).contains("\"nbformat\" : 4", "\"nbformat_minor\" : 5", "\"schema_version\" : 3",
                "\"solution\" : true", "\"a\\n\"", "\"b\\n\"", "0.6592").doesNotContain("checksum", "deletable");
        assertThat(student).doesNotContain("\"b\\n\"", "0.6592").contains("YOUR CODE HERE",
                "\"checksum\" : \"cedfb1beffa51361e443049ccc7f3bec\"", "\"cell_type\" : \"code\"", "\"deletable\" : false",
                "\"editable\" : false");
        assertThat(NotebookJson.lines("x\ny\n")).containsExactly("x\n", "y\n");
    }
}
