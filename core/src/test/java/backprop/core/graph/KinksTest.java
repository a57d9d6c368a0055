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

    @Test
    void at_listsTheKinksInCreationOrder_notInTheOrderBackwardReachesThem() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node r = g.relu("r", g.input("c", 0));
        Node m = g.max("m", g.input("a", 1), g.input("b", 1));
        // f = m + r: backward reaches m (the first argument) before r, but r was created first.
        Node f = g.add("f", m, r);
        assertThat(Kinks.at(f)).containsExactly(r, m);
    }

    @Test
    void gradients_skipANodeTheOutputDoesNotDependOn() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node a = g.input("a", 2);
        Node unused = g.multiply("unused", a, a);
        Node f = g.relu("f", a);
        // f = relu(a) at a = 2: ∂f/∂a = 1; the node a·a, created before f, is no part of f.
        assertThat(Kinks.gradients(f)).containsOnlyKeys(f, a).containsEntry(a, new Kinks.Interval(1, 1));
        assertThat(Kinks.gradients(f)).doesNotContainKey(unused);
    }

    @Test
    void reluAwayFromZero_isNoKink() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node f = g.relu("f", g.input("c", -2));
        assertThat(f.atKink()).isFalse();
        assertThat(f.localGradientRange(0)).isEqualTo(Kinks.Interval.point(0));
    }

    @Test
    void maxAtATie_anArgumentBelowTheMaximumKeepsAPointRange() {
        Graph g = new Graph(Conventions.LIBRARIES);
        Node f = g.max("f", g.input("a", 1), g.input("b", 1), g.input("c", 0));
        // max(a, b, c) at a = b = 1 > c = 0: c does not move f from either side; a and b range over [0, 1].
        assertThat(f.localGradientRange(2)).isEqualTo(Kinks.Interval.point(0));
        assertThat(f.localGradientRange(0)).isEqualTo(new Kinks.Interval(0, 1));
    }

    @Test
    void interval_refusesReversedOrNaNEnds_andKeepsNoSignOfZero() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Kinks.Interval(2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lo 2.0 > hi 1.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Kinks.Interval(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        // −3 × 0 = −0: an end of −0 is stored as 0, so the interval equals [0, 1] (records compare −0 and 0 apart).
        assertThat(new Kinks.Interval(-0.0, 1.0)).isEqualTo(new Kinks.Interval(0.0, 1.0));
        assertThat(new Kinks.Interval(-1.0, -0.0)).isEqualTo(new Kinks.Interval(-1.0, 0.0));
    }

    @Test
    void interval_isPoint_andPlus() {
        assertThat(Kinks.Interval.point(2).isPoint()).isTrue();
        assertThat(new Kinks.Interval(0, 1).isPoint()).isFalse();
        // [1, 2] + [3, 5] = [1 + 3, 2 + 5] = [4, 7]
        assertThat(new Kinks.Interval(1, 2).plus(new Kinks.Interval(3, 5))).isEqualTo(new Kinks.Interval(4, 7));
    }

    @Test
    void intervalContains_includesBothEndsWidenedByTheTolerance() {
        Kinks.Interval i = new Kinks.Interval(0, 1);
        // exactly lo − tolerance and hi + tolerance are inside (both representable: 0 − 0.5, 1 + 0.5)
        assertThat(i.contains(-0.5, 0.5)).isTrue();
        assertThat(i.contains(1.5, 0.5)).isTrue();
        assertThat(i.contains(-0.25, 0.5)).isTrue();
        assertThat(i.contains(-0.75, 0.5)).isFalse();
        assertThat(i.contains(1.75, 0.5)).isFalse();
    }
}
