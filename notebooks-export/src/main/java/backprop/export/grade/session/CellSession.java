package backprop.export.grade.session;

import backprop.export.model.Escape;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Notebook cells run as the Java kernel runs them: one JShell session, execution in a separate VM with the
 * workbook on its class path, each cell cut into snippets by JShell's own source analysis and stopped at its
 * first failing snippet. Each cell has a time limit: past it the cell is stopped ({@link JShell#stop()}) and
 * the session closed, which ends its VM even when the code ignores the stop. Mutable: the session itself.
 */
public final class CellSession implements AutoCloseable {
    private static final int MESSAGE_LIMIT = 300;
    private final List<String> classPath;
    private final CapturedOutput out = new CapturedOutput();
    private ExecutorService current = runner();
    private final String streams = "GraderStreams" + Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE);
    private JShell shell;

    public CellSession(List<String> classPath) {
        this.classPath = List.copyOf(classPath);
        shell = start();
    }

    private JShell start() {
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        JShell s = JShell.builder().out(printed).err(printed).build();
        classPath.forEach(s::addToClasspath);
        s.eval("class " + streams + " { static final java.io.PrintStream OUT = System.out, ERR = System.err; }");
        // a class is initialised at its first use: now, before any student code runs
        s.eval(streams + ".OUT.flush();");
        return s;
    }

    /**
     * Gives the session back the System.out and System.err it started with, so that a student's cell that
     * replaced them (to hide or rewrite a grading cell's SCORE line) does not reach the grading cell. The class
     * that keeps them has a random name, unknown to the student's code.
     */
    public void restoreOutput() {
        shell.eval("System.setOut(" + streams + ".OUT);");
        shell.eval("System.setErr(" + streams + ".ERR);");
        out.take();
    }

    /** Runs {@code source} within {@code limit}; after a time-out or a lost VM the session is a fresh one. */
    public CellRun run(String source, Duration limit) {
        out.take();
        Future<String> cell = current.submit(() -> evalAll(source));
        try {
            String problem = cell.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new CellRun(out.take(), problem, false);
        } catch (TimeoutException e) {
            shell.stop();
            restart(cell);
            return new CellRun(out.take(), "stopped after " + limit.toSeconds() + " s, the time limit", true);
        } catch (ExecutionException e) {
            restart(cell);
            return new CellRun(out.take(), "the Java session ended (" + e.getCause().getClass().getSimpleName()
                    + "); a fresh one runs the rest", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running a cell", e);
        }
    }

    /** Closes the session (ending its VM) and starts a fresh one; a thread still stuck in the old one is left behind. */
    private void restart(Future<String> stuck) {
        try {
            stuck.get(2, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // the cell's thread is free again: the failure itself is in the CellRun
        } catch (TimeoutException e) {
            current.shutdownNow();
            current = runner();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shell.close();
        shell = start();
    }

    private static ExecutorService runner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "grader-cell");
            t.setDaemon(true);
            return t;
        });
    }

    private String evalAll(String source) {
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            String snippet = info.source() != null ? info.source() : rest;
            for (SnippetEvent e : shell.eval(snippet)) {
                String problem = problem(e);
                if (problem != null) {
                    return problem;
                }
            }
            rest = info.source() != null ? info.remaining() : "";
        }
        return null;
    }

    private String problem(SnippetEvent e) {
        if (e.causeSnippet() != null) {
            return null;
        }
        if (e.status() == Snippet.Status.REJECTED) {
            String why = shell.diagnostics(e.snippet()).map(d -> d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("; "));
            return "does not compile: " + shorten(why) + " (in: " + shorten(e.snippet().source().strip()) + ")";
        }
        JShellException thrown = e.exception();
        if (thrown instanceof UnresolvedReferenceException u) {
            DeclarationSnippet d = u.getSnippet();
            return d.name() + " uses " + String.join(", ", shell.unresolvedDependencies(d).toList())
                    + ", which is not defined";
        }
        if (thrown instanceof EvalException x) {
            String name = x.getExceptionClassName();
            return "threw " + name.substring(name.lastIndexOf('.') + 1)
                    + (x.getMessage() == null ? "" : ": " + shorten(x.getMessage()));
        }
        return thrown == null ? null : "threw " + shorten(String.valueOf(thrown.getMessage()));
    }

    /** One line, control characters escaped, at most {@link #MESSAGE_LIMIT} characters: student text stays inert. */
    public static String shorten(String text) {
        String line = Escape.terminal(text);
        return line.length() <= MESSAGE_LIMIT ? line : line.substring(0, MESSAGE_LIMIT) + "…";
    }

    @Override
    public void close() {
        shell.close();
        current.shutdownNow();
    }
}
