package backprop.core.network;

import backprop.core.NonFiniteValueException;
import backprop.core.graph.Conventions;

import java.util.ArrayList;
import java.util.List;

/**
 * A fully connected feed-forward network of any depth, evaluated layer by layer: 003's Algorithm 1
 * forward and Algorithm 2 backward, which is the δ recursion of 001 and 002.
 *
 * <p>The layers are live: {@link GradientDescent} changes their weights in place.
 */
public final class Network {
    private final List<DenseLayer> layers;
    private final Conventions conventions;

    public Network(List<DenseLayer> layers, Conventions conventions) {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("Network: a network needs at least one layer");
        }
        if (conventions == null) {
            throw new IllegalArgumentException("Network: conventions must be given");
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
        this.conventions = conventions;
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

    public Conventions conventions() {
        return conventions;
    }

    /** A deep copy: same shapes, conventions and values, independent parameters. */
    public Network copy() {
        List<DenseLayer> copies = new ArrayList<>();
        for (DenseLayer layer : layers) {
            copies.add(layer.copy());
        }
        return new Network(copies, conventions);
    }

    /**
     * Algorithm 1: h^0 = x; for k = 1…l: z^(k) = W^(k) h^(k−1) + b^(k), h^(k) = g(z^(k)); ŷ = h^(l).
     *
     * @throws IllegalArgumentException if x has the wrong length or is not finite
     * @throws NonFiniteValueException  if a value overflows, naming the layer and neuron
     */
    public ForwardPass forward(double[] x) {
        requireLength("forward: x", x, inputSize());
        requireFinite("forward: x", x);
        List<double[]> zs = new ArrayList<>();
        List<double[]> as = new ArrayList<>();
        double[] a = x;
        for (int k = 1; k <= layers.size(); k++) {
            DenseLayer layer = layer(k);
            double[] z = layer.preActivation(a);
            requireFiniteResult("forward: z^(" + k + ")", z);
            // a finite z gives a finite a for every activation (Activation), so a needs no check of its own
            a = layer.activation().forward(z);
            zs.add(z);
            as.add(a);
        }
        return new ForwardPass(x.clone(), zs, as);
    }

    /** L(ŷ, y) for one example. */
    public double loss(double[] x, double[] y, Loss loss) {
        double[] output = forward(x).output();
        requireLength("loss: y", y, outputSize());
        return loss.value(output, y);
    }

    /**
     * Algorithm 2 for one example:
     * g ← ∇_ŷ L; for k = l…1: δ^(k) = J_g(z^(k))ᵀ g; ∂L/∂b^(k) = δ^(k); ∂L/∂W^(k) = δ^(k) h^(k−1)ᵀ;
     * g ← W^(k)ᵀ δ^(k).
     */
    public BackwardPass backward(ForwardPass pass, double[] y, Loss loss) {
        requireLength("backward: y", y, outputSize());
        if (pass.layers() != layers.size()) {
            throw new IllegalArgumentException("backward: the forward pass has " + pass.layers()
                    + " layers, the network " + layers.size());
        }
        double lossValue = loss.value(pass.output(), y);
        double[] g = loss.gradient(pass.output(), y);
        double[] lossGradient = g.clone();
        int l = layers.size();
        double[][] deltas = new double[l][];
        double[][] upstreams = new double[l][];
        Matrix[] dW = new Matrix[l];
        double[][] db = new double[l][];
        for (int k = l; k >= 1; k--) {
            DenseLayer layer = layer(k);
            double[] delta = delta(k, layer, pass.z(k), pass.a(k), g, conventions);
            deltas[k - 1] = delta;
            dW[k - 1] = weightGradient(k, delta, pass.a(k - 1));
            db[k - 1] = biasGradient(k, layer, delta);
            g = upstream(k, layer, delta);
            upstreams[k - 1] = g;
        }
        Gradients gradients = new Gradients(lossValue, List.of(dW), List.of(db));
        return new BackwardPass(lossGradient, List.of(deltas), List.of(upstreams), gradients,
                "δ^(l) = J_g(z^(l))ᵀ · ∂L/∂ŷ");
    }

    /** Forward then backward for one example. */
    public BackwardPass backward(Example example, Loss loss) {
        return backward(forward(example.x()), example.y(), loss);
    }

    /**
     * The gradient of the mean loss over n examples: ∂C/∂w = (1/n) Σ_k ∂C_k/∂w (000, "Average of all
     * training examples"). With one example it is that example's gradient.
     */
    public Gradients averageGradients(List<Example> examples, Loss loss) {
        if (examples == null || examples.isEmpty()) {
            throw new IllegalArgumentException("averageGradients: no examples");
        }
        int l = layers.size();
        Matrix[] sumW = new Matrix[l];
        double[][] sumB = new double[l][];
        double sumLoss = 0.0;
        for (Example e : examples) {
            Gradients g = backward(e, loss).gradients();
            sumLoss += g.loss();
            for (int k = 0; k < l; k++) {
                if (sumW[k] == null) {
                    sumW[k] = g.weights().get(k).copy();
                    sumB[k] = g.biases().get(k).clone();
                } else {
                    addInto(sumW[k].data(), g.weights().get(k).data());
                    addInto(sumB[k], g.biases().get(k));
                }
            }
        }
        double n = examples.size();
        String over = "averageGradients over " + examples.size() + " examples: ";
        for (int k = 0; k < l; k++) {
            scale(sumW[k].data(), 1.0 / n);
            scale(sumB[k], 1.0 / n);
            requireFiniteEntries(over + "layer " + (k + 1) + ": ∂C/∂W", sumW[k].data(), sumW[k].cols());
            requireFiniteEntries(over + "layer " + (k + 1) + ": ∂C/∂b", sumB[k], 0);
        }
        return new Gradients(NonFiniteValueException.requireFinite(sumLoss / n, over + "the mean loss C"),
                List.of(sumW), List.of(sumB));
    }

    /** The mean loss over the examples. */
    public double meanLoss(List<Example> examples, Loss loss) {
        double sum = 0.0;
        for (Example e : examples) {
            sum += loss(e.x(), e.y(), loss);
        }
        return NonFiniteValueException.requireFinite(sum / examples.size(),
                "the mean loss over " + examples.size() + " examples");
    }

    /** δ^(k) = J_g(z^(k))ᵀ · ∂L/∂a^(k); an overflow (softmax's only) is reported with the layer. */
    static double[] delta(int k, DenseLayer layer, double[] z, double[] a, double[] upstream, Conventions conventions) {
        try {
            return layer.activation().backward(z, a, upstream, conventions);
        } catch (NonFiniteValueException e) {
            throw e.within("layer " + k);
        }
    }

    /** ∂L/∂W^(k) = δ·aᵀ, each entry checked: {@code layer 1: ∂L/∂W[1,1] = δ·aᵀ is Infinity (δ[1] = …, a^(0)[1] = …)}. */
    static Matrix weightGradient(int k, double[] delta, double[] below) {
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
    static double[] biasGradient(int k, DenseLayer layer, double[] delta) {
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
    static double[] upstream(int k, DenseLayer layer, double[] delta) {
        double[] g = layer.weights().transposeTimes(delta);
        requireFiniteResult("layer " + k + ": ∂L/∂a^(" + (k - 1) + ")", g);
        return g;
    }

    private static void addInto(double[] target, double[] add) {
        for (int i = 0; i < target.length; i++) {
            target[i] += add[i];
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

    private static void scale(double[] target, double factor) {
        for (int i = 0; i < target.length; i++) {
            target[i] *= factor;
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
