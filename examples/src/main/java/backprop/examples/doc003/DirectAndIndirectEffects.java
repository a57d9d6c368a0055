package backprop.examples.doc003;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.graph.PathSum;
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
 * 003, "Computational Graph: Direct &amp; Indirect Effects in a Computational Graph":
 * f3(a31, a32) = e^(a31 + a32), f2(a21) = a21², u3 = f3(u2, u1), u2 = f2(u1).
 *
 * <pre>
 * direct:  ∂f3/∂a32 = e^(a31 + a32)
 * total:   ∂u3/∂u1 = e^(u1 + u2)(1 + 2u1)   (the sum over the two paths u1 → u3 and u1 → u2 → u3)
 * </pre>
 * The document prints no value of u1; we take u1 = 0.5.
 */
public final class DirectAndIndirectEffects extends DocumentScenario {
    static final double U1 = 0.5;

    public DirectAndIndirectEffects() {
        super(new ScenarioHeader("003.direct-indirect", Document.D003,
                "Direct and indirect effects: u2 = u1², u3 = e^(u1 + u2)",
                "Computational Graph / Direct & Indirect Effects in a Computational Graph",
                "\\frac{\\partial u_3}{\\partial u_1} = e^{u_1+u_2}(1 + 2u_1)"));
    }

    @Override
    public List<Input> inputs() {
        return List.of(new Input("u1", "0.5", Provenance.CHOSEN, "the document gives no value"));
    }

    @Override
    public List<PublishedValue> published() {
        return List.of();
    }

    @Override
    public ScenarioResult compute() {
        Graph g = new Graph();
        Node u1 = g.input("u1", U1);
        Node u2 = g.square("u2", u1);
        Node u3 = g.exp("u3", g.add("u2+u1", u2, u1));
        GraphWork work = GraphWork.of("u3 = e^(u1 + u2), u2 = u1²", u3, u1);
        PathSum paths = g.paths(u1, u3);
        ScenarioResult r = new ScenarioResult()
                .derived("003.direct-indirect.direct", "∂f3/∂a32 = e^(a31 + a32) (u2 held fixed)", u3.value())
                .derived("003.direct-indirect.total", "∂u3/∂u1 = e^(u1 + u2)(1 + 2u1)", new Source.NodeGradient(u3, u1));
        for (int p = 0; p < paths.paths().size(); p++) {
            r.derived("003.direct-indirect.path" + (p + 1), "path " + String.join(" → ", paths.paths().get(p).labels()),
                    paths.paths().get(p).product());
        }
        return r.graph(work);
    }
}
