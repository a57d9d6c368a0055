package backprop.core.network;

import backprop.core.NonFiniteValueException;
import backprop.core.method.FrozenParameters;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * Gradient descent as 003 writes it, ω ← ω − ε(2λω + ∇_ω L) and β ← β − ε∇_β L, optionally with momentum:
 * v ← μv − ε·(gradient), θ ← θ + v (μ = 0 is the plain rule), with ε, μ and λ from a {@link Schedule} and every
 * other choice from a {@link Method}: the batch's gradient summed or averaged, the update order, the frozen
 * parameters, and the method's forward and backward pass.
 *
 * <p>{@link UpdateOrder} makes explicit whether every gradient is computed before any weight changes (the
 * textbook rule) or each layer is updated as soon as its gradient is known, in which case the δ of the layers
 * below is propagated through the already-updated W.
 *
 * <p>{@link FrozenParameters} are left as they are: their velocity stays 0 and neither momentum nor the penalty
 * moves them (a textbook example that never updates its biases); their gradient is still computed and returned.
 *
 * <p>Mutable: the velocities of momentum, one per parameter, created on the first step.
 */
public final class GradientDescent {
    private final Schedule schedule;
    private final Method method;
    private List<double[]> weightVelocity;
    private List<double[]> biasVelocity;

    /**
     * @param schedule ε (η in 004), μ and λ; its epochs, ε of the stopping rule and batching are the trainer's
     * @param method   every choice of the passes and the update
     */
    public GradientDescent(Schedule schedule, Method method) {
        if (schedule == null || method == null) {
            throw new IllegalArgumentException("GradientDescent: a schedule and a method must be given");
        }
        this.schedule = schedule;
        this.method = method;
    }

    public Schedule schedule() {
        return schedule;
    }

    public Method method() {
        return method;
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
     * One update from the gradient of {@code batch}, summed or averaged as the method says (one example:
     * per-example descent). Modifies the network's weights and biases.
     *
     * @return the gradients of the loss (without the penalty) that the update used: with
     *         {@link UpdateOrder#EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY}, those of the layers below the last
     *         are the ones propagated through the already-updated weights, not those of a backward pass
     */
    public Gradients step(Network network, List<Example> batch) {
        if (batch == null || batch.isEmpty()) {
            throw new IllegalArgumentException("step: empty batch");
        }
        ensureVelocities(network);
        List<ForwardPass> passes = network.forward(batch, method);
        List<double[]> targets = Network.targets(batch, network);
        if (method.order() == UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY) {
            return network.backpropagate(passes, targets, method,
                    (k, dW, db) -> update(network, k, dW, db), Network.NO_TRACE);
        }
        Gradients g = network.backpropagate(passes, targets, method, Network.NO_UPDATE, Network.NO_TRACE);
        for (int k = 1; k <= network.depth(); k++) {
            update(network, k, g.weight(k), g.bias(k));
        }
        return g;
    }

    /** ω ← ω + v, v ← μv − ε(2λω + ∂L/∂ω); β ← β + v, v ← μv − ε∂L/∂β; a frozen parameter is skipped. */
    private void update(Network network, int k, Matrix dW, double[] db) {
        double rate = schedule.learningRate();
        double mu = schedule.momentum();
        DenseLayer layer = network.layer(k);
        double[] w = layer.weights().data();
        double[] gw = dW.data();
        double[] vw = weightVelocity.get(k - 1);
        int cols = layer.inputSize();
        for (int i = 0; i < w.length; i++) {
            if (method.frozen().isFrozen(k, FrozenParameters.Kind.WEIGHTS, i)) {
                continue;
            }
            vw[i] = mu * vw[i] - rate * (2 * schedule.lambda() * w[i] + gw[i]);
            w[i] += vw[i];
            if (!Double.isFinite(w[i])) {
                throw new NonFiniteValueException("update of layer " + k + " weights [" + (i / cols + 1) + ","
                        + (i % cols + 1) + "]: " + w[i] + " (w − η·∂J/∂w + μv, η = " + rate + ", ∂L/∂w = "
                        + gw[i] + ", v = " + vw[i] + ")");
            }
        }
        double[] b = layer.bias();
        double[] vb = biasVelocity.get(k - 1);
        for (int i = 0; i < b.length; i++) {
            if (method.frozen().isFrozen(k, FrozenParameters.Kind.BIAS, i)) {
                continue;
            }
            vb[i] = mu * vb[i] - rate * db[i];
            b[i] += vb[i];
            if (!Double.isFinite(b[i])) {
                throw new NonFiniteValueException("update of layer " + k + " bias [" + (i + 1) + "]: " + b[i]
                        + " (b − η·∂L/∂b + μv, η = " + rate + ", ∂L/∂b = " + db[i] + ", v = " + vb[i] + ")");
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
}
