package backprop.examples.scenariofile.parser;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.format.Precision;
import backprop.examples.scenariofile.parser.Nodes.Key;
import backprop.examples.scenariofile.parser.Nodes.Term;
import backprop.examples.scenariofile.toml.Limits;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a scalar graph from an expression such as {@code 1/(1+exp(-(w0*x0+b)))}, one node per operation. The
 * same operation on the same argument nodes, written twice, is one node used twice ("at branches, gradients
 * add").
 *
 * <pre>
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '/') unary)*
 * unary   := '-' unary | power                  so −2^2 = −(2^2) = −4, as in mathematics
 * power   := primary ('^' exponent)?            the exponent is a number, possibly negative
 * primary := number | name | function '(' expr (',' expr)* ')' | '(' expr ')'
 * function:= exp | log | ln | sigmoid | tanh | relu | sqrt | max
 * name    := [A-Za-z_][A-Za-z0-9_]*
 * </pre>
 *
 * <p>Each node's label is its own formula over its arguments' labels, parenthesised where precedence needs it
 * ({@code a - (b + c)} negates {@code b + c}, labelled {@code -(b + c)}), so a label tells the truth about its
 * node. A label longer than {@link Limits#MAX_LABEL_LENGTH} becomes u1, u2, … and its definition is kept: labels
 * stay short, and the answer key grows linearly with the expression. Recursion is bounded by
 * {@link Limits#MAX_NESTING}.
 */
public final class ExpressionParser {
    static final int ADDITIVE = 1;
    static final int MULTIPLICATIVE = 2;
    static final int UNARY = 3;
    static final int POWER = 4;
    static final int ATOM = 5;
    private static final List<String> FUNCTIONS = List.of("exp", "log", "ln", "sigmoid", "tanh", "relu", "sqrt",
            "max");

    /**
     * The parsed expression: its output, the definitions of the nodes named u1, u2, …, the input names it uses,
     * and the column of the operator that made each node.
     */
    public record Result(Node output, List<String> definitions, Set<String> used, Map<Node, Integer> columns) {
    }

    /** A syntax, name or evaluation error at a 1-based column of the expression. */
    public static final class ExpressionException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int column;

        ExpressionException(int column, String message) {
            super(message);
            this.column = column;
        }
    }

    private final String text;
    private final Graph graph;
    private final Function<String, Node> names;
    private final Nodes nodes;
    private final Set<String> used = new LinkedHashSet<>();
    private int pos;
    private int depth;

    private ExpressionParser(String text, Graph graph, Function<String, Node> names) {
        this.text = text;
        this.graph = graph;
        this.names = names;
        this.nodes = new Nodes(graph, names);
    }

    /**
     * Parses {@code text} into {@code graph}; {@code names} gives the node of each input name, or null when the
     * name is unknown. Names u1, u2, … that are input names are skipped.
     */
    public static Result parse(String text, Graph graph, Function<String, Node> names) {
        if (text.length() > Limits.MAX_EXPRESSION_LENGTH) {
            throw new ExpressionException(0, "the expression has " + text.length()
                    + " characters; the limit is " + Limits.MAX_EXPRESSION_LENGTH);
        }
        ExpressionParser p = new ExpressionParser(text, graph, names);
        Term result = p.expr();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new ExpressionException(p.pos + 1, "unexpected " + p.shown(p.pos));
        }
        return new Result(result.node(), p.nodes.definitions(), Set.copyOf(p.used), p.nodes.columns());
    }

    private Term expr() {
        Term left = term();
        while (peek('+') || peek('-')) {
            int at = pos;
            char op = text.charAt(pos++);
            Term right = term();
            left = op == '+' ? add(left, right, " + ", right, at) : add(left, negate(right, at), " - ", right, at);
        }
        return left;
    }

    /** l + r, labelled "l op shown": for a − b the node adds −b and its label says a − b. */
    private Term add(Term l, Term r, String op, Term shown, int at) {
        String label = Nodes.wrap(l, ADDITIVE) + op + Nodes.wrap(shown, ADDITIVE + 1);
        return nodes.create(new Key("add", 1, List.of(l.node(), r.node())), label, ADDITIVE, at,
                name -> graph.add(name, l.node(), r.node()));
    }

    private Term term() {
        Term left = unary();
        while (peek('*') || peek('/')) {
            int at = pos;
            char op = text.charAt(pos++);
            Term right = unary();
            left = op == '*' ? multiply(left, right, Nodes.wrap(left, MULTIPLICATIVE) + "*" + Nodes.wrap(right, UNARY), at)
                    : divide(left, right, at);
        }
        return left;
    }

    private Term multiply(Term l, Term r, String label, int at) {
        return nodes.create(new Key("multiply", 1, List.of(l.node(), r.node())), label, MULTIPLICATIVE, at,
                name -> graph.multiply(name, l.node(), r.node()));
    }

    /** a / b = a · b^(−1); 1/b is the reciprocal alone, as 003's "1/x" gate. */
    private Term divide(Term l, Term r, int at) {
        Term reciprocal = power(r, -1, "1/" + Nodes.wrap(r, POWER), MULTIPLICATIVE, at);
        boolean one = l.node().primitive() == Primitive.CONSTANT && l.node().value() == 1;
        return one ? reciprocal : multiply(l, reciprocal, Nodes.wrap(l, MULTIPLICATIVE) + "/" + Nodes.wrap(r, UNARY), at);
    }

    private Term unary() {
        if (!peek('-')) {
            return power();
        }
        int at = pos++;
        enter(at);
        Term inner = unary();
        depth--;
        return negate(inner, at);
    }

    /** −a = (−1)·a; the negative of a number is that number, so "-1" is the constant −1. */
    private Term negate(Term t, int at) {
        if (t.node().primitive() == Primitive.CONSTANT) {
            return nodes.constant(-t.node().value());
        }
        Term minusOne = nodes.constant(-1);
        return nodes.create(new Key("multiply", 1, List.of(minusOne.node(), t.node())), "-" + Nodes.wrap(t, POWER), UNARY, at,
                name -> graph.multiply(name, minusOne.node(), t.node()));
    }

    private Term power() {
        Term base = primary();
        if (!peek('^')) {
            return base;
        }
        int at = pos++;
        double exponent = signedNumber();
        String shown = Precision.shortest(exponent);
        return power(base, exponent, Nodes.wrap(base, ATOM) + "^" + (exponent < 0 ? "(" + shown + ")" : shown), POWER, at);
    }

    private Term power(Term base, double exponent, String label, int precedence, int at) {
        return nodes.create(new Key("power", exponent, List.of(base.node())), label, precedence, at,
                name -> graph.power(name, base.node(), exponent));
    }

    private Term primary() {
        int at = skipSpace();
        if (pos >= text.length()) {
            throw new ExpressionException(pos + 1, "expression ends where a value is expected");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            enter(at);
            Term inner = expr();
            expect(')');
            depth--;
            return inner;
        }
        if (isDigit(c) || c == '.') {
            return nodes.constant(number());
        }
        if (isNameStart(c)) {
            return nameOrCall(at);
        }
        throw new ExpressionException(pos + 1, "unexpected " + shown(pos));
    }

    private Term nameOrCall(int at) {
        String name = name();
        if (peek('(')) {
            return call(name, at);
        }
        Node n = names.apply(name);
        if (n == null) {
            throw new ExpressionException(at + 1, "unknown name '" + name + "': it is not in [inputs]");
        }
        used.add(name);
        return new Term(n, ATOM);
    }

    /** A call of {@code function}: its arguments, parsed here, and its node. */
    private Term call(String function, int at) {
        if (!FUNCTIONS.contains(function)) {
            throw new ExpressionException(at + 1, "unknown function '" + function + "'; known: "
                    + String.join(", ", FUNCTIONS));
        }
        pos++;
        enter(at);
        List<Term> args = new ArrayList<>();
        args.add(expr());
        while (peek(',')) {
            if (args.size() == Limits.MAX_ARGUMENTS) {
                throw new ExpressionException(pos + 1, function + " takes at most " + Limits.MAX_ARGUMENTS
                        + " arguments, the limit");
            }
            pos++;
            args.add(expr());
        }
        expect(')');
        depth--;
        if (!function.equals("max") && args.size() != 1) {
            throw new ExpressionException(at + 1, function + " takes one argument, got " + args.size());
        }
        return apply(function.equals("ln") ? "log" : function, args, at);
    }

    private Term apply(String function, List<Term> args, int at) {
        String label = function + "(" + String.join(", ", args.stream().map(Term::label).toList()) + ")";
        Node a = args.get(0).node();
        if (function.equals("sqrt")) {
            return power(args.get(0), 0.5, label, ATOM, at);
        }
        List<Node> arguments = args.stream().map(Term::node).toList();
        return nodes.create(new Key(function, 1, arguments), label, ATOM, at, name -> switch (function) {
            case "exp" -> graph.exp(name, a);
            case "log" -> graph.log(name, a);
            case "sigmoid" -> graph.sigmoid(name, a);
            case "tanh" -> graph.tanh(name, a);
            case "relu" -> graph.relu(name, a);
            default -> graph.max(name, arguments.toArray(new Node[0]));
        });
    }

    private void enter(int at) {
        if (++depth > Limits.MAX_NESTING) {
            throw new ExpressionException(at + 1, "nested deeper than " + Limits.MAX_NESTING + " levels, the limit"
                    + " (each parenthesis, unary minus and function call is a level)");
        }
    }

    private double signedNumber() {
        int at = skipSpace();
        boolean negative = peek('-');
        if (negative) {
            pos++;
            skipSpace();
        }
        if (pos >= text.length() || !(isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            throw new ExpressionException(at + 1, "the exponent after '^' must be a number");
        }
        double v = number();
        return negative ? -v : v;
    }

    /**
     * A number such as 2, 0.5, 1e-3: digits, '.', and an exponent with its sign. Called at a digit or '.', so a
     * sign is never the first character and always has one before it.
     */
    private double number() {
        int start = pos;
        while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                || text.charAt(pos) == 'e' || text.charAt(pos) == 'E'
                || ((text.charAt(pos) == '-' || text.charAt(pos) == '+')
                && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        return Numbers.parse(text.substring(start, pos), start + 1);
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && (isNameStart(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** ASCII only: a name the expression can use is one a reader can type. */
    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw new ExpressionException(pos + 1, pos < text.length()
                    ? "expected '" + c + "' but found " + shown(pos) : "expected '" + c + "' at the end");
        }
        pos++;
    }

    /** The character at {@code at} as a message shows it: 'x', or U+0007 for one that cannot be seen. */
    private String shown(int at) {
        int c = text.codePointAt(at);
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
                ? String.format(java.util.Locale.ROOT, "U+%04X", c) : "'" + new String(Character.toChars(c)) + "'";
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
}
