package backprop.examples.doc004;

import backprop.core.catalogue.MethodRun;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Method;
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

import java.util.List;

import static backprop.examples.published.Rounding.round;

/**
 * 004, "Multiple Paths": the same network with b = [0 0]; ∂L/∂w131 summed over the paths through a21
 * and a22, and its update with η = 1.
 *
 * <pre>
 * ∂L/∂w131 = (∂L/∂ŷ1·∂ŷ1/∂a21·∂a21/∂h13 + ∂L/∂ŷ2·∂ŷ2/∂a22·∂a22/∂h13)·(∂h13/∂a13)·(∂a13/∂w131)
 * </pre>
 *
 * The document sums two paths; with a softmax output there are four, because ŷ1 depends on a22 and ŷ2
 * on a21 (∂ŷ1/∂a22 = ∂ŷ2/∂a21 = −ŷ1ŷ2). The two it leaves out double the true gradient.
 */
public final class WeightW131 extends DocumentScenario {
    static final String SECTION = "Multiple Paths";
    private static final String ROUNDED = "computed from ŷ, h13 rounded to two decimals as printed; the product by hand,"
            + " to six decimals as printed (a path product is none of the z, a, δ the catalogue rounds)";

    public WeightW131() {
        super(new ScenarioHeader("004.w131", Document.D004,
                "∂L/∂w131 by its paths, and its update",
                SECTION,
                "\\frac{\\partial L}{\\partial w_{131}} = \\Big(\\frac{\\partial L}{\\partial \\hat y_1}"
                + "\\frac{\\partial \\hat y_1}{\\partial a_{21}}\\frac{\\partial a_{21}}{\\partial h_{13}}"
                + " + \\frac{\\partial L}{\\partial \\hat y_2}\\frac{\\partial \\hat y_2}{\\partial a_{22}}"
                + "\\frac{\\partial a_{22}}{\\partial h_{13}}\\Big)\\frac{\\partial h_{13}}{\\partial a_{13}}"
                + "\\frac{\\partial a_{13}}{\\partial w_{131}}"));
    }

    @Override
    public List<Input> inputs() {
        return FourFourTwoNetwork.inputs(0, 0);
    }

    @Override
    public List<PublishedValue> published() {
        return new PublishedValues(Document.D004, SECTION)
                .add("004.w131.dL_dyhat1", "∂L/∂ŷ1", "-0.46", "−2(y1 − ŷ1) = −0.46", Status.REPRODUCED,
                        "−2(1 − 0.7703) = −0.4593")
                .add("004.w131.dL_dyhat2", "∂L/∂ŷ2", "0.46", "−2(y2 − ŷ2) = 0.46", Status.REPRODUCED,
                        "−2(0 − 0.2297) = 0.4593")
                .add("004.w131.dyhat1_da21", "∂ŷ1/∂a21", "0.1771", "ŷ1(1 − ŷ1) = 0.1771",
                        Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, "0.77·0.23; the exact ŷ1(1 − ŷ1) is 0.1769")
                .add("004.w131.dyhat2_da22", "∂ŷ2/∂a22", "0.1771", "ŷ2(1 − ŷ2) = 0.1771",
                        Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, "0.23·0.77; the exact value is 0.1769")
                .add("004.w131.da21_dh13", "∂a21/∂h13 = w213", "0.2", "w213 = 0.2", Status.REPRODUCED,
                        "an entry of W2")
                .add("004.w131.da22_dh13", "∂a22/∂h13 = w223", "0.3", "w223 = 0.3", Status.REPRODUCED,
                        "an entry of W2")
                .add("004.w131.dh13_da13", "∂h13/∂a13", "0.0979", "h13 * (1 − h13) = 0.0979",
                        Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, "0.89·0.11; the exact σ'(2.1) is 0.0972; h13(1 − h13) read off the"
                                + " catalogue's rounded h13, as its backward pass reads σ' where h1 is rounded")
                .add("004.w131.da13_dw131", "∂a13/∂w131 = x1", "2", "x1 = 2", Status.REPRODUCED, "an entry of x")
                .add("004.w131.path1", "path through ŷ1", "-0.003190", "(−0.46 * 0.1771 * 0.2 * 0.0979 * 2) = −0.003190",
                        Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, ROUNDED + "; the exact product along the path is −0.003159")
                .add("004.w131.path2", "path through ŷ2", "0.004785", "(0.46 * 0.1771 * 0.3 * 0.0979 * 2) = 0.004785",
                        Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, ROUNDED + "; the exact product along the path is 0.004739")
                .add("004.w131.dL_dw131", "∂L/∂w131", "0.001595", "Sum of the paths is ∂L/∂w131 = 0.001595",
                        Status.DOCUMENT_METHOD_DIFFERS, "two of the four paths: the softmax cross paths"
                                + " (∂ŷ1/∂a22, ∂ŷ2/∂a21) are left out; the true value is 0.003159. With two softmax outputs the"
                                + " cross paths equal the kept ones: the print is half the truth, as ½Σ(ŷ − y)² would give, but"
                                + " 004's ∂L/∂ŷ1 = −0.46 is Σ's")
                .add("004.w131.w131_new", "w131 after the update", "-0.301595", "w131 = −0.3 − (1) * (0.001595)",
                        Status.DOCUMENT_METHOD_DIFFERS, "follows from ∂L/∂w131 = 0.001595, the sum of the printed paths; truly −0.303159")
                .list();
    }

    @Override
    public List<PrintedExpression> expressions() {
        return List.of(
                new PrintedExpression("004.w131.path1", "(−0.46 * 0.1771 * 0.2 * 0.0979 * 2) = −0.003190",
                        () -> -0.46 * 0.1771 * 0.2 * 0.0979 * 2, true, "−0.0031902"),
                new PrintedExpression("004.w131.path2", "(0.46 * 0.1771 * 0.3 * 0.0979 * 2) = 0.004785",
                        () -> 0.46 * 0.1771 * 0.3 * 0.0979 * 2, true, "0.0047853"),
                new PrintedExpression("004.w131.dL_dw131", "−0.003190 + 0.004785 = 0.001595",
                        () -> -0.003190 + 0.004785, true, "the printed paths add to the printed sum"),
                new PrintedExpression("004.w131.w131_new", "w131 = −0.3 − (1) * (0.001595) = −0.301595",
                        () -> -0.3 - 1 * 0.001595, true, "−0.3 − 0.001595"));
    }

    @Override
    public ScenarioResult compute() {
        ScenarioResult r = new ScenarioResult();
        Network network = FourFourTwoNetwork.network(0, 0);
        Network before = network.copy();
        ForwardPass forward = network.forward(FourFourTwoNetwork.X);
        BackwardPass backward = network.backward(forward, FourFourTwoNetwork.Y, FourFourTwoNetwork.METHOD);
        DocumentWay doc = new DocumentWay(r, published(), 0, 0);
        double[] yHat = forward.output();
        double h13 = forward.a(1)[2];
        double x1 = FourFourTwoNetwork.X[0];
        double w213 = FourFourTwoNetwork.W2[0][2];
        double w223 = FourFourTwoNetwork.W2[1][2];

        // The factors of each path: exact, and from 004's run (ŷ and h13 rounded to two decimals as 004 prints them).
        double[] dLdYHat = backward.lossGradient();
        doc.valueUnder("004.w131.dL_dyhat1", new Source.LossGradient(backward, 0), (run, method) -> lossGradient(run, method, 0));
        doc.valueUnder("004.w131.dL_dyhat2", new Source.LossGradient(backward, 1), (run, method) -> lossGradient(run, method, 1));
        double diag1 = yHat[0] * (1 - yHat[0]);
        double diag2 = yHat[1] * (1 - yHat[1]);
        doc.value("004.w131.dyhat1_da21", diag1, run -> diagonal(run, 1));
        doc.value("004.w131.dyhat2_da22", diag2, run -> diagonal(run, 2));
        r.value("004.w131.da21_dh13", Computed.exact(w213));
        r.value("004.w131.da22_dh13", Computed.exact(w223));
        // 004 takes σ'(a13) as h13(1 − h13) = 0.89·0.11 off its printed h13, as the catalogue's backward pass does
        // where h1 is rounded (σ'(2.1) at the exact a13 is 0.0972); the run has no accessor for a local gradient,
        // so it is read off the run's h13 here.
        double sigmoidDerivative = h13 * (1 - h13);
        doc.value("004.w131.dh13_da13", sigmoidDerivative, WeightW131::sigmoidDerivative);
        r.value("004.w131.da13_dw131", Computed.exact(x1));

        // Path k: ∂L/∂ŷk · ∂ŷk/∂a2k · ∂a2k/∂h13 · ∂h13/∂a13 · ∂a13/∂w131. Hand-written: a path product is none of
        // the z, a, δ the catalogue rounds, and 004 prints each to six decimals and adds the printed paths.
        double path1 = dLdYHat[0] * diag1 * w213 * sigmoidDerivative * x1;
        double path2 = dLdYHat[1] * diag2 * w223 * sigmoidDerivative * x1;
        Method method = DocumentMethod.document();
        MethodRun run = DocumentMethod.run(0, 0, method);
        double docPath1 = round(path(run, method, 1), 6);
        double docPath2 = round(path(run, method, 2), 6);
        doc.handWritten("004.w131.path1", Computed.rounded(path1, docPath1), (any, m) -> path(any, m, 1));
        doc.handWritten("004.w131.path2", Computed.rounded(path2, docPath2), (any, m) -> path(any, m, 2));

        // ∂L/∂w131 = Σ_k δ(2)_k w2k3 · h13(1 − h13) · x1: with the softmax's diagonal δ(2)_k is path k's first two
        // factors, so the sum is 004's two paths; with the full Jacobian it is the true gradient.
        double exactGradient = backward.gradients().weight(1).get(2, 0);
        double docGradient = docPath1 + docPath2;
        doc.handWritten("004.w131.dL_dw131", Computed.method(exactGradient, docGradient), new Source.WeightGradient(backward, 1, 2, 0),
                WeightW131::gradient);
        NetworkUpdate update = NetworkUpdate.take(new GradientDescent(Schedule.descent(FourFourTwoNetwork.LEARNING_RATE, 0, 0),
                FourFourTwoNetwork.METHOD), network, List.of(FourFourTwoNetwork.example()));
        doc.handWritten("004.w131.w131_new", Computed.method(network.layer(1).weights().get(2, 0),
                FourFourTwoNetwork.W1[2][0] - FourFourTwoNetwork.LEARNING_RATE * docGradient),
                new Source.WeightAfter(update.after(), 1, 2, 0), (any, m) -> FourFourTwoNetwork.W1[2][0] - FourFourTwoNetwork.LEARNING_RATE * gradient(any, m));

        // The cross paths the document leaves out: ∂L/∂ŷ1·∂ŷ1/∂a22·w223 and ∂L/∂ŷ2·∂ŷ2/∂a21·w213.
        double cross = -yHat[0] * yHat[1];
        r.derived("004.w131.path3", "path ŷ1 → a22 (left out)", dLdYHat[0] * cross * w223 * sigmoidDerivative * x1);
        r.derived("004.w131.path4", "path ŷ2 → a21 (left out)", dLdYHat[1] * cross * w213 * sigmoidDerivative * x1);
        r.derived("004.w131.loss", "L(Θ)", backward.gradients().loss());
        r.network(new NetworkWork("Forward and backward pass with b = [0 0], one update with η = 1",
                before, FourFourTwoNetwork.example(), FourFourTwoNetwork.METHOD, forward, backward,
                update, TrainingRun.NONE));
        NetworkGraph graph = NetworkGraph.build(before, FourFourTwoNetwork.example(), Loss.SUM_SQUARED_ERROR, Conventions.DOCUMENTS);
        r.graph(GraphWork.of("The 4-4-2 network as a scalar graph; ∂L/∂w131 flows through a21 and a22 (here z1[i] is the"
                + " document's pre-activation a₁ᵢ and a1[i] its activation h₁ᵢ)",
                graph.loss(), graph.weights()[0][2][0]));
        return r;
    }
    /** ∂L/∂ŷk under the method's loss, at the run's ŷ. */
    private static double lossGradient(MethodRun run, Method method, int k) {
        return method.loss().gradient(DocumentWay.output(run), FourFourTwoNetwork.Y)[k];
    }

    /** ∂ŷk/∂a2k = ŷk(1 − ŷk), the softmax Jacobian's diagonal, at the run's ŷ. */
    private static double diagonal(MethodRun run, int k) {
        return run.a(1, 2, k) * (1 - run.a(1, 2, k));
    }

    /** ∂h13/∂a13 as 004 takes it: h13(1 − h13) at the run's h13. */
    private static double sigmoidDerivative(MethodRun run) {
        return run.a(1, 1, 3) * (1 - run.a(1, 1, 3));
    }

    /** Path k's product ∂L/∂ŷk · ŷk(1 − ŷk) · w2k3 · h13(1 − h13) · x1 from the run's values. */
    private static double path(MethodRun run, Method method, int k) {
        return lossGradient(run, method, k - 1) * diagonal(run, k) * FourFourTwoNetwork.W2[k - 1][2]
                * sigmoidDerivative(run) * FourFourTwoNetwork.X[0];
    }

    /** Σ_k δ(2)_k · w2k3 · h13(1 − h13) · x1, δ(2) from the run's backward pass under its softmax rule. */
    private static double gradient(MethodRun run, Method method) {
        double upstream = run.delta(1, 2, 1) * FourFourTwoNetwork.W2[0][2] + run.delta(1, 2, 2) * FourFourTwoNetwork.W2[1][2];
        return upstream * sigmoidDerivative(run) * FourFourTwoNetwork.X[0];
    }
}
