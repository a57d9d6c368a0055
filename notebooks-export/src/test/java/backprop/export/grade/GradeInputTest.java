package backprop.export.grade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the grader reads and writes, checked before it opens anything; reads stop at the bound. */
@Timeout(10)
class GradeInputTest {
    @TempDir
    Path dir;

    /** A FIFO, as mkfifo makes it: opening it to read would wait for a writer for ever. */
    static Path fifo(Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        return fifo;
    }

    @Test
    void aRegularFileWithinTheBound_isRead_toTheLastByte() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "12345", StandardCharsets.UTF_8);
        assertThat(GradeInput.refusal("--key", f, 5)).isEmpty();
        assertThat(GradeInput.text(f, 5)).isEqualTo("12345");
    }

    @Test
    void aFileOneByteOverTheBound_isRefusedByItsSize() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "123456", StandardCharsets.UTF_8);
        assertThat(GradeInput.refusal("--key", f, 5)).contains("--key " + f + ": is 6 bytes, more than the 5 the grader reads");
    }

    @Test
    void aFileThatStatesNoSize_isReadOnlyToTheBound() {
        // /proc's files say 0 bytes and hold more: the read itself stops one byte past the bound
        Path status = Path.of("/proc/self/status");
        assertThat(GradeInput.refusal("--key", status, 100)).isEmpty();
        assertThatThrownBy(() -> GradeInput.text(status, 100)).isInstanceOf(GradeInputException.class)
                .hasMessage(status + ":1: more than the 100 bytes the grader reads");
    }

    @Test
    void aDevice_aFifoAndAFolder_areRefusedBeforeTheyAreOpened() throws Exception {
        String notAFile = "is not a regular file (a FIFO, a device or a socket); the grader reads files only";
        assertThat(GradeInput.refusal("--answers", Path.of("/dev/zero"), 10)).contains("--answers /dev/zero: " + notAFile);
        Path fifo = fifo(dir);
        assertThat(GradeInput.refusal("--student", fifo, 10)).contains("--student " + fifo + ": " + notAFile);
        assertThat(GradeInput.refusal("--key", dir, 10)).contains("--key " + dir + ": is a folder, not a file");
        for (Path p : new Path[] {Path.of("/dev/zero"), fifo}) {
            assertThatThrownBy(() -> GradeInput.text(p, 10)).hasMessage(p + ":1: not a regular file; the grader reads files only");
        }
    }

    @Test
    void aMissingFile_isLeftToTheRead_whichSaysItCannotReadIt() {
        Path missing = dir.resolve("missing.csv");
        assertThat(GradeInput.refusal("--key", missing, 10)).isEmpty();
        assertThatThrownBy(() -> GradeInput.text(missing, 10)).hasMessageStartingWith(missing + ":1: cannot read: ");
    }

    @Test
    void textThatIsNotUtf8_isOneLine() throws IOException {
        Path f = Files.write(dir.resolve("a.csv"), new byte[] {'a', (byte) 0xff});
        assertThatThrownBy(() -> GradeInput.text(f, 10)).hasMessage(f + ":1: cannot read: not UTF-8 text");
    }

    @Test
    void theOutput_mayNotBeAnInput_byAnyName_norAFolder() throws IOException {
        Path key = Files.writeString(dir.resolve("key.csv"), "k", StandardCharsets.UTF_8);
        Path answers = Files.writeString(dir.resolve("a.csv"), "a", StandardCharsets.UTF_8);
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--answers", answers);
        inputs.put("--key", key);
        String same = "; the grader does not write over what it reads";
        assertThat(GradeInput.outputRefusal(key, inputs)).contains("--csv " + key + ": is the same file as --key " + key + same);
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), key);
        assertThat(GradeInput.outputRefusal(link, inputs)).contains("--csv " + link + ": is the same file as --key " + key + same);
        Path hard = Files.createLink(dir.resolve("hard.csv"), answers);
        assertThat(GradeInput.outputRefusal(hard, inputs)).contains("--csv " + hard + ": is the same file as --answers " + answers
                + same);
        Path dotted = dir.resolve("sub/../key.csv");
        Files.createDirectories(dir.resolve("sub"));
        assertThat(GradeInput.outputRefusal(dotted, inputs)).isPresent();
        assertThat(GradeInput.outputRefusal(dir, inputs)).contains("--csv " + dir + ": is a folder, not a file");
        assertThat(GradeInput.outputRefusal(dir.resolve("grades.csv"), inputs)).isEmpty();
        Path other = Files.writeString(dir.resolve("old-grades.csv"), "g", StandardCharsets.UTF_8);
        assertThat(GradeInput.outputRefusal(other, inputs)).isEmpty();
    }
}
