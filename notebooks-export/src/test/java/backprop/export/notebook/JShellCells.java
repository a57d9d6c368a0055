package backprop.export.notebook;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs notebook cells as the Java kernel does: JShell, each cell cut into snippets by JShell's own source
 * analysis, with the workbook on the class path. Local execution, so a cell's {@code System.out} is the
 * test's, captured here.
 */
final class JShellCells implements AutoCloseable {
    private final JShell shell;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<String> problems = new ArrayList<>();

    JShellCells() {
        shell = JShell.builder().executionEngine("local").build();
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
    }

    /**
     * Points the grading cells at the grading key of {@code cells} (a notebook's), written to a temporary file,
     * as the instructor's kernel finds it ({@link backprop.export.runtime.GradingKey#PROPERTY}).
     */
    static void useKeyOf(List<backprop.export.notebook.cell.Cell> cells) {
        java.util.Map<String, backprop.export.runtime.GradingKey.Question> key = new java.util.LinkedHashMap<>();
        cells.stream().filter(c -> c.key() != null).forEach(c -> key.put(c.id(), c.key()));
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("grading-key-", ".json");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, new backprop.export.runtime.GradingKey(key).json(), StandardCharsets.UTF_8);
            System.setProperty(backprop.export.runtime.GradingKey.PROPERTY, file.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs {@code cells} in order in a fresh shell; none may fail to compile or throw. Returns what they printed. */
    static String runAll(List<String> cells) {
        try (JShellCells shell = new JShellCells()) {
            cells.forEach(shell::run);
            assertThat(shell.problems()).isEmpty();
            return shell.printed();
        }
    }

    /** Runs one cell; returns the snippets it created. Compile errors and exceptions are kept in {@link #problems}. */
    List<Snippet> run(String cell) {
        List<Snippet> created = new ArrayList<>();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String rest = cell;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
                String source = info.source() != null ? info.source() : rest;
                for (SnippetEvent e : shell.eval(source)) {
                    record(e, created);
                }
                rest = info.source() != null ? info.remaining() : "";
            }
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        return created;
    }

    private void record(SnippetEvent e, List<Snippet> created) {
        if (e.causeSnippet() == null) {
            created.add(e.snippet());
        }
        if (e.exception() != null) {
            problems.add(e.snippet().source() + " threw " + e.exception());
        }
        if (e.status() == Snippet.Status.REJECTED) {
            shell.diagnostics(e.snippet()).map(d -> d.getMessage(Locale.ROOT))
                    .forEach(d -> problems.add("rejected: " + e.snippet().source() + ": " + d));
        }
    }

    /** The value of a String variable, exactly (carried as UTF-16 hex, so JShell's display escapes nothing). */
    String string(String variable) {
        List<SnippetEvent> events = shell.eval("java.util.HexFormat.of().formatHex(" + variable
                + ".getBytes(java.nio.charset.StandardCharsets.UTF_16BE))");
        String hex = events.get(0).value();
        byte[] bytes = java.util.HexFormat.of().parseHex(hex.substring(1, hex.length() - 1));
        return new String(bytes, StandardCharsets.UTF_16BE);
    }

    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    List<String> problems() {
        return problems;
    }

    @Override
    public void close() {
        shell.close();
    }
}
