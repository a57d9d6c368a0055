package backprop.verification.oracle;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;

import java.util.List;

/**
 * A deliberately wrong reverse pass, for proving that the checker fails: 003's Algorithm 4 over a core
 * graph, ∂u_n/∂u_j = Σ_{i: j ∈ parents(i)} ∂u_n/∂u_i · ∂f_i/∂a_{i,π(i,j)}, with the local gradients of
 * one chosen node multiplied by a factor. With factor 1 it is a correct second implementation.
 * Test code: it uses core's local gradients, which the oracles never do.
 */
final class BuggyBackward {
    private BuggyBackward() {
    }

    /** ∂output/∂v for each v in {@code wrt}, with every local gradient of {@code wrong} multiplied by {@code factor}. */
    static double[] gradients(Graph graph, Node output, List<Node> wrt, Node wrong, double factor) {
        List<Node> nodes = graph.nodes();
        double[] gradient = new double[nodes.size()];
        gradient[output.index()] = 1.0;
        for (int i = output.index(); i >= 0; i--) {
            Node consumer = nodes.get(i);
            List<Node> arguments = consumer.arguments();
            for (int k = 0; k < arguments.size(); k++) {
                double local = consumer.localGradient(k) * (consumer == wrong ? factor : 1.0);
                gradient[arguments.get(k).index()] += local * gradient[i];
            }
        }
        return wrt.stream().mapToDouble(v -> gradient[v.index()]).toArray();
    }
}
