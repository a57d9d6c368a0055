package backprop.core.graph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Graph#paths}: every path from a node up to the output, in the order a student draws it. */
@DisplayName("Paths: each path runs from the start up to the output, and there is a documented limit on their number")
class PathEndsTest {

    @Test
    @DisplayName("f = x·y + z at x = 2, y = 3: one path x → h → f, with local gradients y = 3 then 1, in that order")
    void path_runsFromStartToOutput() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        Node y = g.input("y", 3);
        Node h = g.multiply("h", x, y);
        Node f = g.add("f", h, g.input("z", -2));
        PathSum sum = g.paths(x, f);
        assertThat(sum.paths()).hasSize(1);
        assertThat(sum.paths().get(0).labels()).containsExactly("x", "h", "f");
        // ∂h/∂x = y = 3, ∂f/∂h = 1
        assertThat(sum.paths().get(0).localGradients()).containsExactly(3.0, 1.0);
        assertThat(sum.from()).isEqualTo("x");
        assertThat(sum.to()).isEqualTo("f");
    }

    @Test
    @DisplayName("a start or an output of another graph is refused")
    void nodesOfAnotherGraph_areRefused() {
        Graph g = new Graph();
        Node a = g.input("a", 1);
        Node foreign = new Graph().input("q", 1);
        assertThatThrownBy(() -> g.paths(foreign, a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paths: node 'q' belongs to another graph");
        assertThatThrownBy(() -> g.paths(a, foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paths: node 'q' belongs to another graph");
        assertThatThrownBy(() -> g.backward(foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backward: node 'q' belongs to another graph");
    }
}
