package backprop.benchmarks.batch;

import backprop.core.NonFiniteValueException;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Matrix;
import backprop.core.network.Network;

import java.util.List;

/**
 * Algorithms 1 and 2 of 003 over a batch of examples at once, as matrix products, with every buffer
 * allocated once and reused by every call: the batched matrix-product form, measured against the engine in the
 * benchmarks and kept out of the product, where it does not pay (README, "Speed"). {@link Network#forward} and
 * {@link Network#backward} are the engine, the one-example form that the
 * answer key prints; this class computes the same numbers (the tests compare them).
 *
 * <p>A batch of e = 1…m examples is stored one example per row: A^(k) is m × n_k, row e being a^(k) of
 * example e. Then, with W^(k) n_k × n_(k−1) as everywhere else:
 * <pre>
 *   forward   Z^(k) = A^(k−1)·W^(k)ᵀ + 1·b^(k)ᵀ,   A^(k) = g(Z^(k)) row by row
 *   backward  G^(l) = ∂L/∂A^(l) row by row;  for k = l…1:
 *             Δ^(k) = J_g(Z^(k))ᵀ G^(k) row by row          (δ of every example)
 *             ∂C/∂W^(k) = (1/m) Δ^(k)ᵀ·A^(k−1)               (the average of δ·aᵀ over the batch)
 *             ∂C/∂b^(k) = (1/m) Σ_e Δ^(k)_e                   (summed over the layer too when its bias is shared)
 *             G^(k−1) = Δ^(k)·W^(k)                           (Wᵀδ for every example; not formed for k = 1)
 * </pre>
 * where C is the mean loss over the batch (000, "Average of all training examples"). ∂L/∂x is not
 * formed: no parameter needs it ({@link Network#backward} gives it for one example).
 *
 * <p>The parameters are read from the network's live layers at every call, so updates in between are
 * seen. Not thread-safe: one workspace per thread.
 */
public final class BatchWorkspace {
    private final Network network;
    private final Conventions conventions;
    private final int capacity;
    private final Gemm gemm;
    private final int[] width;        // n_0 … n_l
    private final double[][] a;       // A^(0) … A^(l), each capacity × n_k
    private final double[][] z;       // Z^(1) … Z^(l) at index 1 … l
    private final double[][] upstream; // G^(1) … G^(l) at index 1 … l
    private final double[][] delta;   // Δ^(1) … Δ^(l) at index 1 … l
    private final double[] targets;   // Y, capacity × n_l
    private final Matrix[] weightGradients;
    private final double[][] biasGradients;
    private int rows;

    /** A workspace for batches of up to {@code capacity} examples, with the {@link Gemm#selected()} product. */
    public BatchWorkspace(Network network, Conventions conventions, int capacity) {
        this(network, conventions, capacity, Gemm.selected());
    }

    /** A workspace whose backward pass takes ReLU'(0) from {@code conventions}. */
    public BatchWorkspace(Network network, Conventions conventions, int capacity, Gemm gemm) {
        if (network == null || conventions == null || gemm == null) {
            throw new IllegalArgumentException("BatchWorkspace: a network, conventions and a matrix product must be"
                    + " given");
        }
        if (capacity <= 0) {
            throw new IllegalArgumentException("BatchWorkspace: capacity " + capacity + " must be at least 1");
        }
        this.network = network;
        this.conventions = conventions;
        this.capacity = capacity;
        this.gemm = gemm;
        int l = network.depth();
        width = new int[l + 1];
        width[0] = network.inputSize();
        for (int k = 1; k <= l; k++) {
            width[k] = network.layer(k).outputSize();
        }
        for (int k = 0; k <= l; k++) {
            if ((long) capacity * width[k] > Matrix.MAX_ENTRIES) {
                throw new IllegalArgumentException("BatchWorkspace: capacity " + capacity + " × " + width[k]
                        + " neurons of layer " + k + " is " + (long) capacity * width[k]
                        + " entries; one buffer holds at most " + Matrix.MAX_ENTRIES);
            }
        }
        a = new double[l + 1][];
        z = new double[l + 1][];
        upstream = new double[l + 1][];
        delta = new double[l + 1][];
        weightGradients = new Matrix[l];
        biasGradients = new double[l][];
        for (int k = 0; k <= l; k++) {
            a[k] = new double[capacity * width[k]];
            if (k > 0) {
                z[k] = new double[capacity * width[k]];
                upstream[k] = new double[capacity * width[k]];
                delta[k] = new double[capacity * width[k]];
                weightGradients[k - 1] = Matrix.zeros(width[k], width[k - 1]);
                biasGradients[k - 1] = new double[network.layer(k).bias().length];
            }
        }
        targets = new double[capacity * width[l]];
    }

    /** The matrix product in use. */
    public Gemm gemm() {
        return gemm;
    }

    /**
     * Algorithm 1 for every example of the batch: fills A^(0) … A^(l). Read the outputs with
     * {@link #output}.
     *
     * @throws IllegalArgumentException if the batch is empty, larger than the capacity, or an input has
     *                                  the wrong length or is not finite
     * @throws NonFiniteValueException  if a value overflows, naming the layer, example and neuron
     */
    public void forward(List<Example> batch) {
        load(batch, false);
        propagate();
    }

    private void propagate() {
        int l = network.depth();
        for (int k = 1; k <= l; k++) {
            DenseLayer layer = network.layer(k);
            int n = width[k];
            // Z^(k) = 1·b^(k)ᵀ, then Z^(k) += A^(k−1)·W^(k)ᵀ
            for (int e = 0; e < rows; e++) {
                for (int j = 0; j < n; j++) {
                    z[k][e * n + j] = layer.biasOf(j);
                }
            }
            gemm.multiply(false, true, rows, n, width[k - 1], 1.0, a[k - 1], layer.weights().data(), 1.0, z[k]);
            requireFinite("z", k, z[k], n);
            // A^(k) = g(Z^(k)), example by example (softmax mixes the neurons of one example)
            // (a finite z gives a finite a for every activation: a needs no check of its own)
            for (int e = 0; e < rows; e++) {
                layer.activation().forward(z[k], a[k], e * n, n);
            }
        }
    }

    /**
     * Algorithms 1 and 2 for the batch: the mean loss C = (1/m) Σ_e L(ŷ_e, y_e), and ∂C/∂W^(k), ∂C/∂b^(k)
     * for every layer, in the buffers {@link #weightGradient} and {@link #biasGradient} return.
     *
     * @return C, the mean loss over the batch
     */
    public double forwardBackward(List<Example> batch, Loss loss) {
        if (loss == null) {
            throw new IllegalArgumentException("BatchWorkspace.forwardBackward: no loss given");
        }
        load(batch, true);
        propagate();
        int l = network.depth();
        int out = width[l];
        // C = (1/m) Σ_e L(ŷ_e, y_e);  G^(l) = ∂L/∂ŷ, example by example
        double sum = 0.0;
        for (int e = 0; e < rows; e++) {
            sum += lossOfExample(loss, e, out);
        }
        double meanLoss = NonFiniteValueException.requireFinite(sum / rows, "BatchWorkspace: the mean loss");
        for (int k = l; k >= 1; k--) {
            DenseLayer layer = network.layer(k);
            int n = width[k];
            // Δ^(k) = J_g(Z^(k))ᵀ G^(k), example by example
            for (int e = 0; e < rows; e++) {
                try {
                    layer.activation().backward(z[k], a[k], upstream[k], delta[k], e * n, n, conventions);
                } catch (NonFiniteValueException overflow) {
                    throw overflow.within("BatchWorkspace: layer " + k + ", example " + (e + 1));
                }
            }
            // ∂C/∂W^(k) = (1/m) Δ^(k)ᵀ·A^(k−1); for one example the outer product δ·aᵀ (003), written in
            // one pass: a product with k = 1 would clear C and then add to it, twice the memory traffic.
            if (rows == 1) {
                outer(delta[k], a[k - 1], n, width[k - 1], weightGradients[k - 1].data());
            } else {
                gemm.multiply(true, false, n, width[k - 1], rows, 1.0 / rows, delta[k], a[k - 1], 0.0,
                        weightGradients[k - 1].data());
            }
            requireFiniteWeightGradient(k);
            // ∂C/∂b^(k) = (1/m) Σ_e δ_e (and Σ_j too for a shared bias)
            biasGradient(layer.biasLayout(), delta[k], n, biasGradients[k - 1]);
            requireFiniteBiasGradient(k);
            // G^(k−1) = Δ^(k)·W^(k)
            if (k > 1) {
                gemm.multiply(false, false, rows, width[k - 1], n, 1.0, delta[k], layer.weights().data(), 0.0,
                        upstream[k - 1]);
                requireFinite("∂L/∂a", k - 1, upstream[k - 1], width[k - 1]);
            }
        }
        return meanLoss;
    }

    /** L of example e (0-based), and ∂L/∂ŷ into G^(l); the loss's own errors name the example too. */
    private double lossOfExample(Loss loss, int e, int out) {
        int l = width.length - 1;
        try {
            double value = loss.value(a[l], targets, e * out, out);
            loss.gradient(a[l], targets, upstream[l], e * out, out);
            return value;
        } catch (NonFiniteValueException overflow) {
            throw overflow.within("BatchWorkspace: example " + (e + 1));
        } catch (IllegalArgumentException outsideDomain) {
            throw new IllegalArgumentException("BatchWorkspace: example " + (e + 1) + ": " + outsideDomain.getMessage(),
                    outsideDomain);
        }
    }

    /** ∂C/∂W^(k), checked entry by entry once it is complete. */
    private void requireFiniteWeightGradient(int k) {
        double[] dW = weightGradients[k - 1].data();
        int cols = width[k - 1];
        for (int i = 0; i < dW.length; i++) {
            if (!Double.isFinite(dW[i])) {
                throw new NonFiniteValueException("BatchWorkspace: layer " + k + ": ∂C/∂W[" + (i / cols + 1) + ","
                        + (i % cols + 1) + "] = (1/m) Σ_e δ_e·a_eᵀ over m = " + rows + " example(s) is " + dW[i]);
            }
        }
    }

    /** ∂C/∂b^(k), checked entry by entry: the sum over the batch (and the layer) can overflow. */
    private void requireFiniteBiasGradient(int k) {
        double[] db = biasGradients[k - 1];
        for (int i = 0; i < db.length; i++) {
            if (!Double.isFinite(db[i])) {
                throw new NonFiniteValueException("BatchWorkspace: layer " + k + ": ∂C/∂b[" + (i + 1)
                        + "] = (1/m) Σ_e δ_e over m = " + rows + " example(s) is " + db[i]);
            }
        }
    }

    /** ŷ_j of example e (0-based) of the last batch. */
    public double output(int example, int j) {
        if (example < 0 || example >= rows || j < 0 || j >= width[width.length - 1]) {
            throw new IndexOutOfBoundsException("BatchWorkspace: the last batch has " + rows + " examples of "
                    + width[width.length - 1] + " outputs; no output (" + example + ", " + j + ")");
        }
        return a[width.length - 1][example * width[width.length - 1] + j];
    }

    /** ∂C/∂W^(k), k = 1…l, of the last {@link #forwardBackward}: a live buffer, overwritten by the next call. */
    public Matrix weightGradient(int k) {
        return weightGradients[k - 1];
    }

    /** ∂C/∂b^(k), k = 1…l, of the last {@link #forwardBackward}: a live buffer, overwritten by the next call. */
    public double[] biasGradient(int k) {
        return biasGradients[k - 1];
    }

    /**
     * c_ij = d_i·h_j: ∂L/∂W = δ·hᵀ for one example. One thread: splitting the rows across the two cores
     * was tried and measured no faster in JMH (784-1024-1024-10, batch 1: 1.46–1.56 ms split, 1.34–1.53 ms
     * not), the second core being taken by OpenBLAS's threads spinning after the forward pass.
     */
    private static void outer(double[] d, double[] h, int rows, int cols, double[] c) {
        for (int i = 0; i < rows; i++) {
            double di = d[i];
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                c[row + j] = di * h[j];
            }
        }
    }

    private void biasGradient(BiasLayout layout, double[] d, int n, double[] into) {
        java.util.Arrays.fill(into, 0.0);
        for (int e = 0; e < rows; e++) {
            for (int j = 0; j < n; j++) {
                into[layout == BiasLayout.PER_NEURON ? j : 0] += d[e * n + j];
            }
        }
        for (int i = 0; i < into.length; i++) {
            into[i] /= rows;
        }
    }

    /** Copies the inputs (and the targets) of the batch into A^(0) (and Y), checking every one. */
    private void load(List<Example> batch, boolean withTargets) {
        if (batch == null || batch.isEmpty() || batch.size() > capacity) {
            throw new IllegalArgumentException("BatchWorkspace: a batch needs 1 to " + capacity + " examples; got "
                    + (batch == null ? "none" : batch.size()));
        }
        rows = batch.size();
        int in = width[0];
        int out = width[width.length - 1];
        for (int e = 0; e < rows; e++) {
            Example example = batch.get(e);
            copyChecked(example.x(), a[0], e, in, "x");
            if (withTargets) {
                copyChecked(example.y(), targets, e, out, "y");
            }
        }
    }

    private static void copyChecked(double[] from, double[] into, int e, int n, String what) {
        if (from.length != n) {
            throw new IllegalArgumentException("BatchWorkspace: " + what + " of example " + (e + 1) + " has "
                    + from.length + " entries; the network needs " + n);
        }
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(from[j])) {
                throw new IllegalArgumentException("BatchWorkspace: " + what + "[" + (j + 1) + "] of example "
                        + (e + 1) + " is " + from[j]);
            }
        }
        System.arraycopy(from, 0, into, e * n, n);
    }

    /** Scans a buffer; builds a message only on failure, so the steady state allocates nothing. */
    private void requireFinite(String what, int k, double[] values, int n) {
        for (int i = 0; i < rows * n; i++) {
            if (!Double.isFinite(values[i])) {
                NonFiniteValueException.requireFinite(values[i], "BatchWorkspace: " + what + "^(" + k + ") of example "
                        + (i / n + 1) + ", neuron " + (i % n + 1));
            }
        }
    }
}
