package backprop.core.graph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Graph#backward(Node)} overwrites every node's gradient, u_1 and the output included: a gradient
 * left over from an earlier pass would be read as ∂u_n/∂u_j of this one.
 */
@DisplayName("Backward overwrites every gradient, from u_1 to the last node")
class BackwardOverwritesTest {

    @Test
    @DisplayName("u_1 reached by one pass and not by the next has gradient 0 after the next")
    void firstNode_notReachedAnyMore_getsZero() {
        // u1 = a = 2, u2 = b = 3, u3 = a·b: ∂u3/∂a = b = 3. Then from u2 = b alone: ∂b/∂a = 0 (no path).
        Graph g = new Graph();
        Node a = g.input("a", 2);
        Node b = g.input("b", 3);
        Node product = g.multiply("a·b", a, b);
        g.backward(product);
        assertThat(a.gradient()).isEqualTo(3.0);
        g.backward(b);
        assertThat(a.gradient()).as("∂b/∂a").isZero();
        assertThat(b.gradient()).as("∂b/∂b").isEqualTo(1.0);
        assertThat(product.gradient()).as("created after b: no path to it").isZero();
    }

    @Test
    @DisplayName("backward from u_1 itself: ∂u_1/∂u_1 = 1 and every other gradient 0")
    void fromTheFirstNode() {
        // u1 = x = 2, u2 = x² = 4: ∂u2/∂x = 2x = 4 first; then from x: ∂x/∂x = 1, ∂x/∂u2 = 0.
        Graph g = new Graph();
        Node x = g.input("x", 2);
        Node square = g.square("x²", x);
        g.backward(square);
        assertThat(x.gradient()).isEqualTo(4.0);
        g.backward(x);
        assertThat(x.gradient()).isEqualTo(1.0);
        assertThat(square.gradient()).isZero();
    }
}
