package backprop.export;

import backprop.export.output.Caller;
import backprop.export.output.HeldRun;
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

import static backprop.export.Runs.names;
import static backprop.export.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs in other processes: one that holds the lock, and ones killed with SIGKILL. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KilledRunTest {

    @TempDir
    Path temp;

    private static Process java(Path dir, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Runs.SHORT_JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Reads the process's output until a line starting with {@code prefix}. */
    private static void awaitLine(Process p, String prefix) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return;
            }
        }
        throw new AssertionError("the process ended without printing " + prefix);
    }

    @Test
    void aRunInAnotherProcessHoldsTheFolder_andOnceKilledTheNextRunCleansUp() throws Exception {
        Caller caller = Runs.callerIn(temp);
        Path here = caller.workingDirectory();
        Process held = java(here, HeldRun.class.getName(), "key");
        try {
            awaitLine(held, "staged");
            assertThat(run(caller, "--out", "key").oneLineFailure(2)).contains("another answer-key run is writing");
            assertThat(names(here)).hasSize(2).allMatch(n -> n.startsWith(".key.answer-key-"));
        } finally {
            held.destroyForcibly().waitFor();
        }
        assertThat(run(caller, "--out", "key").status()).isZero();
        assertThat(names(here)).containsExactly("key");
    }

    @Test
    void aRealRunKilledWhileWriting_leavesNothingTheNextRunDoesNotRemove() throws Exception {
        Caller caller = Runs.callerIn(temp);
        Path here = caller.workingDirectory();
        assertThat(run(caller, "--out", "key").status()).isZero();
        Process killed = java(here, Main.class.getName(), "--out", "key");
        try {
            awaitLine(killed, "004:");
        } finally {
            killed.destroyForcibly().waitFor();
        }
        assertThat(run(caller, "--out", "key").status()).isZero();
        assertThat(names(here)).containsExactly("key");
        assertThat(Files.readString(here.resolve("key/.answer-key"))).contains("answer-key.csv");
    }
}
