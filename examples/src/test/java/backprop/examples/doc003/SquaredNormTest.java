package backprop.examples.doc003;

import backprop.core.graph.Node;
import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import backprop.examples.work.GraphWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 003's f = ‖W·x‖² with x = [0.1, 0.2], W = [[0.3, 0.4], [0.5, 0.6]]: m = W·x = [0.11, 0.17] (both printed),
 * ∂f/∂W_ij = 2 m_i x_j and ∂f/∂x_i = Σ_k 2 m_k W_ki, worked by hand below.
 */
@DisplayName("003, ‖W·x‖²: every gradient, by the matrix form and element by element")
class SquaredNormTest {
    /** By hand: 2·0.11·0.1, 2·0.11·0.2, 2·0.17·0.1, 2·0.17·0.2; 2(0.11·0.3 + 0.17·0.5), 2(0.11·0.4 + 0.17·0.6). */
    private static final Map<String, Double> BY_HAND = Map.of("W11", 0.022, "W12", 0.044, "W21", 0.034, "W22", 0.068,
            "x1", 0.236, "x2", 0.292);

    @Test
    @DisplayName("the matrix form's rows, each named by its place: ∂f/∂W_{1,2} is df_dW12")
    void matrixForm() {
        Map<String, Derived> rows = new LinkedHashMap<>();
        for (Derived d : new SquaredNorm().compute().derived()) {
            rows.put(d.name().substring("003.squared-norm.df_d".length()), d);
        }
        assertThat(rows.keySet()).containsExactly("W11", "W12", "W21", "W22", "x1", "x2");
        BY_HAND.forEach((at, v) -> assertThat(rows.get(at).value()).as(at).isCloseTo(v, within(1e-15)));
        assertThat(rows.get("W21").quantity()).isEqualTo("∂f/∂W_{2,1} = 2m_i x_j");
        assertThat(rows.get("x2").quantity()).isEqualTo("∂f/∂x_2 = Σ_k 2m_k W_{k,2}");
    }

    @Test
    @DisplayName("the scalar graph: each W_ij and x_i a node of its own name, with the same gradient")
    void elementByElement() {
        ScenarioResult r = new SquaredNorm().compute();
        GraphWork work = r.graphs().get(0);
        assertThat(work.output().value()).isCloseTo(0.11 * 0.11 + 0.17 * 0.17, within(1e-15));
        List<String> labels = work.wrt().stream().map(Node::label).toList();
        assertThat(labels).containsExactly("W1,1", "W1,2", "W2,1", "W2,2", "x1", "x2");
        // m_i = W_i1·x_1 + W_i2·x_2, f = m_1² + m_2²: each product and sum named by its indices
        assertThat(work.graph().nodes()).extracting(Node::label).contains("W1,2·x2", "W2,1·x1", "m1", "m2", "m2²");
        for (Node n : work.wrt()) {
            assertThat(n.gradient()).as(n.label()).isCloseTo(BY_HAND.get(n.label().replace(",", "")), within(1e-15));
        }
    }
}
