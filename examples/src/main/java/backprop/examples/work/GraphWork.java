package backprop.examples.work;

import backprop.core.graph.BackwardTrace;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;

import java.util.List;

/**
 * A computational graph a scenario evaluated, kept so the answer key and notebooks can show each node's
 * value and each arc's localGradient × upstreamGradient.
 *
 * @param title  what the graph computes, e.g. "f(x, y, z) = x·y + z"
 * @param graph  the graph, after forward and backward
 * @param output the node differentiated
 * @param trace  the backward pass, arc by arc
 * @param wrt    the nodes whose gradients are the scenario's answers, in the order to show them
 */
public record GraphWork(String title, Graph graph, Node output, BackwardTrace trace, List<Node> wrt) {

    public GraphWork {
        wrt = List.copyOf(wrt);
    }

    /** Runs backward from {@code output} and keeps its trace. */
    public static GraphWork of(String title, Node output, Node... wrt) {
        BackwardTrace trace = output.graph().backwardTraced(output);
        return new GraphWork(title, output.graph(), output, trace, List.of(wrt));
    }
}
