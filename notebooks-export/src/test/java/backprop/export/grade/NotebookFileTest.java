package backprop.export.grade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotebookFileTest {

    @Test
    void malformedJsonIsReportedAtItsLine() {
        String json = "{\n \"cells\": [\n  {\"cell_type\": \"code\",, \"source\": []}\n ]\n}\n";
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", json)).isInstanceOf(GradeInputException.class)
                .hasMessageStartingWith("s.ipynb:3: not valid JSON: ");
    }

    @Test
    void aFileWithoutCellsIsNotANotebook() {
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", "{\"nbformat\": 4}"))
                .hasMessage("s.ipynb:1: not a notebook: no \"cells\" list");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", "[1, 2]"))
                .hasMessage("s.ipynb:1: not a notebook: the file is not a JSON object");
    }

    @Test
    void aCellWhoseSourceIsNoTextIsReportedAtTheCellsLine() {
        String json = "{\"cells\": [\n{\"cell_type\": \"markdown\", \"source\": \"ok\"},\n\n{\"cell_type\": \"code\", \"source\": 7}\n]}";
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", json))
                .hasMessage("s.ipynb:4: cell 2: \"source\" is missing or neither a string nor a list of strings");
    }

    @Test
    void aSecondCellWithTheSameGradeIdIsRefusedNamingBothLines() {
        String json = new TestNotebook().solution("q1", "int a = 1;").solution("q1", "int b = 2;").json();
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", json))
                .hasMessageMatching("s\\.ipynb:\\d+: a second cell \"q1-solution\" \\(the first is at line \\d+\\)");
    }

    @Test
    void aDuplicateKeyIsRefusedSoThatNoSecondSourceHidesTheFirst() {
        String json = "{\"cells\": [{\"cell_type\": \"code\",\n \"source\": \"a\",\n \"source\": \"b\"}]}";
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", json)).hasMessageStartingWith("s.ipynb:3: not valid JSON: Duplicate field");
    }

    @Test
    void cellsAreReadWithTheirRoleKeyAndSourceJoinedFromLines() {
        NotebookFile n = NotebookFile.parse("i.ipynb", new TestNotebook().markdown("intro", "# A")
                .solution("q1", "int a = 1;\nint b = 2;").grading("q1", 3, "System.out.println(1);").json());
        assertThat(n.cells()).extracting(GradedCell::key).containsExactly("intro", "q1-solution", "q1");
        assertThat(n.cell("q1-solution").source()).isEqualTo("int a = 1;\nint b = 2;");
        assertThat(n.cell("q1-solution").solution()).isTrue();
        assertThat(n.cell("q1").points()).isEqualTo(3);
        assertThat(n.cell("intro").code()).isFalse();
    }

    private static String cell(String fields) {
        return "{\"cells\": [{" + fields + "}]}";
    }

    @Test
    void cellTypesAreNbformatsThree_andEachFieldMustHaveItsType() {
        assertThat(NotebookFile.parse("s.ipynb", cell("\"cell_type\": \"raw\", \"source\": \"x\"")).cells().get(0).code()).isFalse();
        assertThat(NotebookFile.parse("s.ipynb", cell("\"cell_type\": \"markdown\", \"source\": \"x\"")).cells().get(0).source())
                .isEqualTo("x");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell("\"cell_type\": \"heading\", \"source\": \"x\"")))
                .hasMessage("s.ipynb:1: cell 1: cell_type \"heading\" is none of code, markdown, raw");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell("\"source\": \"x\"")))
                .hasMessage("s.ipynb:1: cell 1: \"cell_type\" is missing or not a string");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell("\"cell_type\": \"code\", \"source\": [\"a\", 1]")))
                .hasMessage("s.ipynb:1: cell 1: \"source\" holds a number among its strings");
    }

    @Test
    void aCellsKeyIsItsGradeId_elseItsId_elseEmpty() {
        NotebookFile n = NotebookFile.parse("s.ipynb", "{\"cells\": [\n"
                + "{\"cell_type\": \"code\", \"id\": \"c1\", \"source\": \"\", \"metadata\": {\"nbgrader\": {\"grade_id\": \"g1\"}}},\n"
                + "{\"cell_type\": \"code\", \"id\": \"c2\", \"source\": \"\"},\n"
                + "{\"cell_type\": \"code\", \"source\": \"\"},\n"
                + "{\"cell_type\": \"markdown\", \"source\": \"\"}]}");
        // two cells without a key are no duplicates
        assertThat(n.cells()).extracting(GradedCell::key).containsExactly("g1", "c2", "", "");
        assertThat(n.cells()).extracting(GradedCell::line).containsExactly(2, 3, 4, 5);
    }

    @Test
    void nbgradersFlagsAndPointsMustHaveTheirTypes_andAGradedCellItsGradeId() {
        String flag = "\"cell_type\": \"code\", \"source\": \"\", \"metadata\": {\"nbgrader\": {\"grade_id\": \"q\", ";
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell(flag + "\"solution\": \"yes\"}}")))
                .hasMessage("s.ipynb:1: cell 1: nbgrader \"solution\" is not true or false");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell(flag + "\"grade\": true, \"points\": -1}}")))
                .hasMessage("s.ipynb:1: cell 1: a grading cell's \"points\" is missing or not a number ≥ 0");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell(flag + "\"grade\": true, \"points\": \"2\"}}")))
                .hasMessageContaining("\"points\" is missing or not a number ≥ 0");
        assertThat(NotebookFile.parse("s.ipynb", cell(flag + "\"grade\": true, \"points\": 0}}")).cell("q").points()).isZero();
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell(flag + "\"solution\": true}}").replace("\"grade_id\": \"q\", ", "")))
                .hasMessage("s.ipynb:1: cell 1: an nbgrader cell without a grade_id");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell(flag + "\"grade\": true, \"points\": 1}}").replace("\"grade_id\": \"q\", ", "")))
                .hasMessage("s.ipynb:1: cell 1: an nbgrader cell without a grade_id");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", cell(flag.replace("\"q\"", "7") + "\"solution\": true}}")))
                .hasMessage("s.ipynb:1: cell 1: \"grade_id\" is missing or not a string");
    }

    @Test
    void cellsThatAreNoListOrNoObjects_andTextAfterTheNotebook_areRefused() {
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", "{\"cells\": 5}")).hasMessage("s.ipynb:1: not a notebook: \"cells\" is not a list");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", "{\"cells\": [{\"cell_type\": \"raw\", \"source\": \"\"},\n 2]}"))
                .hasMessage("s.ipynb:2: cell 2 is not a JSON object");
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", "{\"cells\": []}\n[]")).hasMessage("s.ipynb:2: text after the notebook's closing brace");
    }

    @Test
    void aFileIsReadAsUtf8_andOneThatCannotBeReadIsLineOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("s.ipynb"), cell("\"cell_type\": \"raw\", \"source\": \"σ\""), StandardCharsets.UTF_8);
        assertThat(NotebookFile.read(file).cells().get(0).source()).isEqualTo("σ");
        assertThatThrownBy(() -> NotebookFile.read(dir.resolve("missing.ipynb"))).hasMessageStartingWith(dir.resolve("missing.ipynb") + ":1: cannot read: ");
    }

    @Test
    void aLimitJacksonEnforcesWithoutALocationIsReportedAtLineOne() {
        // StreamReadConstraints: a number of more than 1,000 digits; Jackson's exception carries no location
        String json = "{\"cells\": [\n{\"cell_type\": \"raw\", \"source\": \"\",\n \"x\": " + "1".repeat(2000) + "}]}";
        assertThatThrownBy(() -> NotebookFile.parse("s.ipynb", json))
                .hasMessageStartingWith("s.ipynb:1: not valid JSON: Number value length (2000) exceeds the maximum allowed");
    }
}
