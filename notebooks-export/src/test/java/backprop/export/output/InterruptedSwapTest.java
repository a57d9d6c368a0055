package backprop.export.output;

import backprop.export.Runs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static backprop.export.Runs.names;
import static backprop.export.Runs.run;
import static backprop.export.Runs.tree;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed between its two renames (DIR → {@code .DIR.answer-key-old-N}, then the staged folder → DIR) leaves DIR
 * missing; the next run of the main command, even one that fails or is refused, puts it back first. The states
 * are planted on disk as each system call of the swap leaves them ({@code .ci/kill-test.sh} makes them by killing
 * real runs).
 */
@DisplayName("A swap interrupted by a kill is put back by the next run, even a failing one")
class InterruptedSwapTest {

    @TempDir
    Path temp;
    Caller caller;
    Path here;

    @BeforeEach
    void caller() throws IOException {
        caller = Runs.callerIn(temp);
        here = caller.workingDirectory();
        Files.writeString(here.resolve("bad.toml"), "x\n");
    }

    /** A folder as the tool writes it: the manifest and the files it lists, each holding {@code content}. */
    private Path written(String name, String content, String... files) throws IOException {
        Path folder = Files.createDirectories(here.resolve(name));
        StringBuilder manifest = new StringBuilder(Manifest.HEADER + "\n");
        for (String f : java.util.List.of(files).stream().sorted().toList()) {
            Path file = folder.resolve(f);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            manifest.append(f).append('\n');
        }
        Files.writeString(folder.resolve(Manifest.NAME), manifest);
        return folder;
    }

    private Runs.Result failingRun() {
        Runs.Result r = run(caller, "--out", "key", "--variant", "bad.toml");
        assertThat(r.oneLineFailure(2)).startsWith("answer-key: ").contains("bad.toml:1:");
        return r;
    }

    @Test
    void killedBetweenTheRenames_aFailingRunPutsThePreviousOutputBack_andLeavesTheStagedOne() throws IOException {
        written(".key.answer-key-old-7", "previous", "answer-key.csv", "notebooks/student/000.ipynb");
        written(".key.answer-key-new-9", "staged", "answer-key.csv", "notebooks/student/000.ipynb");
        Runs.Result r = failingRun();
        assertThat(names(here)).containsExactly(".key.answer-key-new-9", "bad.toml", "key");
        assertThat(here.resolve("key/notebooks/student/000.ipynb")).hasContent("previous");
        assertThat(r.out()).isEqualTo("note: put back " + here.resolve("key") + ", which a killed run had left at "
                + here.resolve(".key.answer-key-old-7") + "\n");
    }

    @Test
    void aSuccessfulRunPutsItBack_thenReplacesIt_andRemovesTheLeftovers() throws IOException {
        written(".key.answer-key-old-7", "previous", "answer-key.csv");
        written(".key.answer-key-new-9", "staged", "answer-key.csv");
        assertThat(run(caller, "--out", "key").status()).isZero();
        assertThat(names(here)).containsExactly("bad.toml", "key");
        assertThat(here.resolve("key/answer-key/000.md")).isRegularFile();
    }

    @Test
    void anIncompletePreviousOutput_isNotPutBack_andNothingIsTouched() throws IOException {
        Path old = written(".key.answer-key-old-7", "previous", "answer-key.csv", "answer-key/000.md");
        Files.delete(old.resolve("answer-key/000.md"));
        Map<String, String> before = tree(here);
        failingRun();
        assertThat(tree(here)).isEqualTo(before);
    }

    @Test
    void aPreviousOutputHoldingAForeignFile_isNotPutBack() throws IOException {
        Path old = written(".key.answer-key-old-7", "previous", "answer-key.csv");
        Files.writeString(old.resolve("thesis.tex"), "mine");
        Map<String, String> before = tree(here);
        failingRun();
        assertThat(tree(here)).isEqualTo(before);
    }

    @Test
    void aFolderWithoutTheToolsManifest_isNotPutBack() throws IOException {
        Path old = Files.createDirectories(here.resolve(".key.answer-key-old-7"));
        Files.writeString(old.resolve("answer-key.csv"), "x");
        Map<String, String> before = tree(here);
        failingRun();
        assertThat(tree(here)).isEqualTo(before);
    }

    @Test
    void whenTheFolderIsThere_nothingIsPutBack_andAHalfRemovedPreviousOutputIsLeftForTheNextWritingRun()
            throws IOException {
        written("key", "new", "answer-key.csv");
        Path old = written(".key.answer-key-old-7", "previous", "answer-key.csv", "answer-key/000.md");
        Files.delete(old.resolve("answer-key.csv"));
        Map<String, String> before = tree(here);
        failingRun();
        assertThat(tree(here)).isEqualTo(before);
    }

    @Test
    void ofTwoCompletePreviousOutputs_theFirstByNameIsPutBack() throws IOException {
        written(".key.answer-key-old-8", "second", "answer-key.csv");
        written(".key.answer-key-old-10", "first", "answer-key.csv");
        failingRun();
        assertThat(here.resolve("key/answer-key.csv")).hasContent("first");
        assertThat(names(here)).contains(".key.answer-key-old-8");
    }

    @Test
    void whileAnotherRunHoldsTheLock_itsSwapIsLeftToIt() throws IOException {
        written(".key.answer-key-old-7", "previous", "answer-key.csv");
        try (OutputLock held = OutputLock.acquire(here.resolve("key"))) {
            Map<String, String> before = tree(here);
            failingRun();
            assertThat(tree(here)).isEqualTo(before);
        }
        assertThat(names(here)).doesNotContain(".key.answer-key-lock");
    }

    @Test
    void anEmptyFolderGivenAsOut_movedAside_isPutBack() throws IOException {
        Files.createDirectories(here.resolve(".key.answer-key-old-7"));
        failingRun();
        assertThat(names(here)).containsExactly("bad.toml", "key");
    }

    @Test
    void aStagedFolderAlone_isLeftForTheNextWritingRun_asTheFolderDidNotExistBefore() throws IOException {
        written(".key.answer-key-new-9", "staged", "answer-key.csv");
        Map<String, String> before = tree(here);
        failingRun();
        assertThat(tree(here)).isEqualTo(before);
    }

    @Test
    void theRootAndAMissingParent_haveNothingToPutBack() {
        assertThat(OutputFolder.putBackInterruptedSwap(Path.of("/"), caller)).isEmpty();
        assertThat(OutputFolder.putBackInterruptedSwap(Path.of("no/such/parent/key"), caller)).isEmpty();
        assertThat(here.resolve("no")).doesNotExist();
    }
}
