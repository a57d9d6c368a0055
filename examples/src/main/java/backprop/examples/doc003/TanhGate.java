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
 * 003, "Back-Propagation: Gate Action on Gradients tanh activation function": the local gradient of a
 * tanh gate, f'(z) = 1 − f(z)², printed as 1 − 0.9993² = 0.00139951 ~ 0.0014.
 *
 * <p>The gate's input was in the lost figure: tanh(z) printed as 0.9993 forces z ∈ [3.946, 4.018]; we
 * take z = 4. The printed derivative is computed from the rounded 0.9993; the exact 1 − tanh²(4) is
 * 0.001341, which rounds to 0.0013, not 0.0014: the fourth digit of 0.9993 carries the whole answer.
 */
public final class TanhGate extends DocumentScenario {
    static final String SECTION = "Back-Propagation: Gate Action on Gradients tanh activation function";
    static final double Z = 4;

    public TanhGate() {
        super(new ScenarioHeader("003.tanh-gate", Document.D003,
                "The tanh gate's local gradient 1 − tanh²(z)",
                SECTION,
                "f(z) = \\tanh z,\\quad f'(z) = 1 - f(z)^2"));
    }

    public static Reconstruction reconstruction() {
        return Reconstruction.solve("z", "0.9993", Math::tanh, 0, 10, Z);
    }

    @Override
    public List<Input> inputs() {
        return List.of(new Input("z", "4", Provenance.RECONSTRUCTED, reconstruction().describe()
                + "; an integer, as the slides' other inputs are"));
    }

    @Override
    public List<PublishedValue> published() {
        return new PublishedValues(Document.D003, SECTION)
                .add("003.tanh.value", "tanh(z)", "0.9993", "1 − 0.9993² = 0.00139951 ~ 0.0014", Status.REPRODUCED,
                        "tanh(4) = 0.99933; forces the reconstruction of z")
                .add("003.tanh.derivative", "1 − tanh²(z)", "0.00139951", "1 − 0.9993² = 0.00139951",
                        Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, "exact arithmetic on the rounded 0.9993;"
                                + " the exact 1 − tanh²(4) is 0.00134095; by hand: the catalogue's rounding names a network's z, a and δ, not a node of a scalar graph")
                .add("003.tanh.derivative_rounded", "1 − tanh²(z), rounded", "0.0014", "0.00139951 ~ 0.0014",
                        Status.REPRODUCED_WITH_DOCUMENT_ROUNDING, "the exact value rounds to 0.0013")
                .list();
    }

    @Override
    public List<PrintedExpression> expressions() {
        return List.of(
                new PrintedExpression("003.tanh.derivative", "1 − 0.9993² = 0.00139951", () -> 1 - 0.9993 * 0.9993,
                        true, "exact: 1 − 0.99860049"),
                new PrintedExpression("003.tanh.derivative_rounded", "0.00139951 ~ 0.0014", () -> 0.00139951, true,
                        "rounds to 0.0014"));
    }

    @Override
    public ScenarioResult compute() {
        Graph g = new Graph();
        Node z = g.input("z", Z);
        Node f = g.tanh("f", z);
        GraphWork work = GraphWork.of("f = tanh(z) at z = 4", f, z);
        // 1 − tanh² from the printed 0.9993, by hand: the catalogue of methods rounds a network's z, a and δ and
        // differentiates at z, not a node of a scalar graph from its rounded value.
        double docValue = round(f.value(), 4);
        double docDerivative = 1 - docValue * docValue;
        return new ScenarioResult()
                .value("003.tanh.value", Computed.exact(f.value()), new Source.NodeValue(f))
                .value("003.tanh.derivative", Computed.rounded(z.gradient(), docDerivative), new Source.NodeGradient(f, z))
                .value("003.tanh.derivative_rounded", Computed.rounded(z.gradient(), round(docDerivative, 4)),
                        new Source.NodeGradient(f, z))
                .graph(work);
    }
}
