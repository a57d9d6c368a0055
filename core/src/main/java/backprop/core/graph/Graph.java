package backprop.core.graph;

import java.util.Locale;
import backprop.core.NonFiniteValueException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scalar computational graph (003, Algorithms 3 and 4). Nodes are created through this class, in
 * order, and each is evaluated as it is created; {@link #forward()} re-evaluates all of them after a
 * leaf was {@link Node#set(double) set}, and {@link #backward(Node)} computes ∂u_n/∂u_j for every node.
 *
 * <p>Creation order is a topological order (an argument always exists before its consumer), so both
 * passes are plain loops over an array: no recursion and no sort.
 *
 * <p>Not thread-safe: a graph and its nodes belong to one thread at a time.
 */
public final class Graph {
    /** Enumerating paths is exponential in depth; past this many the graph is too wide to list them. */
    static final int MAX_PATHS = 100_000;

    private final Conventions conventions;
    private final List<Node> nodes = new ArrayList<>();
    /** Backward passes run so far: each stamps the nodes it reaches with its number (a long never wraps). */
    private long passes;

    /** A graph with the libraries' conventions (ReLU'(0) = 0). */
    public Graph() {
        this(Conventions.LIBRARIES);
    }

    public Graph(Conventions conventions) {
        if (conventions == null) {
            throw new IllegalArgumentException("Graph: conventions must be given");
        }
        this.conventions = conventions;
    }

    public Conventions conventions() {
        return conventions;
    }

    /** All nodes, u_1 … u_n, in creation order. Not modifiable. */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** The number of arcs: Algorithm 4's cost is proportional to it. */
    public int arcCount() {
        int arcs = 0;
        for (Node n : nodes) {
            arcs += n.argumentArray().length;
        }
        return arcs;
    }

    // ---- Leaves -----------------------------------------------------------------------------

    /** An input x_i, set into one of the first nodes (Algorithm 3: u_i ← x_i). */
    public Node input(String label, double value) {
        return leaf(label, Primitive.INPUT, value);
    }

    /** A learnable parameter such as w0 or b. */
    public Node parameter(String label, double value) {
        return leaf(label, Primitive.PARAMETER, value);
    }

    /** A fixed number, labelled by its value. */
    public Node constant(double value) {
        return leaf(formatConstant(value), Primitive.CONSTANT, value);
    }

    // ---- Primitives ---------------------------------------------------------------------------

    /** u = a_1 + … + a_n. */
    public Node add(String label, Node... arguments) {
        requireAtLeast("add", label, arguments, 1);
        return computed(label, Primitive.ADD, 1.0, arguments);
    }

    /** u = a · b. */
    public Node multiply(String label, Node a, Node b) {
        return computed(label, Primitive.MULTIPLY, 1.0, new Node[] {a, b});
    }

    /** u = a^p for a constant p. */
    public Node power(String label, Node a, double p) {
        if (!Double.isFinite(p)) {
            throw new IllegalArgumentException("power: exponent of '" + label + "' is " + p);
        }
        return computed(label, Primitive.POWER, p, new Node[] {a});
    }

    public Node exp(String label, Node a) {
        return computed(label, Primitive.EXP, 1.0, new Node[] {a});
    }

    /** u = ln a. */
    public Node log(String label, Node a) {
        return computed(label, Primitive.LOG, 1.0, new Node[] {a});
    }

    public Node sigmoid(String label, Node a) {
        return computed(label, Primitive.SIGMOID, 1.0, new Node[] {a});
    }

    public Node tanh(String label, Node a) {
        return computed(label, Primitive.TANH, 1.0, new Node[] {a});
    }

    public Node relu(String label, Node a) {
        return computed(label, Primitive.RELU, 1.0, new Node[] {a});
    }

    /** u = max(a_1, …, a_n). */
    public Node max(String label, Node... arguments) {
        requireAtLeast("max", label, arguments, 1);
        return computed(label, Primitive.MAX, 1.0, arguments);
    }

    // ---- Built from primitives ----------------------------------------------------------------

    /** −a, built as (−1) · a: its local gradient is −1, as 003's "*-1" gate. */
    public Node negate(String label, Node a) {
        return multiply(label, constant(-1), a);
    }

    /** a − b, built as a + (−1)·b. */
    public Node subtract(String label, Node a, Node b) {
        return add(label, a, negate("−" + b.label(), b));
    }

    /** 1/a, built as a^(−1): local gradient −1/a² (003's "1/x → −1/x²"). */
    public Node reciprocal(String label, Node a) {
        return power(label, a, -1);
    }

    /** a / b, built as a · b^(−1). */
    public Node divide(String label, Node a, Node b) {
        return multiply(label, a, reciprocal("1/" + b.label(), b));
    }

    /** a², built as a^2. */
    public Node square(String label, Node a) {
        return power(label, a, 2);
    }

    // ---- Algorithm 3: forward ------------------------------------------------------------------

    /** Re-evaluates every computed node, u_{m+1} … u_n, from the current leaf values. */
    public void forward() {
        // An index, not an iterator: before the JIT removes it, an iterator is an allocation per call.
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (!node.primitive().isLeaf()) {
                evaluateChecked(node);
            }
        }
    }

    // ---- Algorithm 4: backward -----------------------------------------------------------------

    /**
     * Computes ∂u_n/∂u_j for every node j, where u_n is {@code output}:
     * ∂u_n/∂u_n = 1, then for j = n−1 down to 1, ∂u_n/∂u_j = Σ_{i: j ∈ parents(i)} ∂u_n/∂u_i · ∂f_i/∂a_{i,π(i,j)}.
     * Every gradient is overwritten (0 for a node with no path to the output), so calling this twice gives the same
     * gradients, not doubled ones.
     */
    public void backward(Node output) {
        run(output, null);
    }

    /** As {@link #backward(Node)}, recording every arc's localGradient × upstreamGradient. */
    public BackwardTrace backwardTraced(Node output) {
        List<ArcStep> arcs = new ArrayList<>();
        run(output, arcs);
        return new BackwardTrace(output, arcs);
    }

    private void run(Node output, List<ArcStep> trace) {
        requireOwn("backward", output);
        // Nodes created after the output cannot reach it: ∂u_n/∂u_j = 0.
        for (int j = output.index() + 1; j < nodes.size(); j++) {
            nodes.get(j).resetGradient();
        }
        // The other nodes' gradients are cleared in the same descending pass that computes them, not in a pass
        // of their own: a node's first contribution is written, later ones are added. Once the graph outgrows
        // the cache, a second pass over every node costs as much as the arithmetic. Which nodes were reached
        // is stamped on the nodes themselves, already in the cache, rather than in an array allocated per call.
        long pass = ++passes;
        output.markReached(pass);
        output.seedGradient();
        for (int i = output.index(); i >= 0; i--) {
            Node consumer = nodes.get(i);
            if (!consumer.reachedIn(pass)) {
                consumer.resetGradient(); // no path to the output
                continue;
            }
            double upstream = consumer.gradient();
            Node[] arguments = consumer.argumentArray();
            for (int k = 0; k < arguments.length; k++) {
                Node argument = arguments[k];
                double local = consumer.localGradient(k);
                double product = local * upstream;
                if (!Double.isFinite(product)) {
                    throw new NonFiniteValueException("backward: arc " + argument.label() + " → "
                            + consumer.label() + " (" + consumer.primitive() + "): localGradient " + local
                            + " × upstreamGradient " + upstream + " = " + product);
                }
                if (argument.reachedIn(pass)) {
                    double before = argument.gradient();
                    argument.accumulate(product);
                    if (!Double.isFinite(argument.gradient())) {
                        throw new NonFiniteValueException("backward: node '" + argument.label() + "': ∂"
                                + output.label() + "/∂" + argument.label() + " accumulated to " + argument.gradient()
                                + " (" + before + " + " + product + " through arc " + argument.label() + " → "
                                + consumer.label() + ")");
                    }
                } else {
                    argument.startGradient(product);
                    argument.markReached(pass);
                }
                if (trace != null && argument.primitive() != Primitive.CONSTANT) {
                    trace.add(new ArcStep(consumer, argument, local, upstream, product));
                }
            }
        }
    }

    // ---- One node with respect to another --------------------------------------------------------

    /**
     * Whether {@code output} depends on {@code u}: u is output itself, or a chain of arcs leads from u up to
     * output. One descending pass over the nodes between them (a node created after output cannot reach it).
     */
    public boolean dependsOn(Node output, Node u) {
        requireOwn("dependsOn", output);
        requireOwn("dependsOn", u);
        if (u.index() > output.index()) {
            return false;
        }
        boolean[] reaches = new boolean[output.index() + 1];
        reaches[output.index()] = true;
        for (int i = output.index(); i > u.index(); i--) {
            if (reaches[i]) {
                for (Node argument : nodes.get(i).argumentArray()) {
                    reaches[argument.index()] = true;
                }
            }
        }
        return reaches[u.index()];
    }

    /**
     * ∂of/∂by: Algorithm 4 run from {@code of}, read at {@code by} (∂of/∂of = 1; ∂(x + y)/∂x = 1 is a gate's
     * local gradient). Refused when {@code of} does not depend on {@code by}: the backward pass would say 0, an
     * answer to a question the graph does not ask. Overwrites every node's gradient, as {@link #backward} does.
     */
    public double derivative(Node of, Node by) {
        if (!dependsOn(of, by)) {
            throw new IllegalArgumentException("derivative: '" + of.label() + "' does not depend on '"
                    + by.label() + "'");
        }
        backward(of);
        return by.gradient();
    }

    // ---- Total derivative as a sum over paths --------------------------------------------------

    /**
     * ∂output/∂start as the sum over every path from {@code start} up to {@code output} of the product
     * of the local gradients along it. The number of paths can be exponential in depth: meant for the
     * lecture-size graphs whose paths a student draws, checked against {@link #backward(Node)}. The work
     * is linear in the size of the graph plus the total length of the paths returned.
     *
     * @throws IllegalStateException if there are more than {@value #MAX_PATHS} paths
     */
    public PathSum paths(Node start, Node output) {
        requireOwn("paths", start);
        requireOwn("paths", output);
        if (output.index() < start.index()) {
            return new PathSum(start.label(), output.label(), List.of()); // created after the output: no path
        }
        return new PathSum(start.label(), output.label(), PathFinder.between(start, output, nodes, MAX_PATHS));
    }

    // ---- Construction helpers ------------------------------------------------------------------

    private Node leaf(String label, Primitive primitive, double value) {
        requireLabel(primitive, label);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(primitive.name().toLowerCase(Locale.ROOT) + ": '" + label
                    + "' cannot take " + value);
        }
        Node node = new Node(this, nodes.size(), label, primitive, 1.0, new Node[0]);
        node.setLeafValue(value);
        nodes.add(node);
        return node;
    }

    private Node computed(String label, Primitive primitive, double exponent, Node[] arguments) {
        requireLabel(primitive, label);
        for (Node a : arguments) {
            if (a == null) {
                throw new IllegalArgumentException(primitive.name().toLowerCase(Locale.ROOT) + " '" + label
                        + "': an argument is null");
            }
            requireOwn(primitive.name().toLowerCase(Locale.ROOT) + " '" + label + "'", a);
        }
        Node node = new Node(this, nodes.size(), label, primitive, exponent, arguments.clone());
        evaluateChecked(node);
        nodes.add(node);
        return node;
    }

    private static void evaluateChecked(Node node) {
        node.evaluate();
        if (!Double.isFinite(node.value())) {
            StringBuilder args = new StringBuilder();
            for (Node a : node.argumentArray()) {
                args.append(args.length() == 0 ? "" : ", ").append(a.label()).append(" = ").append(a.value());
            }
            throw new NonFiniteValueException("forward: node '" + node.label() + "' = "
                    + node.primitive().name().toLowerCase(Locale.ROOT) + "(" + args + ") is " + node.value());
        }
    }

    private void requireOwn(String operation, Node node) {
        if (node.graph() != this) {
            throw new IllegalArgumentException(operation + ": node '" + node.label()
                    + "' belongs to another graph");
        }
    }

    private static void requireLabel(Primitive primitive, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException(primitive.name().toLowerCase(Locale.ROOT) + ": a node needs a label");
        }
    }

    private static void requireAtLeast(String op, String label, Node[] arguments, int n) {
        if (arguments == null || arguments.length < n) {
            throw new IllegalArgumentException(op + " '" + label + "': needs at least " + n + " argument(s), got "
                    + (arguments == null ? 0 : arguments.length));
        }
    }

    /** "2", "-1", "0.5"; never "-0": a constant's label shows its value, and −0.0 has the value 0. */
    private static String formatConstant(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    @Override
    public String toString() {
        return "Graph" + Arrays.toString(nodes.toArray());
    }
}
