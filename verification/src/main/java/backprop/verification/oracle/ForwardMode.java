package backprop.verification.oracle;

import backprop.core.function.Loss;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second oracle: forward-mode automatic differentiation with commons-math3's
 * {@link DerivativeStructure}, which carries (f, ∂f/∂x_1, …, ∂f/∂x_n) through every operation by the
 * rules of calculus it implements itself. One pass gives ∂f/∂x_j for every chosen variable, exact up
 * to rounding; nothing of core's backward pass, local gradients, activation Jacobians or loss
 * gradients is used.
 *
 * <p>{@link #ofGraph} re-evaluates a core {@link Graph} from its structure alone (each node's
 * primitive, exponent, arguments and the leaves' values): ADD → add, MULTIPLY → multiply, POWER → pow(p),
 * EXP → exp, LOG → log, SIGMOID → 1/(1 + exp(−a)) written out, TANH → tanh, RELU and MAX by the branch
 * the value takes. {@link #ofNetwork} evaluates a network with its own loops ({@link NetworkForwardMode}).
 *
 * <p>Pitfalls, both measured in {@code ForwardModeTest}: SIGMOID written as 1/(1 + e^−a) overflows
 * for a &lt; −709 (e^−a = ∞, and the derivative becomes NaN), where core's σ, evaluated as
 * e^a/(1 + e^a) there, does not; such a pass is refused with an error naming the node. At a kink
 * the pass follows one branch (ReLU: 0 at a = 0; max: the first maximal argument) and reports the
 * {@link Kink}: its derivative there is a convention, not a derivative, and a check must not use it.
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
        Map<Node, Integer> position = positions(graph, variables);
        List<String> names = variables.stream().map(Node::label).toList();
        int n = variables.size();
        PassRecord record = new PassRecord(names);
        List<Node> nodes = graph.nodes();
        boolean[] needed = ancestors(nodes, output);
        DerivativeStructure[] ds = new DerivativeStructure[output.index() + 1];
        for (int i = 0; i <= output.index(); i++) {
            if (!needed[i]) {
                continue;
            }
            Node node = nodes.get(i);
            if (node.primitive().isLeaf()) {
                Integer p = position.get(node);
                ds[i] = p == null ? new DerivativeStructure(n, 1, node.value())
                        : new DerivativeStructure(n, 1, p, node.value());
            } else {
                ds[i] = record.computed(requireFinite(node, evaluate(node, ds, n, record)));
            }
        }
        return record.result(ds[output.index()]);
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

    // u = f(a), by the node's primitive, on derivative structures.
    private static DerivativeStructure evaluate(Node node, DerivativeStructure[] ds, int n, PassRecord s) {
        List<Node> args = node.arguments();
        DerivativeStructure a = ds[args.get(0).index()];
        return switch (node.primitive()) {
            case ADD -> {
                DerivativeStructure sum = a;
                for (int k = 1; k < args.size(); k++) {
                    sum = sum.add(ds[args.get(k).index()]);
                }
                yield sum;
            }
            case MULTIPLY -> a.multiply(ds[args.get(1).index()]);
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
            // σ(a) = 1 / (1 + e^−a)
            case SIGMOID -> a.negate().exp().add(1.0).reciprocal();
            case TANH -> a.tanh();
            case RELU -> {
                s.kink(node.label(), "ReLU argument " + args.get(0).label() + " = 0", a);
                yield a.getValue() > 0 ? a : new DerivativeStructure(n, 1, 0.0);
            }
            case MAX -> max(node, ds, s);
            case INPUT, PARAMETER, CONSTANT -> throw new IllegalStateException("leaf " + node.label());
        };
    }

    /** max(a_1, …, a_m) = a_p for the first maximal p; a tie a_p = a_q is a kink of a_p − a_q. */
    private static DerivativeStructure max(Node node, DerivativeStructure[] ds, PassRecord s) {
        List<Node> args = node.arguments();
        int p = 0;
        for (int k = 1; k < args.size(); k++) {
            if (ds[args.get(k).index()].getValue() > ds[args.get(p).index()].getValue()) {
                p = k;
            }
        }
        DerivativeStructure top = ds[args.get(p).index()];
        for (int k = 0; k < args.size(); k++) {
            if (k != p) {
                s.kink(node.label(), "max tie " + args.get(p).label() + " = " + args.get(k).label(),
                        top.subtract(ds[args.get(k).index()]));
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

    private static Map<Node, Integer> positions(Graph graph, List<Node> variables) {
        if (variables == null || variables.isEmpty()) {
            throw new IllegalArgumentException("forward mode: no variables to differentiate by");
        }
        Map<Node, Integer> position = new HashMap<>();
        for (int j = 0; j < variables.size(); j++) {
            Node v = variables.get(j);
            requireOwn(graph, v, "variable");
            if (!v.primitive().isLeaf()) {
                throw new IllegalArgumentException("forward mode: variable '" + v.label() + "' is computed by "
                        + v.primitive() + "; only leaves (inputs, parameters, constants) can be varied");
            }
            if (position.put(v, j) != null) {
                throw new IllegalArgumentException("forward mode: variable '" + v.label() + "' is given twice");
            }
        }
        return position;
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
