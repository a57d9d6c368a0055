package backprop.export.grade;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** gradebook.csv's bytes, written out here by hand from Canvas's import form (Student, ID, a column per item). */
@DisplayName("The gradebook: Student, ID, points per question, Total, Notes; one row per student by id, CRLF")
class GradebookTest {

    private static QuestionScore q(String id, double earned, double possible) {
        return new QuestionScore(id, earned, possible, List.of());
    }

    @Test
    void rowsByIdWithTheirPointsAndTotal_aQuestionAStudentDoesNotHaveLeftEmpty() {
        String csv = Gradebook.csv(List.of(
                new Gradebook.Row("s2", "Bo, Jr.", List.of(q("n-z", 2, 2), q("n-grade", 0.28, 1)), List.of()),
                new Gradebook.Row("s1", "Ann", List.of(q("n-z", 1, 2), q("n-grade", 1, 1)), List.of("cell n-z: stopped")),
                new Gradebook.Row("s3", "Kay", List.of(q("k-z", 0.5, 1)), List.of("no submission", "x"))));
        assertThat(csv).isEqualTo("Student,ID,n-z,n-grade,k-z,Total,Notes\r\n"
                + "Ann,s1,1,1,,2,cell n-z: stopped\r\n"
                + "\"Bo, Jr.\",s2,2,0.28,,2.28,\r\n"
                + "Kay,s3,,,0.5,0.5,no submission; x\r\n");
    }

    @Test
    void aNameOrNoteThatASpreadsheetWouldRun_isQuoted_andAControlCharacterIsShown() {
        String csv = Gradebook.csv(List.of(new Gradebook.Row("s1", "=HYPERLINK(\"x\")", List.of(q("q", 1, 1)),
                List.of("+1\u0007"))));
        assertThat(csv.lines().toList().get(1)).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",s1,1,1,'+1\\u0007");
    }

    @Test
    void theSameRowsInAnotherOrder_giveTheSameBytes() {
        Gradebook.Row a = new Gradebook.Row("a", "", List.of(q("q1", 1, 1)), List.of());
        Gradebook.Row b = new Gradebook.Row("b", "", List.of(q("q2", 1, 1)), List.of());
        assertThat(Gradebook.csv(List.of(b, a))).isEqualTo(Gradebook.csv(List.of(a, b)))
                .startsWith("Student,ID,q1,q2,Total,Notes\r\n");
    }
}
