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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * that question's grading cell runs. What the student's code prints (System.out, System.err, JShell's own output)
 * goes to this process's standard error, where the grader counts it and reads no further: a cell that prints
 * without end is stopped as a flood. The end of a cell says how many bytes went there ({@code "printed"}), so that the
 * grader counts all of them before the next cell starts. System.in is empty.
 */
public final class SandboxRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader requests;
    private final PrintStream replies;
    final JShell shell;
    private String grading;

    SandboxRunner(BufferedReader requests, PrintStream replies, String[] classPath) {
        this(requests, replies, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), classPath);
    }

    /** A runner whose cells' JShell prints to {@code printed}. */
    SandboxRunner(BufferedReader requests, PrintStream replies, PrintStream printed, String[] classPath) {
        this.requests = requests;
        this.replies = replies;
        this.shell = JShell.builder().executionEngine("local").out(printed).err(printed)
                .in(new ByteArrayInputStream(new byte[0])).build();
        for (String entry : classPath) {
            shell.addToClasspath(entry);
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // unbuffered: every byte printed is on standard error, and counted, before the cell's end is sent
        Counted counted = new Counted(new FileOutputStream(FileDescriptor.err));
        PrintStream printed = new PrintStream(counted, true, StandardCharsets.UTF_8);
        System.setOut(printed);
        System.setErr(printed);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        SandboxRunner runner = new SandboxRunner(in, out, printed, args);
        Grade.connect(runner.channel());
        runner.send(JSON.createObjectNode().put("ready", true));
        for (String line; (line = in.readLine()) != null; ) {
            JsonNode request = JSON.readTree(line);
            runner.grading = request.path("grading").isTextual() ? request.get("grading").asText() : null;
            String problem = runner.evalAll(request.path("run").asText());
            ObjectNode done = JSON.createObjectNode();
            done.put("ran", problem);
            done.put("printed", counted.bytes());
            runner.send(done);
        }
    }

    /** An output stream that counts the bytes written through it. */
    static final class Counted extends java.io.FilterOutputStream {
        private long bytes;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }

        synchronized long bytes() {
            return bytes;
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

    /**
     * Runs a cell's snippets in order; null when all ran, else what stopped the first that failed (those after it do
     * not run). A run of two or more consecutive method calls ({@link #isCall}: a grading cell's {@code q.part(…)}
     * lines, the answers cell's {@code answers.put(…)}) is compiled as one block: JShell compiles every snippet as a
     * class of its own, about 40 ms each, and the answers question's 25 parts had cost a second. A block that does
     * not compile runs nothing, so its calls then run one by one, as before: those before the one that does not
     * compile still send their replies, and a compile error costs its own part and those after it, as it always did.
     * Declarations are never put in a block, where they would be local: later cells use them.
     */
    String evalAll(String source) {
        List<String> snippets = snippets(source);
        for (int i = 0; i < snippets.size(); ) {
            int end = i;
            while (end < snippets.size() && isCall(snippets.get(end))) {
                end++;
            }
            if (end - i >= 2) {
                List<SnippetEvent> block = shell.eval(block(snippets.subList(i, end)));
                if (block.stream().noneMatch(e -> e.status() == Snippet.Status.REJECTED)) {
                    String problem = firstProblem(block);
                    if (problem != null) {
                        return problem;
                    }
                    i = end;
                    continue;
                }
            }
            for (int last = Math.max(end, i + 1); i < last; i++) {
                String problem = firstProblem(shell.eval(snippets.get(i)));
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** The cell's source cut into JShell's snippets, in order (an incomplete rest is one snippet, which fails). */
    private List<String> snippets(String source) {
        List<String> snippets = new ArrayList<>();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            snippets.add(info.source() != null ? info.source() : rest);
            rest = info.source() != null ? info.remaining() : "";
        }
        return snippets;
    }

    /**
     * A method call as a statement of its own, read from the text alone: after any comments, a name or a dotted
     * name that is no keyword and an opening parenthesis ({@code q.part(}, {@code answers.put(}), and a last
     * character ';'. No declaration starts so (a type is followed by a name, not by '('), nor a statement that could
     * leave a block early ({@code return (x);}: a keyword); an expression that only starts so and is no statement
     * ({@code f(x) + 1;}) makes its block fail to compile, and its calls then run one by one.
     */
    static boolean isCall(String snippet) {
        Matcher m = CALL.matcher(snippet);
        return m.lookingAt() && !KEYWORDS.contains(m.group(1)) && snippet.strip().endsWith(";");
    }

    /** Java's reserved words (JLS 17, §3.9), written out: the runner's class path holds no compiler's list of them. */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("abstract", "assert", "boolean", "break",
            "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "yield", "_");

    private static final Pattern CALL = Pattern.compile(
            "(?:\\s++|//[^\\n]*+|/\\*(?:[^*]|\\*(?!/))*+\\*/)*+(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*+)"
                    + "(?:\\s*+\\.\\s*+\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*+)*+\\s*+\\(");

    /** Consecutive calls as one block statement, each on its own line (a line comment ends with its line). */
    static String block(List<String> calls) {
        return "{\n" + String.join("\n", calls) + "\n}";
    }

    private String firstProblem(List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            String problem = problem(e);
            if (problem != null) {
                return problem;
            }
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
