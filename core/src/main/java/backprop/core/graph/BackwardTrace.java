package backprop.core.graph;

import java.util.List;

/**
 * What a backward pass did, arc by arc, in the order it did it: the material of an answer key's
 * "local gradient × upstream gradient" table. Arcs out of a constant are not in it: a constant is not
 * differentiated, so its arc says nothing a reader needs (the consumer's local gradient already carries
 * the constant). Each node's value and gradient are read from the nodes themselves.
 *
 * @param output the node differentiated, u_n
 * @param arcs   every arc visited whose argument is not a constant, from the output down
 */
public record BackwardTrace(Node output, List<ArcStep> arcs) {

    public BackwardTrace {
        arcs = List.copyOf(arcs);
    }
}
