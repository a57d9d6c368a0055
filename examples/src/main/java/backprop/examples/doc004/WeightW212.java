package backprop.examples.doc004;

import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Intermediate.Kind;
import backprop.core.method.Intermediate;
import backprop.core.method.Schedule;
import backprop.core.network.BackwardPass;
import backprop.core.network.ForwardPass;
import backprop.core.network.GradientDescent;
import backprop.core.network.Network;
import backprop.core.network.NetworkGraph;
import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.DocumentScenario;
import backprop.examples.Input;
import backprop.examples.PrintedExpression;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.examples.published.PublishedValues;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;
import backprop.examples.work.TrainingRun;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static backprop.examples.published.Rounding.round;

/**
 * 004, "Partial Derivatives with respect to a", Parts 1–3: the forward pass of the 4-4-2 network with
 * b = [0.5 0.3], the squared-error loss, ∂L/∂w212 and its update with η = 1.
 *
 * <pre>
 * ∂L/∂w212 = (∂L/∂ŷ1)·(∂ŷ1/∂a21)·(∂a21/∂w212) = (−2(y1 − ŷ1))·(ŷ1(1 − ŷ1))·(h12)
 * w212 ← w212 − η·∂L/∂w212
 * </pre>
 *
 * The document's derivation differs from the true derivative in two ways, both visible in its numbers:
 * its printed forward pass leaves out the biases (a1 = W1·x = [2.9 1.4 2.1 2.3], though it writes
 * "+ b1"), and it keeps only the path through ŷ1, while with a softmax ŷ2 depends on a21 too
 * (∂ŷ2/∂a21 = −ŷ1ŷ2).
 */
public final class WeightW212 extends DocumentScenario {
    static final String PART_1 = "Partial Derivatives with respect to a / Part 1";
    static final String PART_3 = "Partial Derivatives with respect to a / Part 3";
    private static final String NO_BIAS = "the printed forward pass leaves out b = [0.5 0.3] (a1 = W1·x)";
    private static final String ONE_PATH = "keeps only the path through ŷ1; with a softmax ŷ2 depends on a21"
            + " too, and the biases are left out. With two softmax outputs the left-out path equals the kept one, so"
            + " the single path is half of −0.1293 with the biases, as ½Σ(ŷ − y)² would give, but 004's ∂L/∂ŷ1 is Σ's";
    /** h1 = sigmoid(a1) = [0.95 0.80 0.89 0.91], as printed (two decimals, from the bias-free a1). */
    private static final String[] PRINTED_H1 = {"0.95", "0.80", "0.89", "0.91"};

    public WeightW212() {
        super(new ScenarioHeader("004.w212", Document.D004,
                "The 4-4-2 network: forward pass, loss, ∂L/∂w212 and its update",
                PART_1,
                "\\frac{\\partial L}{\\partial w_{212}} = \\frac{\\partial L}{\\partial \\hat y_1}"
                + "\\frac{\\partial \\hat y_1}{\\partial a_{21}}\\frac{\\partial a_{21}}{\\partial w_{212}}"));
    }

    @Override
    public List<Input> inputs() {
        return FourFourTwoNetwork.inputs(0.5, 0.3);
    }

    @Override
    public List<PublishedValue> published() {
        PublishedValues v = new PublishedValues(Document.D004, PART_3);
        String[] a1 = {"2.9", "1.4", "2.1", "2.3"};
        for (int i = 0; i < 4; i++) {
            v.add(header().entryId("a1", i), "a_{1" + (i + 1) + "}", a1[i], "a1 = W1 * x + b1 = [2.9 1.4 2.1 2.3]",
                    Status.DOCUMENT_METHOD_DIFFERS, NO_BIAS + "; with b1 = 0.5 every entry is 0.5 larger");
        }
        for (int i = 0; i < 4; i++) {
            v.add(header().entryId("h1", i), "h_{1" + (i + 1) + "}", PRINTED_H1[i], "h1 = sigmoid(a1) = [0.95 0.80 0.89 0.91]",
                    Status.DOCUMENT_METHOD_DIFFERS, "σ of the bias-free a1; " + NO_BIAS);
        }
        v.add(header().entryId("a2", 0), "a_{21}", "1.66", "a2 = W2 * h1 + b2 = [1.66 0.45]", Status.DOCUMENT_METHOD_DIFFERS,
                NO_BIAS + " (b2 = 0.3 too)");
        v.add(header().entryId("a2", 1), "a_{22}", "0.45", "a2 = W2 * h1 + b2 = [1.66 0.45]", Status.DOCUMENT_METHOD_DIFFERS,
                NO_BIAS + " (b2 = 0.3 too)");
        v.add(header().entryId("yhat", 0), "ŷ1", "0.77", "ŷ = softmax(a2) = [0.77 0.23]", Status.DOCUMENT_METHOD_DIFFERS,
                "b2 cancels in the softmax, but b1 = 0.5 changes h1: with it ŷ1 = 0.782");
        v.add(header().entryId("yhat", 1), "ŷ2", "0.23", "ŷ = softmax(a2) = [0.77 0.23]", Status.DOCUMENT_METHOD_DIFFERS,
                "with b1 = 0.5, ŷ2 = 0.218");
        v.add("004.w212.loss", "L(Θ)", "0.1058", "L(Θ) = (1 − 0.77)² + (1 − 0.23)² = 0.1058",
                Status.DOCUMENT_METHOD_DIFFERS, "2·0.23² from the rounded, bias-free ŷ; the true L is 0.0951");
        v.add("004.w212.dL_dyhat1", "∂L/∂ŷ1", "-0.46", "−2(y1 − ŷ1) = −0.46", Status.DOCUMENT_METHOD_DIFFERS,
                "−2(1 − 0.77) from the bias-free ŷ1; with the biases −0.436");
        v.add("004.w212.dyhat1_da21", "∂ŷ1/∂a21", "0.1771", "ŷ1(1 − ŷ1) = 0.1771", Status.DOCUMENT_METHOD_DIFFERS,
                "0.77·0.23 from the rounded, bias-free ŷ1");
        v.add("004.w212.da21_dw212", "∂a21/∂w212 = h12", "0.8", "h12 = 0.8", Status.DOCUMENT_METHOD_DIFFERS,
                "h12 = σ(1.4) = 0.80 without b1; σ(1.9) = 0.87 with it");
        v.add("004.w212.dL_dw212", "∂L/∂w212", "-0.065", "(−0.46) * (0.1771) * (0.8) = −0.065",
                Status.DOCUMENT_METHOD_DIFFERS, ONE_PATH);
        v.add("004.w212.w212_new", "w212 after the update", "0.865", "w212 = 0.8 − (1) * (−0.065)",
                Status.DOCUMENT_METHOD_DIFFERS, "follows from the printed ∂L/∂w212 = −0.065; updating with a rounded gradient is by hand,"
                        + " outside the catalogue, which rounds z, a and δ only");
        return v.list();
    }

    @Override
    public List<PrintedExpression> expressions() {
        return List.of(
                new PrintedExpression(header().entryId("a1", 0), "a1 = W1 * x + b1 = [2.9 1.4 2.1 2.3] (first entry)",
                        () -> FourFourTwoNetwork.dot(FourFourTwoNetwork.W1[0], FourFourTwoNetwork.X) + FourFourTwoNetwork.B1,
                        false,
                        "with the printed b1 = 0.5 the first entry is 3.4; the printed 2.9 is W1·x alone"),
                new PrintedExpression(header().entryId("a2", 0), "a2 = W2 * h1 + b2 = [1.66 0.45] (first entry)",
                        () -> FourFourTwoNetwork.dot(FourFourTwoNetwork.W2[0], printedH1()) + FourFourTwoNetwork.B2, false,
                        "with the printed h1 and b2 = 0.3 the first entry is 1.96; 1.66 is W2·h1 alone"),
                new PrintedExpression("004.w212.loss", "(1 − 0.77)² + (1 − 0.23)² = 0.1058",
                        () -> Math.pow(1 - 0.77, 2) + Math.pow(1 - 0.23, 2), false,
                        "as printed it is 0.6458: y2 = 0, so the second term must be (0 − 0.23)², which gives 0.1058"),
                new PrintedExpression("004.w212.dL_dyhat1", "−2(y1 − ŷ1) = −0.46", () -> -2 * (1 - 0.77), true,
                        "y1 = 1, ŷ1 = 0.77"),
                new PrintedExpression("004.w212.dyhat1_da21", "ŷ1(1 − ŷ1) = 0.1771", () -> 0.77 * (1 - 0.77), true,
                        "0.77·0.23"),
                new PrintedExpression("004.w212.dL_dw212", "(−0.46) * (0.1771) * (0.8) = −0.065",
                        () -> -0.46 * 0.1771 * 0.8, true, "−0.0651728 rounds to −0.065"),
                new PrintedExpression("004.w212.w212_new", "w212 = 0.8 − (1) * (−0.065) = 0.865",
                        () -> 0.8 - 1 * -0.065, true, "0.8 + 0.065"));
    }

    private static double[] printedH1() {
        return Arrays.stream(PRINTED_H1).mapToDouble(Double::parseDouble).toArray();
    }

    /**
     * The printed values 004 computes on, as intermediates of the network: h1 = a(1) (σ' and a2 use it) and
     * ŷ = a(2) (the loss and every factor of ∂L/∂w212 use it), from which {@link DocumentMethod#printedRounding}
     * reconstructs how 004 rounds as it computes. a1 and a2 are printed too but nothing is computed from the
     * printed digits: a1 = W1·x is exact at its one decimal, and 004's ŷ is the same from a2 = [1.657 0.447] as
     * from the printed [1.66 0.45].
     */
    Map<String, Intermediate> printedIntermediates() {
        Map<String, Intermediate> names = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            names.put(header().entryId("h1", i), new Intermediate(Kind.A, 1, i + 1));
        }
        for (int j = 0; j < 2; j++) {
            names.put(header().entryId("yhat", j), new Intermediate(Kind.A, 2, j + 1));
        }
        return names;
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        Network network = FourFourTwoNetwork.network(FourFourTwoNetwork.B1, FourFourTwoNetwork.B2);
        Network before = network.copy();
        ForwardPass forward = network.forward(FourFourTwoNetwork.X);
        BackwardPass backward = network.backward(forward, FourFourTwoNetwork.Y, FourFourTwoNetwork.METHOD);
        DocumentWay doc = new DocumentWay(r, published(), FourFourTwoNetwork.B1, FourFourTwoNetwork.B2);

        // a1 = W1·x + b1, h1 = σ(a1), a2 = W2·h1 + b2, ŷ = softmax(a2): exact with b; 004's way without it, rounded
        for (int i = 0; i < 4; i++) {
            int neuron = i + 1;
            doc.value(header().entryId("a1", i), new Source.Z(forward, 1, i), run -> run.z(1, 1, neuron));
            doc.value(header().entryId("h1", i), new Source.A(forward, 1, i), run -> run.a(1, 1, neuron));
        }
        for (int j = 0; j < 2; j++) {
            int output = j + 1;
            doc.value(header().entryId("a2", j), new Source.Z(forward, 2, j), run -> run.z(1, 2, output));
            doc.value(header().entryId("yhat", j), new Source.A(forward, 2, j), run -> run.a(1, 2, output));
        }
        double[] yHat = forward.output();
        doc.value("004.w212.loss", backward.gradients().loss(), run -> run.lossAfter(0));

        // ∂L/∂ŷ1 = −2(y1 − ŷ1); ∂ŷ1/∂a21 = ŷ1(1 − ŷ1); ∂a21/∂w212 = h12 (0.80, printed "0.8")
        doc.valueUnder("004.w212.dL_dyhat1", new Source.LossGradient(backward, 0),
                (run, method) -> method.loss().gradient(DocumentWay.output(run), FourFourTwoNetwork.Y)[0]);
        doc.value("004.w212.dyhat1_da21", yHat[0] * (1 - yHat[0]), run -> run.a(1, 2, 1) * (1 - run.a(1, 2, 1)));
        doc.value("004.w212.da21_dw212", new Source.A(forward, 1, 1), run -> run.a(1, 1, 2)); // h12 itself

        // The one path L → ŷ1 → a21 → w212: δ(2)_1 · h12 through the softmax's diagonal, from the rounded ŷ and h1
        double docGradient = doc.value("004.w212.dL_dw212", new Source.WeightGradient(backward, 2, 0, 1),
                run -> run.weightGradient(2, 1, 2));

        // Outside the catalogue (it rounds z, a and δ, never a gradient): 004 updates with its printed −0.065,
        // the gradient rounded to three decimals, "w212 = 0.8 − (1) * (−0.065)".
        NetworkUpdate update = NetworkUpdate.take(new GradientDescent(Schedule.descent(FourFourTwoNetwork.LEARNING_RATE, 0, 0),
                FourFourTwoNetwork.METHOD), network, List.of(FourFourTwoNetwork.example()));
        doc.handWritten("004.w212.w212_new", Computed.method(network.layer(2).weights().get(0, 1),
                FourFourTwoNetwork.W2[0][1] - FourFourTwoNetwork.LEARNING_RATE * round(docGradient, 3)),
                new Source.WeightAfter(update.after(), 2, 0, 1), (run, method) -> run.weightAfter(1, 2, 1, 2));

        r.derived("004.w212.dL_da21", "∂L/∂a21 (both softmax paths)", new Source.Delta(backward, 2, 0));
        r.derived("004.w212.dL_db1", "∂L/∂b1", new Source.BiasGradient(backward, 1, 0));
        r.derived("004.w212.dL_db2", "∂L/∂b2 (cancels in the softmax)", new Source.BiasGradient(backward, 2, 0));
        r.network(new NetworkWork("Forward and backward pass with b = [0.5 0.3], one update with η = 1",
                before, FourFourTwoNetwork.example(), FourFourTwoNetwork.METHOD, forward, backward,
                update, TrainingRun.NONE));
        NetworkGraph graph = NetworkGraph.build(before, FourFourTwoNetwork.example(), Loss.SUM_SQUARED_ERROR, Conventions.DOCUMENTS);
        r.graph(GraphWork.of("The 4-4-2 network as a scalar graph; ∂L/∂w212 has two paths through the softmax (here z1[i] is"
                + " the document's pre-activation a₁ᵢ and a1[i] its activation h₁ᵢ)",
                graph.loss(), graph.weights()[1][0][1]));
        return r;
    }
}
