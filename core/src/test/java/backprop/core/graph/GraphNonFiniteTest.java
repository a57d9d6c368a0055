package backprop.core.graph;

import backprop.core.NonFiniteValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The scalar graph lets no NaN or infinity through, and says which node")
class GraphNonFiniteTest {

    @Test
    @DisplayName("x = 1e-300, c = 1e308, out = x·c + c·x: every arc is finite, ∂out/∂x = 2c overflows when added")
    void accumulatedGradientOverflow_namesTheNodeAndTheArc() {
        Graph g = new Graph();
        Node x = g.input("x", 1e-300);
        Node c = g.input("c", 1e308);
        Node out = g.add("x·c + c·x", g.multiply("x·c", x, c), g.multiply("c·x", c, x));
        assertThat(out.value()).isEqualTo(2e8); // 1e-300 · 1e308 twice
        assertThatThrownBy(() -> g.backward(out)).isInstanceOf(NonFiniteValueException.class)
                .hasMessageContaining("node 'x': ∂x·c + c·x/∂x accumulated to Infinity")
                .hasMessageContaining("1.0E308 + 1.0E308 through arc x → x·c");
    }

    @Test
    @DisplayName("the traced backward refuses the same overflow")
    void tracedBackward_refusesTheSameOverflow() {
        Graph g = new Graph();
        Node x = g.input("x", 1e-300);
        Node c = g.input("c", 1e308);
        Node out = g.add("out", g.multiply("x·c", x, c), g.multiply("c·x", c, x));
        assertThatThrownBy(() -> g.backwardTraced(out)).isInstanceOf(NonFiniteValueException.class)
                .hasMessageContaining("∂out/∂x accumulated to Infinity");
    }

    @Test
    @DisplayName("gradients that add up to a finite number pass: c = 1e307 gives ∂out/∂x = 2e307")
    void largeButFiniteAccumulation_passes() {
        Graph g = new Graph();
        Node x = g.input("x", 1e-300);
        Node c = g.input("c", 1e307);
        Node out = g.add("out", g.multiply("x·c", x, c), g.multiply("c·x", c, x));
        g.backward(out);
        assertThat(x.gradient()).isEqualTo(2e307);
    }
}
