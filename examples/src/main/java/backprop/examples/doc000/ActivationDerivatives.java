package backprop.examples.doc000;

import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.Document;
import backprop.examples.work.GraphWork;
import backprop.examples.work.Source;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.DocumentScenario;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;

import java.util.List;

import static backprop.examples.doc000.ChainRuleExamples.at;

/**
 * 000, "Derivative of Sigmoid Function" (eqs. 6–7), "Derivatives of ReLU and tanh" (eqs. 8–9) and
 * "Derivatives of log functions" (eqs. 10–11), each evaluated at points we choose (the document prints
 * none), through core's graph primitives, beside the document's formula evaluated as printed.
 *
 * <p>σ'(x): the graph σ(x) = 1/(1 + e^−x) is built gate by gate (·(−1), exp, +1, 1/x), so backward is
 * d/dx [1/(1 + e^−x)], the first line of eq. (6); the SIGMOID primitive's rule is σ(x)(1 − σ(x)), the
 * last line of eq. (7); every line between is evaluated as printed and gives the same number.
 *
 * <p>Measured: eq. (7)'s second line, (1 + e^−x − 1)/(1 + e^−x), recovers e^−x from a sum with 1 and so
 * loses what 1 + e^−x rounded away; at x = 1.5 it differs from e^−x/(1 + e^−x)² (eq. 6, line 3) by
 * 3.7e-16 relative, the largest gap between any two lines at the three points; the tests allow 1e-15.
 */
public final class ActivationDerivatives extends DocumentScenario {
    static final String SECTION = "Derivative of Sigmoid Function";
    /** Chosen points for σ' and tanh'. */
    static final double[] POINTS = {-2, 0, 1.5};
    /** Chosen points for ReLU': either side of 0, and 0 itself, where eq. (8) names the convention. */
    static final double[] RELU_POINTS = {-1, 0, 2};
    /** Chosen points for the logarithms (x &gt; 0). */
    static final double[] LOG_POINTS = {0.5, 1.5, 2};
    /** Chosen bases for log_a: 10 (the "common logarithm" of the heading) and 2. */
    static final double[] BASES = {10, 2};

    public ActivationDerivatives() {
        super(new ScenarioHeader("000.activations", Document.D000,
                "σ'(x) = σ(x)(1 − σ(x)), dReLU/dz, 1 − tanh²(z), d/dx log_a x and d/dx ln x at chosen points",
                SECTION,
                "\\frac{d}{dx}\\sigma(x) = \\frac{e^{-x}}{(1+e^{-x})^2} = \\sigma(x)(1-\\sigma(x))"));
    }

    @Override
    public List<Input> inputs() {
        return List.of(
                new Input("x (σ), z (tanh)", "−2, 0, 1.5", Provenance.CHOSEN, "the document prints no point;"
                        + " a negative, zero and positive argument"),
                new Input("z (ReLU)", "−1, 0, 2", Provenance.CHOSEN, "either side of 0, and 0, where eq. (8)"
                        + " takes dReLU/dz = 1 (z ≥ 0): Conventions.DOCUMENTS"),
                new Input("x (logarithms)", "0.5, 1.5, 2", Provenance.CHOSEN, "inside the domain x > 0"),
                new Input("a", "10, 2", Provenance.CHOSEN, "the base of log_a in eq. (10): 10 for the"
                        + " \"common logarithm\" of the heading, and 2"));
    }

    /** The document prints no value for these rules: its answers are formulas. */
    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        for (double x : POINTS) {
            sigmoid(r, x);
            tanh(r, x);
        }
        for (double z : RELU_POINTS) {
            relu(r, z);
        }
        for (double x : LOG_POINTS) {
            for (double a : BASES) {
                logBase(r, a, x);
            }
            naturalLog(r, x);
        }
        return r;
    }

    /** Eqs. (6)–(7): σ'(x) through the gate graph, each printed line, and the SIGMOID primitive's rule. */
    private static void sigmoid(ScenarioResult r, double point) {
        String name = "000.activations.sigmoid." + at(point) + ".";
        // d/dx [1/(1 + e^−x)]: the graph of eq. (6)'s first line, one gate per operation.
        Graph gates = new Graph();
        Node x = gates.input("x", point);
        Node denominator = gates.add("1+e^−x", gates.exp("e^−x", gates.negate("−x", x)), gates.constant(1));
        Node sigma = gates.reciprocal("σ(x)", denominator);
        r.graph(GraphWork.of("σ(x) = 1/(1 + e^−x) gate by gate at " + at(point), sigma, x));
        r.derived(name + "sigma", "σ(x)", new Source.NodeValue(sigma))
                .derived(name + "eq6.line1", "d/dx [1/(1 + e^−x)] by backward through the gates", x.gradient(),
                        new Source.NodeGradient(sigma, x));
        printedLines(r, name, point);
        // σ(x)(1 − σ(x)): the SIGMOID primitive's local rule, last line of eq. (7).
        Graph primitive = new Graph();
        Node y = primitive.input("x", point);
        Node s = primitive.sigmoid("σ(x)", y);
        r.graph(GraphWork.of("σ(x) as one SIGMOID node at " + at(point), s, y));
        r.derived(name + "eq7.line5", "σ(x)(1 − σ(x)) (core's SIGMOID rule)", y.gradient(), new Source.NodeGradient(s, y));
    }

    /** The lines of eqs. (6) and (7) between the first and the last, each evaluated exactly as printed. */
    private static void printedLines(ScenarioResult r, String name, double x) {
        double e = Math.exp(-x);
        double d = 1 + e;
        r.derived(name + "eq6.line2", "((0)(1 + e^−x) − (−e^−x)(1))/(1 + e^−x)²", ((0) * d - (-e) * (1)) / (d * d))
                .derived(name + "eq6.line3", "e^−x/(1 + e^−x)²", e / (d * d))
                .derived(name + "eq6.line4", "1/(1 + e^−x) · e^−x/(1 + e^−x)", 1 / d * (e / d))
                .derived(name + "eq7.line1", "1/(1 + e^−x) · (e^−x + (1 − 1))/(1 + e^−x)", 1 / d * ((e + (1 - 1)) / d))
                .derived(name + "eq7.line2", "1/(1 + e^−x) · (1 + e^−x − 1)/(1 + e^−x)", 1 / d * ((1 + e - 1) / d))
                .derived(name + "eq7.line3", "1/(1 + e^−x) · [(1 + e^−x)/(1 + e^−x) − 1/(1 + e^−x)]",
                        1 / d * (d / d - 1 / d))
                .derived(name + "eq7.line4", "1/(1 + e^−x) · [1 − 1/(1 + e^−x)]", 1 / d * (1 - 1 / d));
    }

    /** Eq. (8): dReLU(z)/dz = 0 for z &lt; 0, 1 for z ≥ 0, with the document's convention at 0. */
    private static void relu(ScenarioResult r, double point) {
        String name = "000.activations.relu." + at("z", point) + ".";
        Graph g = new Graph(Conventions.DOCUMENTS);
        Node z = g.input("z", point);
        Node relu = g.relu("ReLU(z)", z);
        r.graph(GraphWork.of("ReLU(z) at " + at("z", point) + ", ReLU'(0) = 1 (eq. 8)", relu, z));
        r.derived(name + "graph", "dReLU(z)/dz by backward, Conventions.DOCUMENTS", z.gradient(), new Source.NodeGradient(relu, z))
                .derived(name + "eq8", "dReLU(z)/dz as printed: 0 for z < 0, 1 for z ≥ 0", point < 0 ? 0 : 1);
        if (point == 0) {
            Graph libraries = new Graph(Conventions.LIBRARIES);
            Node z0 = libraries.input("z", point);
            libraries.backward(libraries.relu("ReLU(z)", z0));
            r.derived(name + "libraries", "dReLU(z)/dz at 0 with Conventions.LIBRARIES (not the document's)",
                    z0.gradient());
        }
    }

    /** Eq. (9): dtanh(z)/dz = 1 − tanh²(z). */
    private static void tanh(ScenarioResult r, double point) {
        String name = "000.activations.tanh." + at("z", point) + ".";
        Graph g = new Graph();
        Node z = g.input("z", point);
        Node tanh = g.tanh("tanh(z)", z);
        r.graph(GraphWork.of("tanh(z) at " + at("z", point), tanh, z));
        r.derived(name + "graph", "dtanh(z)/dz by backward", z.gradient(), new Source.NodeGradient(tanh, z))
                .derived(name + "eq9", "1 − tanh²(z) as printed", 1 - Math.tanh(point) * Math.tanh(point));
    }

    /** Eq. (10): d/dx log_a x = 1/(x · ln a), with log_a x built as ln x / ln a. */
    private static void logBase(ScenarioResult r, double base, double point) {
        String name = "000.activations.log_" + (int) base + "." + at(point) + ".";
        Graph g = new Graph();
        Node x = g.input("x", point);
        Node log = g.divide("log_" + (int) base + " x", g.log("ln x", x), g.constant(Math.log(base)));
        r.graph(GraphWork.of("log_" + (int) base + " x = ln x / ln " + (int) base + " at " + at(point), log, x));
        r.derived(name + "graph", "d/dx log_a x by backward, a = " + (int) base, x.gradient(), new Source.NodeGradient(log, x))
                .derived(name + "eq10", "1/(x * ln(a)) as printed, a = " + (int) base, 1 / (point * Math.log(base)));
    }

    /** Eq. (11): d/dx ln x = 1/x. */
    private static void naturalLog(ScenarioResult r, double point) {
        String name = "000.activations.ln." + at(point) + ".";
        Graph g = new Graph();
        Node x = g.input("x", point);
        Node ln = g.log("ln x", x);
        r.graph(GraphWork.of("ln x at " + at(point), ln, x));
        r.derived(name + "graph", "d/dx ln x by backward", x.gradient(), new Source.NodeGradient(ln, x))
                .derived(name + "eq11", "1/x as printed", 1 / point);
    }
}
