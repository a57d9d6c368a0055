package backprop.export.output;

import backprop.export.Runs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

import static backprop.export.Runs.names;
import static backprop.export.Runs.run;
import static backprop.export.Runs.tree;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The output folder belongs to the tool only")
class OutputFolderTest {

    @TempDir
    Path temp;
    Caller caller;
    Path here;

    @BeforeEach
    void caller() throws IOException {
        caller = Runs.callerIn(temp);
        here = caller.workingDirectory();
    }

    /** Runs with {@code --out out}, expects a refusal naming it, and that nothing in {@code watched} changed. */
    private String refused(String out, Path watched) throws IOException {
        Map<String, String> before = tree(watched);
        String line = run(caller, "--out", out).oneLineFailure(2);
        assertThat(line).startsWith("answer-key: --out " + out + ": ").contains("nothing was touched");
        assertThat(tree(watched)).isEqualTo(before);
        return line;
    }

    @Test
    void refusesAFolderHoldingAUsersFile_andTouchesNothing() throws IOException {
        Files.createDirectories(here.resolve("mine/sub"));
        Files.writeString(here.resolve("mine/thesis.tex"), "x");
        assertThat(refused("mine", here)).contains("no .answer-key manifest");
        assertThat(names(here)).containsExactly("mine");
    }

    @Test
    void refusesARegularFile() throws IOException {
        Files.writeString(here.resolve("notes.txt"), "my notes");
        assertThat(refused("notes.txt", here)).contains("is a file, not a folder");
    }

    @Test
    void refusesTheCallersFolder_evenEmpty() throws IOException {
        assertThat(refused(".", here)).contains("is the current folder");
        Files.writeString(here.resolve("draft.md"), "x");
        assertThat(refused(".", here)).contains("is the current folder");
        assertThat(refused("..", temp)).contains("contains the current folder");
    }

    @Test
    void refusesTheCallersFolderReachedThroughALinkedParent() throws IOException {
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), temp);
        assertThat(refused(alias.resolve("caller").toString(), here)).contains("is the current folder");
    }

    @Test
    void refusesTheHomeFolder_andAHomeLikeFolder() throws IOException {
        Path home = caller.home();
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_ed25519"), "secret");
        Files.writeString(home.resolve(".bashrc"), "alias ll='ls -l'");
        assertThat(refused(home.toString(), home)).contains("is your home folder");

        Path scratch = Files.createDirectories(temp.resolve("scratch-home/.ssh"));
        Files.writeString(scratch.resolve("authorized_keys"), "key");
        Files.writeString(scratch.resolveSibling(".bashrc"), "x");
        refused(scratch.getParent().toString(), temp.resolve("scratch-home"));
    }

    @Test
    void refusesTheRootWithAPlainMessage() throws IOException {
        String line = run(caller, "--out", "/").oneLineFailure(2);
        assertThat(line).isEqualTo("answer-key: --out /: is the root of the file system; nothing was touched:"
                + " give --out a new folder, an empty one, or one an earlier answer-key run wrote");
    }

    @Test
    void refusesARepository() throws IOException {
        Path repo = Files.createDirectories(here.resolve("repo/.git"));
        Files.writeString(repo.resolve("HEAD"), "ref: refs/heads/main");
        Files.writeString(repo.resolveSibling("pom.xml"), "<project/>");
        refused("repo", here);
    }

    @Test
    void refusesAFolderInsideAFile() throws IOException {
        Files.writeString(here.resolve("notes.txt"), "my notes");
        assertThat(refused("notes.txt/key", here)).contains("notes.txt, which is not a folder");
    }

    @Test
    void refusesASymbolicLinkAsTheFolder() throws IOException {
        Files.createDirectories(here.resolve("real"));
        Files.createSymbolicLink(here.resolve("link"), here.resolve("real"));
        assertThat(refused("link", here)).contains("symbolic link");
    }

    @Test
    void writesANewFolder_andReplacesItsOwnOutput_thenRefusesOnceAForeignFileIsAdded() throws IOException {
        assertThat(run(caller, "--out", "key").status()).isZero();
        Path key = here.resolve("key");
        assertThat(Files.readString(key.resolve(".answer-key"))).contains("answer-key.csv\n", "answer-key/000.md\n");
        assertThat(run(caller, "--out", "key").status()).isZero();
        assertThat(names(here)).containsExactly("key");

        Files.writeString(key.resolve("answer-key/my-notes.md"), "mine");
        assertThat(refused("key", here)).contains("holds 'answer-key/my-notes.md', which answer-key did not write");
    }

    @Test
    void refusesItsOwnOutputHoldingASymbolicLink_andNeverFollowsIt() throws IOException {
        assertThat(run(caller, "--out", "key").status()).isZero();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("precious.txt"), "mine");
        Files.createSymbolicLink(here.resolve("key/answer-key/linked"), elsewhere);
        assertThat(refused("key", here)).contains("holds 'answer-key/linked'");
        assertThat(Files.readString(elsewhere.resolve("precious.txt"))).isEqualTo("mine");
    }

    @Test
    void refusesAManifestItDidNotWrite() throws IOException {
        Path forged = Files.createDirectories(here.resolve("forged"));
        Files.writeString(forged.resolve(".answer-key"), Manifest.HEADER + "\n../../thesis.tex\n");
        assertThat(refused("forged", here)).contains("no .answer-key manifest");
    }

    @Test
    void writesIntoAnExistingEmptyFolder() throws IOException {
        Files.createDirectories(here.resolve("empty"));
        assertThat(run(caller, "--out", "empty").status()).isZero();
        assertThat(here.resolve("empty/answer-key.csv")).isRegularFile();
        assertThat(names(here)).containsExactly("empty");
    }

    @Test
    void aFailedRunLeavesThePreviousOutputAsItWas_andNoLeftovers() throws IOException {
        assertThat(run(caller, "--out", "key").status()).isZero();
        Map<String, String> before = tree(here);
        run(caller, "--out", "key", "--variant", "missing.toml").oneLineFailure(2);
        assertThat(tree(here)).isEqualTo(before);
    }

    @Test
    void createsFoldersAndFilesWithTheCallersDefaultPermissions() throws IOException {
        assertThat(run(caller, "--out", "key").status()).isZero();
        Path ordinaryFolder = Files.createDirectory(temp.resolve("ordinary"));
        Path ordinaryFile = Files.writeString(temp.resolve("ordinary.txt"), "x", StandardCharsets.UTF_8);
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(ordinaryFolder);
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(ordinaryFile);
        Path key = here.resolve("key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(folder);
        assertThat(Files.getPosixFilePermissions(key.resolve("notebooks/student"))).isEqualTo(folder);
        assertThat(Files.getPosixFilePermissions(key.resolve("answer-key.csv"))).isEqualTo(file);
        assertThat(Files.getPosixFilePermissions(key.resolve(".answer-key"))).isEqualTo(file);
    }

    @Test
    void removesTheStagingFoldersOfAKilledRun_andNothingElse() throws IOException {
        Path staged = Files.createDirectories(here.resolve(".key.answer-key-new-123/notebooks"));
        Files.writeString(staged.resolveSibling(".answer-key"), Manifest.HEADER + "\nnotebooks/a.ipynb\n");
        Files.writeString(staged.resolve("a.ipynb"), "{}");
        Files.createDirectories(here.resolve(".key.answer-key-old-456"));
        Path foreign = Files.createDirectories(here.resolve(".key.answer-key-new-789"));
        Files.writeString(foreign.resolve("thesis.tex"), "mine");
        Files.createDirectories(here.resolve(".key.new-abc"));
        Files.createDirectories(here.resolve(".other.answer-key-new-1"));

        Runs.Result r = run(caller, "--out", "key");
        assertThat(r.status()).isZero();
        assertThat(names(here)).containsExactly(".key.answer-key-new-789", ".key.new-abc",
                ".other.answer-key-new-1", "key");
        assertThat(foreign.resolve("thesis.tex")).hasContent("mine");
        assertThat(r.out()).contains("note: left " + foreign + " in place: it holds files answer-key did not write");
    }

    @Test
    void putsBackThePreviousOutputOfARunKilledBetweenItsRenames() throws IOException {
        Path old = Files.createDirectories(here.resolve(".key.answer-key-old-7"));
        Files.writeString(old.resolve(".answer-key"), Manifest.HEADER + "\nanswer-key.csv\n");
        Files.writeString(old.resolve("answer-key.csv"), "previous");
        Path key = here.resolve("key").toAbsolutePath();
        assertThat(StagingFolders.cleanUp(key)).isEmpty();
        assertThat(names(here)).containsExactly("key");
        assertThat(key.resolve("answer-key.csv")).hasContent("previous");
    }

    @Test
    void refusesWhileAnotherRunHoldsTheLock_andLeavesNoLockFileBehind() throws IOException {
        Path key = here.resolve("key");
        try (OutputLock held = OutputLock.acquire(key)) {
            assertThat(run(caller, "--out", "key").oneLineFailure(2))
                    .isEqualTo("answer-key: --out key: another answer-key run is writing this folder;"
                            + " wait for it to end, or give --out another folder");
            assertThat(Files.exists(key, LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
        assertThat(names(here)).isEmpty();
        assertThat(run(caller, "--out", "key").status()).isZero();
        assertThat(names(here)).containsExactly("key");
    }
}
