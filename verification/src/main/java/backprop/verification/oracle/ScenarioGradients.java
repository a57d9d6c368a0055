package backprop.verification.oracle;

import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;

import java.util.ArrayList;
import java.util.List;

/**
 * Every gradient a scenario computes, against both oracles, whether the scenario is a document's or an
 * instructor's file: for each {@link GraphWork} the gradient of its output with respect to every input and
 * parameter of the graph, as its backward pass left it in {@link Node#gradient()}; for each
 * {@link NetworkWork} ∂L/∂W, ∂L/∂b and ∂L/∂x as Algorithm 2 gave them. Interior nodes are not varied: their
 * gradients are the factors the leaves' gradients are built from.
 */
public final class ScenarioGradients {

    private ScenarioGradients() {
    }

    /** One report per graph, then one per network, of a fresh computation of {@code s}. */
    public static List<GradientCheckReport> check(Scenario s) {
        ScenarioResult result = s.compute();
        List<GradientCheckReport> reports = new ArrayList<>();
        for (GraphWork work : result.graphs()) {
            reports.add(graph(s, work));
        }
        for (NetworkWork work : result.networks()) {
            reports.add(network(s, work));
        }
        return reports;
    }

    /** ∂output/∂v for every input and parameter v of the graph, titled "SCENARIO, WORK". */
    public static GradientCheckReport graph(Scenario s, GraphWork work) {
        return GradientCheck.ofGraph(work.graph(), work.output(), leaves(work)).titled(s.id() + ", " + work.title());
    }

    /** The leaves a graph's check varies: its inputs and parameters, in creation order. */
    public static List<Node> leaves(GraphWork work) {
        return work.graph().nodes().stream()
                .filter(n -> n.primitive() == Primitive.INPUT || n.primitive() == Primitive.PARAMETER).toList();
    }

    /** ∂L/∂W, ∂L/∂b and ∂L/∂x of the network's example, titled "SCENARIO, WORK". */
    public static GradientCheckReport network(Scenario s, NetworkWork work) {
        return GradientCheck.ofNetwork(work.before(), work.example(), work.loss(), work.backward().gradients(),
                work.backward().inputGradient()).titled(s.id() + ", " + work.title());
    }
}
