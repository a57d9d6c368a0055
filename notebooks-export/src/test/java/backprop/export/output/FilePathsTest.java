package backprop.export.output;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Each path a run writes stays inside its folder, is written once, and is not both file and folder")
class FilePathsTest {

    private final FilePaths paths = new FilePaths();

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "a/", ".", "..", ".answer-key",
            "a\\b", "a\nb"})
    void aPathLeavingTheFolderOrNamingTheManifest_isRefused(String path) {
        assertThatThrownBy(() -> paths.add(path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must stay inside the folder");
        assertThat(paths.size()).isZero();
    }

    @Test
    void theSamePathTwice_isRefused() {
        paths.add("students/1/exam.ipynb");
        assertThatThrownBy(() -> paths.add("students/1/exam.ipynb")).isInstanceOf(IllegalStateException.class)
                .hasMessage("OutputFolder: 'students/1/exam.ipynb' written twice");
        assertThat(paths.size()).isOne();
    }

    @Test
    void aFileInsideAFileWritten_isRefused_atAnyDepth() {
        paths.add("students/1");
        assertThatThrownBy(() -> paths.add("students/1/exam.ipynb")).isInstanceOf(IllegalStateException.class)
                .hasMessage("OutputFolder: 'students/1/exam.ipynb' is inside 'students/1', a file already written");
        paths.add("a");
        assertThatThrownBy(() -> paths.add("a/b/c")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside 'a'");
        assertThat(paths.size()).isEqualTo(2);
    }

    @Test
    void aFileWhereAFolderOfWrittenFilesIs_isRefused_atAnyDepth() {
        paths.add("students/1/exam.ipynb");
        assertThatThrownBy(() -> paths.add("students/1")).isInstanceOf(IllegalStateException.class)
                .hasMessage("OutputFolder: 'students/1' is already a folder of written files");
        assertThatThrownBy(() -> paths.add("students")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesThatOnlyShareABeginning_areDifferentPaths() {
        paths.add("students/1/exam.ipynb");
        paths.add("students/10/exam.ipynb");
        paths.add("students/1.md");
        paths.add("students/1/.answer-key");
        paths.add("students-1");
        assertThat(paths.size()).isEqualTo(5);
    }
}
