package backprop.core.network;

import backprop.core.NonFiniteValueException;

import java.util.ArrayList;
import java.util.List;

/**
 * Gradient descent as 003 writes it, ω ← ω − ε(2λω + ∇_ω L) and β ← β − ε∇_β L, optionally with
 * momentum: v ← μv − ε·(gradient), θ ← θ + v (μ = 0 is the plain rule).
 *
 * <p>{@link UpdateOrder} makes explicit whether every gradient is computed before any weight changes
 * (the textbook rule) or each layer is updated as soon as its gradient is known, in which case the
 * δ of the layers below is propagated through the already-updated W. The second is what a loop that
 * updates while it back-propagates does by accident; here it has to be asked for.
 *
 * <p>{@link FrozenParameters} are left as they are: their velocity stays 0 and neither momentum nor the penalty
 * moves them (a textbook example that never updates its biases); their gradient is still computed and returned.
 *
 * <p>Mutable: the velocities of momentum, one per parameter, created on the first step.
 */
public final class GradientDescent {
    /** When weights change relative to the backward pass. */
    public enum UpdateOrder {
        /** Compute ∂L/∂θ for every layer with the current weights, then update them all. */
        ALL_GRADIENTS_FIRST,
        /** Update layer k right after its gradient is computed; δ^(k−1) then uses the new W^(k). */
        EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY
    }

    private final double learningRate;
    private final double momentum;
    private final L2Regularisation regularisation;
    private final UpdateOrder order;
    private final FrozenParameters frozen;
    private List<double[]> weightVelocity;
    private List<double[]> biasVelocity;

    /**
     * @param learningRate   ε (η in 004) &gt; 0
     * @param momentum       μ in [0, 1)
     * @param regularisation λ of the penalty λ‖ω‖² on the weights
     * @param order          when weights change relative to the backward pass
     */
    public GradientDescent(double learningRate, double momentum, L2Regularisation regularisation,
                           UpdateOrder order) {
        this(learningRate, momentum, regularisation, order, FrozenParameters.NONE);
    }

    /**
     * As {@link #GradientDescent(double, double, L2Regularisation, UpdateOrder)}, leaving {@code frozen} unchanged.
     */
    public GradientDescent(double learningRate, double momentum, L2Regularisation regularisation,
                           UpdateOrder order, FrozenParameters frozen) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("GradientDescent: learning rate must be > 0, is " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("GradientDescent: momentum must be in [0, 1), is " + momentum);
        }
        if (regularisation == null || order == null || frozen == null) {
            throw new IllegalArgumentException("GradientDescent: regularisation, update order and frozen parameters"
                    + " must be given");
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.regularisation = regularisation;
        this.order = order;
        this.frozen = frozen;
    }

    /** Plain gradient descent with learning rate ε: no momentum, no penalty, all gradients first. */
    public static GradientDescent plain(double learningRate) {
        return new GradientDescent(learningRate, 0.0, L2Regularisation.NONE, UpdateOrder.ALL_GRADIENTS_FIRST);
    }

    public double learningRate() {
        return learningRate;
    }

    public L2Regularisation regularisation() {
        return regularisation;
    }

    public UpdateOrder order() {
        return order;
    }

    /** The parameters this descent leaves unchanged. */
    public FrozenParameters frozen() {
        return frozen;
    }

    /** μ. */
    public double momentum() {
        return momentum;
    }

    /**
     * The velocities v of every layer's weights after the last step, one row-major array per layer (copies);
     * empty before the first step, when every v is 0. Without momentum v is the last change, −ε·∂J/∂ω.
     */
    public List<double[]> weightVelocities() {
        return copies(weightVelocity);
    }

    /** The velocities of every layer's biases after the last step (copies); empty before the first step. */
    public List<double[]> biasVelocities() {
        return copies(biasVelocity);
    }

    private static List<double[]> copies(List<double[]> velocities) {
        return velocities == null ? List.of() : velocities.stream().map(double[]::clone).toList();
    }

    /**
     * One update from the mean gradient over {@code batch} (one example: per-example descent).
     * Modifies the network's weights and biases.
     *
     * @return the gradients of the loss (without the penalty) that the update used: with
     *         {@link UpdateOrder#EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY}, those of the layers below the last
     *         are the ones propagated through the already-updated weights, not those of a backward pass
     */
    public Gradients step(Network network, List<Example> batch, Loss loss) {
        if (batch == null || batch.isEmpty()) {
            throw new IllegalArgumentException("step: empty batch");
        }
        ensureVelocities(network);
        if (order == UpdateOrder.ALL_GRADIENTS_FIRST) {
            Gradients g = network.averageGradients(batch, loss);
            for (int k = 1; k <= network.depth(); k++) {
                update(network, k, g.weight(k), g.bias(k));
            }
            return g;
        }
        return stepLayerByLayer(network, batch, loss);
    }

    private Gradients stepLayerByLayer(Network network, List<Example> batch, Loss loss) {
        int n = batch.size();
        List<ForwardPass> passes = new ArrayList<>();
        double[][] g = new double[n][];
        double lossSum = 0.0;
        for (int e = 0; e < n; e++) {
            ForwardPass pass = network.forward(batch.get(e).x());
            passes.add(pass);
            lossSum += loss.value(pass.output(), batch.get(e).y());
            g[e] = loss.gradient(pass.output(), batch.get(e).y());
        }
        double meanLoss = NonFiniteValueException.requireFinite(lossSum / n, "step: the mean loss over " + n + " examples");
        int l = network.depth();
        Matrix[] dW = new Matrix[l];
        double[][] db = new double[l][];
        for (int k = l; k >= 1; k--) {
            DenseLayer layer = network.layer(k);
            double[][] deltas = new double[n][];
            for (int e = 0; e < n; e++) {
                ForwardPass p = passes.get(e);
                deltas[e] = Network.delta(k, layer, p.z(k), p.a(k), g[e], network.conventions());
            }
            // (1/n) Σ_e of checked terms: each term is at most the largest finite term over n, so the sum stays finite
            dW[k - 1] = Matrix.zeros(layer.outputSize(), layer.inputSize());
            db[k - 1] = new double[layer.bias().length];
            for (int e = 0; e < n; e++) {
                accumulate(dW[k - 1].data(), Network.weightGradient(k, deltas[e], passes.get(e).a(k - 1)).data(), 1.0 / n);
                accumulate(db[k - 1], Network.biasGradient(k, layer, deltas[e]), 1.0 / n);
            }
            update(network, k, dW[k - 1], db[k - 1]);
            for (int e = 0; e < n; e++) {
                g[e] = Network.upstream(k, layer, deltas[e]);
            }
        }
        return new Gradients(meanLoss, List.of(dW), List.of(db));
    }

    /** ω ← ω + v, v ← μv − ε(2λω + ∂L/∂ω); β ← β + v, v ← μv − ε∂L/∂β. */
    private void update(Network network, int k, Matrix dW, double[] db) {
        DenseLayer layer = network.layer(k);
        double[] w = layer.weights().data();
        double[] gw = dW.data();
        double[] vw = weightVelocity.get(k - 1);
        int cols = layer.inputSize();
        for (int i = 0; i < w.length; i++) {
            if (frozen.isFrozen(k, FrozenParameters.Kind.WEIGHTS, i)) {
                continue;
            }
            vw[i] = momentum * vw[i] - learningRate * (regularisation.gradient(w[i]) + gw[i]);
            w[i] += vw[i];
            if (!Double.isFinite(w[i])) {
                throw new NonFiniteValueException("update of layer " + k + " weights [" + (i / cols + 1) + ","
                        + (i % cols + 1) + "]: " + w[i] + " (w − η·∂J/∂w + μv, η = " + learningRate + ", ∂L/∂w = "
                        + gw[i] + ", v = " + vw[i] + ")");
            }
        }
        double[] b = layer.bias();
        double[] vb = biasVelocity.get(k - 1);
        for (int i = 0; i < b.length; i++) {
            if (frozen.isFrozen(k, FrozenParameters.Kind.BIAS, i)) {
                continue;
            }
            vb[i] = momentum * vb[i] - learningRate * db[i];
            b[i] += vb[i];
            if (!Double.isFinite(b[i])) {
                throw new NonFiniteValueException("update of layer " + k + " bias [" + (i + 1) + "]: " + b[i]
                        + " (b − η·∂L/∂b + μv, η = " + learningRate + ", ∂L/∂b = " + db[i] + ", v = " + vb[i] + ")");
            }
        }
    }

    private void ensureVelocities(Network network) {
        if (weightVelocity != null && weightVelocity.size() == network.depth()) {
            return;
        }
        weightVelocity = new ArrayList<>();
        biasVelocity = new ArrayList<>();
        for (DenseLayer layer : network.layers()) {
            weightVelocity.add(new double[layer.weights().data().length]);
            biasVelocity.add(new double[layer.bias().length]);
        }
    }

    private static void accumulate(double[] target, double[] add, double factor) {
        for (int i = 0; i < target.length; i++) {
            target[i] += factor * add[i];
        }
    }
}
