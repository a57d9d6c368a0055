package backprop.core.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points where the derivative does not exist, and what the two sides say there. Only two primitives have
 * them: ReLU at 0 (from the left 0, from the right 1) and max at a tie (each maximal argument: 0 from the
 * left, 1 from the right). There the {@link Conventions} pick one value inside the one-sided range; any value
 * in it is a valid subgradient, which is why a grader must accept the whole range and an answer key must name
 * the rule it used.
 */
public final class Kinks {
    private Kinks() {
    }

    /**
     * A closed interval [lo, hi] of derivatives; a point when lo = hi.
     *
     * @param lo the least one-sided value
     * @param hi the greatest one-sided value
     */
    public record Interval(double lo, double hi) {
        public Interval {
            if (!(lo <= hi)) {
                throw new IllegalArgumentException("Interval: lo " + lo + " > hi " + hi);
            }
            // −3 × 0 is −0, which would print "−0" and differ from 0 in equals; the ends are values, not signs.
            lo += 0.0;
            hi += 0.0;
        }

        static Interval point(double v) {
            return new Interval(v, v);
        }

        public boolean isPoint() {
            return lo == hi;
        }

        /** lo − tolerance ≤ v ≤ hi + tolerance. */
        public boolean contains(double v, double tolerance) {
            return v >= lo - tolerance && v <= hi + tolerance;
        }

        /** [lo, hi] + [lo', hi'] = [lo + lo', hi + hi']. */
        Interval plus(Interval o) {
            return new Interval(lo + o.lo, hi + o.hi);
        }

        /** [lo, hi] × [lo', hi'] = [min, max] of the four products of ends. */
        Interval times(Interval o) {
            double[] p = {lo * o.lo, lo * o.hi, hi * o.lo, hi * o.hi};
            double min = p[0];
            double max = p[0];
            for (double v : p) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return new Interval(min, max);
        }
    }

    /** The nodes that {@code output} depends on (itself included) and that sit at a kink, in creation order. */
    public static List<Node> at(Node output) {
        List<Node> kinks = new ArrayList<>();
        for (Node n : gradients(output).keySet()) {
            if (n.atKink()) {
                kinks.add(n);
            }
        }
        kinks.sort(java.util.Comparator.comparingInt(Node::index));
        return kinks;
    }

    /**
     * ∂output/∂u as an interval, for every node u that output depends on (output first, then in the order
     * the backward pass reaches them): Algorithm 4 with each local gradient replaced by its one-sided range
     * ({@link Node#localGradientRange}) and each product and sum done on intervals. Away from kinks every
     * interval is the point the backward pass computes. At a kink the interval holds both one-sided
     * derivatives and everything between; it is exactly [left, right] (in order of size) when each input
     * reaches a kink by one path and the kink's upstream is a point, as in every expression of one kink;
     * when paths through kinks rejoin, it may be wider (interval arithmetic does not know they move together).
     * Reads the values of the last forward evaluation; modifies nothing.
     */
    public static Map<Node, Interval> gradients(Node output) {
        Map<Node, Interval> d = new LinkedHashMap<>();
        d.put(output, Interval.point(1.0));
        List<Node> nodes = output.graph().nodes();
        for (int i = output.index(); i >= 0; i--) {
            Node n = nodes.get(i);
            Interval upstream = d.get(n);
            if (upstream == null) {
                continue;
            }
            Node[] arguments = n.argumentArray();
            for (int k = 0; k < arguments.length; k++) {
                d.merge(arguments[k], upstream.times(n.localGradientRange(k)), Interval::plus);
            }
        }
        return d;
    }
}
