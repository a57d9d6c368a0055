package backprop.examples.doc002;

import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;
import backprop.examples.Document;
import backprop.examples.DocumentScenario;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;
import backprop.examples.work.TrainingRun;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import static backprop.examples.doc002.ErrorRecursion.biasGradient;
import static backprop.examples.doc002.ErrorRecursion.hiddenWeightGradient;
import static backprop.examples.doc002.ErrorRecursion.outputError;
import static backprop.examples.doc002.ErrorRecursion.outputWeightGradient;
import static backprop.examples.doc002.ErrorRecursion.weightedErrors;

/**
 * 002, "Backpropagation" (after "Gradients in Feedforward Neural Networks"): the error of an output
 * neuron, then, layer by layer down, every hidden weight and bias by
 *
 * <pre>
 * δ_ℓ^[𝓛] = ∂L/∂z_ℓ^[𝓛] = ∂L/∂a_ℓ^[𝓛] · ∂a_ℓ^[𝓛]/∂z_ℓ^[𝓛]
 * ∂L/∂W_jk^[i] = (Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1]) g'(z_k^[i]) a_j^[i−1]
 * ∂L/∂b_k^[i]  = (Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1]) g'(z_k^[i])
 * </pre>
 *
 * and the same gradients by {@code Network.backward}. W_jk^[i] goes from neuron j of layer i−1 to neuron k
 * of layer i: the transpose of 001's w_jk, which goes to j from k. The slides write a lower-case w_kℓ^[i+1]
 * on two steps and an upper-case W_kℓ^[i+1] elsewhere; it is the same weight. The document's formula and
 * core's engine form the same products: the tests hold them to 1e-14 relative, room for the products to be
 * associated or summed in another order.
 */
public final class HiddenNeuronGradients extends DocumentScenario {
    static final String SECTION = "Backpropagation";
    static final String PREFIX = "002.delta-recursion.";

    public HiddenNeuronGradients() {
        super(new ScenarioHeader("002.delta-recursion", Document.D002,
                "∂L/∂W_jk^[i] and ∂L/∂b_k^[i] for every hidden neuron from the errors δ_ℓ^[i+1]",
                SECTION,
                "\\frac{\\partial L}{\\partial W_{jk}^{[i]}} = \\left(\\sum_\\ell \\delta_\\ell^{[i+1]}"
                + " W_{k\\ell}^{[i+1]}\\right) g'(z_k^{[i]}) a_j^{[i-1]}"));
    }

    @Override
    public List<Input> inputs() {
        String seeded = "002 prints no weights; drawn from java.util.Random(2022), each entry"
                + " round(2·nextDouble() − 1, 1), W[1], W[2], W[3] in 002's orientation (row j from, column k to),"
                + " row by row, then b[1], b[2], b[3]";
        double[][][] w = FeedforwardNetwork.W;
        double[][] b = FeedforwardNetwork.B;
        return List.of(
                new Input("W[1]", Precision.matrix(w[0]), Provenance.CHOSEN, seeded),
                new Input("W[2]", Precision.matrix(w[1]), Provenance.CHOSEN, seeded),
                new Input("W[3]", Precision.matrix(w[2]), Provenance.CHOSEN, seeded),
                new Input("b[1]", Precision.vector(b[0]), Provenance.CHOSEN, seeded),
                new Input("b[2]", Precision.vector(b[1]), Provenance.CHOSEN, seeded),
                new Input("b[3]", Precision.vector(b[2]), Provenance.CHOSEN, seeded),
                new Input("a[0] = x", Precision.vector(FeedforwardNetwork.X), Provenance.CHOSEN,
                        "002 prints no input"),
                new Input("y", Precision.vector(FeedforwardNetwork.Y), Provenance.CHOSEN, "002 prints no target"),
                new Input("g", "logistic in every layer", Provenance.STATED, "\"For the logistic function:"
                        + " g'(z_k^[i]) = a_k^[i](1 − a_k^[i])\"; also chosen for the output layer"),
                new Input("L", "Σ_ℓ (a_ℓ[3] − y_ℓ)²", Provenance.CHOSEN, "002 leaves L open; without ½"));
    }

    /** 002 prints no number: its content is the derivation. */
    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        Network network = FeedforwardNetwork.network();
        ForwardPass f = network.forward(FeedforwardNetwork.X);
        BackwardPass backward = network.backward(f, FeedforwardNetwork.Y, Method.documents(Loss.SUM_SQUARED_ERROR));
        int top = FeedforwardNetwork.SIZES.length - 1;
        // δ_ℓ^[𝓛] = ∂L/∂a_ℓ^[𝓛] · ∂a_ℓ^[𝓛]/∂z_ℓ^[𝓛];  ∂L/∂W_kℓ^[𝓛] = δ_ℓ^[𝓛] a_k^[𝓛−1];  ∂L/∂b_ℓ^[𝓛] = δ_ℓ^[𝓛]
        double[] delta = outputError(f.a(top), FeedforwardNetwork.Y);
        String t = "^[" + top + "]";
        vector(r, "delta[" + top + "]", "δ_%1$d" + t + " = ∂L/∂a_%1$d" + t + " · ∂a_%1$d" + t + "/∂z_%1$d" + t, delta,
                k -> new Source.Delta(backward, top, k));
        matrix(r, "dL_dW[" + top + "]", "∂L/∂W_%1$d%2$d" + t + " = δ_%2$d" + t + " a_%1$d^[" + (top - 1) + "]",
                outputWeightGradient(delta, f.a(top - 1)), (j, k) -> new Source.WeightGradient(backward, top, k, j));
        vector(r, "dL_db[" + top + "]", "∂L/∂b_%1$d" + t + " = δ_%1$d" + t, delta, k -> new Source.BiasGradient(backward, top, k));
        for (int i = top - 1; i >= 1; i--) {
            delta = hiddenLayer(r, f, backward, delta, i);
        }
        r.network(new NetworkWork("The 3-4-3-2 network of 002's formulas, one example", network.copy(),
                FeedforwardNetwork.example(), Method.documents(Loss.SUM_SQUARED_ERROR), f, backward, null, TrainingRun.NONE));
        return r;
    }

    /** One hidden layer i, given δ^[i+1]; returns δ^[i] = ∂L/∂b^[i]. */
    private static double[] hiddenLayer(ScenarioResult r, ForwardPass f, BackwardPass backward, double[] deltaAbove, int i) {
        // Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1] = ∂L/∂a_k^[i]
        double[] weighted = weightedErrors(deltaAbove, FeedforwardNetwork.W[i]);
        String here = "^[" + i + "]";
        String sum = "Σ_ℓ δ_ℓ^[" + (i + 1) + "] W_%1$dℓ^[" + (i + 1) + "]";
        vector(r, "dL_da[" + i + "]", "∂L/∂a_%1$d" + here + " = " + sum, weighted, k -> null); // no step of the questions
        // ∂L/∂W_jk^[i] = (Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1]) g'(z_k^[i]) a_j^[i−1]
        matrix(r, "dL_dW[" + i + "]", "∂L/∂W_%1$d%2$d" + here + " = (" + sum.replace("%1$d", "%2$d") + ") g'(z_%2$d"
                + here + ") a_%1$d^[" + (i - 1) + "]", hiddenWeightGradient(weighted, f.a(i), f.a(i - 1)),
                (j, k) -> new Source.WeightGradient(backward, i, k, j));
        // ∂L/∂b_k^[i] = (Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1]) g'(z_k^[i])
        double[] dLdb = biasGradient(weighted, f.a(i));
        vector(r, "dL_db[" + i + "]", "∂L/∂b_%1$d" + here + " = (" + sum + ") g'(z_%1$d" + here + ")", dLdb,
                k -> new Source.BiasGradient(backward, i, k));
        vector(r, "delta[" + i + "]", "δ_%1$d" + here + " = ∂L/∂z_%1$d" + here, dLdb, k -> new Source.Delta(backward, i, k));
        return dLdb;
    }

    /**
     * Records v_1 … v_n as "PREFIX + name_k"; {@code quantity} refers to the 1-based k as %1$d; {@code source} gives
     * the engine quantity of the 0-based k, or null where there is none.
     */
    private static void vector(ScenarioResult r, String name, String quantity, double[] v, IntFunction<Source> source) {
        for (int k = 0; k < v.length; k++) {
            String id = PREFIX + name + "_" + (k + 1);
            String q = String.format(Locale.ROOT, quantity, k + 1);
            Source s = source.apply(k);
            if (s == null) {
                r.derived(id, q, v[k]);
            } else {
                r.derived(id, q, v[k], s);
            }
        }
    }

    /**
     * Records m[j][k] as "PREFIX + name_jk"; {@code quantity} refers to the 1-based j, k as %1$d, %2$d; {@code source}
     * gives the engine quantity of the 0-based j, k (002's W_jk joins a_j below to neuron k: the engine's W[k][j]).
     */
    private static void matrix(ScenarioResult r, String name, String quantity, double[][] m,
                               BiFunction<Integer, Integer, Source> source) {
        for (int j = 0; j < m.length; j++) {
            for (int k = 0; k < m[j].length; k++) {
                String quantityJk = String.format(Locale.ROOT, quantity, j + 1, k + 1);
                r.derived(PREFIX + name + "_" + (j + 1) + (k + 1), quantityJk, m[j][k], source.apply(j, k));
            }
        }
    }
}
