package backprop.export.grade.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner's cells in a JShell of this VM: consecutive calls run as one block, and a cell ends exactly as when
 * each call was a snippet of its own. The witness is a list the calls append to: what it holds after a cell is
 * which calls ran, whatever the runner did to run them.
 */
@DisplayName("The sandbox runner runs a cell's consecutive calls as one block, with the same outcome as one by one")
class SandboxRunnerTest {
    private static final String DECLARE = "java.util.List<String> ran = new java.util.ArrayList<>();";
    private SandboxRunner runner;

    @BeforeEach
    void start() {
        runner = new SandboxRunner(new BufferedReader(new StringReader("")),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), new String[0]);
        assertThat(runner.evalAll(DECLARE)).isNull();
    }

    @AfterEach
    void stop() {
        runner.shell.close();
    }

    private List<String> ran() {
        return ran(runner.shell);
    }

    private static List<String> ran(JShell shell) {
        return shell.variables().filter(v -> v.name().equals("ran"))
                .map(shell::varValue).findFirst().map(s -> List.of(s.replaceAll("^\\[|]$", "")
                        .split(", "))).orElseThrow();
    }

    /**
     * The oracle: the cell in a JShell of its own, one snippet at a time, stopping at the first that does not
     * compile or throws (the runner's way before blocks); what {@code ran} holds then.
     */
    private static List<String> oneByOne(String cell) {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.eval(DECLARE);
            String rest = cell;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
                List<SnippetEvent> events = shell.eval(info.source() != null ? info.source() : rest);
                rest = info.source() != null ? info.remaining() : "";
                if (events.stream().anyMatch(e -> e.status() == Snippet.Status.REJECTED || e.exception() != null)) {
                    break;
                }
            }
            return ran(shell);
        }
    }

    private void assertSameAsOneByOne(String cell, List<String> expected) {
        runner.evalAll(cell);
        assertThat(ran()).containsExactlyElementsOf(expected);
        assertThat(oneByOne(cell)).as("one snippet at a time").containsExactlyElementsOf(expected);
    }

    private long snippets() {
        return runner.shell.snippets().count();
    }

    @Test
    void fourCallsAreOneSnippet_andALastOneWithoutItsSemicolonItsOwn_andAllRun() {
        long before = snippets();
        String problem = runner.evalAll("ran.add(\"a\");\n// a comment, as before the hidden tests\nran.add(\"b\");\n"
                + "ran.add(\"c\");\n/* another */ ran.add(\"d\");\nran.add(\"e\")");
        assertThat(problem).isNull();
        assertThat(ran()).containsExactly("a", "b", "c", "d", "e");
        // the last, an expression JShell takes as it is, would not compile inside a block
        assertThat(snippets() - before).as("one block for the four calls, one snippet for the last").isEqualTo(2);
    }

    @Test
    void aCallThatDoesNotCompile_theCallsBeforeItStillRun_thoseAfterDoNot() {
        String cell = "ran.add(\"a\");\nran.add(\"b\");\nnoSuchMethod(1);\nran.add(\"c\");";
        assertThat(oneByOne(cell)).containsExactly("a", "b");
        String problem = runner.evalAll(cell);
        assertThat(ran()).containsExactly("a", "b");
        assertThat(problem).startsWith("does not compile: cannot find symbol").contains("(in: noSuchMethod(1);)");
    }

    @Test
    void aCallThatThrows_stopsTheCellThere_withTheSameWords() {
        String cell = "ran.add(\"a\");\nInteger.parseInt(\"x\");\nran.add(\"c\");";
        assertThat(oneByOne(cell)).containsExactly("a");
        String problem = runner.evalAll(cell);
        assertThat(ran()).containsExactly("a");
        assertThat(problem).isEqualTo("threw NumberFormatException: For input string: \"x\"");
    }

    @Test
    void aDeclarationBetweenCalls_staysTopLevel_forTheCellsAfterIt() {
        assertThat(runner.evalAll("ran.add(\"a\");\nint n = 2;\nran.add(\"b\" + n);\nran.add(\"c\");")).isNull();
        assertThat(runner.evalAll("ran.add(\"d\" + n);")).isNull();
        assertThat(ran()).containsExactly("a", "b2", "c", "d2");
    }

    @Test
    void aStatementStartingWithAKeywordIsNoCall_soItsReturnCannotSkipTheCallsAfterIt() {
        // a return at the top level ends only its own snippet; inside a block it would skip the calls after it
        assertSameAsOneByOne("ran.add(\"a\");\nif (!ran.isEmpty()) return null;\nran.add(\"b\");\nran.add(\"c\");",
                List.of("a", "b", "c"));
    }

    @Test
    void whatTheStudentPrints_isCountedByteByByte_asTheGraderReadsIt() {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        SandboxRunner.Counted counted = new SandboxRunner.Counted(read);
        PrintStream printed = new PrintStream(counted, true, StandardCharsets.UTF_8);
        printed.print("ab");
        printed.println("\u00e9");
        printed.write(new byte[] {1, 2, 3}, 1, 2);
        // "ab", é as two bytes of UTF-8, the line end, and two of the three bytes
        assertThat(counted.bytes()).isEqualTo(2 + 2 + System.lineSeparator().length() + 2).isEqualTo(read.size());
    }

    @Test
    void whatCountsAsACall() {
        assertThat(SandboxRunner.isCall("q.part(\"z(1)\", in -> z(in.matrix(\"W\")));")).isTrue();
        assertThat(SandboxRunner.isCall("// BEGIN HIDDEN TESTS\nq . part(\"x\", in -> 1);")).isTrue();
        assertThat(SandboxRunner.isCall("/* a * b */\nf();")).isTrue();
        assertThat(SandboxRunner.isCall("f()")).as("no semicolon").isFalse();
        assertThat(SandboxRunner.isCall("Grade q = Grade.question(\"id\", \"t\", 1);")).as("a declaration").isFalse();
        assertThat(SandboxRunner.isCall("double[] z(double[] a) { return a; }")).as("a method").isFalse();
        assertThat(SandboxRunner.isCall("void f() { g(); }")).as("a method").isFalse();
        assertThat(SandboxRunner.isCall("if (x) f();")).as("a keyword").isFalse();
        assertThat(SandboxRunner.isCall("return (x);")).as("a keyword").isFalse();
        assertThat(SandboxRunner.isCall("synchronized (x) { f(); }")).as("a keyword, and no ';'").isFalse();
        assertThat(SandboxRunner.isCall("switch (x) { default -> f(); };")).as("a keyword").isFalse();
        assertThat(SandboxRunner.isCall("ifx(1);")).as("a name that starts like a keyword").isTrue();
        assertThat(SandboxRunner.isCall("x = f();")).as("an assignment").isFalse();
        assertThat(SandboxRunner.isCall("new Thread(r).start();")).isFalse();
        assertThat(SandboxRunner.block(List.of("f(); // one", "g();"))).isEqualTo("{\nf(); // one\ng();\n}");
    }
}
