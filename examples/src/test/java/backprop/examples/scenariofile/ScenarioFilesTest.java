package backprop.examples.scenariofile;

import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading files as files: several at once, their names, folders given by mistake, empty files, byte-order marks. */
@DisplayName("Scenario files on disk")
class ScenarioFilesTest {
    private static final String EXPRESSION = "title = \"e\"\nkind = \"expression\"\nprecision = 2\n"
            + "expression = \"x*y\"\n[inputs]\nx = 2\ny = 3\n";

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("two files with the same explicit id: the second is refused at its id line, naming the first")
    void sameExplicitId() throws IOException {
        Path a = write("a.toml", "id = \"x\"\n" + EXPRESSION);
        Path b = write("b.toml", EXPRESSION.replace("precision = 2\n", "precision = 2\nid = \"x\"\n"));
        assertThatThrownBy(() -> ExamFile.readAll(List.of(a, b))).isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage(b + ":4: id 'x' is already used by " + a + "; give one of them another id = \"…\"");
    }

    @Test
    @DisplayName("an id implied by a file name clashes with an explicit one (ignoring case): line 1")
    void impliedIdClashes() throws IOException {
        Path a = write("one/exam.toml", "id = \"Exam\"\n" + EXPRESSION);
        Path b = write("two/exam.toml", EXPRESSION);
        assertThatThrownBy(() -> ExamFile.readAll(List.of(a, b)))
                .hasMessage(b + ":1: id 'exam' is already used by " + a + "; give one of them another id = \"…\"");
    }

    @Test
    @DisplayName("distinct ids are all read, in order")
    void distinctIds() throws IOException {
        List<ScenarioFile> files = ExamFile.readAll(List.of(write("a.toml", EXPRESSION), write("b.toml", EXPRESSION)));
        assertThat(files).extracting(ScenarioFile::id).containsExactly("a", "b");
    }

    @Test
    @DisplayName("the file's name alone is kept, whatever folder it was given from")
    void sourceIsTheName() throws IOException {
        Path file = write("deep/er/exam1.toml", EXPRESSION);
        assertThat(ExamFile.read(file).fileName()).isEqualTo("exam1.toml");
        assertThat(ExamFile.read(file.toAbsolutePath()).fileName()).isEqualTo("exam1.toml");
        assertThat(ExamFile.read("some\\windows\\exam1.toml", EXPRESSION).fileName()).isEqualTo("exam1.toml");
    }

    @Test
    @DisplayName("a directory given as the file: 'is a directory'")
    void directory() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("exam.toml"));
        assertThatThrownBy(() -> ExamFile.read(dir)).isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage(dir + ":1: is a directory, not a scenario file");
    }

    @Test
    @DisplayName("a missing file: 'no such file'")
    void missing() {
        Path file = temp.resolve("nothere.toml");
        assertThatThrownBy(() -> ExamFile.read(file)).hasMessage(file + ":1: no such file");
    }

    @Test
    @DisplayName("an empty file, and one of blank lines, say they are empty")
    void empty() throws IOException {
        for (String text : new String[] {"", "\n\n  \n"}) {
            Path file = write("empty.toml", text);
            assertThatThrownBy(() -> ExamFile.read(file)).isExactlyInstanceOf(ScenarioFileException.class)
                    .hasMessageStartingWith(file + ":1: the file is empty; a scenario file needs at least title");
        }
    }

    @Test
    @DisplayName("a file larger than the limit is refused before it is decoded")
    void tooLarge() throws IOException {
        Path file = write("big.toml", "# " + "x".repeat(Limits.MAX_FILE_BYTES) + "\n");
        assertThatThrownBy(() -> ExamFile.read(file))
                .hasMessage(file + ":1: is larger than 1000000 bytes, the limit for a scenario file");
    }

    @Test
    @DisplayName("a UTF-8 byte-order mark is accepted silently: the same chapter as without it")
    void byteOrderMark() throws IOException {
        Path plain = write("plain.toml", EXPRESSION);
        Path marked = temp.resolve("marked.toml");
        byte[] body = EXPRESSION.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(marked, bytes);
        assertThat(ExamFile.read(marked).text()).isEqualTo(ExamFile.read(plain).text())
                .isEqualTo(EXPRESSION);
        assertThat(ExamFile.read("m.toml", "\uFEFF" + EXPRESSION).text()).isEqualTo(EXPRESSION);
    }

    @Test
    @DisplayName("a UTF-8 sequence cut off at the end of the file is refused with its byte and line")
    void truncatedSequence() throws IOException {
        Path file = temp.resolve("cut.toml");
        byte[] body = (EXPRESSION + "# caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(body, body.length + 1);
        bytes[body.length] = (byte) 0xC3;
        Files.write(file, bytes);
        assertThatThrownBy(() -> ExamFile.read(file)).hasMessage(file
                + ":8: not UTF-8 text: byte 0xC3 on line 8; save the file as UTF-8");
    }
}
