package backprop.export.output;

import backprop.export.Runs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static backprop.export.Runs.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Streaming runs in their own processes: with a heap smaller than what they write, and killed while writing. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@DisplayName("A streaming run's memory does not grow with its files, and a killed one is cleaned up")
class StreamedRunTest {
    private static final int FILES = 2_000;
    private static final int SIZE = 100_000;

    @TempDir
    Path temp;

    private static Process java(Path dir, String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")); // a short run: C1 alone
        command.addAll(List.of(heap, "-cp", System.getProperty("java.class.path"), StreamedRun.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    }

    private static String output(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void twoThousandFilesOf100kB_streamUnderA64MBHeap_whereTheMemoryFormRunsOut() throws Exception {
        Path here = Files.createDirectories(temp.resolve("caller"));
        Process memory = java(here, "-Xmx64m", "memory", "key", "" + FILES, "" + SIZE);
        assertThat(output(memory)).contains("OutOfMemoryError");
        assertThat(memory.exitValue()).isNotZero();
        assertThat(names(here)).isEmpty();

        Process streamed = java(here, "-Xmx64m", "stream", "key", "" + FILES, "" + SIZE);
        assertThat(output(streamed)).isEmpty();
        assertThat(streamed.exitValue()).isZero();
        assertThat(names(here)).containsExactly("key");
        Path key = here.resolve("key");
        try (Stream<Path> walk = Files.walk(key)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(".answer-key")).toList();
            assertThat(files).hasSize(FILES);
            assertThat(files.stream().mapToLong(p -> p.toFile().length()).sum()).isEqualTo((long) FILES * SIZE);
        }
        assertThat(Manifest.read(key).orElseThrow().files()).hasSize(FILES).contains("students/399/file-4");
        assertThat(Files.readAllBytes(key.resolve("students/399/file-4"))).isEqualTo(StreamedRun.content(1999, SIZE));
    }

    @Test
    void aStreamingRunHoldsTheFolder_andOnceKilledTheNextRunRemovesWhatItWrote() throws Exception {
        Caller caller = Runs.callerIn(temp);
        Path here = caller.workingDirectory();
        new OutputFolder().text("before.md", "before").writeTo(Path.of("key"), caller);
        Process held = java(here, "-Xmx64m", "hold", "key", "500", "1000");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(held.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("written");
            assertThat(Runs.run(caller, "--out", "key").oneLineFailure(2)).contains("another answer-key run");
            assertThat(names(here)).hasSize(3).contains("key", ".key.answer-key-lock");
        } finally {
            held.destroyForcibly().waitFor();
        }
        assertThat(here.resolve("key/before.md")).hasContent("before");
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("after.md", "after");
            assertThat(s.commit()).isEmpty();
        }
        assertThat(names(here)).containsExactly("key");
        assertThat(names(here.resolve("key"))).containsExactly(".answer-key", "after.md");
    }

    @Test
    void aStreamingRunKilledWhileItWrites_leavesAFolderTheNextRunRemoves() throws Exception {
        Caller caller = Runs.callerIn(temp);
        Path here = caller.workingDirectory();
        Process killed = java(here, "-Xmx64m", "tell", "key", "1000000", "1000");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); !"written 300".equals(line); line = out.readLine()) {
                assertThat(line).as("the run's output").startsWith("written ");
            }
        } finally {
            killed.destroyForcibly().waitFor();
        }
        // whatever step the kill cut (a line appended or cut short, a folder made, a file half written)
        Path staging = here.resolve(names(here).stream().filter(n -> n.startsWith(".key.answer-key-new-"))
                .findFirst().orElseThrow());
        assertThat(Manifest.readStaging(staging).orElseThrow().firstForeignEntry(staging)).isEmpty();
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("after.md", "after");
            assertThat(s.commit()).isEmpty();
        }
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void aSecondStreamRefusedInTheSameProcess_leavesTheFolderLockedForOtherProcesses() throws Exception {
        Caller caller = Runs.callerIn(temp);
        Path here = caller.workingDirectory();
        try (OutputFolder.Stream s = OutputFolder.stream(Path.of("key"), caller)) {
            s.text("a.md", "a");
            // an OS file lock is the process's: closing any channel to its file would release it
            assertThatThrownBy(() -> OutputFolder.stream(Path.of("key"), caller))
                    .hasMessageContaining("another answer-key run");
            Process other = java(here, "-Xmx64m", "stream", "key", "1", "10");
            assertThat(output(other)).contains("another answer-key run is writing this folder");
            assertThat(other.exitValue()).isNotZero();
            s.commit();
        }
        assertThat(names(here.resolve("key"))).containsExactly(".answer-key", "a.md");
    }
}
