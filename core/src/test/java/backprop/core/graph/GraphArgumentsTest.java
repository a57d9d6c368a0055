package backprop.core.graph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the graph refuses when a node is built, and how it names what it built: the labels and strings an
 * answer key and an error message show.
 */
@DisplayName("Graph arguments: what a node is refused, and how nodes are named and printed")
class GraphArgumentsTest {

    @Test
    @DisplayName("a graph needs conventions; conventions need both of their choices")
    void conventions_mustBeGiven() {
        assertThatThrownBy(() -> new Graph(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conventions must be given");
        assertThatThrownBy(() -> new Conventions(null, Conventions.MaxTie.FIRST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be given");
        assertThatThrownBy(() -> new Conventions(Conventions.ReluAtZero.ONE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be given");
    }

    @Test
    @DisplayName("add and max need an argument; no argument may be null; every node needs a label; p must be a number")
    void badNodes_areRefusedNamingTheNode() {
        Graph g = new Graph();
        Node a = g.input("a", 1);
        assertThatThrownBy(() -> g.add("s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add 's': needs at least 1 argument(s), got 0");
        assertThatThrownBy(() -> g.add("s", (Node[]) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add 's': needs at least 1 argument(s), got 0");
        assertThatThrownBy(() -> g.max("m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max 'm': needs at least 1 argument(s), got 0");
        assertThatThrownBy(() -> g.add("s", a, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add 's': an argument is null");
        assertThatThrownBy(() -> g.input(null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input: a node needs a label");
        assertThatThrownBy(() -> g.power("a^p", a, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power: exponent of 'a^p' is NaN");
        assertThat(g.nodes()).as("nothing refused was added").containsExactly(a);
    }

    @Test
    @DisplayName("a constant is labelled by its value: integers below 10¹⁵ without a decimal point, others as Java prints them")
    void constantLabels() {
        // Below 10¹⁵ every integer is a short exact long; 1e20 exceeds Long.MAX_VALUE ≈ 9.2e18 and must not be cast.
        Graph g = new Graph();
        assertThat(g.constant(2).label()).isEqualTo("2");
        assertThat(g.constant(-1).label()).isEqualTo("-1");
        assertThat(g.constant(0.5).label()).isEqualTo("0.5");
        assertThat(g.constant(999_999_999_999_999.0).label()).isEqualTo("999999999999999");
        assertThat(g.constant(1e15).label()).isEqualTo("1.0E15");
        assertThat(g.constant(1e20).label()).isEqualTo("1.0E20");
    }

    @Test
    @DisplayName("a node shows its label and value, its exponent and its arguments; the graph lists its nodes in order")
    void nodesAndGraph_describeThemselves() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        Node cube = g.power("x³", x, 3);
        Node sum = g.add("x+x³", x, cube);
        assertThat(cube.exponent()).isEqualTo(3.0);
        assertThat(sum.exponent()).as("not a power").isEqualTo(1.0);
        assertThat(sum.arguments()).containsExactly(x, cube);
        assertThat(g.nodes()).containsExactly(x, cube, sum);
        // x = 2, x³ = 8, x + x³ = 10
        assertThat(sum).hasToString("x+x³ = 10.0");
        assertThat(g).hasToString("Graph[x = 2.0, x³ = 8.0, x+x³ = 10.0]");
    }
}
