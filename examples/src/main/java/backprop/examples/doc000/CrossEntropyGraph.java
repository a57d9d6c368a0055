package backprop.examples.doc000;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.graph.Node;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;
import backprop.core.network.NetworkGraph;
import backprop.examples.Document;
import backprop.examples.DocumentScenario;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;
import backprop.examples.work.TrainingRun;

import java.util.List;

/**
 * 000, "Sample Computation Graph for a simple 2-layer NN", "Derivative of the CE Loss Function with
 * Respect to z" and "Derivative of the Sigmoid and the Chain Rule" (eqs. 12–15), on a 2-2-1 network we
 * choose (the figure is lost): sigmoid hidden and output neurons, a^[2] the output.
 *
 * <pre>
 * L_CE(a^[2], y) = −[y log a^[2] + (1 − y) log(1 − a^[2])]                    (12)
 * ∂L/∂a^[2] = −(y/a^[2] + (y − 1)/(1 − a^[2]))                                 (13)
 * ∂a^[2]/∂z = a^[2](1 − a^[2])                                                  (14)
 * ∂L/∂z = ∂L/∂a^[2] · ∂a^[2]/∂z = −(y/a^[2] + (y − 1)/(1 − a^[2])) a^[2](1 − a^[2]) = a^[2] − y   (15)
 * </pre>
 *
 * log is the natural logarithm, as in eq. (13)'s ∂log(a)/∂a = 1/a. ∂L/∂z is also δ of the output layer
 * in {@code Network.backward} with {@code Loss.BINARY_CROSS_ENTROPY}, and the gradient at the node z2[1]
 * of the same network written as a scalar graph ({@code NetworkGraph}). Both targets y = 1 and y = 0.
 */
public final class CrossEntropyGraph extends DocumentScenario {
    static final String SECTION = "Sample Computation Graph for a simple 2-layer NN";
    static final double[] X = {1.0, -2.0};
    static final double[][] W1 = {{0.5, -0.3}, {0.8, 0.2}};
    static final double[] B1 = {0.1, -0.1};
    static final double[][] W2 = {{1.2, -0.7}};
    static final double[] B2 = {0.3};
    static final double[] TARGETS = {1, 0};

    public CrossEntropyGraph() {
        super(new ScenarioHeader("000.cross-entropy-graph", Document.D000,
                "∂L_CE/∂z = a[2] − y on a simple 2-layer NN, by eqs. (13)–(15), Network.backward and the graph",
                SECTION,
                "\\frac{\\partial L}{\\partial z} = -\\left(\\frac{y}{a^{[2]}} + \\frac{y-1}{1-a^{[2]}}\\right)"
                + " a^{[2]}(1 - a^{[2]}) = a^{[2]} - y"));
    }

    @Override
    public List<Input> inputs() {
        String lost = "the figure of the sample graph is lost and prints no numbers; chosen";
        return List.of(
                new Input("x", Precision.vector(X), Provenance.CHOSEN, lost + ": two inputs"),
                new Input("W[1]", Precision.matrix(W1), Provenance.CHOSEN, lost + "; row j is hidden neuron j"),
                new Input("b[1]", Precision.vector(B1), Provenance.CHOSEN, lost + ", one bias per neuron"),
                new Input("W[2]", Precision.matrix(W2), Provenance.CHOSEN, lost + ": one output neuron"),
                new Input("b[2]", Precision.vector(B2), Provenance.CHOSEN, lost),
                new Input("g", "σ in both layers", Provenance.STATED, "eq. (14) differentiates a sigmoid output;"
                        + " the hidden sigmoid is chosen"),
                new Input("y", "1, then 0", Provenance.CHOSEN, "both values a binary label takes in eq. (12)"));
    }

    /** The document prints no number for the sample graph: its results are formulas. */
    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    static Network network() {
        return new Network(List.of(
                new DenseLayer(W1, B1, BiasLayout.PER_NEURON, Activation.SIGMOID),
                new DenseLayer(W2, B2, BiasLayout.PER_NEURON, Activation.SIGMOID)));
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        for (double y : TARGETS) {
            target(r, y);
        }
        return r;
    }

    /** Eqs. (12)–(15) for one target y, by formula, layer-wise and through the graph. */
    private static void target(ScenarioResult r, double y) {
        Network network = network();
        Example example = new Example(X, new double[] {y});
        ForwardPass forward = network.forward(X);
        BackwardPass backward = network.backward(forward, example.y(), Method.documents(Loss.BINARY_CROSS_ENTROPY));
        double a = forward.output()[0];
        String name = "000.cross-entropy-graph.y=" + (int) y + ".";
        r.derived(name + "a2", "a^[2]", new Source.A(forward, 2, 0))
                .derived(name + "eq12", "L_CE = −[y log a^[2] + (1 − y) log(1 − a^[2])]",
                        -(y * Math.log(a) + (1 - y) * Math.log(1 - a)))
                .derived(name + "loss.network", "L_CE by Loss.BINARY_CROSS_ENTROPY", backward.gradients().loss());
        byEquations(r, name, a, y);
        r.derived(name + "dL_da2.network", "∂L/∂a^[2] by Loss.BINARY_CROSS_ENTROPY.gradient",
                        new Source.LossGradient(backward, 0))
                .derived(name + "dL_dz.network", "∂L/∂z = δ of the output layer, Network.backward",
                        new Source.Delta(backward, 2, 0))
                .network(new NetworkWork("The 2-2-1 network with L_CE at y = " + (int) y, network.copy(), example,
                        Method.documents(Loss.BINARY_CROSS_ENTROPY), forward, backward, null, TrainingRun.NONE));
        throughGraph(r, name, network, example);
    }

    /** The printed lines of eqs. (13)–(15) after the first, each evaluated as written. */
    private static void byEquations(ScenarioResult r, String name, double a, double y) {
        // (13) −((y·1/a) + (1 − y)·1/(1 − a)·(−1)) = −(y/a + (y − 1)/(1 − a))
        double dLdaLine2 = -((y * (1 / a)) + (1 - y) * (1 / (1 - a)) * (-1));
        double dLda = -(y / a + (y - 1) / (1 - a));
        // (14) ∂a/∂z = a(1 − a);  (15) ∂L/∂z = ∂L/∂a · ∂a/∂z = a − y
        double dadz = a * (1 - a);
        r.derived(name + "eq13.line2", "−((y · 1/a^[2]) + (1 − y) · 1/(1 − a^[2]) · (−1))", dLdaLine2)
                .derived(name + "eq13.line3", "∂L/∂a^[2] = −(y/a^[2] + (y − 1)/(1 − a^[2]))", dLda)
                .derived(name + "eq14", "∂a^[2]/∂z = a^[2](1 − a^[2])", dadz)
                .derived(name + "eq15.line2", "−(y/a^[2] + (y − 1)/(1 − a^[2])) a^[2](1 − a^[2])", dLda * dadz)
                .derived(name + "eq15.line3", "a^[2] − y", a - y);
    }

    /** The same network and loss as a scalar graph: ∂L/∂a^[2] at a2[1], ∂L/∂z at z2[1]. */
    private static void throughGraph(ScenarioResult r, String name, Network network, Example example) {
        NetworkGraph graph = NetworkGraph.build(network, example, Loss.BINARY_CROSS_ENTROPY, Conventions.DOCUMENTS);
        Node z = node(graph, "z2[1]");
        Node a = graph.outputs()[0];
        r.graph(GraphWork.of("L_CE of the 2-2-1 network at y = " + (int) example.y()[0], graph.loss(), a, z));
        r.derived(name + "dL_da2.graph", "∂L/∂a^[2] by backward through the graph", a.gradient(),
                        new Source.NodeGradient(graph.loss(), a))
                .derived(name + "dL_dz.graph", "∂L/∂z by backward through the graph", z.gradient(),
                        new Source.NodeGradient(graph.loss(), z));
    }

    private static Node node(NetworkGraph graph, String label) {
        // the labels asked for are NetworkGraph's own, so the node is always there
        return graph.graph().nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow();
    }
}
