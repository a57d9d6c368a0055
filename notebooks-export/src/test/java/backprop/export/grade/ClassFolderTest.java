package backprop.export.grade;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The class folder's layout as spec 23 gives it (DIR/instructor/ID/exam.ipynb, grading-key.json), and where submissions are. */
@DisplayName("A class folder: each student's variant, their name, and where their submission is")
class ClassFolderTest {
    @TempDir
    Path dir;

    private Path student(String id) throws IOException {
        Path mine = Files.createDirectories(dir.resolve("class/instructor").resolve(id));
        Files.writeString(mine.resolve("exam.ipynb"), "{}", StandardCharsets.UTF_8);
        Files.writeString(mine.resolve("grading-key.json"), "{}", StandardCharsets.UTF_8);
        return mine;
    }

    @Test
    void everyStudentsFolder_inIdOrder_namedFromDrawsCsv_hiddenFoldersAndFilesLeftOut() throws IOException {
        student("s2");
        student("s1");
        student(".s0");
        Files.writeString(dir.resolve("class/instructor/README"), "not a student", StandardCharsets.UTF_8);
        // s2's row is short: no name to take
        Files.writeString(dir.resolve("class/draws.csv"), "student,name,attempts,W1[1,1]\r\ns1,\"Ann, A.\",1,0.5\r\n"
                + "s2\r\n", StandardCharsets.UTF_8);
        ClassFolder c = ClassFolder.read(dir.resolve("class"));
        assertThat(c.students()).extracting(ClassFolder.Student::id).containsExactly("s1", "s2");
        assertThat(c.students()).extracting(ClassFolder.Student::name).containsExactly("Ann, A.", "");
        assertThat(c.students().get(0).notebook()).isEqualTo(dir.resolve("class/instructor/s1/exam.ipynb"));
        assertThat(c.students().get(0).key()).isEqualTo(dir.resolve("class/instructor/s1/grading-key.json"));
    }

    @Test
    void aStudentsFolderWithoutItsKey_isRefusedAtThatFile() throws IOException {
        Files.delete(student("s1").resolve("grading-key.json"));
        assertThatThrownBy(() -> ClassFolder.read(dir.resolve("class"))).isInstanceOf(GradeInputException.class)
                .hasMessage(dir.resolve("class/instructor/s1/grading-key.json") + ":1: no such file: every student's"
                        + " folder holds exam.ipynb and grading-key.json");
    }

    @Test
    void aFolderWithoutInstructor_orWithNoStudentInIt_isRefused() throws IOException {
        assertThatThrownBy(() -> ClassFolder.read(dir)).isInstanceOf(GradeInputException.class)
                .hasMessageStartingWith(dir.resolve("instructor") + ":1: no such folder");
        Files.createDirectories(dir.resolve("instructor"));
        assertThatThrownBy(() -> ClassFolder.read(dir)).hasMessage(dir.resolve("instructor") + ":1: no student's folder in it");
    }

    @Test
    void anIdThatNoFeedbackPageMayBeNamed_isRefusedBeforeGrading() throws IOException {
        student("s1");
        student("s 2");
        for (String id : new String[] {"s\tab", "back\\slash", "del\u007f"}) {
            Path bad = student(id);
            assertThatThrownBy(() -> ClassFolder.read(dir.resolve("class"))).as(id).isInstanceOf(GradeInputException.class)
                    .hasMessage(bad + ":1: a student's id with a control character or a backslash, which the name of their"
                            + " feedback page may not hold");
            try (var files = Files.list(bad)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(bad);
        }
        assertThat(ClassFolder.read(dir.resolve("class")).students()).extracting(ClassFolder.Student::id)
                .containsExactly("s 2", "s1");
    }

    @Test
    void drawsCsvWithoutItsColumns_isRefused() throws IOException {
        student("s1");
        Files.writeString(dir.resolve("class/draws.csv"), "id,name\r\ns1,Ann\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClassFolder.read(dir.resolve("class")))
                .hasMessage(dir.resolve("class/draws.csv") + ":1: no columns \"student\" and \"name\"");
        Files.writeString(dir.resolve("class/draws.csv"), "student,attempts\r\ns1,1\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClassFolder.read(dir.resolve("class")))
                .hasMessage(dir.resolve("class/draws.csv") + ":1: no columns \"student\" and \"name\"");
    }

    @Test
    void aSubmission_isSubIdExam_orNbgradersSubmittedIdAssignmentExam() throws IOException {
        Path sub = dir.resolve("sub");
        Files.createDirectories(sub.resolve("s1"));
        Files.writeString(sub.resolve("s1/exam.ipynb"), "{}", StandardCharsets.UTF_8);
        Files.createDirectories(sub.resolve("s2/midterm"));
        Files.writeString(sub.resolve("s2/midterm/exam.ipynb"), "{}", StandardCharsets.UTF_8);
        assertThat(ClassFolder.submission(sub, "s1")).isEqualTo(new ClassFolder.Submission(sub.resolve("s1/exam.ipynb"), null));
        assertThat(ClassFolder.submission(sub, "s2").file()).isEqualTo(sub.resolve("s2/midterm/exam.ipynb"));
    }

    @Test
    void noSubmission_twoSubmissions_orALink_areNotGraded_eachWithItsReason() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        assertThat(ClassFolder.submission(sub, "s1")).isEqualTo(new ClassFolder.Submission(null, "no submission"));
        Files.createDirectories(sub.resolve("s2"));
        assertThat(ClassFolder.submission(sub, "s2").problem()).isEqualTo("no submission (no exam.ipynb in " + sub.resolve("s2") + ")");
        for (String a : new String[] {"a1", "a2"}) {
            Files.createDirectories(sub.resolve("s3").resolve(a));
            Files.writeString(sub.resolve("s3").resolve(a).resolve("exam.ipynb"), "{}", StandardCharsets.UTF_8);
        }
        assertThat(ClassFolder.submission(sub, "s3").problem()).isEqualTo("two submissions, "
                + sub.resolve("s3/a1/exam.ipynb") + " and " + sub.resolve("s3/a2/exam.ipynb") + ": not graded");
        Files.createDirectories(sub.resolve("s4"));
        Files.createSymbolicLink(sub.resolve("s4/exam.ipynb"), Path.of("/etc/hostname"));
        assertThat(ClassFolder.submission(sub, "s4")).isEqualTo(new ClassFolder.Submission(null,
                sub.resolve("s4/exam.ipynb") + " is a symbolic link: not graded"));
    }

    @Test
    void aSubmissionsFolderThatIsNoStudents_isNamed() throws IOException {
        student("s1");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(sub.resolve("s1"));
        Files.createDirectories(sub.resolve("s9"));
        Files.createDirectories(sub.resolve(".hidden"));
        ClassFolder c = ClassFolder.read(dir.resolve("class"));
        assertThat(c.strangers(sub)).containsExactly("s9");
        // no draws.csv: no names
        assertThat(c.students().get(0).name()).isEmpty();
    }
}
