package backprop.verification.oracle;

import java.util.List;

/**
 * What one forward-mode pass gives: the output's value and its derivative with respect to each chosen
 * variable, the kinks met, and for each variable the largest safe finite-difference step.
 *
 * @param names      the variables, in the order of {@code gradient}
 * @param value      f at the point
 * @param gradient   ∂f/∂x_j, j in the order of {@code names}; at a kink, the derivative of the branch taken
 * @param kinks      every kink met, with the variables it affects
 * @param stepLimits for each variable, half the first-order distance to the nearest kink or singularity
 *                   (ReLU argument, max gap, log or negative-power argument) that it moves, +∞ when none:
 *                   a difference step no larger keeps every sample on the same side of all of them
 * @param termScale  max over every computed node u that f depends on, and f itself, of max_j |∂u/∂x_j|:
 *                   the size of the terms the derivatives of f are sums and products of, and so of their
 *                   rounding, even where they cancel to a small or zero result
 */
public record ForwardDerivatives(List<String> names, double value, double[] gradient, List<Kink> kinks,
                                 double[] stepLimits, double termScale) {

    public ForwardDerivatives {
        names = List.copyOf(names);
        gradient = gradient.clone();
        kinks = List.copyOf(kinks);
        stepLimits = stepLimits.clone();
        if (gradient.length != names.size() || stepLimits.length != names.size()) {
            throw new IllegalArgumentException("ForwardDerivatives: " + names.size() + " names, "
                    + gradient.length + " derivatives, " + stepLimits.length + " step limits");
        }
    }

    /** ∂f/∂x_j. */
    public double derivative(int j) {
        return gradient[j];
    }

    /** True when some kink met breaks the derivative along variable j. */
    public boolean atKink(int j) {
        for (Kink k : kinks) {
            if (k.variables().contains(j)) {
                return true;
            }
        }
        return false;
    }

    /** max_j |∂f/∂x_j|. */
    public double gradientNorm() {
        double max = 0.0;
        for (double g : gradient) {
            max = Math.max(max, Math.abs(g));
        }
        return max;
    }

    /** The gradient, a fresh copy. */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** The step limits, a fresh copy. */
    @Override
    public double[] stepLimits() {
        return stepLimits.clone();
    }
}
