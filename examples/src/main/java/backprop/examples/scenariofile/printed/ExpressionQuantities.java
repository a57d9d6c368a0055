package backprop.examples.scenariofile.printed;

import backprop.core.NonFiniteValueException;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.scenariofile.printed.PrintedQuantity.ExpressionNode;
import backprop.examples.scenariofile.toml.Keys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quantities of an expression file ({@code kind = "expression"}), over the nodes of its graph (variants/README.md):
 * <pre>
 * quantity := node                       f, or a node by the label the answer key prints: x + y, w0*x0, u3
 *           | "d" operand "/d" operand   df/dx, df/dq, df/df (= 1), d(x + y)/dx (a gate's local gradient)
 * operand  := node | "(" node ")"        a label with an operator goes in parentheses: df/d(x + y)
 * </pre>
 * Spaces are insignificant in a label ({@code x+y} is {@code x + y}); a [names] alias may stand for a node
 * ({@code q = "x + y"}). A derivative's P must depend on its Q: the backward pass would answer 0 for a Q it never
 * reaches, which is not what a text means by ∂q/∂z. An input is a given, not printed as a value.
 */
final class ExpressionQuantities {
    private final QuantityScope scope;
    private final Node output;
    /** Every input and computed node, by its label without spaces; f's own formula names f too. */
    private final Map<String, Node> byLabel = new HashMap<>();
    /** The labels without spaces, each beside the label as the answer key prints it (for the nearest-name hint). */
    private final Map<String, String> shown = new LinkedHashMap<>();

    ExpressionQuantities(QuantityScope scope) {
        this.scope = scope;
        this.output = scope.expression();
        for (Node n : output.graph().nodes()) {
            if (n.primitive() != backprop.core.graph.Primitive.CONSTANT) {
                byLabel.putIfAbsent(compact(n.label()), n);
            }
        }
        for (String name : scope.concrete()) {
            shown.putIfAbsent(compact(name), name);
        }
    }

    /** The quantity {@code text} names ({@code q}: the text with ∂ as d and runs of spaces as one). */
    PrintedQuantity parse(String text, String q) {
        Node named = node(q);
        if (named != null) {
            return value(text, named);
        }
        balanced(text);
        if (q.startsWith("d") && q.contains("/")) {
            return derivative(text, q);
        }
        throw new IllegalArgumentException(nothing(text, q));
    }

    /** Whether {@code name} is f, an input or a node's label (spaces insignificant). */
    boolean names(String name) {
        return node(name) != null;
    }

    private PrintedQuantity value(String text, Node n) {
        if (n == output) {
            return new PrintedQuantity.ExpressionValue();
        }
        if (n.primitive().isLeaf()) {
            throw new IllegalArgumentException(quoted(text) + ": " + n.label() + " is an input, given in [inputs];"
                    + " print f or df/d" + n.label());
        }
        return new ExpressionNode(n.label(), n.index());
    }

    /** d P / d Q: each operand a node's name, or a label in parentheses. */
    private PrintedQuantity derivative(String text, String q) {
        int[] at = {1};
        String of = operand(q, at, true);
        skipSpaces(q, at);
        if (at[0] >= q.length() || q.charAt(at[0]) != '/') {
            throw new IllegalArgumentException(quoted(text) + ": expected '/' after d" + of + "; a label with an"
                    + " operator is written in parentheses, d((x + y)*z)/dx");
        }
        at[0]++;
        skipSpaces(q, at);
        if (at[0] >= q.length() || q.charAt(at[0]) != 'd') {
            throw new IllegalArgumentException(quoted(text) + ": a derivative is dP/dQ, with d before Q");
        }
        at[0]++;
        String by = operand(q, at, false);
        if (at[0] < q.length()) {
            throw new IllegalArgumentException(quoted(text) + ": unexpected '" + Keys.printable(q.substring(at[0]))
                    + "' after d" + by + "; a label with an operator is written in parentheses, df/d(x + y)");
        }
        return derivative(text, require(text, of), require(text, by));
    }

    /** ∂p/∂wrt, when p depends on wrt and the derivative is finite under the file's conventions. */
    private PrintedQuantity derivative(String text, Node p, Node wrt) {
        Graph g = output.graph();
        if (!g.dependsOn(p, wrt)) {
            throw new IllegalArgumentException(quoted(text) + ": " + shownName(p) + " does not depend on "
                    + shownName(wrt) + " (no chain of arcs leads from " + shownName(wrt) + " up to " + shownName(p)
                    + "), so there is no derivative to print");
        }
        try {
            g.derivative(p, wrt);
        } catch (NonFiniteValueException e) {
            throw new IllegalArgumentException(quoted(text) + ": the derivative is not finite at these inputs: "
                    + e.getMessage());
        }
        if (p == output && wrt.primitive().isLeaf()) {
            return new PrintedQuantity.ExpressionDerivative(wrt.label());
        }
        return new PrintedQuantity.NodeDerivative(node(p), node(wrt));
    }

    /**
     * The operand that starts at {@code at[0]}: the text inside a pair of parentheses, or a name up to the '/'
     * (the numerator) or the end (the denominator); {@code at[0]} moves past it.
     */
    private static String operand(String q, int[] at, boolean numerator) {
        skipSpaces(q, at);
        int start = at[0];
        if (start < q.length() && q.charAt(start) == '(') {
            int close = closing(q, start);
            at[0] = close + 1;
            return q.substring(start + 1, close).strip();
        }
        // the numerator's '/' is there: parse() sends only a quantity with one here
        int end = numerator ? q.indexOf('/', start) : q.length();
        at[0] = end;
        return q.substring(start, end).strip();
    }

    /** The index of the ')' that closes the '(' at {@code open} (the text is balanced, checked before). */
    private static int closing(String q, int open) {
        int depth = 0;
        for (int i = open; ; i++) {
            depth += q.charAt(i) == '(' ? 1 : q.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
    }

    /** Refuses a quantity whose parentheses do not pair, at the 1-based column of the one that has no partner. */
    private static void balanced(String text) {
        String t = text.strip();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '(') {
                open.add(i);
            } else if (t.charAt(i) == ')') {
                if (open.isEmpty()) {
                    throw new IllegalArgumentException(quoted(text) + ": the ')' at column " + (i + 1)
                            + " closes no '('");
                }
                open.remove(open.size() - 1);
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException(quoted(text) + ": the '(' at column " + (open.get(open.size() - 1) + 1)
                    + " is never closed");
        }
    }

    private static void skipSpaces(String q, int[] at) {
        while (at[0] < q.length() && q.charAt(at[0]) == ' ') {
            at[0]++;
        }
    }

    private Node require(String text, String written) {
        Node n = node(written);
        if (n == null) {
            throw new IllegalArgumentException(nothing(text, written));
        }
        return n;
    }

    /** The node {@code written} names: f, a [names] alias's node, or the node with that label; null if none. */
    private Node node(String written) {
        String name = scope.aliases().getOrDefault(written.strip(), written);
        String key = compact(name);
        return key.equals(ExpressionNode.F) ? output : byLabel.get(key);
    }

    private ExpressionNode node(Node n) {
        return new ExpressionNode(n == output ? ExpressionNode.F : n.label(), n.index());
    }

    private String shownName(Node n) {
        return n == output ? ExpressionNode.F : n.label();
    }

    private String nothing(String text, String written) {
        String nearest = Keys.nearest(compact(written), List.copyOf(shown.keySet()));
        return quoted(text) + ": " + Keys.printable(written.strip()) + " names nothing in this file"
                + (nearest == null ? "" : "; did you mean " + Keys.printable(shown.get(nearest)) + "?")
                + "; the names are " + scope.summary();
    }

    private static String compact(String label) {
        return label.replaceAll("\\s+", "");
    }

    private static String quoted(String text) {
        return "quantity '" + Keys.printable(text.strip()) + "'";
    }
}
