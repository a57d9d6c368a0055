package backprop.examples.scenariofile.printed;

import backprop.examples.scenariofile.printed.PrintedQuantity.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The grammar of a printed value's quantity: each form, each of the source's names, each error. The network is
 * 2-2-2 with per-neuron b1 and a shared b2, one example, trained 3 epochs; [names] maps Mazur-style names.
 */
@DisplayName("The published-value grammar")
class QuantityGrammarTest {
    private static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("w5", "W2[1,1]");
        m.put("E", "L");
        m.put("out_o1", "a2[1]");
        m.put("net_h1", "z1[1]");
        m.put("b_h", "b1[2]");
        m.put("final", "output[1][2]");
        return m;
    }

    private static QuantityGrammar network(int epochs) {
        return new QuantityGrammar(new QuantityScope(new int[]{2, 2, 2}, new int[]{0, 2, 1}, 1, epochs, Set.of(),
                NAMES));
    }

    private static QuantityGrammar expression() {
        return new QuantityGrammar(ExpressionScopes.of("x*y", Map.of("g", "f", "u", "x"), "x", 1, "y", 2));
    }

    private static PrintedQuantity parse(String text) {
        return network(3).parse(text);
    }

    @Test
    @DisplayName("a node's z, a and δ (delta or δ), and the loss L")
    void nodesAndLoss() {
        assertThat(parse("z1[2]")).isEqualTo(new PrintedQuantity.Node(Kind.Z, 1, 2));
        assertThat(parse("a2[1]")).isEqualTo(new PrintedQuantity.Node(Kind.A, 2, 1));
        assertThat(parse("delta2[1]")).isEqualTo(new PrintedQuantity.Node(Kind.DELTA, 2, 1));
        assertThat(parse("δ1[2]")).isEqualTo(new PrintedQuantity.Node(Kind.DELTA, 1, 2));
        assertThat(parse(" L ")).isEqualTo(new PrintedQuantity.Loss());
    }

    @Test
    @DisplayName("∂L/∂ of a weight and a bias, written d or ∂; a shared bias with or without [1]")
    void gradients() {
        assertThat(parse("dL/dW2[1,2]")).isEqualTo(new PrintedQuantity.WeightGradient(2, 1, 2));
        assertThat(parse("∂L/∂W2[1, 2]")).isEqualTo(new PrintedQuantity.WeightGradient(2, 1, 2));
        assertThat(parse("dL / dW1[2,1]")).isEqualTo(new PrintedQuantity.WeightGradient(1, 2, 1));
        assertThat(parse("dL/db1[1]")).isEqualTo(new PrintedQuantity.BiasGradient(1, 1));
        assertThat(parse("dL/db2")).isEqualTo(new PrintedQuantity.BiasGradient(2, 1));
        assertThat(parse("dL/db2[1]")).isEqualTo(new PrintedQuantity.BiasGradient(2, 1));
    }

    @Test
    @DisplayName("a parameter after n updates, the loss after n epochs, an output after training")
    void training() {
        assertThat(parse("W2[1,2] after 1 update")).isEqualTo(new PrintedQuantity.WeightAfter(2, 1, 2, 1));
        assertThat(parse("b1[1] after 3 updates")).isEqualTo(new PrintedQuantity.BiasAfter(1, 1, 3));
        assertThat(parse("b2   after  2 updates")).isEqualTo(new PrintedQuantity.BiasAfter(2, 1, 2));
        assertThat(parse("loss after 3 epochs")).isEqualTo(new PrintedQuantity.LossAfter(3));
        assertThat(parse("L after 0 epochs")).isEqualTo(new PrintedQuantity.LossAfter(0));
        assertThat(parse("loss after 1 epoch")).isEqualTo(new PrintedQuantity.LossAfter(1));
        assertThat(parse("output[1][2] after training")).isEqualTo(new PrintedQuantity.OutputAfterTraining(1, 2));
    }

    @Test
    @DisplayName("the source's names stand for ours in every form")
    void sourceNames() {
        assertThat(parse("dE/dw5")).isEqualTo(new PrintedQuantity.WeightGradient(2, 1, 1));
        assertThat(parse("∂E/∂b_h")).isEqualTo(new PrintedQuantity.BiasGradient(1, 2));
        assertThat(parse("w5 after 1 update")).isEqualTo(new PrintedQuantity.WeightAfter(2, 1, 1, 1));
        assertThat(parse("out_o1")).isEqualTo(new PrintedQuantity.Node(Kind.A, 2, 1));
        assertThat(parse("net_h1")).isEqualTo(new PrintedQuantity.Node(Kind.Z, 1, 1));
        assertThat(parse("E")).isEqualTo(new PrintedQuantity.Loss());
        assertThat(parse("E after 2 epochs")).isEqualTo(new PrintedQuantity.LossAfter(2));
        assertThat(parse("final after training")).isEqualTo(new PrintedQuantity.OutputAfterTraining(1, 2));
    }

    @Test
    @DisplayName("an expression's f and df/d(input), with its own names")
    void expressions() {
        assertThat(expression().parse("f")).isEqualTo(new PrintedQuantity.ExpressionValue());
        assertThat(expression().parse("g")).isEqualTo(new PrintedQuantity.ExpressionValue());
        assertThat(expression().parse("df/dx")).isEqualTo(new PrintedQuantity.ExpressionDerivative("x"));
        assertThat(expression().parse("∂f/∂y")).isEqualTo(new PrintedQuantity.ExpressionDerivative("y"));
        assertThat(expression().parse("dg/du")).isEqualTo(new PrintedQuantity.ExpressionDerivative("x"));
    }

    @Test
    @DisplayName("a name that names nothing gets the nearest name and the list of names that exist")
    void namesNothing() {
        assertThatThrownBy(() -> parse("dE/dw9")).hasMessage("quantity 'dE/dw9': w9 names nothing in this file;"
                + " did you mean w5?; the names are L, z1[1..2], a1[1..2], delta1[1..2], W1[1..2,1..2], b1[1..2],"
                + " z2[1..2], a2[1..2], delta2[1..2], W2[1..2,1..2], b2, output[1..1][1..2];"
                + " from [names]: w5, E, out_o1, net_h1, b_h, final");
        assertThatThrownBy(() -> parse("dleta2[1]")).hasMessageContaining("dleta2[1] names nothing in this file;"
                + " did you mean delta2[1]?");
        assertThatThrownBy(() -> parse("z3[1]")).as("layer 3 of 2").hasMessageContaining("z3[1] names nothing");
        assertThatThrownBy(() -> parse("W2[3,1] after 1 update")).hasMessageContaining("W2[3,1] names nothing");
        assertThatThrownBy(() -> parse("z1[3]")).hasMessageContaining("z1[3] names nothing");
        assertThatThrownBy(() -> parse("dL/db1")).as("b1 has two entries").hasMessageContaining("b1 names nothing");
        assertThatThrownBy(() -> parse("output[2][1] after training")).hasMessageContaining("names nothing");
        assertThatThrownBy(() -> expression().parse("df/dq")).hasMessageContaining("q names nothing in this file")
                .hasMessageContaining("the names are f, x, y; from [names]: ");
        assertThatThrownBy(() -> parse("hello world")).hasMessageContaining("hello world names nothing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            W2[1,1]                     | is a parameter the file states; print dL/dW2[1,1] or W2[1,1] after n updates
            W2[1,1] after 4 updates     | the file trains 3 steps (training.epochs); n must be 1 to 3
            W2[1,1] after 0 updates     | n must be 1 to 3
            loss after 4 epochs         | n must be 0 to 3
            loss after 1 update         | the loss is read after n epochs, not after n updates
            W2[1,1] after 1 epoch       | a parameter is read after n updates, not after n epochs
            dz1[1]/dW2[1,1]             | z1[1] does not depend on W2[1,1] (layer 2 comes after it)
            dL/ddelta1[1]               | a derivative is of L, L[k], z or a entries
            a1[1] after 1 update        | only a weight, a bias or the loss has a value after training steps
            a1[1] after training        | the outputs are printed as output[m][j] after training
            """)
    @DisplayName("a network quantity of the wrong form says which forms exist")
    void wrongForms(String text, String words) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("quantity '" + text + "': ").hasMessageContaining(words);
    }

    @Test
    @DisplayName("a file that does not train has no values after training; an expression is never trained")
    void untrained() {
        assertThatThrownBy(() -> network(0).parse("output[1][1] after training"))
                .hasMessageContaining("the file does not train (training.epochs is 0)");
        assertThat(network(0).parse("W1[1,1] after 1 update")).as("a file without epochs still updates once")
                .isEqualTo(new PrintedQuantity.WeightAfter(1, 1, 1, 1));
        assertThatThrownBy(() -> expression().parse("x")).hasMessageContaining("x is an input, given in [inputs];"
                + " print f or df/dx");
        assertThatThrownBy(() -> expression().parse("dx/dy")).hasMessageContaining("x does not depend on y");
        assertThatThrownBy(() -> expression().parse("f after 1 update")).hasMessageContaining("is not trained");
        assertThatThrownBy(() -> expression().parse("f after training")).hasMessageContaining("is not trained");
    }

    @Test
    @DisplayName("our label of each form, as the answer key shows it beside the file's words")
    void labels() {
        assertThat(List.of(parse("dE/dw5"), parse("w5 after 1 update"), parse("b1[2] after 2 updates"),
                parse("loss after 1 epoch"), parse("E after 3 epochs"), parse("final after training"), parse("δ1[1]"),
                expression().parse("dg/du"))).extracting(PrintedQuantity::label).containsExactly("∂L/∂W2[1,1]",
                "W2[1,1] after 1 update", "b1[2] after 2 updates", "loss after 1 epoch", "loss after 3 epochs",
                "output[1][2] after training", "delta1[1]", "∂f/∂x");
    }
    @Test
    @DisplayName("labels not yet shown: the loss, a bias gradient, an expression's value")
    void moreLabels() {
        assertThat(List.of(parse("L"), parse("dL/db1[2]"), parse("dL/db2"), expression().parse("f")))
                .extracting(PrintedQuantity::label).containsExactly("L", "∂L/∂b1[2]", "∂L/∂b2[1]", "f");
    }

    @Test
    @DisplayName("a name of ours, as [names] may map a source's name to it: the loss, an output, an entry; not beyond")
    void oursForNames() {
        QuantityGrammar g = network(3);
        assertThat(List.of("L", "output[1][2]", "z1[2]", "W2[2,1]", "b2")).allSatisfy(n ->
                assertThat(g.isOurs(n)).as(n).isTrue());
        // one example and two outputs: output[2][1] and output[1][3] name nothing; E is the source's, not ours
        assertThat(List.of("output[2][1]", "output[1][3]", "output[0][1]", "output[1][0]", "E", "z3[1]"))
                .allSatisfy(n -> assertThat(g.isOurs(n)).as(n).isFalse());
        assertThatThrownBy(() -> g.requireName("output[2][1]")).hasMessageStartingWith("quantity 'output[2][1]':"
                + " output[2][1] names nothing in this file");
        QuantityGrammar e = expression();
        assertThat(e.isOurs("f")).isTrue();
        assertThat(e.isOurs("y")).isTrue();
        assertThat(e.isOurs("z")).isFalse();
    }

    @Test
    @DisplayName("a parameter is read after updates, the loss after epochs, each within the file's training")
    void afterWhat() {
        assertThatThrownBy(() -> parse("W1[1,1] after 2 epochs")).hasMessage("quantity 'W1[1,1] after 2 epochs':"
                + " a parameter is read after n updates, not after n epochs");
        assertThatThrownBy(() -> parse("L after 1 update")).hasMessage("quantity 'L after 1 update': the loss is"
                + " read after n epochs, not after n updates");
        assertThatThrownBy(() -> parse("W1[1,1] after 4 updates")).hasMessage("quantity 'W1[1,1] after 4 updates':"
                + " the file trains 3 steps (training.epochs); n must be 1 to 3");
        assertThatThrownBy(() -> parse("W1[1,1] after 0 updates")).hasMessageEndingWith("n must be 1 to 3");
        assertThatThrownBy(() -> network(1).parse("L after 2 epochs")).hasMessage("quantity 'L after 2 epochs':"
                + " the file trains 1 step (training.epochs); n must be 0 to 1");
        // one epoch is enough for an output after training
        assertThat(network(1).parse("output[1][1] after training"))
                .isEqualTo(new PrintedQuantity.OutputAfterTraining(1, 1));
    }
}

