package backprop.verification.oracle;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Method;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;
import backprop.testing.SeededNetworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded random networks, each reproducible from its seed: depth 1–4, widths 1–6, every activation in
 * every layer, either bias layout per layer, every loss with a target valid for it (cross-entropies
 * get an output in (0, 1) from a sigmoid or softmax, and y in [0, 1]; categorical y sums to 1).
 * Drawn through {@link SeededNetworks}: weights uniform in ±1, biases in ±0.5, inputs in ±2; a draw with a ReLU argument closer than
 * 0.05 to 0 is redrawn from the same stream (kinks are tested on purpose in {@link KinkTest}), and so is
 * one whose binary cross-entropy would take ln 0 (a one-neuron softmax gives ŷ = 1 exactly).
 */
final class RandomNetworks {
    private static final double KINK_MARGIN = 0.05;

    /** A generated case: its ReLU'(0) is that of {@code conventions}. */
    record RandomNetwork(long seed, Network network, Example example, Loss loss, Conventions conventions) {
        /** The engine's method with this case's loss and conventions. */
        Method method() {
            return Method.standard(loss, conventions);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("random network, seed " + seed + ": " + network.inputSize());
            for (DenseLayer layer : network.layers()) {
                s.append(" → ").append(layer.outputSize()).append(' ').append(layer.activation().name().toLowerCase(Locale.ROOT))
                        .append(layer.biasLayout() == BiasLayout.SHARED_PER_LAYER ? " (shared b)" : "");
            }
            return s.append(", ").append(loss).append(", ReLU'(0) = ").append(conventions.reluAtZero().derivative())
                    .toString();
        }
    }

    private RandomNetworks() {
    }

    static RandomNetwork generate(long seed) {
        Random random = new Random(seed);
        for (int attempt = 0; ; attempt++) {
            RandomNetwork candidate = draw(seed, random);
            if (valid(candidate) || attempt == 1000) {
                return candidate;
            }
        }
    }

    private static RandomNetwork draw(long seed, Random random) {
        Loss loss = Loss.values()[random.nextInt(Loss.values().length)];
        int depth = 1 + random.nextInt(4);
        int inputs = 1 + random.nextInt(6);
        List<DenseLayer> layers = new ArrayList<>();
        int below = inputs;
        for (int k = 1; k <= depth; k++) {
            int width = 1 + random.nextInt(6);
            Activation g = k < depth ? any(random) : output(random, loss);
            BiasLayout layout = random.nextBoolean() ? BiasLayout.PER_NEURON : BiasLayout.SHARED_PER_LAYER;
            layers.add(SeededNetworks.layer(random, below, width, 1.0, 0.5, layout, g));
            below = width;
        }
        double[] x = SeededNetworks.vector(random, inputs, 2.0);
        Conventions conventions = random.nextBoolean() ? Conventions.DOCUMENTS : Conventions.LIBRARIES;
        return new RandomNetwork(seed, new Network(layers), new Example(x, target(random, loss, below)),
                loss, conventions);
    }

    private static Activation any(Random random) {
        return Activation.values()[random.nextInt(Activation.values().length)];
    }

    /** Any activation for a squared error; sigmoid or softmax (outputs in (0, 1)) for a cross-entropy. */
    private static Activation output(Random random, Loss loss) {
        return switch (loss) {
            case SUM_SQUARED_ERROR, HALF_SUM_SQUARED_ERROR, MEAN_SQUARED_ERROR -> any(random);
            case BINARY_CROSS_ENTROPY, CATEGORICAL_CROSS_ENTROPY ->
                    random.nextBoolean() ? Activation.SIGMOID : Activation.SOFTMAX;
        };
    }

    private static double[] target(Random random, Loss loss, int m) {
        double[] y = new double[m];
        switch (loss) {
            case SUM_SQUARED_ERROR, HALF_SUM_SQUARED_ERROR, MEAN_SQUARED_ERROR -> {
                for (int j = 0; j < m; j++) {
                    y[j] = SeededNetworks.uniform(random, 1.0);
                }
            }
            // y_j ∈ {0, 1} or in (0, 1): both terms of the binary cross-entropy, or one of them.
            case BINARY_CROSS_ENTROPY -> {
                for (int j = 0; j < m; j++) {
                    int kind = random.nextInt(3);
                    y[j] = kind == 2 ? random.nextDouble() : kind;
                }
            }
            // One-hot, or a distribution Σ y = 1.
            case CATEGORICAL_CROSS_ENTROPY -> {
                if (random.nextBoolean()) {
                    y[random.nextInt(m)] = 1.0;
                } else {
                    double sum = 0;
                    for (int j = 0; j < m; j++) {
                        y[j] = random.nextDouble();
                        sum += y[j];
                    }
                    for (int j = 0; j < m; j++) {
                        y[j] /= sum;
                    }
                }
            }
        }
        return y;
    }

    /** Every ReLU argument at least 0.05 from 0; for the binary cross-entropy, ŷ within [1e-6, 1 − 1e-6]. */
    private static boolean valid(RandomNetwork c) {
        ForwardPass pass = c.network().forward(c.example().x());
        if (c.loss() == Loss.BINARY_CROSS_ENTROPY) {
            for (double a : pass.output()) {
                if (a < 1e-6 || a > 1 - 1e-6) {
                    return false;
                }
            }
        }
        for (int k = 1; k <= c.network().depth(); k++) {
            if (c.network().layer(k).activation() == Activation.RELU) {
                for (double z : pass.z(k)) {
                    if (Math.abs(z) < KINK_MARGIN) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
