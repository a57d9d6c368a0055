package backprop.verification.oracle;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the forward-mode passes note besides the output: the places where a finite difference could go
 * wrong — kinks (a ReLU argument or a max gap equal to 0, where the derivative does not exist) and, for
 * every variable, the distance to the nearest kink or singularity it could cross — and the scale of the
 * derivatives formed on the way (see {@link ForwardDerivatives#termScale()}).
 *
 * <p>Forward mode runs one pass per variable x_j, each on derivative structures with one free parameter
 * (order 1, [u, ∂u/∂x_j]), after a base pass in which every variable is a constant. The base pass records
 * the kinks met (gap exactly 0), with no variable yet; pass j adds j to every kink whose gap x_j moves,
 * limits x_j's step, and takes |∂u/∂x_j| of every node it computes into the term scale. A node that does
 * not depend on x_j is not computed in pass j: its derivative is 0, which moves no kink, limits no step and
 * adds nothing to the scale.
 *
 * <p>The distance is first order: a quantity g with value g₀ and ∂g/∂x_j = d_j reaches 0 after a step
 * of about |g₀|/|d_j| along x_j. Half of it is kept as the step limit, so that the second-order term
 * must be as large as the first before a sample crosses.
 */
final class PassRecord {
    /** The base pass's direction: no variable is free. */
    static final int BASE = -1;

    private final List<String> names;
    private final double[] gradient;
    private final double[] stepLimits;
    private final Map<Object, List<Integer>> kinkVariables = new LinkedHashMap<>();
    private final Map<Object, String[]> kinkText = new LinkedHashMap<>();
    private double termScale;
    private int direction = BASE;
    private long evaluations;

    PassRecord(List<String> names) {
        this.names = List.copyOf(names);
        this.gradient = new double[names.size()];
        this.stepLimits = new double[names.size()];
        Arrays.fill(stepLimits, Double.POSITIVE_INFINITY);
    }

    /** The variable the following records are about: j from 0, or {@link #BASE}. */
    void direction(int j) {
        direction = j;
    }

    /**
     * A kink at gap = 0: a ReLU argument, or (max − another argument) of a max, {@code key} naming it the
     * same way in every pass. In the base pass a gap of 0 is recorded as a kink; in pass j a kink whose gap
     * x_j moves gets j, and elsewhere the gap limits x_j's step.
     */
    void kink(Object key, String node, String description, DerivativeStructure gap) {
        if (direction == BASE) {
            if (gap.getValue() == 0.0) {
                kinkVariables.put(key, new ArrayList<>());
                kinkText.put(key, new String[] {node, description});
            }
        } else if (gap.getValue() == 0.0) {
            if (derivativeOf(gap) != 0.0) {
                kinkVariables.get(key).add(direction);
            }
        } else {
            limit(gap.getValue(), derivativeOf(gap));
        }
    }

    /**
     * A singularity at g = 0 (ln g, g^p with p &lt; 0 or not an integer): g is never 0 here; it limits steps. (In
     * the base pass every derivative is 0, which limits nothing.)
     */
    void singularity(DerivativeStructure g) {
        limit(g.getValue(), derivativeOf(g));
    }

    /** A computed node u: |∂u/∂x_j| enters the term scale (0 in the base pass). Returns u. */
    DerivativeStructure computed(DerivativeStructure u) {
        evaluations++;
        termScale = Math.max(termScale, Math.abs(derivativeOf(u)));
        return u;
    }

    /**
     * The computed nodes recorded in all passes: the cost the one-direction-at-a-time design bounds, Σ_j (the nodes
     * that depend on x_j) plus the base pass; a test pins it, so that a pass that recomputes more is seen.
     */
    long evaluations() {
        return evaluations;
    }

    /** The output of pass j (a pass runs only for a variable f depends on; the others keep ∂f/∂x_j = 0). */
    void output(DerivativeStructure f) {
        gradient[direction] = derivativeOf(computed(f));
    }

    ForwardDerivatives result(double value) {
        List<Kink> kinks = new ArrayList<>();
        kinkVariables.forEach((key, variables) -> {
            String[] text = kinkText.get(key);
            kinks.add(new Kink(text[0], text[1], variables));
        });
        return new ForwardDerivatives(names, value, gradient, kinks, stepLimits, termScale);
    }

    private void limit(double g, double d) {
        if (d != 0.0) {
            stepLimits[direction] = Math.min(stepLimits[direction], 0.5 * Math.abs(g) / Math.abs(d));
        }
    }

    /**
     * ∂g/∂x_j of a structure with one free parameter and order 1, which stores [g, ∂g/∂x_j];
     * {@code ForwardModeTest} pins that layout against {@code getPartialDerivative}.
     */
    static double derivativeOf(DerivativeStructure g) {
        return g.getAllDerivatives()[1];
    }
}
