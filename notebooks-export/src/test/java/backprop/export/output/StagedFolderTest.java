package backprop.export.output;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static backprop.export.Runs.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A staging folder lists each file in its manifest before the file is created")
class StagedFolderTest {

    @TempDir
    Path temp;
    Path target;

    @BeforeEach
    void target() {
        target = temp.resolve("key");
    }

    private static String manifest(Path folder) throws IOException {
        return Files.readString(folder.resolve(Manifest.NAME), StandardCharsets.UTF_8);
    }

    private Path folder() throws IOException {
        List<String> names = names(temp);
        assertThat(names).hasSize(1).allMatch(n -> n.startsWith(".key.answer-key-new-"));
        return temp.resolve(names.get(0));
    }

    @Test
    void startsWithTheHeader_thenAppendsEachLine_inTheOrderWritten() throws IOException {
        StagedFolder staged = StagedFolder.create(target);
        Path folder = folder();
        assertThat(manifest(folder)).isEqualTo(Manifest.HEADER + "\n");
        staged.write("z.md", "z".getBytes(StandardCharsets.UTF_8));
        staged.write("a/b.md", new byte[0]);
        assertThat(manifest(folder)).isEqualTo(Manifest.HEADER + "\nz.md\na/b.md\n");
        assertThat(folder.resolve("z.md")).hasContent("z");
        assertThat(folder.resolve("a/b.md")).isEmptyFile();
        assertThat(staged.size()).isEqualTo(2);
        assertThat(staged.finish()).isEqualTo(folder);
    }

    @Test
    void theLineIsAppendedBeforeTheFileIsCreated() throws IOException {
        StagedFolder staged = StagedFolder.create(target);
        Path folder = folder();
        // something in the way of the file: its creation fails, after its line was appended
        Files.createDirectories(folder.resolve("students/1/exam.ipynb"));
        assertThatThrownBy(() -> staged.write("students/1/exam.ipynb", new byte[1]))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(manifest(folder)).isEqualTo(Manifest.HEADER + "\nstudents/1/exam.ipynb\n");
    }

    @Test
    void aRefusedPath_appendsNothing() throws IOException {
        StagedFolder staged = StagedFolder.create(target);
        Path folder = folder();
        staged.write("a.md", new byte[0]);
        assertThatThrownBy(() -> staged.write("a.md", new byte[0])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> staged.write("../b.md", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(manifest(folder)).isEqualTo(Manifest.HEADER + "\na.md\n");
        assertThat(temp.resolve("b.md")).doesNotExist();
    }

    @Test
    void discard_removesWhatItWrote_andFinishClosesTheManifest() throws IOException {
        StagedFolder discarded = StagedFolder.create(target);
        discarded.write("students/1/exam.ipynb", new byte[10]);
        discarded.discard();
        assertThat(names(temp)).isEmpty();

        StagedFolder finished = StagedFolder.create(target);
        finished.write("a.md", new byte[0]);
        Path folder = finished.finish();
        assertThatThrownBy(() -> finished.write("b.md", new byte[0])).isInstanceOf(IOException.class);
        assertThat(Manifest.read(folder).orElseThrow().files()).containsExactly("a.md");
    }
}
