package backprop.core.textbook;

import backprop.core.method.BatchReduction;
import backprop.core.method.Method;
import backprop.core.method.UpdateOrder;
import backprop.core.network.BiasLayout;
import backprop.core.network.Example;
import backprop.core.textbook.TextbookPass.Forward;

import java.util.List;

/**
 * One update from a batch, 003's Algorithm 2 in loops: forward every example; then for k = l…1 form each
 * example's δ^(k) from its upstream gradient, reduce ∂L/∂W^(k) = Σ_t δ_t h_tᵀ (÷ n for the mean) and
 * ∂L/∂b^(k) = Σ_t δ_t, and pass upstream ← W^(k)ᵀ δ. With the layer-by-layer order, layer k is updated before its
 * upstream gradient is formed, so the layers below see the new W^(k); otherwise every layer is updated at the end.
 */
public final class TextbookStep {
    private TextbookStep() {
    }

    /** The gradients this step used, and each example's forward values and δ (per example t: deltas[t][k]). */
    record Result(double[][][] weightGradient, double[][] biasGradient, List<Forward> forwards, double[][][] deltas) {
    }

    /**
     * One step on {@code batch}; modifies {@code p} unless {@code descent} is null.
     *
     * @param descent the update to make, or null for a backward pass that changes nothing
     */
    static Result step(Parameters p, List<Example> batch, Method method, TextbookDescent descent) {
        int n = batch.size();
        int l = p.depth();
        List<Forward> forwards = batch.stream().map(e -> TextbookPass.forward(p, e.x(), method)).toList();
        double[][] upstream = new double[n][];
        for (int t = 0; t < n; t++) {
            upstream[t] = method.loss().gradient(forwards.get(t).output(), batch.get(t).y());
        }
        double[][][] deltas = new double[n][l + 1][];
        double[][][] dW = new double[l][][];
        double[][] db = new double[l][];
        double share = method.reduction() == BatchReduction.MEAN ? 1.0 / n : 1.0;
        boolean eachLayer = method.order() == UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY;
        for (int k = l; k >= 1; k--) {
            dW[k - 1] = new double[p.width(k)][p.width(k - 1)];
            db[k - 1] = new double[p.b[k - 1].length];
            for (int t = 0; t < n; t++) {
                deltas[t][k] = TextbookPass.delta(p, k, forwards.get(t), upstream[t], method);
                accumulate(p, k, deltas[t][k], forwards.get(t).a()[k - 1], share, dW[k - 1], db[k - 1]);
            }
            if (eachLayer && descent != null) {
                descent.update(p, k, dW[k - 1], db[k - 1]);
            }
            for (int t = 0; t < n; t++) {
                upstream[t] = TextbookPass.upstream(p, k, deltas[t][k]);
            }
        }
        if (!eachLayer && descent != null) {
            for (int k = 1; k <= l; k++) {
                descent.update(p, k, dW[k - 1], db[k - 1]);
            }
        }
        return new Result(dW, db, forwards, deltas);
    }

    /** ∂L/∂W_ij += share·δ_i a_j; ∂L/∂b_i += share·δ_i (a shared bias: ∂L/∂b += share·Σ_i δ_i). */
    private static void accumulate(Parameters p, int k, double[] delta, double[] below, double share,
                                   double[][] dW, double[] db) {
        for (int i = 0; i < delta.length; i++) {
            for (int j = 0; j < below.length; j++) {
                dW[i][j] += share * (delta[i] * below[j]);
            }
            db[p.layout[k - 1] == BiasLayout.PER_NEURON ? i : 0] += share * delta[i];
        }
    }
}
