package backprop.core.network;

import backprop.core.NonFiniteValueException;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.BatchReduction;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.SoftmaxBackward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fully connected feed-forward network of any depth, and the one implementation of 003's Algorithm 1
 * ({@link #forward(double[], Method)}) and Algorithm 2 (the δ recursion of 001 and 002, in
 * {@link #backpropagate}), under a {@link Method}: each choice on which textbooks differ acts at the line where a
 * textbook makes it (the bias in z, rounding as printed, softmax's Jacobian or its diagonal, ReLU'(0), sum or mean
 * over a batch, the update order).
 *
 * <p>The layers are live: {@link GradientDescent} changes their weights in place.
 */
public final class Network {
    private final List<DenseLayer> layers;

    public Network(List<DenseLayer> layers) {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("Network: a network needs at least one layer");
        }
        for (int k = 1; k < layers.size(); k++) {
            int below = layers.get(k - 1).outputSize();
            int above = layers.get(k).inputSize();
            if (below != above) {
                throw new IllegalArgumentException("Network: layer " + k + " has " + below + " outputs but W^("
                        + (k + 1) + ") is " + layers.get(k).weights().shape() + " and takes " + above);
            }
        }
        this.layers = List.copyOf(layers);
    }

    /** The layers, 1…l at list index 0…l−1. The list is fixed; the layers' parameters are live. */
    public List<DenseLayer> layers() {
        return layers;
    }

    /** Layer k, k = 1…l. */
    public DenseLayer layer(int k) {
        return layers.get(k - 1);
    }

    public int depth() {
        return layers.size();
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    /** A deep copy: same shapes and values, independent parameters. */
    public Network copy() {
        List<DenseLayer> copies = new ArrayList<>();
        for (DenseLayer layer : layers) {
            copies.add(layer.copy());
        }
        return new Network(copies);
    }

    /** Algorithm 1 as every document writes it: the bias in z, nothing rounded. */
    public ForwardPass forward(double[] x) {
        return forward(x, true, IntermediateRounding.NONE);
    }

    /**
     * Algorithm 1 under {@code method}: h^0 = x; for k = 1…l: z^(k) = W^(k) h^(k−1) + b^(k) (the bias left out
     * where the method leaves it out), h^(k) = g(z^(k)); ŷ = h^(l). Where the method rounds a z or an a as a source
     * prints it, the rounded value flows on.
     *
     * @throws IllegalArgumentException if x has the wrong length or is not finite
     * @throws NonFiniteValueException  if a value overflows, naming the layer and neuron
     */
    public ForwardPass forward(double[] x, Method method) {
        return forward(x, method.biasInForward(), method.rounding());
    }

    private ForwardPass forward(double[] x, boolean biasInForward, IntermediateRounding rounding) {
        requireLength("forward: x", x, inputSize());
        requireFinite("forward: x", x);
        List<double[]> zs = new ArrayList<>();
        List<double[]> as = new ArrayList<>();
        double[] a = x;
        for (int k = 1; k <= layers.size(); k++) {
            DenseLayer layer = layer(k);
            // z = W·a + b
            double[] z = biasInForward ? layer.preActivation(a) : layer.weights().times(a);
            requireFiniteResult("forward: z^(" + k + ")", z);
            round(rounding, Intermediate.Kind.Z, k, z);
            // a = g(z); a finite z gives a finite a for every activation (Activation), so a needs no check of its own
            a = layer.activation().forward(z);
            round(rounding, Intermediate.Kind.A, k, a);
            zs.add(z);
            as.add(a);
        }
        return new ForwardPass(x.clone(), zs, as);
    }

    /** L(ŷ, y) for one example, ŷ from Algorithm 1 as every document writes it (the bias in z, nothing rounded). */
    public double loss(double[] x, double[] y, Loss loss) {
        double[] output = forward(x).output();
        requireLength("loss: y", y, outputSize());
        return loss.value(output, y);
    }

    /**
     * Algorithm 2 for one example under {@code method}: g ← ∇_ŷ L; for k = l…1: δ^(k) = J_g(z^(k))ᵀ g;
     * ∂L/∂b^(k) = δ^(k); ∂L/∂W^(k) = δ^(k) h^(k−1)ᵀ; g ← W^(k)ᵀ δ^(k). Nothing is updated.
     *
     * @param pass the forward pass of this network under the same method
     */
    public BackwardPass backward(ForwardPass pass, double[] y, Method method) {
        requireLength("backward: y", y, outputSize());
        if (pass.layers() != layers.size()) {
            throw new IllegalArgumentException("backward: the forward pass has " + pass.layers()
                    + " layers, the network " + layers.size());
        }
        int l = layers.size();
        double[][] deltas = new double[l][];
        double[][] upstreams = new double[l][];
        Gradients gradients = backpropagate(List.of(pass), List.of(y), method, NO_UPDATE, (k, delta, upstream) -> {
            deltas[k - 1] = delta;
            upstreams[k - 1] = upstream;
        });
        return new BackwardPass(method.loss().gradient(pass.output(), y), List.of(deltas), List.of(upstreams),
                gradients, "δ^(l) = J_g(z^(l))ᵀ · ∂L/∂ŷ");
    }

    /**
     * Algorithm 2 started at any quantity P of layer m's activations instead of at the loss (P = a^(m)_i, one
     * output's own loss term, …): given g = ∂P/∂a^(m), for k = m…1: δ_P^(k) = J_g(z^(k))ᵀ g, ∂P/∂W^(k) = δ_P^(k)
     * h^(k−1)ᵀ, ∂P/∂b^(k) = δ_P^(k), g ← W^(k)ᵀ δ_P^(k), under the method's conventions (ReLU'(0), softmax's full
     * Jacobian or its diagonal, g' read off a rounded a) as {@link #backward(ForwardPass, double[], Method)}
     * applies them. No δ is rounded: a method rounds δ = ∂L/∂z as a source prints it, not ∂P/∂z.
     *
     * @param pass the forward pass of this network under the same method
     * @param m    the layer whose activations P is a function of, 1…l
     * @param dPda ∂P/∂a^(m), one entry per neuron of layer m
     * @return δ_P^(k) and ∂P/∂a^(k−1) for k = 1…m (list index k − 1), ∂P/∂W^(k) and ∂P/∂b^(k) as its gradients
     *         (their loss is 0: P is no loss); lossGradient is {@code dPda}
     */
    public BackwardPass backwardFrom(ForwardPass pass, int m, double[] dPda, Method method) {
        if (pass.layers() != layers.size() || m < 1 || m > layers.size()) {
            throw new IllegalArgumentException("backwardFrom: layer " + m + " of a forward pass of " + pass.layers()
                    + " layers, the network has " + layers.size());
        }
        requireLength("backwardFrom: ∂P/∂a^(" + m + ")", dPda, layer(m).outputSize());
        Map<Intermediate, Integer> kept = new HashMap<>(method.rounding().decimals());
        kept.keySet().removeIf(i -> i.kind() == Intermediate.Kind.DELTA);
        Method unrounded = method.withRounding(new IntermediateRounding(kept));
        double[][] deltas = new double[m][];
        double[][] upstreams = new double[m][];
        List<Matrix> dW = new ArrayList<>();
        List<double[]> db = new ArrayList<>();
        double[] g = dPda.clone();
        for (int k = m; k >= 1; k--) {
            DenseLayer layer = layer(k);
            deltas[k - 1] = delta(k, layer, pass.z(k), pass.a(k), g, unrounded);
            dW.add(0, weightGradient(k, deltas[k - 1], pass.a(k - 1)));
            db.add(0, biasGradient(k, layer, deltas[k - 1]));
            g = upstream(k, layer, deltas[k - 1]);
            upstreams[k - 1] = g;
        }
        return new BackwardPass(dPda.clone(), List.of(deltas), List.of(upstreams), new Gradients(0.0, dW, db),
                "δ_P^(" + m + ") = J_g(z^(" + m + "))ᵀ · ∂P/∂a^(" + m + ")");
    }

    /** Forward then backward for one example under {@code method}. */
    public BackwardPass backward(Example example, Method method) {
        return backward(forward(example.x(), method), example.y(), method);
    }

    /**
     * The gradient of a batch under {@code method}: ∂J/∂θ = Σ_t ∂L_t/∂θ summed, or (1/n) Σ_t ∂L_t/∂θ averaged
     * (000, "Average of all training examples"), with the loss reduced the same way. With one example both are
     * that example's gradient. Nothing is updated.
     */
    public Gradients gradients(List<Example> batch, Method method) {
        if (batch == null || batch.isEmpty()) {
            throw new IllegalArgumentException("gradients: no examples");
        }
        return backpropagate(forward(batch, method), targets(batch, this), method, NO_UPDATE, NO_TRACE);
    }

    /**
     * J = L + λ‖ω‖² (003), L the loss of every example summed or averaged as the method reduces a batch; the
     * penalty is exactly 0 when λ = 0, however large the weights.
     *
     * @throws NonFiniteValueException if the loss, the penalty or their sum is not finite
     */
    public double cost(List<Example> data, Method method, double lambda) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("cost: no examples");
        }
        double sum = 0.0;
        for (Example e : data) {
            requireLength("loss: y", e.y(), outputSize());
            sum += method.loss().value(forward(e.x(), method).output(), e.y());
        }
        double loss = reduce(sum, data.size(), method.reduction());
        NonFiniteValueException.requireFinite(loss, "the loss over " + data.size() + " examples");
        double penalty = penalty(lambda);
        double cost = loss + penalty;
        if (!Double.isFinite(cost)) {
            throw new NonFiniteValueException("cost J = L + λ‖ω‖² is " + cost + " (L = " + loss + ", λ‖ω‖² = "
                    + penalty + ")");
        }
        return cost;
    }

    /**
     * 003's weight penalty λ‖ω‖², ω every entry of every weight matrix, the biases not penalised and no factor ½,
     * so that its gradient is 2λω; exactly 0 when λ = 0.
     *
     * @throws NonFiniteValueException if λ‖ω‖² overflows
     */
    public double penalty(double lambda) {
        if (lambda == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        for (DenseLayer layer : layers) {
            for (double w : layer.weights().data()) {
                sum += w * w;
            }
        }
        double penalty = lambda * sum;
        if (!Double.isFinite(penalty)) {
            throw new NonFiniteValueException("penalty λ‖ω‖² is " + penalty + " (λ = " + lambda + ", ‖ω‖² = " + sum + ")");
        }
        return penalty;
    }

    /** A layer's update, made as soon as its gradient is known (the layer-by-layer order). */
    @FunctionalInterface
    interface LayerUpdate {
        void update(int k, Matrix weightGradient, double[] biasGradient);
    }

    /** What a one-example backward pass keeps of each layer: δ^(k) and ∂L/∂a^(k−1) = W^(k)ᵀ δ^(k). */
    @FunctionalInterface
    interface Trace {
        void layer(int k, double[] delta, double[] upstream);
    }

    static final LayerUpdate NO_UPDATE = (k, dW, db) -> { };
    static final Trace NO_TRACE = (k, delta, upstream) -> { };

    /**
     * Algorithm 2 over a batch of examples t = 1…n: the δ recursion, written once.
     * <pre>
     *   g_t ← ∂L/∂ŷ_t
     *   for k = l…1:
     *     δ_t = J_g(z_t^(k))ᵀ g_t                                    for every example t
     *     ∂L/∂W^(k) = Σ_t δ_t a_t^(k−1)ᵀ,  ∂L/∂b^(k) = Σ_t δ_t        (× 1/n for the mean)
     *     the layer-by-layer order updates W^(k) and b^(k) here
     *     g_t ← W^(k)ᵀ δ_t
     * </pre>
     *
     * @param whenReady the update of layer k as soon as its gradient is reduced, before g is passed down
     *                  (so the layers below see the new W^(k)); {@link #NO_UPDATE} for a pass that changes nothing
     * @return the reduced gradients and loss: those the update used, where it changed a layer on the way down
     */
    Gradients backpropagate(List<ForwardPass> passes, List<double[]> targets, Method method, LayerUpdate whenReady,
                            Trace trace) {
        int n = passes.size();
        int l = layers.size();
        double[][] g = new double[n][];
        double lossSum = 0.0;
        for (int t = 0; t < n; t++) {
            lossSum += method.loss().value(passes.get(t).output(), targets.get(t));
            g[t] = method.loss().gradient(passes.get(t).output(), targets.get(t));
        }
        // each L_t is finite (Loss.value checks it); n of them can overflow
        String batch = "batch of " + n + " examples: ";
        double loss = NonFiniteValueException.requireFinite(reduce(lossSum, n, method.reduction()), batch + "the loss");
        Matrix[] dW = new Matrix[l];
        double[][] db = new double[l][];
        for (int k = l; k >= 1; k--) {
            DenseLayer layer = layer(k);
            double[][] delta = new double[n][];
            for (int t = 0; t < n; t++) {
                ForwardPass p = passes.get(t);
                delta[t] = delta(k, layer, p.z(k), p.a(k), g[t], method);
                // ∂L/∂W = δ·aᵀ and ∂L/∂b = δ, each example's term added to the batch's
                Matrix dWt = weightGradient(k, delta[t], p.a(k - 1));
                double[] dbt = biasGradient(k, layer, delta[t]);
                if (t == 0) {
                    dW[k - 1] = dWt;
                    db[k - 1] = dbt;
                } else {
                    addInto(dW[k - 1].data(), dWt.data());
                    addInto(db[k - 1], dbt);
                }
            }
            reduceBatch(batch + "layer " + k, dW[k - 1], db[k - 1], n, method.reduction());
            whenReady.update(k, dW[k - 1], db[k - 1]);
            for (int t = 0; t < n; t++) {
                // g ← W^(k)ᵀ δ, with W^(k) as it is now
                g[t] = upstream(k, layer, delta[t]);
                trace.layer(k, delta[t], g[t]);
            }
        }
        return new Gradients(loss, List.of(dW), List.of(db));
    }

    /**
     * δ^(k) = J_g(z^(k))ᵀ · ∂L/∂a^(k): g'(z_i)·∂L/∂a_i for an element-wise g, softmax's full Jacobian or, where the
     * method keeps only its diagonal, ŷ_i(1 − ŷ_i)·∂L/∂ŷ_i. Where the method rounds a_i of a σ or tanh layer, g' is
     * read off the rounded a, σ' = a(1 − a) and tanh' = 1 − a², as a hand computation reads it (004 prints
     * h13 = 0.89 and uses 0.89·0.11 = 0.0979, where σ'(z) at the exact z is 0.0972); where it rounds δ_i, the
     * rounded δ_i flows on. An overflow (softmax's only) is reported with the layer.
     */
    private static double[] delta(int k, DenseLayer layer, double[] z, double[] a, double[] upstream, Method method) {
        Activation g = layer.activation();
        double[] delta;
        try {
            delta = g == Activation.SOFTMAX && method.softmax() == SoftmaxBackward.DIAGONAL
                    ? diagonalSoftmax(a, upstream)
                    : g.backward(z, a, upstream, method.conventions());
        } catch (NonFiniteValueException e) {
            throw e.within("layer " + k);
        }
        IntermediateRounding rounding = method.rounding();
        for (int i = 0; i < delta.length; i++) {
            if ((g == Activation.SIGMOID || g == Activation.TANH)
                    && rounding.rounds(new Intermediate(Intermediate.Kind.A, k, i + 1))) {
                delta[i] = upstream[i] * (g == Activation.SIGMOID ? a[i] * (1 - a[i]) : 1 - a[i] * a[i]);
            }
            delta[i] = rounding.apply(new Intermediate(Intermediate.Kind.DELTA, k, i + 1), delta[i]);
        }
        return delta;
    }

    /** δ_i = ∂L/∂ŷ_i · ŷ_i(1 − ŷ_i): 004's single path from z_i to ŷ_i, the Jacobian's diagonal only. */
    private static double[] diagonalSoftmax(double[] a, double[] upstream) {
        double[] delta = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            delta[i] = upstream[i] * (a[i] * (1 - a[i]));
        }
        return delta;
    }

    /** ∂L/∂W^(k) = δ·aᵀ, each entry checked: {@code layer 1: ∂L/∂W[1,1] = δ·aᵀ is Infinity (δ[1] = …, a^(0)[1] = …)}. */
    private static Matrix weightGradient(int k, double[] delta, double[] below) {
        Matrix dW = Matrix.outer(delta, below);
        double[] d = dW.data();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                int row = i / below.length;
                int col = i % below.length;
                throw new NonFiniteValueException("layer " + k + ": ∂L/∂W[" + (row + 1) + "," + (col + 1) + "] = δ·aᵀ is "
                        + d[i] + " (δ[" + (row + 1) + "] = " + delta[row] + ", a^(" + (k - 1) + ")[" + (col + 1) + "] = "
                        + below[col] + ")");
            }
        }
        return dW;
    }

    /** ∂L/∂b^(k) = δ per neuron, or Σ_j δ_j for a shared bias (checked: the sum can overflow). */
    private static double[] biasGradient(int k, DenseLayer layer, double[] delta) {
        if (layer.biasLayout() == BiasLayout.PER_NEURON) {
            return delta.clone();
        }
        double sum = 0.0;
        for (double d : delta) {
            sum += d;
        }
        if (!Double.isFinite(sum)) {
            throw new NonFiniteValueException("layer " + k + ": ∂L/∂b = Σ_j δ_j of the shared bias is " + sum);
        }
        return new double[] {sum};
    }

    /** ∂L/∂a^(k−1) = W^(k)ᵀ δ^(k), each entry checked. */
    private static double[] upstream(int k, DenseLayer layer, double[] delta) {
        double[] g = layer.weights().transposeTimes(delta);
        requireFiniteResult("layer " + k + ": ∂L/∂a^(" + (k - 1) + ")", g);
        return g;
    }

    /**
     * The batch's sums Σ_t, kept as they are or × 1/n for the mean (× 1 is exact: one example's gradient is its
     * own), then checked: each term was finite, but n of them can overflow.
     */
    private static void reduceBatch(String where, Matrix dW, double[] db, int n, BatchReduction reduction) {
        if (reduction == BatchReduction.MEAN) {
            scale(dW.data(), 1.0 / n);
            scale(db, 1.0 / n);
        }
        requireFiniteEntries(where + ": ∂J/∂W", dW.data(), dW.cols());
        requireFiniteEntries(where + ": ∂J/∂b", db, 0);
    }

    private static double reduce(double sum, int n, BatchReduction reduction) {
        return reduction == BatchReduction.MEAN ? sum / n : sum;
    }

    private static void round(IntermediateRounding rounding, Intermediate.Kind kind, int k, double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = rounding.apply(new Intermediate(kind, k, i + 1), values[i]);
        }
    }

    /** Every example's forward pass under {@code method}. */
    List<ForwardPass> forward(List<Example> batch, Method method) {
        List<ForwardPass> passes = new ArrayList<>(batch.size());
        for (Example e : batch) {
            passes.add(forward(e.x(), method));
        }
        return passes;
    }

    /** Every example's target, its length checked against the network's output. */
    static List<double[]> targets(List<Example> batch, Network network) {
        List<double[]> targets = new ArrayList<>(batch.size());
        for (Example e : batch) {
            requireLength("backward: y", e.y(), network.outputSize());
            targets.add(e.y());
        }
        return targets;
    }

    private static void addInto(double[] target, double[] add) {
        for (int i = 0; i < target.length; i++) {
            target[i] += add[i];
        }
    }

    private static void scale(double[] target, double factor) {
        for (int i = 0; i < target.length; i++) {
            target[i] *= factor;
        }
    }

    /**
     * Each entry checked, and the first that is not finite named: {@code what[i,j]} for a matrix stored row by
     * row with {@code cols} entries a row, {@code what[i]} for a vector ({@code cols} = 0).
     */
    static void requireFiniteEntries(String what, double[] v, int cols) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                String entry = cols == 0 ? "[" + (i + 1) + "]" : "[" + (i / cols + 1) + "," + (i % cols + 1) + "]";
                throw new NonFiniteValueException(what + entry + " is " + v[i]);
            }
        }
    }

    static void requireLength(String what, double[] v, int n) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(what + " has " + (v == null ? "no" : v.length)
                    + " entries; the network needs " + n);
        }
    }

    static void requireFinite(String what, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(what + "[" + (i + 1) + "] is " + v[i]);
            }
        }
    }

    private static void requireFiniteResult(String what, double[] v) {
        requireFiniteEntries(what, v, 0);
    }
}
