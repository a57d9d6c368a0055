package backprop.examples.doc003;

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

/**
 * 003, "Back-Propagation: Gate Action on Gradients":
 * "Add gate" distributes (the same) gradient; "Multiplier gate" (cross-) switches the gradient;
 * "Max gate" routes the gradient (towards the max input); at "branches", gradients add.
 *
 * <p>The figure is lost and the text prints no numbers. We take the inputs of the course the slides
 * follow, x = 3, y = −4, z = 2, w = −1, in f = 2·(x·y + max(z, w)), and add a branch: g = f + x, so x
 * reaches the output along two paths.
 */
public final class GateActions extends DocumentScenario {

    public GateActions() {
        super(new ScenarioHeader("003.gate-actions", Document.D003,
                "Gate actions: add distributes, multiply switches, max routes, branches add",
                "Back-Propagation: Gate Action on Gradients",
                "g = 2\\,(x y + \\max(z, w)) + x"));
    }

    @Override
    public List<Input> inputs() {
        String note = "the figure is lost; chosen as in the course the slides follow";
        return List.of(new Input("x", "3", Provenance.CHOSEN, note), new Input("y", "−4", Provenance.CHOSEN, note),
                new Input("z", "2", Provenance.CHOSEN, note), new Input("w", "−1", Provenance.CHOSEN, note));
    }

    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    @Override
    public ScenarioResult compute() {
        Graph g = new Graph();
        Node x = g.input("x", 3);
        Node y = g.input("y", -4);
        Node z = g.input("z", 2);
        Node w = g.input("w", -1);
        Node product = g.multiply("x·y", x, y);
        Node max = g.max("max(z,w)", z, w);
        Node sum = g.add("x·y+max", product, max);
        Node f = g.multiply("f", g.constant(2), sum);
        Node out = g.add("g", f, x);
        GraphWork work = GraphWork.of("g = 2·(x·y + max(z, w)) + x", out, x, y, z, w);
        return new ScenarioResult()
                .derived("003.gate-actions.add", "∂g/∂(x·y) = ∂g/∂max: the add gate distributes 2", new Source.NodeGradient(out, product))
                .derived("003.gate-actions.multiply_y", "∂g/∂y = x · 2: the multiplier switches", new Source.NodeGradient(out, y))
                .derived("003.gate-actions.max_z", "∂g/∂z: max routes 2 to the larger input", new Source.NodeGradient(out, z))
                .derived("003.gate-actions.max_w", "∂g/∂w: the smaller input gets 0", new Source.NodeGradient(out, w))
                .derived("003.gate-actions.branch_x", "∂g/∂x = y·2 + 1: at a branch gradients add", new Source.NodeGradient(out, x))
                .graph(work);
    }
}
