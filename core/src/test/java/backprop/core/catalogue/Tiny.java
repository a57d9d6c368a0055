package backprop.core.catalogue;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;

import java.util.List;

/** The tiny networks of the catalogue's tests, each small enough to compute by hand. */
final class Tiny {
    /** The stated method of every tiny network: the engine's, with 000's Σ(ŷ − y)². */
    static final Method STATED = Method.documents(Loss.SUM_SQUARED_ERROR);

    private Tiny() {
    }

    /** A 1-1-1 network: w1, b1 into a hidden neuron with g1, then w2, b2 into an identity output. */
    static Network oneOneOne(double w1, double b1, Activation g1, double w2, double b2) {
        return new Network(List.of(
                new DenseLayer(new double[][] {{w1}}, new double[] {b1}, BiasLayout.PER_NEURON, g1),
                new DenseLayer(new double[][] {{w2}}, new double[] {b2}, BiasLayout.PER_NEURON, Activation.IDENTITY)));
    }

    /**
     * The linear 1-1-1 network w1 = 0.5, b1 = 0.25, w2 = 2, b2 = 0.5 on x = 1, y = 1, rate 0.1. By hand:
     * z1 = a1 = 0.5·1 + 0.25 = 0.75; ŷ = 2·0.75 + 0.5 = 2; L = (2 − 1)² = 1; ∂L/∂ŷ = 2(2 − 1) = 2 = δ2;
     * ∂L/∂w2 = δ2·a1 = 1.5, ∂L/∂b2 = 2; δ1 = w2·δ2 = 4, ∂L/∂w1 = 4·1 = 4, ∂L/∂b1 = 4.
     * The simultaneous update: w2 = 2 − 0.15 = 1.85, b2 = 0.5 − 0.2 = 0.3, w1 = 0.5 − 0.4 = 0.1, b1 = 0.25 − 0.4 = −0.15.
     */
    static Network linear() {
        return oneOneOne(0.5, 0.25, Activation.IDENTITY, 2.0, 0.5);
    }

    static final List<Example> ONE = List.of(new Example(new double[] {1.0}, new double[] {1.0}));

    /** {@link #linear()} trained with rate 0.1, per example, for {@code epochs} epochs, under {@code method}. */
    static MethodRun linearRun(Method method, int epochs) {
        return MethodRun.of(linear(), ONE, Schedule.plain(0.1, epochs), method);
    }

    /** Every variation of {@link #STATED} for a trained network: order, frozen biases, loss constant, bias, epochs. */
    static List<Variation> trainedVariations(Network net, IntermediateRounding printed) {
        return MethodCatalogue.variations(STATED, Applicability.network(net, true, false), printed);
    }
}
