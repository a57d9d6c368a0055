package backprop.export.output;

import backprop.export.Runs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static backprop.export.Runs.names;
import static backprop.export.Runs.run;
import static backprop.export.Runs.tree;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a streaming run killed at each step of a file leaves in its staging folder, planted as each system call
 * leaves it: the line appended (whole, or cut short), the file's folder created, the file created, half written.
 * The next writing run removes all of it, and leaves alone a folder with anything its manifest does not list.
 */
@DisplayName("A streaming run killed at any step leaves a staging folder the next run removes")
class KilledStreamTest {

    @TempDir
    Path temp;
    Caller caller;
    Path here;

    @BeforeEach
    void caller() throws IOException {
        caller = Runs.callerIn(temp);
        here = caller.workingDirectory();
    }

    /** A staging folder whose manifest holds {@code manifest} after the header, with {@code files} in it. */
    private Path staged(String name, String manifest, String... files) throws IOException {
        Path folder = Files.createDirectories(here.resolve(name));
        Files.writeString(folder.resolve(Manifest.NAME), Manifest.HEADER + "\n" + manifest, StandardCharsets.UTF_8);
        for (String f : files) {
            Path file = folder.resolve(f);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "written");
        }
        return folder;
    }

    /** Opens a stream on key and commits one file; returns the notes. */
    private String nextRun() {
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("key.csv", "student\n");
            return String.join("\n", s.commit());
        }
    }

    @Test
    void killedAfterTheLine_beforeItsFolderAndFile_isRemoved() throws IOException {
        staged(".key.answer-key-new-1", "README.md\nstudents/1/exam.ipynb\n", "README.md");
        assertThat(nextRun()).isEmpty();
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void killedAfterTheFilesFolder_beforeTheFile_isRemoved() throws IOException {
        Path folder = staged(".key.answer-key-new-1", "README.md\nstudents/1/exam.ipynb\n", "README.md");
        Files.createDirectories(folder.resolve("students/1"));
        assertThat(nextRun()).isEmpty();
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void killedWhileWritingAFile_isRemoved() throws IOException {
        Path folder = staged(".key.answer-key-new-1", "README.md\nstudents/1/exam.ipynb\n", "README.md");
        Files.createDirectories(folder.resolve("students/1"));
        Files.writeString(folder.resolve("students/1/exam.ipynb"), "{\"cells\": [");
        assertThat(nextRun()).isEmpty();
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void killedWhileAppendingALine_isRemoved() throws IOException {
        staged(".key.answer-key-new-1", "README.md\nstudents/1/exa", "README.md");
        staged(".key.answer-key-new-2", "README.md\nstudents/", "README.md");
        staged(".key.answer-key-new-3", "stu");
        assertThat(nextRun()).isEmpty();
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void killedWhileWritingTheHeader_isRemoved() throws IOException {
        Path folder = Files.createDirectories(here.resolve(".key.answer-key-new-1"));
        Files.writeString(folder.resolve(Manifest.NAME), Manifest.HEADER.substring(0, 20));
        Files.createDirectories(here.resolve(".key.answer-key-new-2"));
        assertThat(nextRun()).isEmpty();
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void aFileWhoseLineIsCutShort_isNotTheRunsFile_soTheFolderIsLeftAlone() throws IOException {
        // the run creates a file only once its whole line is written: a file named by a cut line is someone's
        Path folder = staged(".key.answer-key-new-1", "README.md\nthesis.te", "README.md", "thesis.tex");
        String notes = nextRun();
        assertThat(notes).isEqualTo("left " + folder + " in place: it holds files answer-key did not write");
        assertThat(folder.resolve("thesis.tex")).hasContent("written");
        assertThat(names(here)).containsExactly(".key.answer-key-new-1", "key");
    }

    @Test
    void aForeignFileBesideAKilledStreamsFiles_isLeftAlone_withItsFolder() throws IOException {
        Path folder = staged(".key.answer-key-new-1", "README.md\nstudents/1/exa", "README.md", "students/notes.md");
        Map<String, String> before = tree(folder);
        assertThat(nextRun()).contains("left " + folder + " in place");
        assertThat(tree(folder)).isEqualTo(before);
    }

    @Test
    void aCutLineNoAppendCanLeave_isNoManifest_soTheFolderIsLeftAlone() throws IOException {
        Path folder = staged(".key.answer-key-new-1", "README.md\n../thesis", "README.md");
        Map<String, String> before = tree(folder);
        assertThat(nextRun()).contains("left " + folder + " in place");
        assertThat(tree(folder)).isEqualTo(before);
    }

    @Test
    void anOldFolderWithACutManifest_isNoFinishedOutput_soItIsNeitherPutBackNorRemoved() throws IOException {
        Path old = staged(".key.answer-key-old-1", "README.md\nstudents", "README.md");
        Map<String, String> before = tree(old);
        assertThat(StagingFolders.interruptedSwap(here.resolve("key"))).isEmpty();
        assertThat(nextRun()).contains("left " + old + " in place");
        assertThat(tree(old)).isEqualTo(before);
    }

    @Test
    void anOutputFolderWithACutManifest_isRefused() throws IOException {
        Path key = staged("key", "README.md\nstudents", "README.md");
        assertThat(run(caller, "--out", "key").oneLineFailure(2)).contains("no .answer-key manifest");
        assertThat(key.resolve("README.md")).hasContent("written");
    }

    @Test
    void aFolderNamedLikeAnOldFolder_hasItsStagingFoldersTakenForWhatTheyAre() throws IOException {
        // the target's own name holds "-old-": its killed run's complete staging folder is not a previous output
        staged(".a.answer-key-old-1.answer-key-new-2", "README.md\n", "README.md");
        Path target = here.resolve("a.answer-key-old-1");
        assertThat(StagingFolders.interruptedSwap(target)).isEmpty();
        assertThat(OutputFolder.putBackInterruptedSwap(target, caller)).isEmpty();
        assertThat(target).doesNotExist();
        // and a cut line in it is read as a staging folder's
        staged(".a.answer-key-old-1.answer-key-new-3", "README.md\nstu", "README.md");
        new OutputFolder().text("x.md", "x").writeTo(target, caller);
        assertThat(names(here)).containsExactly("a.answer-key-old-1");
    }
}
