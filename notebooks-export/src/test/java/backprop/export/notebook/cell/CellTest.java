package backprop.export.notebook.cell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import backprop.export.runtime.GradingKey;
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
        assertThat(c.instructor()).isEqualTo("Draw it.\n\n<!-- BEGIN SOLUTION -->\n<img src=\"x\"/> a = 0.6592\n<!-- END SOLUTION -->");
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

    @Test
    @DisplayName("points: only a test cell has them, a question at least 1; no cell may say AUTOTEST")
    void pointsAndAutotest() {
        assertThatThrownBy(() -> new Cell("c", false, "x", "x", null, -1, null)).hasMessageContaining("cell c: -1 points");
        assertThatThrownBy(() -> new Cell("c", false, "x", "x", Cell.Grading.READ_ONLY, 1, null)).hasMessageContaining("only a test cell");
        assertThat(new Cell("c", false, "x", "x", Cell.Grading.TESTS, 2, null).points()).isEqualTo(2);
        assertThatThrownBy(() -> Cell.question("q", "x", 0, key("q"))).hasMessage("question q: points must be ≥ 1, are 0");
        assertThat(Cell.question("q", "x", 1, key("q")).points()).isEqualTo(1);
        assertThatThrownBy(() -> Cell.code("c", "// AUTOTEST x", Cell.Grading.READ_ONLY)).hasMessageContaining("AUTOTEST");
    }

    @Test
    @DisplayName("a lone END marker is a region marker too, and a cell that is all hidden tests releases empty")
    void loneEndMarkers() {
        assertThatThrownBy(() -> Cell.markdown("m", "### END SOLUTION")).hasMessageContaining("a solution region outside");
        assertThatThrownBy(() -> Cell.code("r", "// END HIDDEN TESTS", Cell.Grading.READ_ONLY))
                .hasMessageContaining("a hidden-test region outside");
        assertThat(Release.clearHiddenTests("// BEGIN HIDDEN TESTS\nx\n// END HIDDEN TESTS")).isEmpty();
    }

    @Test
    @DisplayName("a grade cell is locked whatever its own flag says (digest from Python's hashlib)")
    void checksumOfAnUnflaggedGradeCell() {
        // hashlib.md5(b'Checks.answered(answers, "a");' + b'code' + b'True' + b'False' + b'True' + b's-1-grade' + b'2.0')
        assertThat(Release.checksum("Checks.answered(answers, \"a\");", false, true, false, false, "s-1-grade", 2))
                .isEqualTo("62d860429d221b18cfe558389c9de34a");
        // and an nbgrader cell that is neither graded, a solution nor locked stays unlocked
        // hashlib.md5(b'int x = 1;' + b'code' + b'False' + b'False' + b'False' + b's-setup')
        assertThat(Release.checksum("int x = 1;", false, false, false, false, "s-setup", 0))
                .isEqualTo("4431e449cdd28d2a729f07a9e95acdb5");
    }

    /**
     * nbgrader's cell types (its docs, "Developer: metadata"): an autograded answer is solution; autograder tests
     * are grade and locked; read-only is locked; a manually graded answer is grade and solution. Released,
     * generate_assignment's LockCells makes every nbgrader cell undeletable and tests and read-only cells
     * uneditable, and ComputeChecksums records the cell type.
     */
    @Test
    @DisplayName("notebook JSON: each role's nbgrader flags, and the student version's locks")
    void jsonRoles() throws Exception {
        List<Cell> cells = List.of(Cell.work("s", "x();"), Cell.question("t", "y();", 2, key("t")),
                Cell.code("r", "z();", Cell.Grading.READ_ONLY), Cell.answer("a", "42", "Why?"), Cell.markdown("m", "# M"));
        JsonNode instructor = new ObjectMapper().readTree(NotebookJson.write(cells, true)).get("cells");
        JsonNode student = new ObjectMapper().readTree(NotebookJson.write(cells, false)).get("cells");
        String[] flags = {"grade", "solution", "locked"};
        assertThat(flagsOf(instructor.get(0), flags)).isEqualTo("false true false");
        assertThat(flagsOf(instructor.get(1), flags)).isEqualTo("true false true");
        assertThat(flagsOf(instructor.get(2), flags)).isEqualTo("false false true");
        assertThat(flagsOf(instructor.get(3), flags)).isEqualTo("true true false");
        assertThat(instructor.get(1).at("/metadata/nbgrader/points").asInt()).isEqualTo(2);
        assertThat(instructor.get(3).at("/metadata/nbgrader/points").asInt()).isZero();
        assertThat(instructor.get(0).at("/metadata/nbgrader").has("points")).isFalse();
        assertThat(instructor.get(4).get("metadata").has("nbgrader")).isFalse();
        assertThat(instructor.get(3).get("cell_type").asText()).isEqualTo("markdown");
        assertThat(instructor.get(3).has("outputs")).isFalse();
        assertThat(instructor.get(2).has("outputs")).isTrue();
        assertThat(student.get(3).at("/metadata/nbgrader/cell_type").asText()).isEqualTo("markdown");
        assertThat(student.get(2).at("/metadata/nbgrader/cell_type").asText()).isEqualTo("code");
        String[] locks = {"deletable", "editable"};
        assertThat(student.get(0).get("metadata").has("editable")).isFalse();
        assertThat(student.get(0).at("/metadata/deletable").asBoolean(true)).isFalse();
        assertThat(flagsOf(student.get(1).get("metadata"), locks)).isEqualTo("false false");
        assertThat(flagsOf(student.get(2).get("metadata"), locks)).isEqualTo("false false");
        assertThat(student.get(3).get("metadata").has("editable")).isFalse();
        assertThat(student.get(4).get("metadata").has("deletable")).isFalse();
    }

    private static String flagsOf(JsonNode node, String... names) {
        JsonNode n = node.has("metadata") ? node.at("/metadata/nbgrader") : node;
        return String.join(" ", java.util.Arrays.stream(names).map(f -> n.get(f).asText()).toList());
    }

    private static GradingKey.Question key(String id) {
        return new GradingKey.Question(id, "a step", 1, java.util.Map.of());
    }

    @Test
    @DisplayName("a question cell carries its own part of the grading key, never another's or none")
    void questionKey() {
        assertThat(Cell.question("q", "x", 1, key("q")).key().id()).isEqualTo("q");
        assertThatThrownBy(() -> Cell.question("q", "x", 1, null)).hasMessage("question q: its grading key is missing");
        assertThatThrownBy(() -> Cell.question("q", "x", 1, key("p"))).hasMessage("question q: its grading key is p");
        assertThat(Cell.markdown("m", "x").key()).isNull();
    }
}
