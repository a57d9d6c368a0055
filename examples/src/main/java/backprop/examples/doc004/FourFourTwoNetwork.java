package backprop.examples.doc004;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.format.Precision;

import java.util.List;

/**
 * The network of 004's "Partial Derivatives with respect to a" and "Multiple Paths": 4 inputs, 4 sigmoid
 * hidden neurons, 2 softmax outputs, squared-error loss, learning rate η = 1, one bias node per layer.
 * The one source of its weights: the benchmarks module builds 004's network through {@link #network}.
 */
public final class FourFourTwoNetwork {
    /** W1, printed in the text (item 2.b). */
    static final double[][] W1 = {
            {0.1, 0.3, 0.8, -0.4},
            {-0.3, -0.2, 0.5, 0.5},
            {-0.3, 0.0, 0.5, 0.4},
            {0.2, 0.5, -0.9, 0.7}};
    /** W2, item 2.c, blank in the text; recovered from the original instructor notes (facts.md). */
    static final double[][] W2 = {
            {0.5, 0.8, 0.2, 0.4},
            {0.5, 0.2, 0.3, -0.5}};
    static final double[] X = {2, 5, 3, 3};
    static final double[] Y = {1, 0};
    static final double LEARNING_RATE = 1.0;
    /** 004's stated method: L = Σ(ŷ − y)², the softmax's full Jacobian, one simultaneous update. */
    static final Method METHOD = Method.documents(Loss.SUM_SQUARED_ERROR);
    /** b = [0.5 0.3], item 2.a: b1 into every hidden neuron, b2 into both outputs. */
    static final double B1 = 0.5;
    static final double B2 = 0.3;

    private FourFourTwoNetwork() {
    }

    /** The network with shared biases b1 (hidden layer) and b2 (output layer). */
    public static Network network(double b1, double b2) {
        return new Network(List.of(
                new DenseLayer(W1, new double[] {b1}, BiasLayout.SHARED_PER_LAYER, Activation.SIGMOID),
                new DenseLayer(W2, new double[] {b2}, BiasLayout.SHARED_PER_LAYER, Activation.SOFTMAX)));
    }

    /** w·x = Σ_j w_j x_j, summed from j = 1 upwards as a reader evaluates a printed row times a column. */
    static double dot(double[] w, double[] x) {
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            sum += w[j] * x[j];
        }
        return sum;
    }

    static Example example() {
        return new Example(X, Y);
    }

    static List<Input> inputs(double b1, double b2) {
        return List.of(
                new Input("b", Precision.vector(b1, b2), Provenance.STATED, "item 2.a; one bias node per layer (facts.md: the figure"
                        + " draws b1 into all four hidden neurons, b2 into both outputs)"),
                new Input("W1", Precision.matrix(W1),
                        Provenance.STATED, "item 2.b"),
                new Input("W2", Precision.matrix(W2), Provenance.RECOVERED,
                        "item 2.c is blank in the text; recovered from the original instructor notes"),
                new Input("x", Precision.vector(X), Provenance.STATED, "item 2.d"),
                new Input("y", Precision.vector(Y), Provenance.STATED, "item 2.d, \"true distribution\""),
                new Input("η", Precision.shortest(LEARNING_RATE), Provenance.STATED, "the update w = w − (1)·∂L/∂w"));
    }
}
