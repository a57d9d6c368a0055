package backprop.core.graph;

import java.util.List;

/**
 * One node u_i of a computational graph: its label in the document's notation, the primitive f_i
 * that computes it, and its arguments a^i = (u_j), j ∈ parents(i).
 *
 * <p>Mutable state, and who changes it: {@code value} is set by {@link #set(double)} on a leaf or by
 * {@link Graph#forward()}; {@code gradient} is written only by {@link Graph#backward(Node)}. Nodes are
 * created by a {@link Graph}, never directly.
 */
public final class Node {
    private final Graph graph;
    private final int index;
    private final String label;
    private final Primitive primitive;
    private final double exponent;
    private final Node[] arguments;
    private final double[] argumentValues;
    private double value;
    private double gradient;
    /** The number of the last backward pass that found a path from this node to its output. */
    private long reachedInPass;

    Node(Graph graph, int index, String label, Primitive primitive, double exponent, Node[] arguments) {
        this.graph = graph;
        this.index = index;
        this.label = label;
        this.primitive = primitive;
        this.exponent = exponent;
        this.arguments = arguments;
        this.argumentValues = new double[arguments.length];
    }

    /** The label in the document's notation, e.g. "w0", "h", "u3". */
    public String label() {
        return label;
    }

    public Primitive primitive() {
        return primitive;
    }

    /** The constant exponent p of a POWER node (a^p); 1 for every other primitive. */
    public double exponent() {
        return exponent;
    }

    /** u_i, as of the last forward evaluation or {@link #set(double)}. */
    public double value() {
        return value;
    }

    /** ∂u_n/∂u_i for the output u_n of the last backward pass; 0 before any. */
    public double gradient() {
        return gradient;
    }

    /** The arguments a^i in the order f_i takes them. Not modified by the caller: a copy. */
    public List<Node> arguments() {
        return List.of(arguments);
    }

    /** The position of this node in its graph's creation order (Algorithm 3's i). */
    public int index() {
        return index;
    }

    public Graph graph() {
        return graph;
    }

    /**
     * Sets the value of a leaf (an input, parameter or constant). Computed nodes keep their old values
     * until {@link Graph#forward()} runs again.
     *
     * @throws IllegalStateException if this node is computed from arguments
     */
    public void set(double newValue) {
        if (!primitive.isLeaf()) {
            throw new IllegalStateException("set: node '" + label + "' is computed by " + primitive
                    + "; only inputs, parameters and constants can be set");
        }
        if (!Double.isFinite(newValue)) {
            throw new IllegalArgumentException("set: node '" + label + "' cannot take " + newValue);
        }
        value = newValue;
    }

    /** ∂f_i/∂a_{i,k}: the local gradient along the arc from argument k into this node. */
    public double localGradient(int k) {
        return primitive.localGradient(argumentValues, value, exponent, k, graph.conventions());
    }

    /** True where this node's derivative does not exist: a ReLU at 0, or a max whose maximum is attained twice. */
    public boolean atKink() {
        return primitive.atKink(argumentValues, value);
    }

    /**
     * The one-sided range of ∂f_i/∂a_{i,k}: [0, 1] for a ReLU at 0 and for each tied argument of a max; the
     * point {@link #localGradient(int)} everywhere else. The convention's value always lies inside it.
     */
    public Kinks.Interval localGradientRange(int k) {
        return atKink() && primitive.kinkedArgument(argumentValues, value, k) ? new Kinks.Interval(0.0, 1.0)
                : Kinks.Interval.point(localGradient(k));
    }

    // Package-private engine hooks, used by Graph only.

    Node[] argumentArray() {
        return arguments;
    }

    void evaluate() {
        for (int k = 0; k < arguments.length; k++) {
            argumentValues[k] = arguments[k].value;
        }
        value = primitive.forward(argumentValues, exponent);
    }

    void setLeafValue(double v) {
        value = v;
    }

    void resetGradient() {
        gradient = 0.0;
    }

    void seedGradient() {
        gradient = 1.0;
    }

    boolean reachedIn(long pass) {
        return reachedInPass == pass;
    }

    void markReached(long pass) {
        reachedInPass = pass;
    }

    /** The first contribution to ∂u_n/∂u_i in a backward pass: written, so no pass to clear gradients is needed. */
    void startGradient(double contribution) {
        gradient = contribution;
    }

    void accumulate(double contribution) {
        gradient += contribution;
    }

    @Override
    public String toString() {
        return label + " = " + value;
    }
}
