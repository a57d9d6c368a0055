package backprop.export.runtime;

import java.util.Locale;

/**
 * The helpers a notebook's questions give the student: the activation g, its derivative g′ and its Jacobian, and a
 * scalar graph's forward values. None of them is an asked-for step: a question asks for z = W·a + b, for
 * δ = Jᵀ·∂L/∂a, for the recursion, the gradients, the update, a node's local gradient or the sum over its
 * consumers, and uses these as the formulas' g, g′ and u. Written here, not taken from the engine (core's
 * {@code Activation} and {@code Graph}, which {@code GivenTest} holds them to): the runtime is all of the workbook
 * on a student's class path, and the engine would answer the questions. All arguments not modified; every result
 * a fresh array.
 */
public final class Given {
    /** The kinds of a computed node, as core's {@code Primitive} names them; a node with no arguments is a leaf. */
    private static final String KINDS = "ADD, MULTIPLY, POWER, EXP, LOG, SIGMOID, TANH, RELU, MAX";

    private Given() {
    }

    /** a = g(z), g named as in a scenario ("sigmoid", "relu", "tanh", "identity", "softmax"). */
    public static double[] activate(String activation, double[] z) {
        GivenActivation g = GivenActivation.named(activation);
        requireFinite(g, z);
        return g.forward(z);
    }

    /**
     * g′(z) entry by entry, the Jacobian's diagonal (for softmax ∂a_i/∂z_i = a_i(1 − a_i)); {@code reluAtZero} is
     * the value taken for ReLU′(0), 0 or 1, the scenario's convention.
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
        GivenActivation g = GivenActivation.named(activation);
        if (reluAtZero != 0.0 && reluAtZero != 1.0) {
            throw new IllegalArgumentException("Given: ReLU′(0) is 0 or 1, not " + reluAtZero);
        }
        requireFinite(g, z);
        return g.jacobian(z, reluAtZero);
    }

    /**
     * The value of every node of a graph given as a node list: the forward pass (003's Algorithm 3), which the graph
     * questions give, not ask. Node i has kind kinds[i] (a core Primitive's name, {@value #KINDS}) and argument
     * indices arguments[i], each before i; POWER takes the exponent exponents[i]; a node with no arguments is a
     * leaf (INPUT, PARAMETER or CONSTANT) and takes leaves[i].
     *
     * @throws IllegalArgumentException for an unknown kind, a wrong number of arguments, an argument that is not
     *                                  an earlier node, or a leaf or exponent that is not finite
     * @throws ArithmeticException      if a node's value is not finite (ln 0), naming the node and its arguments
     */
    public static double[] values(String[] kinds, int[][] arguments, double[] leaves, double[] exponents) {
        double[] u = new double[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            if (arguments[i].length == 0) {
                u[i] = leaf(i, leaves[i]);
                continue;
            }
            double[] a = new double[arguments[i].length];
            for (int k = 0; k < a.length; k++) {
                a[k] = u[earlier(i, arguments[i][k])];
            }
            u[i] = node(i, kinds[i], a, exponents[i]);
            if (!Double.isFinite(u[i])) {
                throw new ArithmeticException("Given.values: u" + (i + 1) + " = " + kinds[i].toLowerCase(Locale.ROOT)
                        + "(" + arguments(arguments[i], a) + ") is " + u[i]);
            }
        }
        return u;
    }

    /** u = f(a) of one computed node, f of kind {@code kind}: the forward rules of core's Primitive. */
    private static double node(int i, String kind, double[] a, double exponent) {
        return switch (kind) {
            case "ADD" -> sum(a);
            case "MULTIPLY" -> arity(i, kind, a, 2)[0] * a[1];
            case "POWER" -> Math.pow(arity(i, kind, a, 1)[0], finiteExponent(i, exponent));
            case "EXP" -> Math.exp(arity(i, kind, a, 1)[0]);
            case "LOG" -> Math.log(arity(i, kind, a, 1)[0]);
            case "SIGMOID" -> GivenActivation.SIGMOID.value(arity(i, kind, a, 1)[0]);
            case "TANH" -> Math.tanh(arity(i, kind, a, 1)[0]);
            case "RELU" -> Math.max(0.0, arity(i, kind, a, 1)[0]);
            case "MAX" -> max(a);
            default -> throw new IllegalArgumentException("Given.values: u" + (i + 1) + " has no node kind '" + kind
                    + "'; known: " + KINDS);
        };
    }

    /** u = a_1 + … + a_n, added left to right. */
    private static double sum(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        return sum;
    }

    /** u = max(a_1, …, a_n); a tie has the tied value, whichever argument it came from. */
    private static double max(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static double leaf(int i, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Given.values: leaf u" + (i + 1) + " cannot take " + value);
        }
        return value;
    }

    private static int earlier(int i, int argument) {
        if (argument < 0 || argument >= i) {
            throw new IllegalArgumentException("Given.values: u" + (i + 1) + "'s argument " + argument
                    + " is not an earlier node (0 to " + (i - 1) + ")");
        }
        return argument;
    }

    private static double[] arity(int i, String kind, double[] a, int n) {
        if (a.length != n) {
            throw new IllegalArgumentException("Given.values: u" + (i + 1) + " (" + kind + ") takes " + n
                    + " argument(s), not " + a.length);
        }
        return a;
    }

    private static double finiteExponent(int i, double exponent) {
        if (!Double.isFinite(exponent)) {
            throw new IllegalArgumentException("Given.values: u" + (i + 1) + "'s exponent is " + exponent);
        }
        return exponent;
    }

    /** "u1 = 0.0, u3 = 2.5": a node's arguments by their node names, as the message of a value that is not finite. */
    private static String arguments(int[] indices, double[] a) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < a.length; k++) {
            s.append(k == 0 ? "" : ", ").append('u').append(indices[k] + 1).append(" = ").append(a[k]);
        }
        return s.toString();
    }

    /** Refuses a NaN or infinite z, naming the activation and the entry (1-based), as core's activations do. */
    private static void requireFinite(GivenActivation g, double[] z) {
        for (int i = 0; i < z.length; i++) {
            if (!Double.isFinite(z[i])) {
                throw new IllegalArgumentException(g.name().toLowerCase(Locale.ROOT) + ": z[" + (i + 1) + "] is " + z[i]);
            }
        }
    }
}
