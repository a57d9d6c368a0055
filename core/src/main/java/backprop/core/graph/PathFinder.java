package backprop.core.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the paths from one node up to another, for {@link Graph#paths}: 004's coloured paths.
 *
 * <p>Two steps. First, one sweep up the creation order (a topological order) marks the nodes that
 * depend on the start: only they lie on a path. Then a depth-first walk goes down from the output
 * through marked arguments only, keeping the current path on one stack that it extends and shortens
 * in place. Every step of the walk lies on a path it returns, so the work is the size of the graph
 * plus the total length of the paths: a chain of n nodes costs n, where copying the partial path at
 * every step cost n²/2 (16,000 nodes: 9.2 s). No recursion, so the depth of a chain is no limit.
 */
final class PathFinder {
    private PathFinder() {
    }

    /**
     * The paths from {@code start} up to {@code output}, in the order of each node's arguments; {@code start}
     * must not come after {@code output}.
     */
    static List<Path> between(Node start, Node output, List<Node> nodes, int maxPaths) {
        List<Path> found = new ArrayList<>();
        int from = start.index();
        boolean[] dependsOnStart = dependsOnStart(from, output.index(), nodes);
        int most = output.index() - from + 1;
        Node[] path = new Node[most];      // path[0] = output, path[d + 1] an argument of path[d]
        double[] locals = new double[most]; // locals[d] = ∂path[d]/∂path[d + 1]
        int[] next = new int[most];         // the next argument of path[d] to try
        int depth = 0;
        path[0] = output;
        while (depth >= 0) {
            Node head = path[depth];
            if (head == start) {
                found.add(record(path, locals, depth));
                if (found.size() > maxPaths) {
                    throw new IllegalStateException("paths: more than " + maxPaths + " paths from '"
                            + start.label() + "' to '" + output.label() + "'; use backward instead");
                }
                depth--;
                continue;
            }
            Node[] arguments = head.argumentArray();
            int k = next[depth];
            while (k < arguments.length && !onPath(arguments[k], from, dependsOnStart)) {
                k++;
            }
            if (k == arguments.length) {
                depth--;
                continue;
            }
            next[depth] = k + 1;
            locals[depth] = head.localGradient(k);
            depth++;
            path[depth] = arguments[k];
            next[depth] = 0;
        }
        return found;
    }

    /** d[i − from]: whether node i, from ≤ i ≤ to, is the start or takes an argument that depends on it. */
    private static boolean[] dependsOnStart(int from, int to, List<Node> nodes) {
        boolean[] d = new boolean[to - from + 1];
        d[0] = true;
        for (int i = from + 1; i <= to; i++) {
            for (Node argument : nodes.get(i).argumentArray()) {
                if (onPath(argument, from, d)) {
                    d[i - from] = true;
                    break;
                }
            }
        }
        return d;
    }

    private static boolean onPath(Node node, int from, boolean[] dependsOnStart) {
        return node.index() >= from && dependsOnStart[node.index() - from];
    }

    /** The path on the stack, written from the start up to the output. */
    private static Path record(Node[] path, double[] locals, int depth) {
        List<String> labels = new ArrayList<>(depth + 1);
        List<Double> gradients = new ArrayList<>(depth);
        for (int d = depth; d >= 0; d--) {
            labels.add(path[d].label());
            if (d > 0) {
                gradients.add(locals[d - 1]);
            }
        }
        return new Path(labels, gradients);
    }
}
