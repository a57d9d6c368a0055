package backprop.examples.doc000;

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
 * 000, "Chain Rule" and "Chain Rule – Example": d/dx [f(g(x))] = f'[g(x)] · g'(x) (eqs. 3, 4), evaluated
 * on the four functions the document names, at points we choose (it prints none).
 *
 * <p>Each function is a scalar graph built as the remark reads it: first the inside function u = g(x),
 * then the outside function f(u). Backward from u gives g'(x), the outside node's local gradient gives
 * f'[g(x)], and backward from f gives df/dx. The closed forms:
 * <ul>
 *   <li>(x² + 1)³: f'(x) = 3(x² + 1)^(3−1) · 2x^(2−1) = 3((x² + 1)²(2x)) = 6x((x² + 1)²), eq. (5), printed;</li>
 *   <li>(5x − 4)⁶: 6(5x − 4)⁵ · 5 = 30(5x − 4)⁵;</li>
 *   <li>√(x² − 1): (1/2)(x² − 1)^(−1/2) · 2x = x/√(x² − 1), for x &gt; 1;</li>
 *   <li>1/(x² − 4x + 5): −(x² − 4x + 5)^(−2) · (2x − 4) = −(2x − 4)/(x² − 4x + 5)², for every x, since
 *       x² − 4x + 5 = (x − 2)² + 1 &gt; 0.</li>
 * </ul>
 * The last three are not printed: the document only names them as functions the chain rule helps with.
 */
public final class ChainRuleExamples extends DocumentScenario {
    static final String SECTION = "Chain Rule";
    /** Chosen points for (x² + 1)³, (5x − 4)⁶ and 1/(x² − 4x + 5). */
    static final double[] POINTS = {0.5, 1, 3};
    /** Chosen points for √(x² − 1), inside its domain x &gt; 1. */
    static final double[] ROOT_POINTS = {1.5, 2, 3};

    /** The document's four functions, each as an inside function g and an outside function f. */
    enum Composite {
        /** f(x) = (x² + 1)³: u = x² + 1, f = u³ ("Chain Rule – Example", eq. 5). */
        EQ5("eq5", "(x²+1)³", POINTS) {
            @Override
            Node inside(Graph g, Node x) {
                return g.add("u = x²+1", g.square("x²", x), g.constant(1));
            }

            @Override
            Node outside(Graph g, Node u) {
                return g.power("f = u³", u, 3);
            }

            /** 6x((x² + 1)²), the last line of eq. (5). */
            @Override
            double closedForm(double x) {
                return 6 * x * ((x * x + 1) * (x * x + 1));
            }
        },
        /** f(x) = (5x − 4)⁶: u = 5x − 4, f = u⁶. */
        FIVE_X_MINUS_4("5x-4", "(5x−4)⁶", POINTS) {
            @Override
            Node inside(Graph g, Node x) {
                return g.add("u = 5x−4", g.multiply("5x", g.constant(5), x), g.constant(-4));
            }

            @Override
            Node outside(Graph g, Node u) {
                return g.power("f = u⁶", u, 6);
            }

            /** 30(5x − 4)⁵. */
            @Override
            double closedForm(double x) {
                return 30 * Math.pow(5 * x - 4, 5);
            }
        },
        /** f(x) = √(x² − 1): u = x² − 1, f = u^(1/2). */
        SQUARE_ROOT("sqrt", "√(x²−1)", ROOT_POINTS) {
            @Override
            Node inside(Graph g, Node x) {
                return g.add("u = x²−1", g.square("x²", x), g.constant(-1));
            }

            @Override
            Node outside(Graph g, Node u) {
                return g.power("f = √u", u, 0.5);
            }

            /** x/√(x² − 1). */
            @Override
            double closedForm(double x) {
                return x / Math.sqrt(x * x - 1);
            }
        },
        /** f(x) = 1/(x² − 4x + 5): u = x² − 4x + 5, f = 1/u. */
        RECIPROCAL("reciprocal", "1/(x²−4x+5)", POINTS) {
            @Override
            Node inside(Graph g, Node x) {
                return g.add("u = x²−4x+5", g.square("x²", x), g.multiply("−4x", g.constant(-4), x), g.constant(5));
            }

            @Override
            Node outside(Graph g, Node u) {
                return g.reciprocal("f = 1/u", u);
            }

            /** −(2x − 4)/(x² − 4x + 5)². */
            @Override
            double closedForm(double x) {
                double u = x * x - 4 * x + 5;
                return -(2 * x - 4) / (u * u);
            }
        };

        final String key;
        final String text;
        final double[] points;

        Composite(String key, String text, double[] points) {
            this.key = key;
            this.text = text;
            this.points = points;
        }

        /** u = g(x), the inside function. */
        abstract Node inside(Graph g, Node x);

        /** f(u), the outside function. */
        abstract Node outside(Graph g, Node u);

        /** df/dx by the chain rule, by hand (see the class comment). */
        abstract double closedForm(double x);
    }

    public ChainRuleExamples() {
        super(new ScenarioHeader("000.chain-rule", Document.D000,
                "The chain rule on (x² + 1)³, (5x − 4)⁶, √(x² − 1) and 1/(x² − 4x + 5)",
                SECTION,
                "\\frac{d}{dx}[f(g(x))] = f'[g(x)] * g'(x)"));
    }

    @Override
    public List<Input> inputs() {
        return List.of(
                new Input("x", "0.5, 1, 3", Provenance.CHOSEN, "the document prints no point; used for (x²+1)³,"
                        + " (5x−4)⁶ and 1/(x²−4x+5), which is defined everywhere since x²−4x+5 = (x−2)²+1 > 0"),
                new Input("x (for √(x²−1))", "1.5, 2, 3", Provenance.CHOSEN,
                        "chosen with x > 1, where x² − 1 > 0 and the derivative x/√(x²−1) exists"));
    }

    /** The document prints no value for these examples: its answers are formulas. */
    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        for (Composite c : Composite.values()) {
            for (double x : c.points) {
                evaluate(r, c, x);
            }
        }
        return r;
    }

    /** One function at one point: g'(x), f'[g(x)], their product, backward's df/dx and the closed form. */
    private static void evaluate(ScenarioResult r, Composite c, double point) {
        Graph g = new Graph();
        Node x = g.input("x", point);
        // Inside function first: u = g(x); backward from u gives g'(x).
        Node u = c.inside(g, x);
        g.backward(u);
        double inside = x.gradient();
        // Then the outside function f(u); its local gradient at u = g(x) is f'[g(x)].
        Node f = c.outside(g, u);
        double outside = f.localGradient(0);
        GraphWork work = GraphWork.of("f(x) = " + c.text + " at " + at(point), f, x);
        String name = "000.chain-rule." + c.key + "." + at(point) + ".";
        r.derived(name + "f", "f(x) = " + c.text, new Source.NodeValue(f))
                .derived(name + "du_dx", "g'(x), the inside function's derivative", inside, new Source.NodeGradient(u, x))
                // f is the output: its local gradient at u is ∂f/∂u
                .derived(name + "df_du", "f'[g(x)], the outside function's derivative", outside, new Source.NodeGradient(f, u))
                .derived(name + "chain", "f'[g(x)] * g'(x) (eq. 3)", outside * inside)
                .derived(name + "df_dx", "df/dx by backward through the graph", x.gradient(), new Source.NodeGradient(f, x))
                .derived(name + "closed_form", "df/dx by the chain rule by hand", c.closedForm(point))
                .graph(work);
        if (c == Composite.EQ5) {
            eq5Lines(r, name, point);
        }
    }

    /** The three printed lines of eq. (5), each evaluated as written. */
    private static void eq5Lines(ScenarioResult r, String name, double x) {
        // f'(x) = 3(x² + 1)^(3−1) * 2x^(2−1) = 3((x² + 1)²(2x)) = 6x((x² + 1)²)
        r.derived(name + "eq5.line1", "3(x² + 1)^{3−1} * 2x^{2−1}", 3 * Math.pow(x * x + 1, 3 - 1) * 2 * Math.pow(x, 2 - 1))
                .derived(name + "eq5.line2", "3((x² + 1)²(2x))", 3 * (Math.pow(x * x + 1, 2) * (2 * x)))
                .derived(name + "eq5.line3", "6x((x² + 1)²)", 6 * x * Math.pow(x * x + 1, 2));
    }

    /** "x=0.5", "x=3": the point as a name part. */
    static String at(double x) {
        return at("x", x);
    }

    /** "z=−1" as a name part, with an ASCII minus: "z=-1". */
    static String at(String symbol, double v) {
        return symbol + "=" + Precision.shortest(v);
    }
}
