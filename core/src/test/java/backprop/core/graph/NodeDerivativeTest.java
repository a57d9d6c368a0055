package backprop.core.graph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One node's derivative with respect to another, by hand on CS231n's circuit f(x, y, z) = (x + y)·z at x = −2,
 * y = 5, z = −4 ("Backpropagation, Intuitions"): q = x + y = 3, f = q·z = −12; ∂f/∂q = z = −4, ∂f/∂z = q = 3,
 * ∂q/∂x = ∂q/∂y = 1 (the add gate's local gradients), ∂f/∂x = ∂f/∂q·∂q/∂x = −4, ∂f/∂f = 1.
 */
@DisplayName("∂P/∂Q for any two nodes: CS231n's (x + y)·z at x = −2, y = 5, z = −4")
class NodeDerivativeTest {
    private final Graph g = new Graph();
    private final Node x = g.input("x", -2);
    private final Node y = g.input("y", 5);
    private final Node z = g.input("z", -4);
    private final Node q = g.add("x + y", x, y);
    private final Node f = g.multiply("(x + y)*z", q, z);

    @Test
    @DisplayName("∂f/∂q = z = −4, ∂f/∂z = q = 3, ∂f/∂x = ∂f/∂y = −4, ∂f/∂f = 1")
    void ofTheOutput() {
        assertThat(g.derivative(f, q)).isEqualTo(-4.0);
        assertThat(g.derivative(f, z)).isEqualTo(3.0);
        assertThat(g.derivative(f, x)).isEqualTo(-4.0);
        assertThat(g.derivative(f, y)).isEqualTo(-4.0);
        assertThat(g.derivative(f, f)).isEqualTo(1.0);
    }

    @Test
    @DisplayName("∂q/∂x = ∂q/∂y = 1: a gate's local gradient, not the −4 that reaches x from f")
    void ofAGate() {
        g.backward(f);
        assertThat(g.derivative(q, x)).isEqualTo(1.0);
        assertThat(g.derivative(q, y)).isEqualTo(1.0);
        assertThat(g.derivative(q, q)).isEqualTo(1.0);
    }

    @Test
    @DisplayName("q does not depend on z (an input beside it), nor x on q (the arc goes the other way): refused")
    void notDependingIsRefused() {
        assertThat(g.dependsOn(q, z)).isFalse();
        assertThat(g.dependsOn(x, q)).isFalse();
        assertThat(g.dependsOn(y, x)).isFalse();
        assertThat(g.dependsOn(f, x)).isTrue();
        assertThat(g.dependsOn(q, q)).isTrue();
        assertThatThrownBy(() -> g.derivative(q, z)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("derivative: 'x + y' does not depend on 'z'");
    }

    @Test
    @DisplayName("through two arcs and a fork: p = x·y + x at x = 3, y = 2 has ∂p/∂x = y + 1 = 3, ∂(x·y)/∂x = y = 2")
    void throughAFork() {
        Graph h = new Graph();
        Node a = h.input("x", 3);
        Node b = h.input("y", 2);
        Node product = h.multiply("x*y", a, b);
        Node p = h.add("x*y + x", product, a);
        Node r = h.exp("exp(x*y + x)", p);
        assertThat(h.derivative(p, a)).isEqualTo(3.0);
        assertThat(h.derivative(product, a)).isEqualTo(2.0);
        // r depends on x through two nodes above it: the pass must carry "reaches" down more than one level
        assertThat(h.dependsOn(r, b)).isTrue();
        // ∂r/∂y = e^(x·y + x)·x = 3e⁹
        assertThat(h.derivative(r, b)).isEqualTo(3 * Math.exp(9));
    }

    @Test
    @DisplayName("a node of another graph is refused, by name")
    void anotherGraph() {
        Node other = new Graph().input("w", 1);
        assertThatThrownBy(() -> g.dependsOn(f, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'w' belongs to another graph");
        assertThatThrownBy(() -> g.dependsOn(other, f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'w' belongs to another graph");
    }
}
