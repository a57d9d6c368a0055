package backprop.export.variant;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.toml.Limits;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.Input;
import backprop.examples.ScenarioResult;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import backprop.export.notebook.Notebooks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Node labels: each names its own operation truthfully, stays short, and the output grows linearly. */
@DisplayName("Expression node labels")
class ExpressionLabelsTest {
    /** A variant's chapter, as the main command makes it from the file read. */
    private static Chapter read(String name, String text) {
        return Chapter.of(ExamFile.read(name, text));
    }

    private static Chapter chapter(String expression, String inputs) {
        return read("e.toml", "title = \"e\"\nkind = \"expression\"\nprecision = 4\nexpression = \""
                + expression + "\"\n[inputs]\n" + inputs + "\n");
    }

    private static List<Node> nodes(Chapter c) {
        ScenarioResult r = c.scenarios().get(0).compute();
        return r.graphs().get(0).graph().nodes();
    }

    private static List<String> labels(Chapter c) {
        return nodes(c).stream().map(Node::label).toList();
    }

    @Test
    @DisplayName("a - (b + c): the negated node is -(b + c), not -b + c")
    void subtractionOfASum() {
        List<String> labels = labels(chapter("a - (b + c)", "a = 1\nb = 2\nc = 3"));
        assertThat(labels).contains("b + c", "-(b + c)", "a - (b + c)").doesNotContain("-b + c");
    }

    @Test
    @DisplayName("003's sigmoid gate: every node's label is its own formula, the reciprocal 1/(1 + exp(…))")
    void sigmoidGate() {
        Chapter c = chapter("1/(1+exp(-(w0*x0+b)))", "w0 = 2\nx0 = -1\nb = -3");
        assertThat(labels(c)).contains("w0*x0", "w0*x0 + b", "-(w0*x0 + b)", "exp(-(w0*x0 + b))",
                "1 + exp(-(w0*x0 + b))", "1/(1 + exp(-(w0*x0 + b)))").doesNotContain("1/1 + exp(-(w0*x0+b))");
        Node out = nodes(c).stream().filter(n -> n.label().equals("1/(1 + exp(-(w0*x0 + b)))")).findFirst().orElseThrow();
        // 1/x is the reciprocal gate itself, x^(−1), as 003 draws it; w0·x0 + b = −5, so f = 1/(1 + e^5)
        assertThat(out.primitive()).isEqualTo(Primitive.POWER);
        assertThat(out.value()).isCloseTo(1 / (1 + Math.exp(5)), within(1e-15));
    }

    @Test
    @DisplayName("the same operation on the same nodes is one node, however it is spaced")
    void structuralDeduplication() {
        Chapter c = chapter("x*y + (x * y)", "x = 2\ny = 5");
        assertThat(nodes(c).stream().filter(n -> n.primitive() == Primitive.MULTIPLY)).hasSize(1);
        // f = 2xy: ∂f/∂x = 2y = 10
        assertThat(c.scenarios().get(0).compute().derived()).anySatisfy(d -> {
            assertThat(d.name()).isEqualTo("variant.e.df_dx");
            assertThat(d.value()).isEqualTo(10.0);
        });
    }

    @Test
    @DisplayName("a label longer than the limit becomes u1, u2, …, defined among the inputs, each definition short")
    void longLabelsAreNamed() {
        String sum = IntStream.range(0, 12).mapToObj(i -> "x" + i).collect(Collectors.joining(" + "));
        String inputs = IntStream.range(0, 12).mapToObj(i -> "x" + i + " = " + i).collect(Collectors.joining("\n"));
        Chapter c = chapter(sum, inputs);
        assertThat(labels(c)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Limits.MAX_LABEL_LENGTH));
        List<Input> rows = c.scenarios().get(0).inputs();
        List<String> named = rows.stream().map(Input::symbol).filter(s -> s.matches("u\\d+")).toList();
        assertThat(named).isNotEmpty().startsWith("u1");
        // x0 + … + x6 is 32 characters, a label still; x0 + … + x7 is 37, the first one named.
        assertThat(rows).anySatisfy(i -> {
            assertThat(i.symbol()).isEqualTo("u1");
            assertThat(i.value()).isEqualTo("x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7");
        });
        assertThat(rows).allSatisfy(i -> assertThat(i.value().length()).isLessThan(2 * Limits.MAX_LABEL_LENGTH + 8));
        assertThat(labels(c)).contains("x0 + x1 + x2 + x3 + x4 + x5 + x6", "u1", "u1 + x8")
                .doesNotContain("x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7");
    }

    @Test
    @DisplayName("u-names skip the names of inputs")
    void uNamesSkipInputs() {
        String sum = "u1 + " + IntStream.range(0, 8).mapToObj(i -> "abcd" + i).collect(Collectors.joining(" + "));
        String inputs = "u1 = 1\n" + IntStream.range(0, 8).mapToObj(i -> "abcd" + i + " = " + i)
                .collect(Collectors.joining("\n"));
        List<String> symbols = chapter(sum, inputs).scenarios().get(0).inputs().stream().map(Input::symbol).toList();
        assertThat(Collections.frequency(symbols, "u1")).isEqualTo(1);
        assertThat(symbols).contains("u2");
    }

    @Test
    @DisplayName("sums of 8,000 and 16,000 terms: both computed, everything written grows about linearly")
    void outputGrowsLinearly() {
        long small = writtenBytes(8_000);
        long large = writtenBytes(16_000);
        assertThat((double) large / small).isLessThan(2.5);
        assertThat(large).isLessThan(60_000_000L);
    }

    private static long writtenBytes(int terms) {
        Chapter c = chapter(String.join("+", Collections.nCopies(terms, "x")), "x = 0.5");
        List<Worked> worked = Worked.of(c);
        // f = terms·x: ∂f/∂x = terms
        assertThat(worked.get(0).result().derived()).anySatisfy(d -> {
            assertThat(d.name()).isEqualTo("variant.e.df_dx");
            assertThat(d.value()).isEqualTo(terms);
        });
        List<Cell> cells = Notebooks.cells(c, worked);
        return AnswerKeyMarkdown.render(c, worked).getBytes(StandardCharsets.UTF_8).length
                + NotebookJson.write(cells, true).getBytes(StandardCharsets.UTF_8).length
                + NotebookJson.write(cells, false).getBytes(StandardCharsets.UTF_8).length;
    }
}
