package backprop.examples.scenariofile.expression;

import backprop.core.catalogue.Choice;
import backprop.core.catalogue.Variation;
import backprop.core.graph.Kinks;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.core.method.IntermediateRounding;
import backprop.examples.Derived;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.ScenarioResult;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.printed.PrintedEvaluator;
import backprop.examples.scenariofile.printed.PrintedQuantity;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An expression file: its formula in LaTeX, its inputs table, its rows and kinks, its printed quantities. */
@DisplayName("An expression file")
class ExpressionExamTest {

    /** The file e.toml with {@code expression} over x = 1, y = 2 (and {@code more} inputs and keys). */
    static ExpressionExam exam(String expression, String more) {
        return (ExpressionExam) ExamFile.read("e.toml", "title = \"e\"\nkind = \"expression\"\nprecision = 4\n"
                + "expression = \"" + expression + "\"\n" + more + "[inputs]\nx = 1\ny = 2\n").scenario();
    }

    static Map<String, Double> rows(ScenarioResult r) {
        Map<String, Double> rows = new LinkedHashMap<>();
        for (Derived d : r.derived()) {
            rows.put(d.name().substring("variant.e.".length()), d.value());
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} → {1}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', value = {
            "x*y + x | f = \\mathrm{x} \\cdot \\mathrm{y} + \\mathrm{x}",
            // a run of white space, a tab and a line break included, is one space
            "x  +\\t\\ty | f = \\mathrm{x} + \\mathrm{y}",
            // quoted, or JUnit strips the trailing white space: it ends the formula as one space too
            "'x + y  ' | 'f = \\mathrm{x} + \\mathrm{y} '",
            // an exponent is braced, so x^10 is x to the tenth; its sign and an e-notation belong to it
            "x^10*y | f = \\mathrm{x}^{10} \\cdot \\mathrm{y}",
            "x^ -2.5e-3 + y | f = \\mathrm{x}^{-2.5e-3} + \\mathrm{y}",
            "x^1E+2/y | f = \\mathrm{x}^{1E+2}/\\mathrm{y}",
            "x^2-y | f = \\mathrm{x}^{2}-\\mathrm{y}",
            "(x - 1.5)/max(y, 2) | f = (\\mathrm{x} - 1.5)/\\mathrm{max}(\\mathrm{y}, 2)"})
    @DisplayName("formula: names upright, * as ·, white space as one space, exponents braced")
    void formula(String expression, String tex) {
        assertThat(exam(expression.replace("\\t", "\t"), "").formula()).isEqualTo(tex);
    }

    @Test
    @DisplayName("a gradient that overflows as it accumulates is placed at the latest node the message names: here"
            + " both relu(x) and relu(x) + relu(x)*2 follow its '→ ', and the sum is the later")
    void overflowAtTheLatestNodeNamed() {
        // at x = 0 every value is 0; relu(x)*3 gets 1e308 from each of its two consumers, 2e308 = ∞, and the message
        // names the arc relu(x)*3 → relu(x) + relu(x)*2 + relu(x)*3; column 30 is the first '+' of the line
        String expression = "1e308*(relu(x) + relu(x)*2 + relu(x)*3) + 1e308*(relu(x)*3)";
        assertThatThrownBy(() -> ExamFile.read("e.toml", "title = \"e\"\nkind = \"expression\"\nprecision = 4\n"
                + "expression = \"" + expression + "\"\n[inputs]\nx = 0\n"))
                .hasMessageStartingWith("e.toml:4:30: expression: the gradient is not finite at these inputs");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x^", "x^ ", "x^-", "x^ - "})
    @DisplayName("an exponent that is missing, white space or a sign alone is refused before any formula is written")
    void missingExponent(String expression) {
        assertThatThrownBy(() -> ExamFile.read("e.toml", "title = \"e\"\nkind = \"expression\"\nprecision = 4\n"
                + "expression = \"" + expression + "\"\n[inputs]\nx = 1\n")).isInstanceOf(ScenarioFileException.class);
    }

    @Test
    @DisplayName("formula: a name with _ and digits is one name, _ escaped")
    void formulaNames() {
        ExpressionExam e = (ExpressionExam) ExamFile.read("e.toml", "title = \"e\"\nkind = \"expression\"\n"
                + "precision = 4\nexpression = \"_w + x_1*w0\"\n[inputs]\n_w = 1\nx_1 = 2\nw0 = 3\n").scenario();
        assertThat(e.formula()).isEqualTo("f = \\mathrm{\\_w} + \\mathrm{x\\_1} \\cdot \\mathrm{w0}");
    }

    @Test
    @DisplayName("inputs: each stated input, a parameter said to be one, then the u-names with their definitions")
    void inputs() {
        // nine terms make a label of 33 characters, longer than 32: u1
        String nine = "x + y + x + y + x + y + x + y + x";
        List<Input> inputs = exam("(" + nine + ")*y", "parameters = [\"y\"]\n").inputs();
        assertThat(inputs).containsExactly(
                new Input("x", "1", Provenance.STATED, "from e.toml"),
                new Input("y", "2", Provenance.STATED, "from e.toml (a parameter)"),
                new Input("u1", nine, Provenance.STATED, "a node of the expression, named for short"));
        ExpressionExam e = exam("x*y", "parameters = [\"y\"]\n");
        assertThat(e.build().output().arguments()).extracting(Node::primitive)
                .containsExactly(Primitive.INPUT, Primitive.PARAMETER);
    }

    @Test
    @DisplayName("1,000 inputs are read (the limit is on what is over it)")
    void thousandInputs() {
        StringBuilder sum = new StringBuilder("x + y");
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i < 998; i++) {
            sum.append(" + v").append(i);
            inputs.append("v").append(i).append(" = 1\n");
        }
        ExpressionExam e = (ExpressionExam) ExamFile.read("e.toml", "title = \"e\"\nkind = \"expression\"\n"
                + "precision = 4\nexpression = \"" + sum + "\"\n[inputs]\nx = 1\ny = 2\n" + inputs).scenario();
        assertThat(e.compute().derived()).filteredOn(d -> d.name().startsWith("variant.e.df_d")).hasSizeGreaterThan(1000);
    }

    @Test
    @DisplayName("rows: f, ∂f/∂ each input, then each node between with its value and ∂f/∂node, by node index")
    void rows() {
        // f = (x + y)·y at x = 1, y = 2: node 2 is x + y = 3 with ∂f/∂node = y = 2; f = 6, ∂f/∂x = 2, ∂f/∂y = 5
        Map<String, Double> rows = rows(exam("(x + y)*y", "").compute());
        assertThat(rows).containsExactly(Map.entry("f", 6.0), Map.entry("df_dx", 2.0), Map.entry("df_dy", 5.0),
                Map.entry("node2", 3.0), Map.entry("df_dnode2", 2.0));
    }

    @Test
    @DisplayName("kinks: at relu(0), ∂f/∂ each node and input below it has its one-sided range")
    void kinks() {
        // f = 3·relu(x − 1) at x = 1: relu's input is 0, ReLU' ∈ [0, 1], so ∂f/∂(x − 1) and ∂f/∂x ∈ [0, 3];
        // ∂f/∂relu = 3 whichever side, a point, so no range
        ScenarioResult r = exam("3*relu(x - 1) + 0*y", "").compute();
        Map<String, Double> rows = rows(r);
        assertThat(r.kinks()).containsEntry("variant.e.df_dx", new Kinks.Interval(0, 3));
        String below = rows.keySet().stream().filter(k -> k.startsWith("df_dnode")).filter(k ->
                r.kinks().containsKey("variant.e." + k)).findFirst().orElseThrow();
        assertThat(r.kinks().get("variant.e." + below)).isEqualTo(new Kinks.Interval(0, 3));
        assertThat(r.kinks()).hasSize(2).doesNotContainKey("variant.e.df_dy");
    }

    @Test
    @DisplayName("printed quantities: f, ∂f/∂(input), a node and one node's derivative by another; nothing else")
    void printing() {
        PrintedEvaluator p = exam("x*y + y", "").printing();
        // f = x·y + y = 1·2 + 2 = 4 and ∂f/∂x = y = 2 at x = 1, y = 2
        assertThat(p.value(new PrintedQuantity.ExpressionValue(), p.stated())).isEqualTo(4);
        assertThat(p.value(new PrintedQuantity.ExpressionDerivative("x"), p.stated())).isEqualTo(2);
        // nodes x (0), y (1), x*y (2), f (3): x·y = 2, ∂f/∂(x·y) = 1, ∂(x·y)/∂y = x = 1, ∂f/∂y = x + 1 = 2
        PrintedQuantity.ExpressionNode xy = new PrintedQuantity.ExpressionNode("x*y", 2);
        PrintedQuantity.ExpressionNode f = new PrintedQuantity.ExpressionNode("f", 3);
        PrintedQuantity.ExpressionNode y = new PrintedQuantity.ExpressionNode("y", 1);
        assertThat(p.value(xy, p.stated())).isEqualTo(2);
        assertThat(p.value(new PrintedQuantity.NodeDerivative(f, xy), p.stated())).isEqualTo(1);
        assertThat(p.value(new PrintedQuantity.NodeDerivative(xy, y), p.stated())).isEqualTo(1);
        assertThat(p.value(new PrintedQuantity.NodeDerivative(f, y), p.stated())).isEqualTo(2);
        assertThatThrownBy(() -> p.value(new PrintedQuantity.Loss(), p.stated()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("an expression prints f, its nodes and their derivatives, not L");
    }

    @Test
    @DisplayName("the catalogue varies ReLU'(0) only for a relu, the max tie only for a max")
    void variations() {
        IntermediateRounding none = IntermediateRounding.NONE;
        assertThat(exam("relu(x) + y", "").printing().variations(none)).extracting(Variation::choice)
                .contains(Choice.RELU_AT_ZERO).doesNotContain(Choice.MAX_TIE);
        assertThat(exam("max(x, y)", "").printing().variations(none)).extracting(Variation::choice)
                .contains(Choice.MAX_TIE).doesNotContain(Choice.RELU_AT_ZERO);
        assertThat(exam("x*y", "").printing().variations(none)).extracting(Variation::choice)
                .doesNotContain(Choice.MAX_TIE, Choice.RELU_AT_ZERO);
    }
}
