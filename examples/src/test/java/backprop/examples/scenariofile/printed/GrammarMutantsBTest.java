package backprop.examples.scenariofile.printed;

import backprop.examples.scenariofile.toml.TomlReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 21's grammar at its edges (group B of the mutation survivors): which derivatives a dense network has,
 * an expression's derivative written with spaces, and a printed vector's shape and length.
 */
@DisplayName("Issue 21's grammar at its edges: dependence, spaces, printed vectors' shapes and limits")
class GrammarMutantsBTest {
    /** A 3-2-2 sigmoid network: layer 1 has one shared bias, layer 2 one bias per unit. */
    private static final QuantityGrammar NET = new QuantityGrammar(new QuantityScope(new int[] {3, 2, 2},
            new int[] {0, 1, 2}, 1, 0, Set.of(), Map.of(), Set.of()));
    /** The same network with no biases in layer 1 (biases = "none"). */
    private static final QuantityScope NO_B1 = new QuantityScope(new int[] {3, 2, 2}, new int[] {0, 0, 2}, 1, 0,
            Set.of(), Map.of(), Set.of());

    private static void accepted(QuantityGrammar g, String q) {
        assertThat(g.parse(q)).as(q).isInstanceOf(PrintedQuantity.Derivative.class);
    }

    private static void refused(QuantityGrammar g, String q, String why) {
        assertThatThrownBy(() -> g.parse(q)).as(q).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }

    @Test
    @DisplayName("W, b and x are given: no derivative is of them, even one that would depend")
    void givenNumerators() {
        refused(NET, "dW1[1,1]/dx[1]", "W1[1,1] is given, not computed");
        refused(NET, "db2[1]/dx[1]", "is given, not computed");
        refused(NET, "dx[1]/dx[1]", "x[1] is given, not computed");
    }

    @Test
    @DisplayName("L[k] depends on itself only; L is not computed from L[k] as an input")
    void lossTerms() {
        accepted(NET, "dL[1]/dL[1]");
        refused(NET, "dL[1]/dL[2]", "L[2] is computed from it");
        refused(NET, "dL/dL[1]", "L[k] is a term of L, not an input of it; print dL/da2[1]");
    }

    @Test
    @DisplayName("within a layer: a unit's a depends on its own a and z only, a z on its own z; a comes after z")
    void withinLayer() {
        accepted(NET, "da2[1]/da2[1]");
        refused(NET, "da2[1]/da2[2]", "each unit's a is its own");
        refused(NET, "dL[1]/da2[2]", "output 1's term uses a2[1] alone");
        refused(NET, "dz2[1]/da2[1]", "a2 comes after z2");
        accepted(NET, "dz2[1]/dz2[1]");
        refused(NET, "dz2[1]/dz2[2]", "each unit's z is its own");
        accepted(NET, "dz2[1]/db2[1]");
        accepted(NET, "dz2[2]/db2[2]");
        refused(NET, "dz2[2]/db2[1]", "it is computed from unit 2 of layer 2, not from unit 1");
    }

    @Test
    @DisplayName("a z or a without its index is no derivative's P or Q")
    void unindexed() {
        refused(NET, "dL[1]/dz1", "a derivative is of L, L[k], z or a entries");
    }

    @Test
    @DisplayName("a layer without biases: its b names nothing as P or as Q, its z and a still do")
    void noBiases() {
        QuantityGrammar g = new QuantityGrammar(NO_B1);
        refused(g, "db1[1]/dz1[1]", "layer 1 has no biases: biases = \"none\"");
        refused(g, "dz1[1]/db1[1]", "layer 1 has no biases: biases = \"none\"");
        refused(g, "dz1[1]/db1", "layer 1 has no biases: biases = \"none\"");
        accepted(g, "da1[1]/dz1[1]");
        // 3 inputs, layers of 2 and 2 units, b in layer 2 only: the summary's list, worked from its javadoc's form
        assertThat(NO_B1.summary()).startsWith("L, z1[1..2], a1[1..2], delta1[1..2], W1[1..2,1..3], z2[1..2],"
                + " a2[1..2], delta2[1..2], W2[1..2,1..2], b2[1..2], output[1..1][1..2]");
    }

    @Test
    @DisplayName("an expression's derivative: spaces around a parenthesised operand are insignificant; d alone is no Q")
    void expressionSpaces() {
        QuantityGrammar g = new QuantityGrammar(ExpressionScopes.of("(x + y) * z", Map.of(), "x", 1, "y", 2,
                "z", 3));
        assertThat(g.parse("d(x + y) /dx")).isEqualTo(g.parse("d(x + y)/dx"))
                .isInstanceOf(PrintedQuantity.NodeDerivative.class);
        assertThat(g.parse("d (x + y)/dx")).isEqualTo(g.parse("d(x + y)/dx"));
        assertThat(g.parse("df/d (x + y)")).isEqualTo(g.parse("df/d(x + y)"));
        assertThat(g.parse("d((x + y) * z)/d(x + y)")).isEqualTo(g.parse("df/d(x + y)"));
        assertThatThrownBy(() -> g.parse("df/d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names nothing");
    }

    private static List<PrintedEntry> read(QuantityScope scope, String text) {
        return PublishedReader.read(new TomlReader("p.toml", text, null), Toml.parse(text), scope);
    }

    private static String entry(String quantity, String printed) {
        return "[[published]]\nquantity = \"" + quantity + "\"\nprinted = \"" + printed + "\"\nwhere = \"p. 1\"\n";
    }

    @Test
    @DisplayName("a whole matrix counts each entry against the 1,000 printed numbers")
    void matrixEntriesCount() {
        // 1,000 inputs, one unit: dL/dW1 is 1×1000, 1,000 numbers, the limit exactly; one number more is refused
        QuantityScope wide = new QuantityScope(new int[] {1000, 1}, new int[] {0, 1}, 1, 0, Set.of(), Map.of(),
                Set.of());
        String w1 = entry("dL/dW1", "[" + "0.5 ".repeat(999) + "0.5]");
        assertThat(read(wide, w1)).hasSize(1000);
        assertThatThrownBy(() -> read(wide, w1 + entry("z1", "[0.5]"))).hasMessage("p.toml:5: [[published]] prints"
                + " 1001 numbers with published[2]'s entries; the limit is 1000");
    }

    @Test
    @DisplayName("a printed vector's shape, its length limit of 40,000 characters and its shortened echo")
    void printedShapes() {
        QuantityScope one = new QuantityScope(new int[] {2, 1}, new int[] {0, 1}, 1, 0, Set.of(), Map.of(), Set.of());
        assertThatThrownBy(() -> read(one, entry("z1", "[0.5 0.25]")))
                .hasMessage("p.toml:3: published[1].printed is 1×2, but z1 is 1×1");
        QuantityScope net = new QuantityScope(new int[] {3, 2, 2}, new int[] {0, 1, 2}, 1, 0, Set.of(), Map.of(),
                Set.of());
        assertThatThrownBy(() -> read(net, entry("z1", "[0.5 0.25]"))).hasMessageEndingWith(
                "but z1 is 2×1 (a column: [0.5; 0.25])");
        // 40,000 characters: read as numbers (then the wrong shape); 40,001: refused before any number is read
        String at = "[" + "0.5 ".repeat(9999) + "10]";
        assertThat(at).hasSize(40_000);
        assertThatThrownBy(() -> read(net, entry("z1", at))).hasMessageContaining("printed is 1×10000");
        String over = "[" + "0.5 ".repeat(9999) + "100]";
        assertThatThrownBy(() -> read(net, entry("z1", over))).hasMessageContaining("\" is not a vector or matrix")
                .hasMessageContaining("\"[" + "0.5 ".repeat(14) + "0.5…\"");
        // a text of 60 characters is echoed whole, of 61 cut to its first 60 and "…"
        String sixty = "[" + "0.5 ".repeat(14) + "0.5";
        assertThat(sixty).hasSize(60);
        assertThatThrownBy(() -> read(net, entry("z1", sixty))).hasMessageContaining("\"" + sixty + "\" is not");
        assertThatThrownBy(() -> read(net, entry("z1", sixty + "5"))).hasMessageContaining("\"" + sixty + "…\" is not");
    }
}
