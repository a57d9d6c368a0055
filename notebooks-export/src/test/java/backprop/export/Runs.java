package backprop.export;

import backprop.export.output.Caller;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs of the main job in-process, and what they leave on disk; public for the output folder's tests. */
public final class Runs {
    /** The example scenario files, from the repository's variants/ folder (tests run in the module folder). */
    static final Path NETWORK_EXAMPLE = Path.of("../variants/exam-network.toml").toAbsolutePath().normalize();
    static final Path EXPRESSION_EXAMPLE = Path.of("../variants/exam-expression.toml").toAbsolutePath().normalize();

    /**
     * The JIT flags of a test's own java process, as surefire's argLine gives the test JVMs: a main-job run lives a
     * few seconds, where C1 alone takes half the CPU of the default (a cold run of exam-network and exam-expression:
     * 8.6 → 4.5 s). They change no output: Java's arithmetic does not depend on the JIT.
     */
    static final List<String> SHORT_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private Runs() {
    }

    public record Result(int status, String out, String err) {
        /** A failure: the status, exactly one line on stderr, no stack trace; returns the line. */
        public String oneLineFailure(int expectedStatus) {
            assertThat(status).as("exit status; stderr: %s", err).isEqualTo(expectedStatus);
            List<String> lines = err.lines().toList();
            assertThat(lines).as("stderr").hasSize(1);
            assertThat(lines.get(0)).startsWith("answer-key: ").doesNotStartWith("\tat ");
            return lines.get(0);
        }
    }

    public static Result run(Caller caller, Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(caller, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Stream.of(args).map(String::valueOf).toArray(String[]::new));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A caller working in {@code temp/caller}, with its home at {@code temp/home}. */
    public static Caller callerIn(Path temp) throws IOException {
        return new Caller(Files.createDirectories(temp.resolve("caller")), Files.createDirectories(temp.resolve("home")));
    }

    /** Every entry under {@code root} (links not followed): files with their bytes (one char a byte), folders, links. */
    public static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String kind = Files.isSymbolicLink(p) ? "link → " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "folder"
                        : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                entries.put(root.relativize(p).toString(), kind);
            }
        }
        return entries;
    }

    /** The names in {@code folder}, hidden ones included. */
    public static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
