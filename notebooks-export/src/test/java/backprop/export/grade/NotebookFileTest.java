package backprop.export.grade;

import org.junit.jupiter.api.Test;

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
}
