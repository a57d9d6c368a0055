package backprop.testing;

import backprop.core.function.Activation;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Network;

import java.util.List;

/**
 * Networks built so that one chosen quantity of a pass overflows while everything computed before it stays
 * finite: the fixtures of the engine's non-finite checks (core's NonFiniteValuesTest) and of the benchmarks'
 * matrix-product batch, which must name the same overflows.
 */
public final class ExtremeNetworks {
    private ExtremeNetworks() {
    }

    /** 2^1023, the largest power of two a double holds; twice it is +∞. */
    public static final double HUGE = Math.scalb(1.0, 1023);
    /** 2^−1000, so that HUGE · TINY = 2^23 exactly. */
    public static final double TINY = Math.scalb(1.0, -1000);

    public static DenseLayer layer(double[][] w, double[] b, Activation g) {
        return new DenseLayer(w, b, BiasLayout.PER_NEURON, g);
    }

    public static Network network(DenseLayer... layers) {
        return new Network(List.of(layers));
    }

    /**
     * x → 1 identity neuron (W = 1) → 1 identity neuron (W = 2^1023): a^(1) = 2^−1000, ŷ = 2^23. With
     * y = 2^23 − ½, SSE gives δ^(2) = 2(ŷ − y) = 1 and δ^(1) = W^(2)·1 = 2^1023, finite; with y = 2^23 − 1,
     * δ^(2) = 2 and W^(2)ᵀδ^(2) = 2^1024 overflows.
     */
    public static Network powersOfTwo() {
        return network(layer(new double[][] {{1}}, new double[] {0}, Activation.IDENTITY),
                layer(new double[][] {{HUGE}}, new double[] {0}, Activation.IDENTITY));
    }

    public static final double[] POWERS_X = {TINY};
    public static final double TWO_TO_23 = Math.scalb(1.0, 23);

    /**
     * x → 4 softmax neurons (z = 0, so a = ¼ each, exactly) → 1 identity neuron with W = [M, M, M, −M], M the
     * largest double, and a bias that cancels W·a exactly, so ŷ = 0; y = −½ gives δ^(2) = 1, ∂L/∂a^(1) = Wᵀ
     * finite, and softmax's δ_4 = a_4(−M − Σ a_i W_i) = ¼(−M − M/2) overflows to −∞.
     */
    public static Network softmaxUnderHugeUpstream() {
        double m = Double.MAX_VALUE;
        double q = 0.25 * m;
        double wa = ((q + q) + q) - q; // W·a in the order Matrix.times adds it
        return network(layer(new double[4][1], new double[4], Activation.SOFTMAX),
                layer(new double[][] {{m, m, m, -m}}, new double[] {-wa}, Activation.IDENTITY));
    }
}
