package backprop.examples.doc001;

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

import static backprop.examples.doc001.DerivativeEquations.activationDerivative;
import static backprop.examples.doc001.DerivativeEquations.activationGradient;
import static backprop.examples.doc001.DerivativeEquations.lossDerivative;
import static backprop.examples.doc001.DerivativeEquations.weightGradient;

/**
 * 001, "1.1 Deriving the backpropagation algorithm": ∂C0/∂w21 between layers (L−1) and (L), (L−2) and
 * (L−1), (L−3) and (L−2), each by the document's own equations, then every weight by the general form
 * (10)–(11), and the same gradients by {@code Network.backward} (003's Algorithm 2, the δ recursion).
 *
 * <pre>
 * ∂C0/∂w21^(L)   = ∂C0/∂a2^(L) · ∂a2^(L)/∂z2^(L) · ∂z2^(L)/∂w21^(L)                       (1)
 * ∂C0/∂w21^(L−1) = ∂C0/∂a2^(L−1) · ∂a2^(L−1)/∂z2^(L−1) · ∂z2^(L−1)/∂w21^(L−1)               (5)
 * ∂C0/∂a2^(L−1)  = Σ_j ∂C0/∂aj^(L) · ∂aj^(L)/∂zj^(L) · ∂zj^(L)/∂a2^(L−1),  ∂zj^(L)/∂a2^(L−1) = wj2^(L)   (6), (7)
 * ∂C0/∂w21^(L−2) = ∂C0/∂a2^(L−2) · ∂a2^(L−2)/∂z2^(L−2) · ∂z2^(L−2)/∂w21^(L−2)               (8)
 * ∂C0/∂a2^(L−2)  = Σ_k ∂C0/∂ak^(L−1) · ∂ak^(L−1)/∂zk^(L−1) · ∂zk^(L−1)/∂a2^(L−2)            (9)
 * </pre>
 *
 * The third factor of (1), (5) and (8) is a1 of the layer below, by eq. (4) corrected (see
 * {@link DerivativeEquations}). The document's formula and core's engine form the same products: the
 * tests hold them to 1e-14 relative, room for the products to be associated or summed in another order.
 */
public final class WeightsBetweenLayers extends DocumentScenario {
    static final String SECTION = "1.1 Deriving the backpropagation algorithm";
    static final String PREFIX = "001.delta-recursion.";

    public WeightsBetweenLayers() {
        super(new ScenarioHeader("001.delta-recursion", Document.D001,
                "∂C0/∂w21 between layers (L−1)–(L), (L−2)–(L−1), (L−3)–(L−2), and (L−m−1)–(L−m) in general",
                SECTION,
                "\\frac{\\partial C_0}{\\partial a_j^{(L-m)}} = \\sum_k \\frac{\\partial C_0}{\\partial a_k^{(L-m+1)}}"
                + " \\frac{\\partial a_k^{(L-m+1)}}{\\partial z_k^{(L-m+1)}}"
                + " \\frac{\\partial z_k^{(L-m+1)}}{\\partial a_j^{(L-m)}}"));
    }

    @Override
    public List<Input> inputs() {
        String seeded = "001 prints no weights and its Figure 1 is lost; drawn from java.util.Random(2020), each"
                + " entry round(2·nextDouble() − 1, 1), w(L−2) then w(L−1) then w(L), row j (to) by row";
        double[][][] w = BasicNeuralNetwork.WEIGHTS;
        return List.of(
                new Input("w(L−2)", Precision.matrix(w[0]), Provenance.CHOSEN, seeded),
                new Input("w(L−1)", Precision.matrix(w[1]), Provenance.CHOSEN, seeded),
                new Input("w(L)", Precision.matrix(w[2]), Provenance.CHOSEN, seeded),
                new Input("a(L−3) = x", Precision.vector(BasicNeuralNetwork.X), Provenance.CHOSEN,
                        "001 prints no input; three input nodes"),
                new Input("y", Precision.vector(BasicNeuralNetwork.Y), Provenance.CHOSEN,
                        "001 prints no target; two output nodes, so that node 2 of (L) exists"),
                new Input("biases", "none", Provenance.STATED, "001 defines z_j = Σ_i w_ji a_i, without a bias"),
                new Input("g", "σ in every layer", Provenance.CHOSEN, "001 leaves g^(L) open"),
                new Input("C0", "Σ_j (a_j(L) − y_j)²", Provenance.CHOSEN, "001: \"e.g. L2-loss\"; without ½, as"
                        + " 000 writes C0"));
    }

    /** 001 prints no number: its content is the derivation. */
    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        Network network = BasicNeuralNetwork.network();
        ForwardPass f = network.forward(BasicNeuralNetwork.X);
        BackwardPass backward = network.backward(f, BasicNeuralNetwork.Y, Method.documents(Loss.SUM_SQUARED_ERROR));
        weightW21(r, f, backward);
        generalForm(r, f, backward);
        for (int k = 3; k >= 1; k--) {
            String layer = BasicNeuralNetwork.layerName(k);
            r.derived(PREFIX + "network.dC0_dw21" + layer, "∂C0/∂w21^" + shown(layer) + " by Network.backward",
                    new Source.WeightGradient(backward, k, 1, 0));
        }
        r.network(new NetworkWork("The 3-4-3-2 network of 001, one training sample", network.copy(),
                BasicNeuralNetwork.example(), Method.documents(Loss.SUM_SQUARED_ERROR), f, backward, null, TrainingRun.NONE));
        return r;
    }

    /** Sections 1.1.1–1.1.3: ∂C0/∂w21 layer by layer, by eqs. (1), (5)–(7), (8)–(9). */
    private static void weightW21(ScenarioResult r, ForwardPass f, BackwardPass backward) {
        double[][][] w = BasicNeuralNetwork.WEIGHTS;
        double[] dCdaL = lossDerivative(f.a(3), BasicNeuralNetwork.Y);
        // (1) ∂C0/∂w21^(L) = ∂C0/∂a2^(L) · g'(z2^(L)) · a1^(L−1)
        double eq1 = dCdaL[1] * activationDerivative(f.a(3)[1]) * f.a(2)[0];
        // (6)–(7) ∂C0/∂a2^(L−1) = Σ_j ∂C0/∂aj^(L) · g'(zj^(L)) · wj2^(L)
        double eq6 = 0;
        for (int j = 0; j < dCdaL.length; j++) {
            eq6 += dCdaL[j] * activationDerivative(f.a(3)[j]) * w[2][j][1];
        }
        // (5) ∂C0/∂w21^(L−1) = ∂C0/∂a2^(L−1) · g'(z2^(L−1)) · a1^(L−2)
        double eq5 = eq6 * activationDerivative(f.a(2)[1]) * f.a(1)[0];
        // (9) ∂C0/∂a2^(L−2) = Σ_k ∂C0/∂ak^(L−1) · g'(zk^(L−1)) · wk2^(L−1), with (6) for every node k of (L−1)
        double[] dCdaLMinus1 = activationGradient(dCdaL, f.a(3), w[2]);
        double eq9 = 0;
        for (int k = 0; k < dCdaLMinus1.length; k++) {
            eq9 += dCdaLMinus1[k] * activationDerivative(f.a(2)[k]) * w[1][k][1];
        }
        // (8) ∂C0/∂w21^(L−2) = ∂C0/∂a2^(L−2) · g'(z2^(L−2)) · a1^(L−3)
        double eq8 = eq9 * activationDerivative(f.a(1)[1]) * f.a(0)[0];
        // each equation's ∂C0/∂w21 is the engine's ∂L/∂W21 of its layer (its source); the ∂C0/∂a2 between have none
        r.derived(PREFIX + "eq1.dC0_dw21(L)", "∂C0/∂w21^(L), eq. (1)", eq1, new Source.WeightGradient(backward, 3, 1, 0))
                .derived(PREFIX + "eq6.dC0_da2(L-1)",
                        "∂C0/∂a2^(L−1) = Σ_j ∂C0/∂aj^(L) g'(zj^(L)) wj2^(L), eqs. (6)–(7)", eq6)
                .derived(PREFIX + "eq5.dC0_dw21(L-1)", "∂C0/∂w21^(L−1), eq. (5)", eq5, new Source.WeightGradient(backward, 2, 1, 0))
                .derived(PREFIX + "eq9.dC0_da2(L-2)",
                        "∂C0/∂a2^(L−2) = Σ_k ∂C0/∂ak^(L−1) g'(zk^(L−1)) wk2^(L−1), eq. (9)", eq9)
                .derived(PREFIX + "eq8.dC0_dw21(L-2)", "∂C0/∂w21^(L−2), eq. (8)", eq8, new Source.WeightGradient(backward, 1, 1, 0));
    }

    /** Section 1.1.4, eqs. (10)–(11), for m = 0, 1, 2 and every j, k; m = 0 starts from eq. (2). */
    private static void generalForm(ScenarioResult r, ForwardPass f, BackwardPass backward) {
        double[][][] w = BasicNeuralNetwork.WEIGHTS;
        double[] dCda = lossDerivative(f.a(3), BasicNeuralNetwork.Y);
        for (int k = 3; k >= 1; k--) {
            String layer = BasicNeuralNetwork.layerName(k);
            String eq = k == 3 ? "eq2" : "eq11";
            for (int j = 0; j < dCda.length; j++) {
                String name = PREFIX + eq + ".dC0_da" + layer + "_" + (j + 1);
                String quantity = "∂C0/∂a_" + (j + 1) + "^" + shown(layer) + (k == 3
                        ? " = 2(a_" + (j + 1) + "^(L) − y_" + (j + 1) + "), eq. (2)" : ", eq. (11)");
                if (k == 3) { // the output's: ∂L/∂ŷ, where the backward pass starts
                    r.derived(name, quantity, dCda[j], new Source.LossGradient(backward, j));
                } else { // a hidden layer's ∂C0/∂a is no step of the questions
                    r.derived(name, quantity, dCda[j]);
                }
            }
            double[][] dCdw = weightGradient(dCda, f.a(k), f.a(k - 1));
            for (int j = 0; j < dCdw.length; j++) {
                for (int i = 0; i < dCdw[j].length; i++) {
                    String jk = "" + (j + 1) + (i + 1);
                    r.derived(PREFIX + "eq10.dC0_dw" + layer + "_" + jk, "∂C0/∂w_" + jk + "^" + shown(layer) + ", eq. (10)",
                            dCdw[j][i], new Source.WeightGradient(backward, k, j, i));
                }
            }
            if (k > 1) {
                dCda = activationGradient(dCda, f.a(k), w[k - 1]);
            }
        }
    }

    /** "(L−1)" with a minus sign, for the quantity shown; names keep the ASCII "(L-1)". */
    private static String shown(String layer) {
        return layer.replace('-', '−');
    }
}
