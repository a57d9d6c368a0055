package backprop.verification.oracle;

import backprop.core.function.Loss;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The second oracle: forward-mode automatic differentiation with commons-math3's
 * {@link DerivativeStructure}, which carries (u, ∂u/∂x_j) through every operation by the rules of calculus
 * it implements itself, exact up to rounding; nothing of core's backward pass, local gradients, activation
 * Jacobians or loss gradients is used.
 *
 * <p>One direction at a time: a base pass evaluates f with every variable a constant, then pass j makes
 * x_j the one free parameter (order 1) and evaluates again only the nodes that depend on it, reading the
 * others' values from the base pass. Memory is O(nodes): two arrays of two-number structures, whatever the
 * number of variables n (all n free at once took n + 1 numbers per node: 6.3 GB for a 50-50-3 network's
 * 2,703 parameters, issue 22). Time is O(Σ_j the nodes that depend on x_j) ≤ O(n · nodes), a small part of
 * the finite differences' O(n · nodes · evaluations per extrapolation).
 *
 * <p>{@link #ofGraph} re-evaluates a core {@link Graph} from its structure alone (each node's
 * primitive, exponent, arguments and the leaves' values): ADD → add, MULTIPLY → multiply, POWER → pow(p),
 * EXP → exp, LOG → log, SIGMOID → 1/(1 + e^−a) or e^a/(1 + e^a) written out, TANH → tanh, RELU and MAX by
 * the branch the value takes. {@link #ofNetwork} evaluates a network with its own loops
 * ({@link NetworkForwardMode}).
 *
 * <p>Pitfalls, measured in {@code ForwardModeTest}: SIGMOID written as 1/(1 + e^−a) alone overflows for
 * a &lt; −709 (e^−a = ∞, and the derivative becomes NaN), so a negative a takes e^a/(1 + e^a), which
 * gives σ(−1e10) = 0 with derivative 0. At a kink the pass follows one branch (ReLU: 0 at a = 0; max: the
 * first maximal argument) and reports the {@link Kink}: its derivative there is a convention, not a
 * derivative, and a check must not use it. A value or derivative that overflows all the same is refused
 * with an {@link ArithmeticException} naming the node.
 */
public final class ForwardMode {

    private ForwardMode() {
    }

    /**
     * ∂output/∂v for every v in {@code variables}, evaluated at the graph's current leaf values.
     * Arguments not modified: the graph is only read.
     *
     * @param variables leaves of the graph (inputs, parameters or constants), each at most once
     * @throws IllegalArgumentException if a variable is not a leaf of this graph or appears twice
     * @throws ArithmeticException      if a value or derivative is not finite, naming the node
     */
    public static ForwardDerivatives ofGraph(Graph graph, Node output, List<Node> variables) {
        requireOwn(graph, output, "output");
        positions(graph, variables);
        return ofGraph(graph, output, variables, new PassRecord(variables.stream().map(Node::label).toList()));
    }

    /** As {@link #ofGraph(Graph, Node, List)}, the passes noted in {@code record} (a test reads its evaluations). */
    static ForwardDerivatives ofGraph(Graph graph, Node output, List<Node> variables, PassRecord record) {
        List<Node> nodes = graph.nodes();
        boolean[] needed = ancestors(nodes, output);
        int last = output.index();
        DerivativeStructure[] base = new DerivativeStructure[last + 1];
        for (int i = 0; i <= last; i++) {
            if (needed[i]) {
                Node node = nodes.get(i);
                base[i] = node.primitive().isLeaf() ? constant(node.value())
                        : record.computed(requireFinite(node, evaluate(node, base, base, record)));
            }
        }
        // pass j: x_j free, every node that depends on it evaluated again, the others read from base
        DerivativeStructure[] moved = new DerivativeStructure[last + 1];
        for (int j = 0; j < variables.size(); j++) {
            record.direction(j);
            Arrays.fill(moved, null);
            Node v = variables.get(j);
            if (v.index() > last || !needed[v.index()]) {
                continue;
            }
            moved[v.index()] = new DerivativeStructure(1, 1, 0, v.value());
            for (int i = v.index() + 1; i <= last; i++) {
                Node node = nodes.get(i);
                if (needed[i] && movedArgument(node, moved)) {
                    moved[i] = record.computed(requireFinite(node, evaluate(node, moved, base, record)));
                }
            }
            record.output(moved[last]);
        }
        return record.result(base[last].getValue());
    }

    /**
     * ∂L/∂W^(k)_ji, ∂L/∂b^(k), ∂L/∂x_i of one example, in the order of {@link #networkVariables}; the
     * network, example and loss are only read.
     */
    public static ForwardDerivatives ofNetwork(Network network, Example example, Loss loss) {
        return NetworkForwardMode.evaluate(network, example, loss);
    }

    /**
     * The variables of a network in the order of {@link #ofNetwork}: per layer k = 1…l, W^(k) row by row
     * ("W2[1,3]" is W^(2)_13), then b^(k) ("b2[1]", or "b2" when shared); then the inputs "x[1]", ….
     * The labels are NetworkGraph's.
     */
    public static List<String> networkVariables(Network network) {
        return NetworkForwardMode.variables(network);
    }

    /** A value that no variable moves: [c, 0]. */
    static DerivativeStructure constant(double c) {
        return new DerivativeStructure(1, 1, c);
    }

    private static boolean movedArgument(Node node, DerivativeStructure[] moved) {
        for (Node a : node.arguments()) {
            if (moved[a.index()] != null) {
                return true;
            }
        }
        return false;
    }

    /** Argument k of the node: as moved in this pass, or as in the base pass. */
    private static DerivativeStructure argument(Node node, int k, DerivativeStructure[] moved,
                                                DerivativeStructure[] base) {
        int i = node.arguments().get(k).index();
        return moved[i] != null ? moved[i] : base[i];
    }

    // u = f(a), by the node's primitive, on derivative structures.
    private static DerivativeStructure evaluate(Node node, DerivativeStructure[] moved, DerivativeStructure[] base,
                                                PassRecord s) {
        DerivativeStructure a = argument(node, 0, moved, base);
        return switch (node.primitive()) {
            case ADD -> {
                DerivativeStructure sum = a;
                for (int k = 1; k < node.arguments().size(); k++) {
                    sum = sum.add(argument(node, k, moved, base));
                }
                yield sum;
            }
            case MULTIPLY -> a.multiply(argument(node, 1, moved, base));
            case POWER -> {
                double p = node.exponent();
                if (p < 0 || p != Math.rint(p)) {
                    s.singularity(a);
                }
                yield a.pow(p);
            }
            case EXP -> a.exp();
            case LOG -> {
                s.singularity(a);
                yield a.log();
            }
            case SIGMOID -> sigmoid(a);
            case TANH -> a.tanh();
            case RELU -> {
                s.kink(node.index(), node.label(), "ReLU argument " + node.arguments().get(0).label() + " = 0", a);
                yield a.getValue() > 0 ? a : constant(0.0);
            }
            case MAX -> max(node, moved, base, s);
            case INPUT, PARAMETER, CONSTANT -> throw new IllegalStateException("leaf " + node.label());
        };
    }

    /**
     * σ(a) = 1/(1 + e^−a) for a ≥ 0, and the same function written e^a/(1 + e^a) for a &lt; 0, where e^−a
     * would overflow (a &lt; −709) and its derivative become NaN; there e^a underflows to 0 instead, and
     * σ(−1e10) = 0 with derivative 0, as the exact values round.
     */
    static DerivativeStructure sigmoid(DerivativeStructure a) {
        if (a.getValue() >= 0) {
            return a.negate().exp().add(1.0).reciprocal();
        }
        DerivativeStructure e = a.exp();
        return e.divide(e.add(1.0));
    }

    /** max(a_1, …, a_m) = a_p for the first maximal p; a tie a_p = a_q is a kink of a_p − a_q. */
    private static DerivativeStructure max(Node node, DerivativeStructure[] moved, DerivativeStructure[] base,
                                           PassRecord s) {
        List<Node> args = node.arguments();
        int p = 0;
        for (int k = 1; k < args.size(); k++) {
            if (argument(node, k, moved, base).getValue() > argument(node, p, moved, base).getValue()) {
                p = k;
            }
        }
        DerivativeStructure top = argument(node, p, moved, base);
        for (int k = 0; k < args.size(); k++) {
            if (k != p) {
                s.kink(node.index() + ":" + k, node.label(), "max tie " + args.get(p).label() + " = "
                        + args.get(k).label(), top.subtract(argument(node, k, moved, base)));
            }
        }
        return top;
    }

    private static boolean[] ancestors(List<Node> nodes, Node output) {
        boolean[] needed = new boolean[output.index() + 1];
        needed[output.index()] = true;
        for (int i = output.index(); i >= 0; i--) {
            if (needed[i]) {
                for (Node a : nodes.get(i).arguments()) {
                    needed[a.index()] = true;
                }
            }
        }
        return needed;
    }

    private static void positions(Graph graph, List<Node> variables) {
        if (variables == null || variables.isEmpty()) {
            throw new IllegalArgumentException("forward mode: no variables to differentiate by");
        }
        Set<Node> seen = new HashSet<>();
        for (Node v : variables) {
            requireOwn(graph, v, "variable");
            if (!v.primitive().isLeaf()) {
                throw new IllegalArgumentException("forward mode: variable '" + v.label() + "' is computed by "
                        + v.primitive() + "; only leaves (inputs, parameters, constants) can be varied");
            }
            if (!seen.add(v)) {
                throw new IllegalArgumentException("forward mode: variable '" + v.label() + "' is given twice");
            }
        }
    }

    private static void requireOwn(Graph graph, Node node, String what) {
        if (node == null || node.graph() != graph) {
            throw new IllegalArgumentException("forward mode: the " + what + " '"
                    + (node == null ? "null" : node.label()) + "' is not a node of this graph");
        }
    }

    static DerivativeStructure requireFinite(String where, DerivativeStructure u) {
        for (double d : u.getAllDerivatives()) {
            if (!Double.isFinite(d)) {
                throw new ArithmeticException("forward mode: " + where + " = " + u.getValue()
                        + " has a non-finite value or derivative " + Arrays.toString(u.getAllDerivatives()));
            }
        }
        return u;
    }

    private static DerivativeStructure requireFinite(Node node, DerivativeStructure u) {
        return requireFinite("node '" + node.label() + "' (" + node.primitive() + ")", u);
    }
}
