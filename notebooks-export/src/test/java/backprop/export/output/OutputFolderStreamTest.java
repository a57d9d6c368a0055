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
import java.util.List;
import java.util.Map;

import static backprop.export.Runs.names;
import static backprop.export.Runs.run;
import static backprop.export.Runs.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming form of the output folder ({@link OutputFolder#stream}): the same rules as the folder written at
 * once, with each file on disk as soon as it is written, and the staging folder holding nothing but what its
 * manifest lists at every moment.
 */
@DisplayName("An output folder written file by file keeps the output folder's rules")
class OutputFolderStreamTest {

    @TempDir
    Path temp;
    Caller caller;
    Path here;
    Path key;

    @BeforeEach
    void caller() throws IOException {
        caller = Runs.callerIn(temp);
        here = caller.workingDirectory();
        key = here.resolve("key");
    }

    /** The one staging folder beside the target. */
    private Path staging() throws IOException {
        List<String> staged = names(here).stream().filter(n -> n.startsWith(".key.answer-key-new-")).toList();
        assertThat(staged).hasSize(1);
        return here.resolve(staged.get(0));
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void eachFileIsOnDiskAtOnce_listedBeforeIt_andCommitPutsTheFolderInPlace() throws IOException {
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            Path staging = staging();
            assertThat(text(staging.resolve(".answer-key"))).isEqualTo(Manifest.HEADER + "\n");
            s.text("students/b/exam.ipynb", "{b}");
            assertThat(staging.resolve("students/b/exam.ipynb")).hasContent("{b}");
            s.bytes("README.md", "ß".getBytes(StandardCharsets.UTF_8)).text("students/a/exam.ipynb", "{a}");
            assertThat(text(staging.resolve(".answer-key"))).isEqualTo(Manifest.HEADER
                    + "\nstudents/b/exam.ipynb\nREADME.md\nstudents/a/exam.ipynb\n");
            assertThat(key).doesNotExist();
            assertThat(s.size()).isEqualTo(3);
            assertThat(s.commit()).isEmpty();
        }
        assertThat(names(here)).containsExactly("key");
        assertThat(tree(key)).containsOnlyKeys("", ".answer-key", "README.md", "students", "students/a",
                "students/a/exam.ipynb", "students/b", "students/b/exam.ipynb");
        assertThat(key.resolve("README.md")).hasContent("ß");
    }

    @Test
    void aFileAppendedToIsListedOnceBeforeItIsCreated_andGrowsInPlace() throws IOException {
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            Path staging = staging();
            s.append("key.csv", "student\r\n");
            assertThat(text(staging.resolve(".answer-key"))).isEqualTo(Manifest.HEADER + "\nkey.csv\n");
            s.text("students/a/exam.ipynb", "{a}").append("key.csv", "a\r\n").append("key.csv", "ß\r\n");
            assertThat(text(staging.resolve("key.csv"))).isEqualTo("student\r\na\r\nß\r\n");
            assertThat(text(staging.resolve(".answer-key"))).isEqualTo(Manifest.HEADER
                    + "\nkey.csv\nstudents/a/exam.ipynb\n");
            assertThat(s.size()).isEqualTo(2);
            assertThatThrownBy(() -> s.text("key.csv", "whole")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> s.append("students/a/exam.ipynb", "more")).isInstanceOf(IllegalStateException.class);
            assertThat(text(staging.resolve("students/a/exam.ipynb"))).isEqualTo("{a}");
            assertThatThrownBy(() -> s.append("../x.csv", "x")).isInstanceOf(IllegalArgumentException.class);
            s.commit();
            assertThatThrownBy(() -> s.append("key.csv", "late")).isInstanceOf(IllegalStateException.class);
        }
        assertThat(key.resolve("key.csv")).hasContent("student\r\na\r\nß\r\n");
    }

    @Test
    void replacesAnEarlierOutput_andTheMainCommandReplacesItsOutputInTurn() throws IOException {
        assertThat(run(caller, "--out", "key").status()).isZero();
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("key.csv", "student\n");
            s.commit();
        }
        assertThat(names(here)).containsExactly("key");
        assertThat(names(key)).containsExactly(".answer-key", "key.csv");
        assertThat(run(caller, "--out", "key").status()).isZero();
        assertThat(names(key)).contains("answer-key.csv").doesNotContain("key.csv");
    }

    @Test
    void theMemoryForm_writesItsManifestSorted_asBefore() throws IOException {
        new OutputFolder().text("b.md", "b").text("a/c.md", "c").text("a.md", "a").writeTo(Path.of("key"), caller);
        assertThat(text(key.resolve(".answer-key"))).isEqualTo(Manifest.HEADER + "\na.md\na/c.md\nb.md\n");
    }

    /** Opening the stream on {@code out} is refused as the main command refuses it, and nothing changes. */
    private void refusedAtOpen(String out, String reason) throws IOException {
        Map<String, String> before = tree(temp);
        assertThatThrownBy(() -> OutputFolder.stream(Path.of(out), caller)).isInstanceOf(OutputFolderException.class)
                .matches(e -> ((OutputFolderException) e).refused()).hasMessageContaining(reason);
        assertThat(tree(temp)).isEqualTo(before);
        assertThat(run(caller, "--out", out).oneLineFailure(2)).contains(reason);
    }

    @Test
    void refusesAtOpenWhatTheMainCommandRefuses_beforeAnythingIsWritten() throws IOException {
        Files.createDirectories(here.resolve("mine"));
        Files.writeString(here.resolve("mine/thesis.tex"), "x");
        refusedAtOpen("mine", "no .answer-key manifest");
        Files.writeString(here.resolve("notes.txt"), "x");
        refusedAtOpen("notes.txt", "is a file, not a folder");
        refusedAtOpen("notes.txt/key", "which is not a folder");
        refusedAtOpen(".", "is the current folder");
        refusedAtOpen(caller.home().toString(), "is your home folder");
        Files.createSymbolicLink(here.resolve("link"), here.resolve("mine"));
        refusedAtOpen("link", "symbolic link");
    }

    @Test
    void closedWithoutCommit_leavesNothing_andThePreviousOutputAsItWas() throws IOException {
        assertThat(run(caller, "--out", "key").status()).isZero();
        Map<String, String> before = tree(here);
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("students/1/exam.ipynb", "{}").text("README.md", "x");
        }
        assertThat(tree(here)).isEqualTo(before);
    }

    @Test
    void aStreamThatThrows_leavesNothing() throws IOException {
        assertThatThrownBy(() -> {
            try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
                s.text("students/1/exam.ipynb", "{}");
                throw new IllegalStateException("the draw failed");
            }
        }).hasMessage("the draw failed");
        assertThat(names(here)).isEmpty();
    }

    @Test
    void commitTwice_writeAfterCommit_andWriteAfterClose_areRefused() throws IOException {
        OutputFolder.Stream committed = OutputFolder.stream(Path.of("key"), caller);
        committed.text("a.md", "a");
        committed.commit();
        assertThatThrownBy(committed::commit).isInstanceOf(IllegalStateException.class)
                .hasMessage("OutputFolder.Stream: committed already");
        assertThatThrownBy(() -> committed.text("b.md", "b")).isInstanceOf(IllegalStateException.class);
        committed.close();
        assertThat(names(key)).containsExactly(".answer-key", "a.md");

        OutputFolder.Stream closed = OutputFolder.stream(Path.of("key"), caller);
        closed.close();
        closed.close();
        assertThatThrownBy(() -> closed.text("b.md", "b")).hasMessage("OutputFolder.Stream: closed already");
        assertThatThrownBy(closed::commit).isInstanceOf(IllegalStateException.class);
        assertThat(names(here)).containsExactly("key");
        assertThat(names(key)).containsExactly(".answer-key", "a.md");
    }

    @Test
    void thesamePathTwice_orAPathLeavingTheFolder_isRefused_writingNothing_andTheStreamGoesOn() throws IOException {
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("a.md", "first");
            Map<String, String> before = tree(here);
            assertThatThrownBy(() -> s.text("a.md", "second")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("written twice");
            assertThatThrownBy(() -> s.text("../escaped.md", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.text("a.md/b.md", "x")).isInstanceOf(IllegalStateException.class);
            assertThat(tree(here)).isEqualTo(before);
            s.commit();
        }
        assertThat(names(here)).containsExactly("key");
        assertThat(key.resolve("a.md")).hasContent("first");
    }

    @Test
    void theLockIsHeldWhileStreaming_soASecondRunIsRefused_andReleasedAfter() throws IOException {
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("a.md", "a");
            assertThatThrownBy(() -> OutputFolder.stream(Path.of("key"), caller))
                    .isInstanceOf(OutputFolderException.class).hasMessageContaining("another answer-key run");
            assertThat(run(caller, "--out", "key").oneLineFailure(2)).contains("another answer-key run");
            assertThat(names(here)).contains(".key.answer-key-lock");
            s.commit();
            assertThat(names(here)).containsExactly("key");
        }
        OutputFolder.stream(Path.of("key"), caller).close();
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void aForeignFileAddedToTheTargetWhileStreaming_isRefusedAtCommit_andKept() throws IOException {
        assertThat(run(caller, "--out", "key").status()).isZero();
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("a.md", "a");
            Files.writeString(key.resolve("thesis.tex"), "mine");
            Map<String, String> before = tree(key);
            assertThatThrownBy(s::commit).isInstanceOf(OutputFolderException.class)
                    .matches(e -> ((OutputFolderException) e).refused())
                    .hasMessageContaining("holds 'thesis.tex', which answer-key did not write");
            assertThat(tree(key)).isEqualTo(before);
        }
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void aFailedWrite_endsTheStream_andLeavesNothing() throws IOException {
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("a.md", "a");
            String tooLong = "n".repeat(300); // a name longer than the file system allows
            assertThatThrownBy(() -> s.text(tooLong, "x")).isInstanceOf(OutputFolderException.class)
                    .matches(e -> !((OutputFolderException) e).refused()).hasMessageStartingWith("cannot write it: ");
            assertThat(names(here)).isEmpty();
            assertThatThrownBy(() -> s.text("b.md", "b")).hasMessage("OutputFolder.Stream: failed already");
            assertThatThrownBy(s::commit).isInstanceOf(IllegalStateException.class);
        }
        assertThat(names(here)).isEmpty();
    }

    @Test
    void atEveryMoment_theStagingFolderHoldsNothingButWhatItsManifestLists() throws IOException {
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            Path staging = staging();
            for (String path : List.of("students/1/exam.ipynb", "students/1/sheet.html", "key.csv", "a/b/c/d.md")) {
                s.text(path, path);
                Manifest listed = Manifest.read(staging).orElseThrow();
                assertThat(listed.firstForeignEntry(staging)).isEmpty();
                assertThat(listed.firstMissingFile(staging)).isEmpty();
            }
        }
    }
}
