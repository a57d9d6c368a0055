package backprop.core.graph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace names its arcs by node, so two nodes with one label stay two; arcs out of constants are left out.
 */
@DisplayName("Backward trace: arcs between node identities, none out of a constant")
class BackwardTraceTest {

    @Test
    @DisplayName("two constants both labelled '1' are two nodes: each arc names the node it leaves, not a label")
    void arcs_nameTheirNodes_notTheirLabels() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        Node p = g.add("p", x, g.constant(1));     // p = x + 1 = 3
        Node q = g.add("q", g.constant(1), x);     // q = 1 + x = 3
        Node x2 = g.input("x", 5);                 // a second input with x's label
        Node pq = g.multiply("pq", p, q);
        Node f = g.multiply("f", pq, x2);
        BackwardTrace t = g.backwardTraced(f);
        assertThat(t.arcs()).extracting(ArcStep::argument).containsExactly(pq, x2, p, q, x, x);
        assertThat(t.arcs()).extracting(ArcStep::consumer).containsExactly(f, f, pq, pq, q, p);
        // ∂f/∂p = q·x2 = 15, ∂f/∂q = p·x2 = 15, each reaching x with local gradient 1.
        assertThat(t.arcs().get(4).product()).isEqualTo(15.0);
        assertThat(x.gradient()).isEqualTo(30.0);
    }

    @Test
    @DisplayName("no arc leaves a constant: '1 → 1+e^−u', '-1 → −u' and '2 → 2·s' are not steps a reader takes")
    void noArc_leavesAConstant() {
        Graph g = new Graph();
        Node u = g.input("u", 1.5);
        Node d = g.add("1+e^−u", g.exp("e^−u", g.negate("−u", u)), g.constant(1));
        Node f = g.multiply("f", g.constant(2), g.reciprocal("1/d", d));
        BackwardTrace t = g.backwardTraced(f);
        assertThat(t.arcs()).noneMatch(a -> a.argument().primitive() == Primitive.CONSTANT);
        assertThat(t.arcs()).extracting(a -> a.argument().label() + " → " + a.consumer().label())
                .containsExactly("1/d → f", "1+e^−u → 1/d", "e^−u → 1+e^−u", "−u → e^−u", "u → −u");
        assertThat(t.output()).isSameAs(f);
    }

    @Test
    @DisplayName("a constant of value −0.0 is labelled '0': no node is named '-0'")
    void negativeZero_isLabelledZero() {
        Graph g = new Graph();
        assertThat(List.of(g.constant(-0.0).label(), g.constant(0.0).label(), g.constant(-1).label()))
                .containsExactly("0", "0", "-1");
    }
}
