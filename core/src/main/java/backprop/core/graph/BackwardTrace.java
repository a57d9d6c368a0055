package backprop.core.graph;

import java.util.List;

/**
 * What a backward pass did, arc by arc, in the order it did it, with each node's value and final
 * gradient: the material of an answer key's "local gradient × upstream gradient" table.
 *
 * @param output the node differentiated, u_n
 * @param arcs   every arc visited, from the output down
 * @param nodes  every node from u_1 to u_n with its value and ∂u_n/∂u_i
 */
public record BackwardTrace(String output, List<ArcStep> arcs, List<NodeState> nodes) {

    public BackwardTrace {
        arcs = List.copyOf(arcs);
        nodes = List.copyOf(nodes);
    }

    /** One node's value and gradient after the pass. */
    public record NodeState(String label, Primitive primitive, double value, double gradient) {
    }
}
