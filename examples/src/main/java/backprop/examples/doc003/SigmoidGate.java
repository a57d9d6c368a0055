package backprop.examples.doc003;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.work.GraphWork;
import backprop.examples.work.Source;
import backprop.examples.Input;
import backprop.examples.PrintedExpression;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.published.PublishedValues;
import backprop.examples.published.Reconstruction;
import backprop.examples.DocumentScenario;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;

import java.util.List;

import static backprop.examples.published.Rounding.round;

/**
 * 003, "Back-Propagation Example 2" and "Back-Propagation - Sigmoid": the sigmoid gate
 * f(w, x) = 1 / (1 + e^−(w0·x0 + b)) as the slides draw it, gate by gate: ·, +, ·(−1), exp, +1, 1/x,
 * each with its derivative from the slide's table (e^x → e^x, ax → a, 1/x → −1/x², x + C → 1).
 *
 * <p>The figure with the inputs is lost; the printed steps force them (see {@link #reconstructions()}):
 * "x0: (−2)*0.15" is the local gradient ∂(w0·x0)/∂x0 = w0, so w0 = −2; "w0: (3)*0.15" gives x0 = 3;
 * "e^{−1.50}" is e^(−u) at u = w0·x0 + b, so u = 1.50 and b = 7.5 (any b in [7.495, 7.505] fits).
 */
public final class SigmoidGate extends DocumentScenario {
    static final String EXAMPLE_2 = "Back-Propagation Example 2";
    static final String SIGMOID = "Back-Propagation - Sigmoid";
    static final double W0 = -2;
    static final double X0 = 3;
    static final double B = 7.5;

    public SigmoidGate() {
        super(new ScenarioHeader("003.sigmoid-gate", Document.D003,
                "The sigmoid gate f(w, x) = 1/(1 + e^−(w0·x0 + b)), gate by gate",
                EXAMPLE_2,
                "f(w,x) = \\frac{1}{1+e^{-(w_0 x_0 + b)}}"));
    }

    /** How the printed numbers force the lost inputs; the chosen values lie inside each interval. */
    public static List<Reconstruction> reconstructions() {
        return List.of(
                Reconstruction.solve("b", "-1.50", b -> -(W0 * X0 + b), 0, 20, B),
                Reconstruction.solve("u = w0·x0 + b", "1.22", u -> 1 + Math.exp(-u), 0, 10, W0 * X0 + B));
    }

    @Override
    public List<Input> inputs() {
        List<Reconstruction> r = reconstructions();
        return List.of(
                new Input("w0", "−2", Provenance.RECONSTRUCTED, "the local gradient in \"x0: (-2)*0.15=-0.30\" is w0"),
                new Input("x0", "3", Provenance.RECONSTRUCTED, "the local gradient in \"w0: (3)*0.15=0.45\" is x0"),
                new Input("b", "7.5", Provenance.RECONSTRUCTED, r.get(0).describe() + "; " + r.get(1).describe()));
    }

    @Override
    public List<PublishedValue> published() {
        return new PublishedValues(Document.D003, EXAMPLE_2)
                .add("003.sigmoid-gate.df_df", "∂f/∂f (the upstream gradient at the output)", "1.00",
                        "−1/1.22² (1.00) = −0.67", Status.REPRODUCED, "back-propagation starts from ∂f/∂f = 1")
                .add("003.sigmoid-gate.denominator", "1 + e^−(w0·x0 + b)", "1.22", "−1/1.22² (1.00) = −0.67",
                        Status.REPRODUCED, "1 + e^−1.5 = 1.2231")
                .add("003.sigmoid-gate.df_ddenominator", "∂f/∂(1 + e^−u) = −1/x²", "-0.67", "−1/1.22² (1.00) = −0.67",
                        Status.REPRODUCED, "−1/1.2231² = −0.6684")
                .add("003.sigmoid-gate.minus_u", "−(w0·x0 + b)", "-1.50", "e^{−1.50}(−0.67) = −0.15", Status.REPRODUCED,
                        "forces the reconstruction of b")
                .add("003.sigmoid-gate.df_dminus_u", "∂f/∂(−u) = e^−u · upstream", "-0.15", "e^{−1.50}(−0.67) = −0.15",
                        Status.REPRODUCED, "e^−1.5 · (−0.6684) = −0.1491")
                .add("003.sigmoid-gate.df_du", "∂f/∂u = (−1) · upstream", "0.15", "(−1)(−0.15) = 0.15",
                        Status.REPRODUCED, "σ'(1.5) = 0.1491")
                .add("003.sigmoid-gate.neg_local", "local gradient of the ·(−1) gate (ax → a)", "-1", "(−1)(−0.15)=0.15",
                        Status.REPRODUCED, "d(ax)/dx = a with a = −1")
                .add("003.sigmoid-gate.add_local", "local gradient of the + b gate (x + C → 1)", "1", "1*0.15",
                        Status.REPRODUCED, "d(x + C)/dx = 1: the add gate passes 0.15 on unchanged")
                .add("003.sigmoid-gate.df_dx0", "∂f/∂x0 = w0 · upstream", "-0.30", "x0: (−2)*0.15 = −0.30",
                        Status.REPRODUCED, "−2 · 0.1491 = −0.2983")
                .add("003.sigmoid-gate.df_dw0", "∂f/∂w0 = x0 · upstream", "0.45", "w0: (3)*0.15 = 0.45",
                        Status.REPRODUCED, "3 · 0.1491 = 0.4474")
                .under(SIGMOID)
                .add("003.sigmoid.sigma", "σ(u)", "0.82", "0.1476 ~ 0.15 = 0.82 * (1-0.82)", Status.REPRODUCED,
                        "σ(1.5) = 0.8176")
                .add("003.sigmoid.product", "σ(u)(1 − σ(u))", "0.1476", "0.1476 ~ 0.15 = 0.82 * (1-0.82)",
                        Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, "0.82·0.18 with σ rounded to 0.82; exactly 0.1491"
                                + "; by hand: the catalogue's rounding names a network's z, a and δ, not a node of a scalar graph")
                .add("003.sigmoid.derivative", "σ'(u)", "0.15", "0.1476 ~ 0.15 = 0.82 * (1-0.82)", Status.REPRODUCED,
                        "the sigmoid gate in one step gives the same 0.15 as the five gates")
                .list();
    }

    @Override
    public List<PrintedExpression> expressions() {
        return List.of(
                new PrintedExpression("003.sigmoid-gate.df_ddenominator", "−1/1.22² (1.00) = −0.67",
                        () -> -1 / (1.22 * 1.22) * 1.00, true, "−0.6719"),
                new PrintedExpression("003.sigmoid-gate.df_dminus_u", "e^{−1.50}(−0.67) = −0.15",
                        () -> Math.exp(-1.50) * -0.67, true, "−0.1495"),
                new PrintedExpression("003.sigmoid-gate.df_du", "(−1)(−0.15) = 0.15", () -> -1 * -0.15, true, "0.15"),
                new PrintedExpression("003.sigmoid-gate.df_dx0", "(−2)*0.15 = −0.30", () -> -2 * 0.15, true, "−0.30"),
                new PrintedExpression("003.sigmoid-gate.df_dw0", "(3)*0.15 = 0.45", () -> 3 * 0.15, true, "0.45"),
                new PrintedExpression("003.sigmoid.product", "0.82 * (1-0.82) = 0.1476", () -> 0.82 * (1 - 0.82), true,
                        "0.82·0.18"),
                new PrintedExpression("003.sigmoid.derivative", "0.1476 ~ 0.15", () -> 0.1476, true,
                        "0.1476 rounds to 0.15"));
    }

    @Override
    public ScenarioResult compute() {
        Graph g = new Graph();
        Node w0 = g.parameter("w0", W0);
        Node x0 = g.input("x0", X0);
        Node b = g.parameter("b", B);
        // u = w0·x0 + b; f = 1 / (1 + e^(−u)), one gate per step as the slides draw it
        Node product = g.multiply("w0·x0", w0, x0);
        Node u = g.add("u", product, b);
        Node minusU = g.negate("−u", u);
        Node exp = g.exp("e^−u", minusU);
        Node denominator = g.add("1+e^−u", exp, g.constant(1));
        Node f = g.reciprocal("f", denominator);
        GraphWork work = GraphWork.of("f(w, x) = 1/(1 + e^−(w0·x0 + b)) at w0 = −2, x0 = 3, b = 7.5", f, w0, x0, b);

        // The document's chain with its printed, rounded intermediates. By hand, not the catalogue of methods:
        // its IntermediateRounding names a network's z, a and δ, and its networks differentiate σ at z, while 003
        // rounds gates of a scalar graph and takes σ' as σ(1 − σ) from the rounded σ.
        double docDenominator = round(denominator.value(), 2);
        double docUpstreamDenominator = round(-1 / (docDenominator * docDenominator) * 1.00, 2);
        double docUpstreamMinusU = round(Math.exp(round(minusU.value(), 2)) * docUpstreamDenominator, 2);
        double docUpstreamU = -1 * docUpstreamMinusU;
        double docSigma = round(f.value(), 2);

        return new ScenarioResult()
                .value("003.sigmoid-gate.df_df", Computed.exact(f.gradient()), new Source.NodeGradient(f, f))
                .value("003.sigmoid-gate.denominator", Computed.exact(denominator.value()), new Source.NodeValue(denominator))
                .value("003.sigmoid-gate.df_ddenominator", Computed.rounded(denominator.gradient(), docUpstreamDenominator),
                        new Source.NodeGradient(f, denominator))
                .value("003.sigmoid-gate.minus_u", Computed.exact(minusU.value()), new Source.NodeValue(minusU))
                .value("003.sigmoid-gate.df_dminus_u", Computed.rounded(minusU.gradient(), docUpstreamMinusU),
                        new Source.NodeGradient(f, minusU))
                .value("003.sigmoid-gate.df_du", Computed.rounded(u.gradient(), docUpstreamU), new Source.NodeGradient(f, u))
                .value("003.sigmoid-gate.neg_local", Computed.exact(minusU.localGradient(1)))
                .value("003.sigmoid-gate.add_local", Computed.exact(u.localGradient(1)))
                .value("003.sigmoid-gate.df_dx0", Computed.rounded(x0.gradient(), W0 * docUpstreamU), new Source.NodeGradient(f, x0))
                .value("003.sigmoid-gate.df_dw0", Computed.rounded(w0.gradient(), X0 * docUpstreamU), new Source.NodeGradient(f, w0))
                // σ'(u) = σ(u)(1 − σ(u)): the slide rounds σ to 0.82 first.
                .value("003.sigmoid.sigma", Computed.exact(f.value()), new Source.NodeValue(f))
                .value("003.sigmoid.product", Computed.rounded(f.value() * (1 - f.value()), docSigma * (1 - docSigma)))
                .value("003.sigmoid.derivative", Computed.rounded(u.gradient(), round(docSigma * (1 - docSigma), 2)),
                        new Source.NodeGradient(f, u))
                .derived("003.sigmoid-gate.u", "u = w0·x0 + b", new Source.NodeValue(u))
                .derived("003.sigmoid-gate.df_db", "∂f/∂b = 1·upstream (the slide shows only \"1*0.15\")", new Source.NodeGradient(f, b))
                .derived("003.sigmoid-gate.f", "f = σ(u)", new Source.NodeValue(f))
                .graph(work);
    }
}
