package backprop.core.textbook;

import backprop.core.NonFiniteValueException;
import backprop.core.method.FrozenParameters.Kind;
import backprop.core.method.FrozenParameters;
import backprop.core.method.Schedule;

/**
 * 003's update with momentum, one layer at a time: v ← μv − ε(2λω + ∂L/∂ω), ω ← ω + v for a weight;
 * v ← μv − ε∂L/∂β, β ← β + v for a bias; a frozen parameter is skipped (its velocity stays 0).
 * Mutable: the velocities, one per parameter, kept from step to step.
 */
public final class TextbookDescent {
    private final Schedule schedule;
    private final FrozenParameters frozen;
    private final double[][][] weightVelocity;
    private final double[][] biasVelocity;

    TextbookDescent(Schedule schedule, FrozenParameters frozen, Parameters shape) {
        this.schedule = schedule;
        this.frozen = frozen;
        Parameters zeros = shape.copy();
        for (int k = 0; k < zeros.depth(); k++) {
            for (double[] row : zeros.w[k]) {
                java.util.Arrays.fill(row, 0.0);
            }
            java.util.Arrays.fill(zeros.b[k], 0.0);
        }
        this.weightVelocity = zeros.w;
        this.biasVelocity = zeros.b;
    }

    /** Updates layer k of {@code p} in place from its gradient. */
    void update(Parameters p, int k, double[][] weightGradient, double[] biasGradient) {
        double mu = schedule.momentum();
        double rate = schedule.learningRate();
        double[][] w = p.w[k - 1];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                if (!frozen.isFrozen(k, Kind.WEIGHTS, i * w[i].length + j)) {
                    double[] v = weightVelocity[k - 1][i];
                    v[j] = mu * v[j] - rate * (2 * schedule.lambda() * w[i][j] + weightGradient[i][j]);
                    w[i][j] = finite(w[i][j] + v[j], "W", k, i, j);
                }
            }
        }
        double[] b = p.b[k - 1];
        for (int i = 0; i < b.length; i++) {
            if (!frozen.isFrozen(k, Kind.BIAS, i)) {
                double[] v = biasVelocity[k - 1];
                v[i] = mu * v[i] - rate * biasGradient[i];
                b[i] = finite(b[i] + v[i], "b", k, i, -1);
            }
        }
    }

    private static double finite(double value, String what, int k, int i, int j) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteValueException("update of " + what + "^(" + k + ")[" + (i + 1)
                    + (j < 0 ? "" : "," + (j + 1)) + "] is " + value);
        }
        return value;
    }
}
