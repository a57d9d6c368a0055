package backprop.examples.doc000;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Gradients;
import backprop.core.network.Network;
import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.DocumentScenario;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.examples.published.PublishedValues;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;
import backprop.examples.work.TrainingRun;

import java.util.ArrayList;
import java.util.List;

/**
 * 000, the figure under "Gradient": the last link a^(L−1) → a^(L) → y of a chain of single neurons, drawn
 * as 0.48 → 0.66 with y = 1.00, and its derivatives from "Applying the Chain Rule" to "Adding Layers":
 *
 * <pre>
 * C0 = (a^(L) − y)²,  z^(L) = w^(L) a^(L−1) + b^(L),  a^(L) = σ(z^(L))
 * ∂C0/∂w^(L) = ∂z^(L)/∂w^(L) · ∂a^(L)/∂z^(L) · ∂C0/∂a^(L) = a^(L−1) σ'(z^(L)) 2(a^(L) − y)
 * ∂C0/∂b^(L) = σ'(z^(L)) 2(a^(L) − y)                 ("Derivative of Bias")
 * ∂C0/∂a^(L−1) = w^(L) σ'(z^(L)) 2(a^(L) − y)         ("Adding Layers")
 * ∂C/∂w^(L) = (1/n) Σ_{k=0}^{n−1} ∂C_k/∂w^(L)          ("Average of All Training Examples")
 * </pre>
 *
 * Each derivative is computed three ways: backward through the scalar graph, the document's formula, and
 * the layer-wise engine on a 1-1 network. The inputs w^(L), b^(L) and a^(L−1) are recovered from the
 * original source (facts.md); the average uses three more examples we choose.
 */
public final class SingleNeuron extends DocumentScenario {
    static final String SECTION = "Gradient";
    /** a^(L−1) ≈ 0.484, printed as 0.48; recovered from the original source. */
    static final double A_PREVIOUS = 0.484;
    /** w^(L), recovered from the original source (7 decimals). */
    static final double W = 0.9132515;
    /** b^(L), recovered from the original source (7 decimals). */
    static final double B = 0.2178208;
    /** y, printed in the figure as 1.00. */
    static final double Y = 1.00;
    /** (a^(L−1), y) for k = 1, 2, 3: chosen; k = 0 is the figure's example. */
    static final double[][] CHOSEN_EXAMPLES = {{0.2, 0.0}, {0.7, 1.0}, {0.9, 0.0}};

    /** The nodes of one chain a^(L−1) → z^(L) → a^(L) → C0. */
    record Chain(Node aPrevious, Node w, Node b, Node z, Node a, Node cost) {
    }

    public SingleNeuron() {
        super(new ScenarioHeader("000.single-neuron", Document.D000,
                "The single-neuron link a(L−1) → a(L) → y: C0, ∂C0/∂w(L), ∂C0/∂b(L), ∂C0/∂a(L−1) and the average",
                SECTION,
                "\\frac{\\partial C_0}{\\partial w^{(L)}} = \\frac{\\partial z^{(L)}}{\\partial w^{(L)}}"
                + "\\frac{\\partial a^{(L)}}{\\partial z^{(L)}}\\frac{\\partial C_0}{\\partial a^{(L)}}"
                + " = a^{(L-1)} \\sigma'(z^{(L)}) 2(a^{(L)} - y)"));
    }

    @Override
    public List<Input> inputs() {
        return List.of(
                new Input("a(L−1)", "0.484", Provenance.RECOVERED, "recovered from the original source (facts.md):"
                        + " the figure's chain of single neurons draws a(L−1) ≈ 0.484, printed as 0.48"),
                new Input("w(L)", "0.9132515", Provenance.RECOVERED, "recovered from the original source (facts.md)"),
                new Input("b(L)", "0.2178208", Provenance.RECOVERED, "recovered from the original source (facts.md)"),
                new Input("y", "1.00", Provenance.STATED, "the node labelled y in the figure under \"Gradient\""),
                new Input("(a(L−1), y) for k = 1, 2, 3", "(0.2, 0), (0.7, 1), (0.9, 0)", Provenance.CHOSEN,
                        "\"Average of All Training Examples\" prints no examples; three chosen so that"
                                + " (1/n) Σₖ₌₀ⁿ⁻¹ ∂Cₖ/∂w(L) can be evaluated with n = 4 (k = 0 is the figure's)"));
    }

    @Override
    public List<PublishedValue> published() {
        return new PublishedValues(Document.D000, SECTION)
                .add("000.single-neuron.a_L", "a^(L)", "0.66", "", Status.REPRODUCED,
                        "σ(0.9132515·0.484 + 0.2178208) = σ(0.6598) = 0.6592")
                .add("000.single-neuron.a_L-1", "a^(L−1)", "0.48", "", Status.REPRODUCED,
                        "the recovered input a(L−1) = 0.484 itself: the layers before it are lost with the figure")
                .list();
    }

    /** The chain with the recovered w^(L), b^(L), on one example (a^(L−1), y). */
    static Chain chain(double aPrevious, double y) {
        Graph g = new Graph(Conventions.DOCUMENTS);
        Node a0 = g.input("a(L−1)", aPrevious);
        Node w = g.parameter("w(L)", W);
        Node b = g.parameter("b(L)", B);
        // z(L) = w(L) a(L−1) + b(L);  a(L) = σ(z(L));  C0 = (a(L) − y)², with −y one constant (no node "−1")
        Node z = g.add("z(L)", g.multiply("w(L)a(L−1)", w, a0), b);
        Node a = g.sigmoid("a(L)", z);
        Node cost = g.square("C0", g.add("a(L)−y", a, g.constant(-y)));
        return new Chain(a0, w, b, z, a, cost);
    }

    /** The 1-1 network with the recovered w^(L), b^(L). */
    static Network network() {
        return new Network(List.of(new DenseLayer(new double[][] {{W}}, new double[] {B}, BiasLayout.PER_NEURON,
                Activation.SIGMOID)));
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        Chain c = chain(A_PREVIOUS, Y);
        r.graph(GraphWork.of("C0 = (σ(w(L)a(L−1) + b(L)) − y)² at a(L−1) = 0.484, y = 1.00", c.cost(), c.w(), c.b(),
                c.aPrevious()));
        r.value("000.single-neuron.a_L", Computed.exact(c.a().value()), new Source.NodeValue(c.a()))
                .value("000.single-neuron.a_L-1", Computed.exact(c.aPrevious().value()), new Source.NodeValue(c.aPrevious()));
        String name = "000.single-neuron.";
        r.derived(name + "z_L", "z^(L) = w^(L)a^(L−1) + b^(L)", new Source.NodeValue(c.z()))
                .derived(name + "C0", "C0 = (a^(L) − y)²", new Source.NodeValue(c.cost()));
        byFormula(r, c);
        r.derived(name + "dC0_dw_L.graph", "∂C0/∂w^(L) by backward through the graph", new Source.NodeGradient(c.cost(), c.w()))
                .derived(name + "dC0_db_L.graph", "∂C0/∂b^(L) by backward through the graph", new Source.NodeGradient(c.cost(), c.b()))
                .derived(name + "dC0_da_L-1.graph", "∂C0/∂a^(L−1) by backward through the graph",
                        new Source.NodeGradient(c.cost(), c.aPrevious()));
        layerWise(r);
        average(r);
        return r;
    }

    /** "Computing Relevant Derivatives", "Derivative of Bias", "Adding Layers": the document's formulas. */
    private static void byFormula(ScenarioResult r, Chain c) {
        String name = "000.single-neuron.";
        double a = c.a().value();
        // ∂C0/∂a(L) = 2(a(L) − y);  ∂a(L)/∂z(L) = σ'(z(L)) = σ(z)(1 − σ(z));  ∂z(L)/∂w(L) = a(L−1)
        double dCda = 2 * (a - Y);
        double dadz = a * (1 - a);
        double dzdw = c.aPrevious().value();
        r.derived(name + "dC0_da_L", "∂C0/∂a^(L) = 2(a^(L) − y)", dCda, new Source.NodeGradient(c.cost(), c.a()))
                .derived(name + "da_L_dz_L", "∂a^(L)/∂z^(L) = σ'(z^(L))", dadz)
                .derived(name + "dz_L_dw_L", "∂z^(L)/∂w^(L) = a^(L−1)", dzdw)
                .derived(name + "dC0_dw_L.formula", "∂C0/∂w^(L) = a^(L−1) σ'(z^(L)) 2(a^(L) − y)", dzdw * dadz * dCda)
                .derived(name + "dC0_db_L.formula", "∂C0/∂b^(L) = σ'(z^(L)) 2(a^(L) − y) (Derivative of Bias)",
                        dadz * dCda)
                .derived(name + "dC0_da_L-1.formula", "∂C0/∂a^(L−1) = w^(L) σ'(z^(L)) 2(a^(L) − y) (Adding Layers)",
                        W * dadz * dCda);
    }

    /** The same link as a 1-1 network: z = W·a + b, δ = σ'(z)·2(a − y), ∂C0/∂W = δ·a^(L−1). */
    private static void layerWise(ScenarioResult r) {
        Network network = network();
        Example example = new Example(new double[] {A_PREVIOUS}, new double[] {Y});
        ForwardPass forward = network.forward(example.x());
        BackwardPass backward = network.backward(forward, example.y(), Method.documents(Loss.SUM_SQUARED_ERROR));
        String name = "000.single-neuron.";
        r.derived(name + "dC0_dw_L.network", "∂C0/∂w^(L) by Network.backward", new Source.WeightGradient(backward, 1, 0, 0))
                .derived(name + "dC0_db_L.network", "∂C0/∂b^(L) by Network.backward", new Source.BiasGradient(backward, 1, 0))
                .derived(name + "dC0_da_L-1.network", "∂C0/∂a^(L−1) by Network.backward", backward.inputGradient()[0])
                .network(new NetworkWork("The link as a 1-1 network at a(L−1) = 0.484, y = 1.00", network.copy(),
                        example, Method.documents(Loss.SUM_SQUARED_ERROR), forward, backward, null, TrainingRun.NONE));
    }

    /** "Average of All Training Examples": ∂C/∂w^(L) = (1/n) Σ_k ∂C_k/∂w^(L), two ways. */
    private static void average(ScenarioResult r) {
        List<Example> examples = examples();
        String name = "000.single-neuron.";
        double sum = 0;
        for (int k = 0; k < examples.size(); k++) {
            Chain c = chain(examples.get(k).x()[0], examples.get(k).y()[0]);
            c.cost().graph().backward(c.cost());
            r.derived(name + "average.k=" + k + ".dC_dw_L.graph", "∂C_" + k + "/∂w^(L) by backward, example k = " + k,
                    new Source.NodeGradient(c.cost(), c.w()));
            sum += c.w().gradient();
        }
        Gradients averaged = network().gradients(examples, Method.documents(Loss.SUM_SQUARED_ERROR));
        r.derived(name + "average.dC_dw_L.graph-mean", "(1/n) Σ_k ∂C_k/∂w^(L) over the graphs, n = 4",
                        sum / examples.size())
                .derived(name + "average.dC_dw_L.network", "∂C/∂w^(L) by Network.gradients (the mean), n = 4",
                        averaged.weight(1).get(0, 0))
                .derived(name + "average.dC_db_L.network", "∂C/∂b^(L) by Network.gradients (the mean), n = 4",
                        averaged.bias(1)[0]);
    }

    /** k = 0: the figure's example; k = 1, 2, 3: the chosen ones. */
    static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        examples.add(new Example(new double[] {A_PREVIOUS}, new double[] {Y}));
        for (double[] e : CHOSEN_EXAMPLES) {
            examples.add(new Example(new double[] {e[0]}, new double[] {e[1]}));
        }
        return examples;
    }
}
