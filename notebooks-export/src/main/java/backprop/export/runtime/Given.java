package backprop.export.runtime;

import backprop.core.function.Activation;
import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;

/**
 * The helpers a notebook's questions give the student: the activation g, its derivative g′ and its Jacobian,
 * from core's {@link Activation}. None of them is an asked-for step: a question asks for z = W·a + b, for
 * δ = Jᵀ·∂L/∂a, for the recursion, the gradients or the update, and uses these as the formulas' g and g′.
 * All arguments not modified; every result a fresh array.
 */
public final class Given {
    private Given() {
    }

    /** a = g(z), g named as in a scenario ("sigmoid", "relu", "tanh", "identity", "softmax"). */
    public static double[] activate(String activation, double[] z) {
        return Activation.named(activation).forward(z);
    }

    /**
     * g′(z) entry by entry, for an element-wise g; {@code reluAtZero} is the value taken for ReLU′(0) (0 or 1),
     * the scenario's convention.
     */
    public static double[] derivative(String activation, double[] z, double reluAtZero) {
        double[][] j = jacobian(activation, z, reluAtZero);
        double[] d = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            d[i] = j[i][i];
        }
        return d;
    }

    /** J_ij = ∂a_i/∂z_j at z: diagonal g′(z_i) for an element-wise g, full a_i(1_{i=j} − a_j) for softmax. */
    public static double[][] jacobian(String activation, double[] z, double reluAtZero) {
        Activation g = Activation.named(activation);
        return g.jacobian(z, g.forward(z), conventions(reluAtZero));
    }

    private static Conventions conventions(double reluAtZero) {
        if (reluAtZero == 1.0) {
            return new Conventions(Conventions.ReluAtZero.ONE, Conventions.MaxTie.FIRST);
        }
        if (reluAtZero == 0.0) {
            return new Conventions(Conventions.ReluAtZero.ZERO, Conventions.MaxTie.FIRST);
        }
        throw new IllegalArgumentException("Given: ReLU′(0) is 0 or 1, not " + reluAtZero);
    }

    /**
     * ∂u/∂a_k of one node of kind {@code kind} (a core Primitive's name: ADD, MULTIPLY, POWER, EXP, LOG, SIGMOID,
     * TANH, RELU, MAX) at the argument values {@code args}, {@code exponent} used by POWER only; the documents'
     * conventions at a kink (ReLU′(0) = 1, a tied max routes to its first argument). The helper of the summation
     * question, whose asked step is the sum over consumers, not the local rule (that is asked on its own).
     */
    public static double localGradient(String kind, double[] args, double exponent, int k) {
        Graph g = new Graph(Conventions.DOCUMENTS);
        Node[] a = new Node[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = g.input("a" + (i + 1), args[i]);
        }
        Node u = node(g, kind, a, exponent);
        g.forward();
        return u.localGradient(k);
    }

    /**
     * The value of every node of a graph given as a node list (node i of kind kinds[i], a core Primitive's name,
     * with argument indices arguments[i], POWER's exponent exponents[i]; a leaf, INPUT, PARAMETER or CONSTANT,
     * takes leaves[i]): the forward pass, which the graph questions give, not ask. Nodes in topological order.
     */
    public static double[] values(String[] kinds, int[][] arguments, double[] leaves, double[] exponents) {
        Graph g = new Graph(Conventions.DOCUMENTS);
        Node[] nodes = new Node[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            if (arguments[i].length == 0) {
                nodes[i] = g.input("u" + (i + 1), leaves[i]);
            } else {
                Node[] a = new Node[arguments[i].length];
                for (int k = 0; k < a.length; k++) {
                    a[k] = nodes[arguments[i][k]];
                }
                nodes[i] = node(g, kinds[i], a, exponents[i]);
            }
        }
        g.forward();
        double[] values = new double[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            values[i] = nodes[i].value();
        }
        return values;
    }

    private static Node node(Graph g, String kind, Node[] a, double exponent) {
        return switch (kind) {
            case "ADD" -> g.add("u", a);
            case "MULTIPLY" -> g.multiply("u", a[0], a[1]);
            case "POWER" -> g.power("u", a[0], exponent);
            case "EXP" -> g.exp("u", a[0]);
            case "LOG" -> g.log("u", a[0]);
            case "SIGMOID" -> g.sigmoid("u", a[0]);
            case "TANH" -> g.tanh("u", a[0]);
            case "RELU" -> g.relu("u", a[0]);
            case "MAX" -> g.max("u", a);
            default -> throw new IllegalArgumentException("Given: no node kind '" + kind
                    + "'; known: ADD, MULTIPLY, POWER, EXP, LOG, SIGMOID, TANH, RELU, MAX");
        };
    }
}
