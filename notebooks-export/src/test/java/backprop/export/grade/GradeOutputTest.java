package backprop.export.grade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file the grader writes is there whole or not at all, and no temporary file stays beside it either way. */
class GradeOutputTest {
    @TempDir
    Path dir;

    private long others(Path except) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.equals(except)).count();
        }
    }

    @Test
    void aWrite_replacesTheFileWhole_andLeavesNothingElse() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), "old", StandardCharsets.UTF_8);
        GradeOutput.write(page, "new ∂L/∂ŷ", "the feedback");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo("new ∂L/∂ŷ");
        assertThat(others(page)).isZero();
    }

    @Test
    void aWriteThatFailsAtTheMove_isOneLine_andRemovesItsTemporaryFile() throws IOException {
        // a folder that is not empty cannot be replaced by a file: the text is written, the move refused
        Path folder = Files.createDirectory(dir.resolve("page.html"));
        Files.writeString(folder.resolve("inside"), "x", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GradeOutput.write(folder, "text", "the feedback"))
                .isInstanceOf(GradeInputException.class)
                .hasMessageStartingWith(folder + ":1: cannot write the feedback: ");
        assertThat(others(folder)).isZero();
        assertThat(folder.resolve("inside")).hasContent("x");
    }

    @Test
    void aTemporaryNameAlreadyTaken_isRefused_andLeftAsItWas() throws IOException {
        Path page = dir.resolve("page.html");
        Path taken = Files.writeString(dir.resolve(".page.html." + ProcessHandle.current().pid() + ".tmp"), "theirs",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GradeOutput.write(page, "text", "the grades"))
                .hasMessageStartingWith(page + ":1: cannot write the grades: ");
        assertThat(taken).hasContent("theirs");
        assertThat(page).doesNotExist();
    }
}
