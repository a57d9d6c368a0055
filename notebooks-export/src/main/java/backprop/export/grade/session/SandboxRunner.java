package backprop.export.grade.session;

import backprop.export.runtime.Grade;
import backprop.export.runtime.Inputs;
import backprop.export.runtime.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The student's side of grading: runs inside the sandbox, in its own process, with no grading key. It reads one
 * request per line on standard input ({@code {"run": source, "grading": questionId-or-null}}), runs the cell in a
 * JShell whose snippets execute in this same VM, and answers on standard output: while a grading cell runs, each
 * question asks the grader for its inputs ({@code {"open": id}}, answered {@code {"inputs": {...}}}) and sends one
 * reply per part ({@code {"answer": …}}); at the end of the cell {@code {"ran": problem-or-null}}.
 *
 * <p>The student's code shares this VM and could write on these streams itself: it can only forge answers for the
 * question being graded, which it could as well compute, and the grader hands out a question's inputs only while
 * that question's grading cell runs. What the student's code prints goes nowhere: System.out and System.err are a
 * sink, and System.in is empty.
 */
public final class SandboxRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader requests;
    private final PrintStream replies;
    private final JShell shell;
    private String grading;

    private SandboxRunner(BufferedReader requests, PrintStream replies, String[] classPath) {
        this.requests = requests;
        this.replies = replies;
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        this.shell = JShell.builder().executionEngine("local").out(sink).err(sink)
                .in(new ByteArrayInputStream(new byte[0])).build();
        for (String entry : classPath) {
            shell.addToClasspath(entry);
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        SandboxRunner runner = new SandboxRunner(in, out, args);
        Grade.connect(runner.channel());
        runner.send(JSON.createObjectNode().put("ready", true));
        for (String line; (line = in.readLine()) != null; ) {
            JsonNode request = JSON.readTree(line);
            runner.grading = request.path("grading").isTextual() ? request.get("grading").asText() : null;
            String problem = runner.evalAll(request.path("run").asText());
            ObjectNode done = JSON.createObjectNode();
            done.put("ran", problem);
            runner.send(done);
        }
    }

    private synchronized void send(JsonNode message) {
        replies.println(message.toString());
    }

    private Grade.Channel channel() {
        return new Grade.Channel() {
            @Override
            public Map<String, Inputs> open(String question) {
                JsonNode answer;
                synchronized (SandboxRunner.this) {
                    send(JSON.createObjectNode().put("open", question));
                    try {
                        String line = requests.readLine();
                        answer = line == null ? null : JSON.readTree(line);
                    } catch (IOException e) {
                        answer = null;
                    }
                }
                Map<String, Inputs> parts = new LinkedHashMap<>();
                JsonNode given = answer == null ? null : answer.get("inputs");
                if (given != null && given.isObject()) {
                    given.fields().forEachRemaining(e -> parts.put(e.getKey(), Inputs.of(e.getKey(), e.getValue())));
                }
                return parts;
            }

            @Override
            public void answer(String question, String part, Reply reply) {
                ObjectNode a = JSON.createObjectNode();
                a.putObject("answer").put("question", question).put("part", part).set("reply", reply.json());
                send(a);
            }
        };
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

    /** What stopped a snippet, in one line; a grading cell's own source is never quoted (its calls are hidden tests). */
    private String problem(SnippetEvent e) {
        if (e.causeSnippet() != null) {
            return null;
        }
        if (e.status() == Snippet.Status.REJECTED) {
            String why = shell.diagnostics(e.snippet()).map(d -> d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
                    .collect(Collectors.joining("; "));
            return "does not compile: " + Reply.line(why) + (grading != null ? "" : " (in: " + Reply.line(e.snippet().source().strip()) + ")");
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
                    + (x.getMessage() == null ? "" : ": " + Reply.line(x.getMessage()));
        }
        return thrown == null ? null : "threw " + Reply.line(String.valueOf(thrown.getMessage()));
    }
}
