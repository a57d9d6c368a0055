package backprop.examples.doc003;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.work.GraphWork;
import backprop.examples.work.Source;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.published.PublishedValues;
import backprop.examples.DocumentScenario;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;

import java.util.List;

/**
 * 003, "Back-Propagation Example 1": f(x, y, z) = x·y + z at x = 2, y = 3, z = −2.
 *
 * <pre>
 * h = x·y  ⇒ ∂h/∂x = y, ∂h/∂y = x
 * f = h + z ⇒ ∂f/∂h = 1, ∂f/∂z = 1
 * </pre>
 * The slide's forward and backward numbers were in its lost figure; the text prints the inputs and the
 * add gate's local gradients, so every other result is derived.
 */
public final class ExampleOne extends DocumentScenario {

    public ExampleOne() {
        super(new ScenarioHeader("003.example1", Document.D003,
                "f(x, y, z) = x·y + z",
                "Back-Propagation Example 1",
                "f(x,y,z) = x y + z,\\quad h = x y"));
    }

    @Override
    public List<Input> inputs() {
        return List.of(
                new Input("x", "2", Provenance.STATED, "\"e.g. x=2, y=3, z=-2\""),
                new Input("y", "3", Provenance.STATED, "\"e.g. x=2, y=3, z=-2\""),
                new Input("z", "−2", Provenance.STATED, "\"e.g. x=2, y=3, z=-2\""));
    }

    @Override
    public List<PublishedValue> published() {
        return new PublishedValues(Document.D003, section())
                .add("003.example1.df_dh", "∂f/∂h", "1", "f = h + z ⇒ ∂f/∂h = 1, ∂f/∂z = 1", Status.REPRODUCED,
                        "the add gate's local gradient")
                .add("003.example1.df_dz", "∂f/∂z", "1", "f = h + z ⇒ ∂f/∂h = 1, ∂f/∂z = 1", Status.REPRODUCED,
                        "the add gate's local gradient")
                .list();
    }

    @Override
    public ScenarioResult compute() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        Node y = g.input("y", 3);
        Node z = g.input("z", -2);
        // h = x·y; f = h + z
        Node h = g.multiply("h", x, y);
        Node f = g.add("f", h, z);
        GraphWork work = GraphWork.of("f(x, y, z) = x·y + z at x = 2, y = 3, z = −2", f, x, y, z);
        return new ScenarioResult()
                // f = h + z is the output: the add gate's local gradients are ∂f/∂h and ∂f/∂z themselves
                .value("003.example1.df_dh", Computed.exact(f.localGradient(0)), new Source.NodeGradient(f, h))
                .value("003.example1.df_dz", Computed.exact(f.localGradient(1)), new Source.NodeGradient(f, z))
                .derived("003.example1.h", "h = x·y", new Source.NodeValue(h))
                .derived("003.example1.f", "f", new Source.NodeValue(f))
                .derived("003.example1.df_dx", "∂f/∂x = y", new Source.NodeGradient(f, x))
                .derived("003.example1.df_dy", "∂f/∂y = x", new Source.NodeGradient(f, y))
                .derived("003.example1.df_dz", "∂f/∂z", new Source.NodeGradient(f, z))
                .graph(work);
    }
}
