package backprop.export.exam;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a scalar graph from an expression such as {@code 1/(1+exp(-(w0*x0+b)))}, one node per operation,
 * each labelled by its own text so the answer key can show every arc. The same sub-expression written
 * twice is one node used twice ("at branches, gradients add").
 *
 * <pre>
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '/') unary)*
 * unary   := '-' unary | power                  so −2^2 = −(2^2) = −4, as in mathematics
 * power   := primary ('^' exponent)?            the exponent is a number, possibly negative
 * primary := number | name | function '(' expr (',' expr)* ')' | '(' expr ')'
 * function:= exp | log | sigmoid | tanh | relu | sqrt | max
 * </pre>
 */
final class ExpressionParser {
    private final String text;
    private final Graph graph;
    private final Function<String, Node> names;
    private final Map<String, Node> built = new HashMap<>();
    private int pos;

    /** A syntax or name error at a 1-based column of the expression. */
    static final class ExpressionException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;

        ExpressionException(int column, String message) {
            super(message);
            this.column = column;
        }
    }

    private ExpressionParser(String text, Graph graph, Function<String, Node> names) {
        this.text = text;
        this.graph = graph;
        this.names = names;
    }

    /**
     * Parses {@code text} into {@code graph}; {@code names} gives the node of each name, or null when the
     * name is unknown.
     */
    static Node parse(String text, Graph graph, Function<String, Node> names) {
        ExpressionParser p = new ExpressionParser(text, graph, names);
        Node result = p.expr();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new ExpressionException(p.pos + 1, "unexpected '" + text.charAt(p.pos) + "'");
        }
        return result;
    }

    private Node expr() {
        int start = skipSpace();
        Node left = term();
        while (peek('+') || peek('-')) {
            char op = text.charAt(pos++);
            Node right = term();
            String label = span(start);
            Node l = left;
            left = op == '+' ? node(label, () -> graph.add(label, l, right))
                    : node(label, () -> graph.subtract(label, l, right));
        }
        return left;
    }

    private Node term() {
        int start = skipSpace();
        Node left = unary();
        while (peek('*') || peek('/')) {
            char op = text.charAt(pos++);
            Node right = unary();
            String label = span(start);
            Node l = left;
            left = op == '*' ? node(label, () -> graph.multiply(label, l, right))
                    : node(label, () -> graph.divide(label, l, right));
        }
        return left;
    }

    private Node unary() {
        int start = skipSpace();
        if (peek('-')) {
            pos++;
            Node inner = unary();
            String label = span(start);
            return node(label, () -> graph.negate(label, inner));
        }
        return power();
    }

    private Node power() {
        int start = skipSpace();
        Node base = primary();
        if (peek('^')) {
            pos++;
            int at = skipSpace();
            double exponent = signedNumber(at);
            String label = span(start);
            return node(label, () -> graph.power(label, base, exponent));
        }
        return base;
    }

    private Node primary() {
        int start = skipSpace();
        if (pos >= text.length()) {
            throw new ExpressionException(pos + 1, "expression ends where a value is expected");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Node inner = expr();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            double v = number();
            String label = span(start);
            return node(label, () -> graph.constant(v));
        }
        if (Character.isLetter(c) || c == '_') {
            String name = name();
            if (peek('(')) {
                return call(name, start);
            }
            Node n = names.apply(name);
            if (n == null) {
                throw new ExpressionException(start + 1, "unknown name '" + name + "': it is not in [inputs]");
            }
            return n;
        }
        throw new ExpressionException(pos + 1, "unexpected '" + c + "'");
    }

    private Node call(String function, int start) {
        pos++;
        List<Node> args = new ArrayList<>();
        args.add(expr());
        while (peek(',')) {
            pos++;
            args.add(expr());
        }
        expect(')');
        String label = span(start);
        if (!function.equals("max") && args.size() != 1) {
            throw new ExpressionException(start + 1, function + " takes one argument, got " + args.size());
        }
        Node a = args.get(0);
        return switch (function) {
            case "exp" -> node(label, () -> graph.exp(label, a));
            case "log", "ln" -> node(label, () -> graph.log(label, a));
            case "sigmoid" -> node(label, () -> graph.sigmoid(label, a));
            case "tanh" -> node(label, () -> graph.tanh(label, a));
            case "relu" -> node(label, () -> graph.relu(label, a));
            case "sqrt" -> node(label, () -> graph.power(label, a, 0.5));
            case "max" -> node(label, () -> graph.max(label, args.toArray(new Node[0])));
            default -> throw new ExpressionException(start + 1, "unknown function '" + function
                    + "'; known: exp, log, sigmoid, tanh, relu, sqrt, max");
        };
    }

    private Node node(String label, java.util.function.Supplier<Node> build) {
        Node existing = built.get(label);
        if (existing != null) {
            return existing;
        }
        Node n = build.get();
        built.put(label, n);
        return n;
    }

    private double signedNumber(int at) {
        boolean negative = peek('-');
        if (negative) {
            pos++;
            skipSpace();
        }
        if (pos >= text.length() || !(Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            throw new ExpressionException(at + 1, "the exponent after '^' must be a number");
        }
        double v = number();
        return negative ? -v : v;
    }

    private double number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                || text.charAt(pos) == 'e' || text.charAt(pos) == 'E'
                || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && pos > start
                && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        try {
            return Double.parseDouble(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new ExpressionException(start + 1, "'" + text.substring(start, pos) + "' is not a number");
        }
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw new ExpressionException(pos + 1, pos < text.length()
                    ? "expected '" + c + "' but found '" + text.charAt(pos) + "'" : "expected '" + c + "' at the end");
        }
        pos++;
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private int skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private String span(int start) {
        return text.substring(start, pos).strip();
    }
}
