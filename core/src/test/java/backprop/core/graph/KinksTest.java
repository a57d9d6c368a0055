package backprop.core.graph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Kinks: which nodes sit where the derivative does not exist, and the one-sided range of ∂f/∂input")
class KinksTest {

    @Test
    void maxAtATie_isAKink_andEachTiedArgumentRangesFromZeroToOne() {
        Graph g = new Graph(Conventions.DOCUMENTS);
        Node a = g.input("a", 1);
        Node b = g.input("b", 1);
        Node f = g.max("f", a, b);
        // max(a, b) at a = b: raising a raises f at slope 1, lowering a leaves f = b: one-sided 1 and 0.
        assertThat(Kinks.at(f)).containsExactly(f);
        Map<Node, Kinks.Interval> d = Kinks.gradients(f);
        assertThat(d.get(a)).isEqualTo(new Kinks.Interval(0, 1));
        assertThat(d.get(b)).isEqualTo(new Kinks.Interval(0, 1));
        assertThat(f.localGradientRange(1)).isEqualTo(new Kinks.Interval(0, 1));
    }

    @Test
    void maxWithoutATie_isNoKink_andItsRangesArePoints() {
        Graph g = new Graph(Conventions.DOCUMENTS);
        Node a = g.input("a", 2);
        Node b = g.input("b", 1);
        Node f = g.max("f", a, b);
        assertThat(Kinks.at(f)).isEmpty();
        assertThat(Kinks.gradients(f).get(a)).isEqualTo(new Kinks.Interval(1, 1));
        assertThat(Kinks.gradients(f).get(b)).isEqualTo(new Kinks.Interval(0, 0));
    }

    @Test
    void reluAtZero_timesANegativeUpstream_givesTheRangeWithItsSign() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node c = g.input("c", 0);
        Node r = g.relu("r", c);
        Node f = g.multiply("f", g.constant(-3), r);
        // f = −3·relu(c): from the left 0, from the right −3.
        assertThat(Kinks.at(f)).containsExactly(r);
        assertThat(Kinks.gradients(f).get(c)).isEqualTo(new Kinks.Interval(-3, 0));
    }

    @Test
    void gradientsSumOverConsumers_reluAtZeroPlusItsArgument() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node c = g.input("c", 0);
        Node f = g.add("f", g.relu("r", c), c);
        // f = relu(c) + c: one-sided 1 (left) and 2 (right).
        assertThat(Kinks.gradients(f).get(c)).isEqualTo(new Kinks.Interval(1, 2));
    }

    @Test
    void aKinkWhoseUpstreamIsZero_leavesItsInputsRangeAPoint() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node c = g.input("c", 0);
        Node r = g.relu("r", c);
        Node f = g.power("f", r, 2);
        // f = relu(c)²: 2·relu(0) = 0 upstream, so ∂f/∂c = 0 from both sides.
        assertThat(Kinks.at(f)).containsExactly(r);
        assertThat(Kinks.gradients(f).get(c)).isEqualTo(new Kinks.Interval(0, 0));
    }

    @Test
    void at_listsTheKinksInCreationOrder() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node m = g.max("m", g.input("a", 1), g.input("b", 1));
        Node r = g.relu("r", g.input("c", 0));
        Node f = g.add("f", m, r);
        assertThat(Kinks.at(f)).containsExactly(m, r);
    }

    @Test
    void pathsThatRejoinThroughATie_giveAWiderRange_asDocumented() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node a = g.input("a", 1);
        Node f = g.max("f", a, a);
        // max(a, a) = a has derivative 1 from both sides; interval arithmetic adds [0, 1] + [0, 1] = [0, 2],
        // an enclosure of the one-sided values, not their exact range (Kinks.gradients says so).
        assertThat(Kinks.gradients(f).get(a)).isEqualTo(new Kinks.Interval(0, 2));
    }

    @Test
    void intervalContains_withinTolerance() {
        Kinks.Interval i = new Kinks.Interval(0, 1);
        assertThat(i.contains(0.5, 0)).isTrue();
        assertThat(i.contains(1.0 + 1e-12, 1e-9)).isTrue();
        assertThat(i.contains(1.1, 1e-9)).isFalse();
        assertThat(i.contains(-0.1, 1e-9)).isFalse();
    }
}
