package backprop.examples.doc003;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.GradientDescent;
import backprop.core.network.Network;
import backprop.core.network.Trainer;
import backprop.examples.Document;
import backprop.examples.DocumentScenario;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;
import backprop.examples.work.TrainingRun;

import java.util.List;

/**
 * 003, "Multi-Layer Neural Network" and "Cost Minimization -&gt; Iterative Weight Update/Training":
 * f(x; θ) = b + V·sigmoid(c + W·x), the regularised cost
 * J(θ) = λ‖ω‖² + (1/n) Σ_t ‖y^t − (b + V·sigmoid(c + W·x^t))‖², and the classical update
 * <pre>
 * ω ← ω − ε(2λω + ∇_ω L(f(x^t; θ), y^t))     (ω: the elements of W and V)
 * β ← β − ε ∇_β L(f(x^t; θ), y^t)             (β = (b, c): offsets are not penalised)
 * </pre>
 * with t incremented after each example. The document prints no numbers: every input is chosen (a 2-3-2
 * network, two training pairs, λ = 0.01, ε = 0.1), every result derived.
 */
public final class RegularisedNetwork extends DocumentScenario {
    static final double[][] W = {{0.2, -0.4}, {0.7, 0.1}, {-0.3, 0.5}};
    static final double[] C = {0.1, -0.1, 0.2};
    static final double[][] V = {{0.6, -0.2, 0.3}, {-0.5, 0.4, 0.1}};
    static final double[] B = {0.05, -0.05};
    static final List<Example> DATA = List.of(
            new Example(new double[] {1.0, 0.5}, new double[] {1.0, 0.0}),
            new Example(new double[] {-0.5, 1.0}, new double[] {0.0, 1.0}));
    static final double LAMBDA = 0.01;
    static final double EPSILON = 0.1;
    static final int EPOCHS = 60;

    public RegularisedNetwork() {
        super(new ScenarioHeader("003.regularised-mlp", Document.D003,
                "f(x; θ) = b + V·sigmoid(c + W·x) with the regularised cost J and its updates of ω and β",
                "Cost Minimization -> Iterative Weight Update/Training",
                "J(\\theta) = \\lambda\\|\\omega\\|^2 + \\frac{1}{n}\\sum_{t=1}^n \\|\\mathbf{y}^t - (\\mathbf{b}"
                + " + \\mathbf{V}\\,\\mathrm{sigmoid}(\\mathbf{c} + \\mathbf{W}\\mathbf{x}^t))\\|^2"));
    }

    @Override
    public List<Input> inputs() {
        String note = "the document prints no numbers; chosen";
        return List.of(
                new Input("W", Precision.matrix(W), Provenance.CHOSEN, note),
                new Input("c", Precision.vector(C), Provenance.CHOSEN, note),
                new Input("V", Precision.matrix(V), Provenance.CHOSEN, note),
                new Input("b", Precision.vector(B), Provenance.CHOSEN, note),
                new Input("(x¹, y¹), (x², y²)", DATA.stream()
                        .map(e -> "(" + Precision.vector(e.x()) + ", " + Precision.vector(e.y()) + ")")
                        .collect(java.util.stream.Collectors.joining(", ")), Provenance.CHOSEN, note),
                new Input("λ", Precision.shortest(LAMBDA), Provenance.CHOSEN, note),
                new Input("ε", Precision.shortest(EPSILON), Provenance.CHOSEN, note));
    }

    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    /** The network with the chosen θ: hidden sigmoid layer (W, c), affine output (V, b). */
    static Network network() {
        return new Network(List.of(
                new DenseLayer(W, C, BiasLayout.PER_NEURON, Activation.SIGMOID),
                new DenseLayer(V, B, BiasLayout.PER_NEURON, Activation.IDENTITY)));
    }

    /** 003's method: L = Σ(ŷ − y)², every gradient before any weight changes. */
    static final Method METHOD = Method.standard(Loss.SUM_SQUARED_ERROR, Conventions.LIBRARIES);

    /** ε, no momentum, λ; one update per example (003: "t is incremented after each training example"). */
    static final Schedule SCHEDULE = new Schedule(EPSILON, 0.0, LAMBDA, EPOCHS, 0.0, Schedule.Batching.PER_EXAMPLE);

    @Override
    public ScenarioResult compute() {
        Network network = network();
        Network before = network.copy();
        Example first = DATA.get(0);
        ForwardPass forward = network.forward(first.x(), METHOD);
        BackwardPass backward = network.backward(forward, first.y(), METHOD);
        double costBefore = network.cost(DATA, METHOD, LAMBDA);
        // One step on (x¹, y¹): ω ← ω − ε(2λω + ∇_ω L), β ← β − ε∇_β L
        NetworkUpdate update = NetworkUpdate.take(new GradientDescent(SCHEDULE, METHOD), network, List.of(first));
        Network afterOne = update.after();
        double costAfter = network.cost(DATA, METHOD, LAMBDA);

        Network trained = network();
        Trainer.TrainingHistory history = Trainer.train(trained, DATA, SCHEDULE, METHOD);

        return new ScenarioResult()
                .derived("003.regularised-mlp.penalty", "λ‖ω‖²", before.penalty(LAMBDA))
                .derived("003.regularised-mlp.J", "J(θ) before the update", costBefore)
                .derived("003.regularised-mlp.dL_dW11", "∇_W L, entry (1,1), on (x¹, y¹)", new Source.WeightGradient(backward, 1, 0, 0))
                .derived("003.regularised-mlp.W11_new", "W_11 ← W_11 − ε(2λW_11 + ∂L/∂W_11)", new Source.WeightAfter(afterOne, 1, 0, 0))
                .derived("003.regularised-mlp.dL_dc1", "∇_c L, entry 1, on (x¹, y¹)", new Source.BiasGradient(backward, 1, 0))
                .derived("003.regularised-mlp.c1_new", "c_1 ← c_1 − ε ∂L/∂c_1 (offsets not penalised)", new Source.BiasAfter(afterOne, 1, 0))
                .derived("003.regularised-mlp.J_after", "J(θ) after one update", costAfter)
                .derived("003.regularised-mlp.J_trained", "J(θ) after " + Precision.count(EPOCHS, "epoch"),
                        history.costs().get(history.costs().size() - 1))
                .network(new NetworkWork("One update on (x¹, y¹) with λ = 0.01, ε = 0.1; then "
                        + Precision.count(EPOCHS, "epoch") + " of per-example descent",
                        before, first, METHOD, forward, backward,
                        update, TrainingRun.of(history.costs(), DATA.size(), LAMBDA, before, trained)));
    }
}
