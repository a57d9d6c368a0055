package backprop.benchmarks;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;

/** The scalar graphs the benchmarks time: two long bounded chains, and the documents' small graphs. */
final class Graphs {
    private Graphs() {
    }

    /** A built graph, its output and one leaf whose gradient the benchmark returns. */
    record Built(Graph graph, Node output, Node firstLeaf) {
    }

    /** The two chains: one whose steps cost a transcendental function, one whose steps are two multiply-adds. */
    enum Chain {
        /** u_k = tanh(u_{k−1} + p_k): 3 arcs a step; each step's forward costs a tanh, its backward a cosh. */
        TANH(3, "u_k = tanh(u_{k-1} + p_k)"),
        /**
         * u_k = (u_{k−1} + p_k) · h with one constant h = 0.5 shared by every step: 4 arcs a step, no call into
         * the math library, so the time per arc is the engine's own (visiting a node, its local gradient,
         * accumulating into the argument). h has as many consumers as there are steps: its gradient is the
         * sum over all of them, Algorithm 4's sum over consumers at its widest.
         */
        ARITHMETIC(4, "u_k = (u_{k-1} + p_k) * h, no math-library call");

        final int arcsPerStep;
        /** The step as the benchmark report prints it. */
        final String formula;

        Chain(int arcsPerStep, String formula) {
            this.arcsPerStep = arcsPerStep;
            this.formula = formula;
        }
    }

    /** A chain of the given kind with a parameter p_k per step, values bounded, at least {@code arcs} arcs. */
    static Built chain(Chain kind, int arcs) {
        Graph g = new Graph();
        Node x = g.input("x", 0.1);
        Node h = kind == Chain.ARITHMETIC ? g.constant(0.5) : null;
        Node u = x;
        Node first = null;
        // Counting arcs with arcCount() in the loop condition would make building the 10⁶-arc chain quadratic.
        int steps = (arcs + kind.arcsPerStep - 1) / kind.arcsPerStep;
        for (int k = 1; k <= steps; k++) {
            Node p = g.parameter("p" + k, 0.01 * (k % 7) - 0.03);
            if (first == null) {
                first = p;
            }
            Node s = g.add("s" + k, u, p);
            u = kind == Chain.TANH ? g.tanh("u" + k, s) : g.multiply("u" + k, s, h);
        }
        return new Built(g, u, first);
    }

    /** 000's 0.48 → 0.66 node: C0 = (σ(w·a + b) − y)². */
    static Built neuron() {
        Graph g = new Graph();
        Node a = g.input("a(L-1)", 0.484);
        Node w = g.parameter("w", 0.9132515);
        Node b = g.parameter("b", 0.2178208);
        Node aL = g.sigmoid("a(L)", g.add("z", g.multiply("w·a", w, a), b));
        return new Built(g, g.square("C0", g.subtract("a−y", aL, g.constant(1))), w);
    }

    /** 003's f = x·y + z. */
    static Built xyPlusZ() {
        Graph g = new Graph();
        Node x = g.input("x", 2);
        return new Built(g, g.add("f", g.multiply("h", x, g.input("y", 3)), g.input("z", -2)), x);
    }

    /** 003's sigmoid gate, gate by gate. */
    static Built sigmoidGate() {
        Graph g = new Graph();
        Node w0 = g.parameter("w0", -2);
        Node u = g.add("u", g.multiply("w0·x0", w0, g.input("x0", 3)), g.parameter("b", 7.5));
        Node d = g.add("1+e^−u", g.exp("e^−u", g.negate("−u", u)), g.constant(1));
        return new Built(g, g.reciprocal("f", d), w0);
    }

    /** 003's ‖W·x‖², element by element. */
    static Built squaredNorm() {
        Graph g = new Graph();
        Node[] x = {g.input("x1", 0.1), g.input("x2", 0.2)};
        double[][] w = {{0.3, 0.4}, {0.5, 0.6}};
        Node first = null;
        Node[] squares = new Node[2];
        for (int i = 0; i < 2; i++) {
            Node[] terms = new Node[2];
            for (int j = 0; j < 2; j++) {
                Node wij = g.parameter("W" + i + j, w[i][j]);
                first = first == null ? wij : first;
                terms[j] = g.multiply("W·x", wij, x[j]);
            }
            squares[i] = g.square("m²", g.add("m", terms));
        }
        return new Built(g, g.add("f", squares), first);
    }
}
