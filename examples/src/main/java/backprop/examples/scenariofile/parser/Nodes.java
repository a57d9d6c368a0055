package backprop.examples.scenariofile.parser;

import backprop.core.NonFiniteValueException;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.scenariofile.parser.ExpressionParser.ExpressionException;
import backprop.examples.scenariofile.toml.Limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static backprop.examples.scenariofile.parser.ExpressionParser.ATOM;
import static backprop.examples.scenariofile.parser.ExpressionParser.UNARY;

/**
 * The nodes an expression's parser makes: each operation on the same argument nodes once, labelled by its own
 * formula while that is at most {@link Limits#MAX_LABEL_LENGTH} characters and named u1, u2, … (with its
 * definition kept) beyond; an evaluation error becomes an error at the operator's column.
 */
final class Nodes {
    private final Graph graph;
    private final Function<String, Node> names;
    private final Map<Key, Term> built = new HashMap<>();
    private final List<String> definitions = new ArrayList<>();
    private final Map<Node, Integer> columns = new IdentityHashMap<>();
    private int named;

    /** A node with its label's precedence (a u-name is an atom). */
    record Term(Node node, int precedence) {
        String label() {
            return node.label();
        }
    }

    /** The operation and argument nodes that make a node the same node. */
    record Key(String operation, double exponent, List<Node> arguments) {
    }

    Nodes(Graph graph, Function<String, Node> names) {
        this.graph = graph;
        this.names = names;
    }

    List<String> definitions() {
        return List.copyOf(definitions);
    }

    /** The column of the operator that made each node. */
    Map<Node, Integer> columns() {
        return columns;
    }

    Term constant(double value) {
        Key key = new Key("constant", value, List.of());
        Term existing = built.get(key);
        if (existing != null) {
            return existing;
        }
        Term t = new Term(graph.constant(value), value < 0 ? UNARY : ATOM);
        built.put(key, t);
        return t;
    }

    /** The node of {@code key}, made once: its label, or a u-name when the label is long, and its column. */
    Term create(Key key, String label, int precedence, int at, Function<String, Node> make) {
        Term existing = built.get(key);
        if (existing != null) {
            return existing;
        }
        boolean longLabel = label.length() > Limits.MAX_LABEL_LENGTH;
        String name = longLabel ? nextName(label) : label;
        Node node;
        try {
            node = make.apply(name);
        } catch (NonFiniteValueException e) {
            throw new ExpressionException(at + 1, "the expression does not evaluate at these inputs: "
                    + e.getMessage() + (longLabel ? " (" + name + " = " + label + ")" : ""));
        }
        Term t = new Term(node, longLabel ? ATOM : precedence);
        built.put(key, t);
        columns.put(node, at + 1);
        return t;
    }

    private String nextName(String definition) {
        String name;
        do {
            name = "u" + ++named;
        } while (names.apply(name) != null);
        definitions.add(name + " = " + definition);
        return name;
    }

    /** The term's label, in parentheses when its precedence is below {@code atLeast}. */
    static String wrap(Term t, int atLeast) {
        return t.precedence() < atLeast ? "(" + t.label() + ")" : t.label();
    }
}
