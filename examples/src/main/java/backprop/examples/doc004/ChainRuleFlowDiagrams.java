package backprop.examples.doc004;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.Document;
import backprop.examples.work.GraphWork;
import backprop.examples.work.Source;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.format.Precision;
import backprop.examples.PublishedValue;
import backprop.examples.DocumentScenario;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;

import java.util.List;

/**
 * 004, "Revisiting Basic Calculus": the simple derivatives (1.a–c) and the chain rule on e^(x²),
 * e^(e^(x²)) and 1/e^(x²), each a scalar graph labelled as the document's flow diagrams label it, at
 * points we choose (the document prints none):
 *
 * <pre>
 * de^x/dx = e^x,  dx²/dx = 2x,  d(1/x)/dx = −1/x²                                        (1.a–c)
 * h = x², y = e^h:             de^(x²)/dx = dy/dh · dh/dx = (e^h)(2x) = 2x e^(x²)         (2.c–f)
 * h1 = x², h2 = e^h1, y = e^h2: de^(e^(x²))/dx = dy/dh2 · dh2/dh1 · dh1/dx = 2x e^(e^(x²)) e^(x²)   (2.i–j)
 * h1 = x², h2 = e^h1, y = 1/h2: d(1/e^(x²))/dx = (−1/h2²)(e^h1)(2x) = −2x e^(−x²)          (2.k–l)
 * </pre>
 *
 * The flow diagram of the last example (2.l) is lost and its result is not printed; its labels here
 * continue those of 2.i, and −2x e^(−x²) is our chain rule.
 *
 * <p>Slips of 004 elsewhere in the document, recorded here because no scenario computes them: "W313 =
 * W111 − η ΔW313" (item 3.b.v) should read W313 = W313 − η ΔW313; "b_i = b_i + η Δb_i" (3.b.vi) has the
 * wrong sign, b_i = b_i − η Δb_i; "∂L/∂ŷ1 = Σ_{i=1}^{2} (y_i − ŷ_i)²" (Part 1, 5.b) is L itself, not its
 * derivative. In this section, "y = e^(term)" (2.b.ii) means y = e^h, and "dy/dh^2 · dh^2/dh^1" (2.j) writes
 * h2, h1 as superscripts.
 */
public final class ChainRuleFlowDiagrams extends DocumentScenario {
    static final String SECTION = "Revisiting Basic Calculus";
    static final double[] POINTS = {0.5, 1};
    private static final String PREFIX = "004.chain-rule.";

    public ChainRuleFlowDiagrams() {
        super(new ScenarioHeader("004.chain-rule", Document.D004,
                "The chain rule on e^(x²), e^(e^(x²)) and 1/e^(x²), by flow diagrams h1 → h2 → y",
                SECTION,
                "\\frac{de^{e^{x^2}}}{dx} = \\frac{dy}{dh_2}\\frac{dh_2}{dh_1}\\frac{dh_1}{dx}"
                + " = (e^{h_2})(e^{h_1})(2x) = 2x e^{e^{x^2}} e^{x^2}"));
    }

    @Override
    public List<Input> inputs() {
        return List.of(new Input("x", "0.5, 1", Provenance.CHOSEN,
                "the document prints no point; any x works for every example here except 1/x at x = 0"));
    }

    /** The document prints no value in this section: its answers are formulas. */
    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        for (double x : POINTS) {
            simple(r, x);
            exponentialOfSquare(r, x);
            doubleExponential(r, x);
            reciprocalExponential(r, x);
        }
        return r;
    }

    /** 1.a–c: de^x/dx = e^x, dx²/dx = 2x, d(1/x)/dx = −1/x². */
    private static void simple(ScenarioResult r, double point) {
        String name = PREFIX + "simple." + at(point) + ".";
        Graph g = new Graph();
        Node x = g.input("x", point);
        Node exp = g.exp("e^x", x);
        g.backward(exp);
        r.derived(name + "exp.graph", "de^x/dx by backward", x.gradient(), new Source.NodeGradient(exp, x))
                .derived(name + "exp.printed", "e^x as printed", Math.exp(point));
        Node square = g.square("x²", x);
        g.backward(square);
        r.derived(name + "square.graph", "dx²/dx by backward", x.gradient(), new Source.NodeGradient(square, x))
                .derived(name + "square.printed", "2x as printed", 2 * point);
        Node reciprocal = g.reciprocal("1/x", x);
        g.backward(reciprocal);
        r.derived(name + "reciprocal.graph", "d(1/x)/dx by backward", x.gradient(), new Source.NodeGradient(reciprocal, x))
                .derived(name + "reciprocal.printed", "−1/x² as printed", -1 / (point * point));
    }

    /** 2.c–f: h = x², y = e^h; de^(x²)/dx = dy/dh · dh/dx = (e^h)(2x) = 2x e^(x²). */
    private static void exponentialOfSquare(ScenarioResult r, double point) {
        String name = PREFIX + "exp-x2." + at(point) + ".";
        Graph g = new Graph();
        Node x = g.input("x", point);
        Node h = g.square("h", x);
        Node y = g.exp("y", h);
        r.graph(GraphWork.of("h = x², y = e^h at " + at(point), y, x, h));
        r.derived(name + "dh_dx", "dh/dx = 2x", h.localGradient(0))
                .derived(name + "dy_dh", "dy/dh = e^h", y.localGradient(0), new Source.NodeGradient(y, h)) // y is the output
                .derived(name + "dy_dx.graph", "de^(x²)/dx by backward", new Source.NodeGradient(y, x))
                .derived(name + "dy_dx.printed", "2x e^(x²) as printed (2.f)", 2 * point * Math.exp(point * point));
    }

    /** 2.i–j: h1 = x², h2 = e^h1, y = e^h2; dy/dx = (e^h2)(e^h1)(2x) = 2x e^(e^(x²)) e^(x²). */
    private static void doubleExponential(ScenarioResult r, double point) {
        String name = PREFIX + "exp-exp-x2." + at(point) + ".";
        Graph g = new Graph();
        Node x = g.input("x", point);
        Node h1 = g.square("h1", x);
        Node h2 = g.exp("h2", h1);
        Node y = g.exp("y", h2);
        r.graph(GraphWork.of("h1 = x², h2 = e^h1, y = e^h2 at " + at(point), y, x, h1, h2));
        double x2 = point * point;
        r.derived(name + "dh1_dx", "dh1/dx = 2x", h1.localGradient(0))
                .derived(name + "dh2_dh1", "dh2/dh1 = e^h1", h2.localGradient(0))
                .derived(name + "dy_dh2", "dy/dh2 = e^h2", y.localGradient(0), new Source.NodeGradient(y, h2)) // y is the output
                .derived(name + "dy_dx.graph", "de^(e^(x²))/dx by backward", new Source.NodeGradient(y, x))
                .derived(name + "dy_dx.printed", "2x e^(e^(x²)) e^(x²) as printed (2.j)",
                        2 * point * Math.exp(Math.exp(x2)) * Math.exp(x2));
    }

    /** 2.k–l: h1 = x², h2 = e^h1, y = 1/h2; dy/dx = (−1/h2²)(e^h1)(2x) = −2x e^(−x²), not printed. */
    private static void reciprocalExponential(ScenarioResult r, double point) {
        String name = PREFIX + "reciprocal-exp-x2." + at(point) + ".";
        Graph g = new Graph();
        Node x = g.input("x", point);
        Node h1 = g.square("h1", x);
        Node h2 = g.exp("h2", h1);
        Node y = g.reciprocal("y", h2);
        r.graph(GraphWork.of("h1 = x², h2 = e^h1, y = 1/h2 at " + at(point), y, x, h1, h2));
        r.derived(name + "dy_dh2", "dy/dh2 = −1/h2²", y.localGradient(0), new Source.NodeGradient(y, h2)) // y is the output
                .derived(name + "dy_dx.graph", "d(1/e^(x²))/dx by backward", new Source.NodeGradient(y, x))
                .derived(name + "dy_dx.chain-rule", "−2x e^(−x²) (our chain rule; not printed)",
                        -2 * point * Math.exp(-point * point));
    }

    /** "x=0.5": the point as a name part. */
    private static String at(double x) {
        return "x=" + Precision.shortest(x);
    }
}
