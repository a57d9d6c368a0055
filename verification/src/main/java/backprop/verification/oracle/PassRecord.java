package backprop.verification.oracle;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a forward-mode pass notes besides the output: the places where a finite difference could go
 * wrong — kinks (a ReLU argument or a max gap equal to 0, where the derivative does not exist) and, for
 * every variable, the distance to the nearest kink or singularity it could cross — and the scale of the
 * derivatives it formed on the way (see {@link ForwardDerivatives#termScale()}).
 *
 * <p>The distance is first order: a quantity g with value g₀ and ∂g/∂x_j = d_j reaches 0 after a step
 * of about |g₀|/|d_j| along x_j. Half of it is kept as the step limit, so that the second-order term
 * must be as large as the first before a sample crosses.
 */
final class PassRecord {
    private final List<String> names;
    private final double[] stepLimits;
    private final List<Kink> kinks = new ArrayList<>();
    private double termScale;

    PassRecord(List<String> names) {
        this.names = List.copyOf(names);
        this.stepLimits = new double[names.size()];
        Arrays.fill(stepLimits, Double.POSITIVE_INFINITY);
    }

    /**
     * A kink at gap = 0: a ReLU argument, or (max − another argument) of a max. At gap = 0 it is recorded
     * with the variables that move it; elsewhere it limits the step of those variables.
     */
    void kink(String node, String description, DerivativeStructure gap) {
        if (gap.getValue() == 0.0) {
            double[] d = gradientOf(gap);
            List<Integer> moved = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                if (d[j] != 0.0) {
                    moved.add(j);
                }
            }
            kinks.add(new Kink(node, description, moved));
        } else {
            limit(gap);
        }
    }

    /** A singularity at g = 0 (ln g, g^p with p &lt; 0 or not an integer): g is never 0 here; it limits steps. */
    void singularity(DerivativeStructure g) {
        limit(g);
    }

    /** A computed node u: its derivatives enter the term scale max_j |∂u/∂x_j|. Returns u. */
    DerivativeStructure computed(DerivativeStructure u) {
        for (double d : gradientOf(u)) {
            termScale = Math.max(termScale, Math.abs(d));
        }
        return u;
    }

    ForwardDerivatives result(DerivativeStructure output) {
        computed(output);
        return new ForwardDerivatives(names, output.getValue(), gradientOf(output), kinks, stepLimits, termScale);
    }

    private void limit(DerivativeStructure g) {
        double[] d = gradientOf(g);
        for (int j = 0; j < d.length; j++) {
            if (d[j] != 0.0) {
                stepLimits[j] = Math.min(stepLimits[j], 0.5 * Math.abs(g.getValue()) / Math.abs(d[j]));
            }
        }
    }

    /**
     * (∂g/∂x_0, …, ∂g/∂x_{n−1}). For order 1, DerivativeStructure stores [g, ∂g/∂x_0, …, ∂g/∂x_{n−1}];
     * {@code ForwardModeTest} pins that layout against {@code getPartialDerivative}.
     */
    static double[] gradientOf(DerivativeStructure g) {
        double[] all = g.getAllDerivatives();
        return Arrays.copyOfRange(all, 1, all.length);
    }
}
