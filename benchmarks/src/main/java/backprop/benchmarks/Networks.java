package backprop.benchmarks;

import backprop.core.function.Activation;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.examples.doc004.FourFourTwoNetwork;
import backprop.testing.SeededNetworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded networks and batches for the layer-wise benchmarks. */
final class Networks {
    private Networks() {
    }

    /** "784-256-10": sigmoid hidden layers, softmax output, weights ~ U(−1, 1)/√n_in, seed 6. */
    static Network network(String shape) {
        if (shape.equals("4-4-2")) {
            return FourFourTwoNetwork.network(0.5, 0.3);
        }
        String[] parts = shape.split("-");
        Random random = new Random(6);
        List<DenseLayer> layers = new ArrayList<>();
        for (int k = 1; k < parts.length; k++) {
            int in = Integer.parseInt(parts[k - 1]);
            int out = Integer.parseInt(parts[k]);
            double[][] w = SeededNetworks.matrix(random, out, in, 1 / Math.sqrt(in));
            double[] b = new double[out];
            Activation g = k == parts.length - 1 ? Activation.SOFTMAX : Activation.SIGMOID;
            layers.add(new DenseLayer(w, b, BiasLayout.PER_NEURON, g));
        }
        return new Network(layers);
    }

    /** {@code n} seeded examples with one-hot targets. */
    static List<Example> batch(Network network, int n) {
        Random random = new Random(7);
        List<Example> examples = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            double[] x = new double[network.inputSize()];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextDouble();
            }
            double[] y = new double[network.outputSize()];
            y[random.nextInt(y.length)] = 1;
            examples.add(new Example(x, y));
        }
        return examples;
    }

    /** Multiply-adds of one forward pass of one example: Σ_k n_in·n_out. */
    static long multiplyAdds(Network network) {
        long sum = 0;
        for (DenseLayer layer : network.layers()) {
            sum += (long) layer.inputSize() * layer.outputSize();
        }
        return sum;
    }

    static int parameters(Network network) {
        int sum = 0;
        for (DenseLayer layer : network.layers()) {
            sum += layer.weights().data().length + layer.bias().length;
        }
        return sum;
    }
}
