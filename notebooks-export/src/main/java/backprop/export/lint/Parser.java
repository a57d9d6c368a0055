package backprop.export.lint;

import backprop.export.lint.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one member of a chain into an {@link Expr}, or nothing when it is not arithmetic as a whole:
 *
 * <pre>
 * sum     = product (("+" | "−") product)*
 * product = unary (("*" | "/" | juxtaposition) unary)*      2(a − y), (−1)(−0.15), ŷ1(1 − ŷ1)
 * unary   = ("−" | "+") unary | power
 * power   = primary ("^" unary)?                            −x² is −(x²); e^x is exp(x)
 * primary = number | vector | name | function argument | "(" sum ")"
 * </pre>
 *
 * Recursion is bounded ({@value #MAX_DEPTH} levels) and so is a member's length ({@value #MAX_TOKENS} tokens): a
 * deeper or longer member (a {@code \frac} bomb, a sum of a million terms) is not read, so no input can overflow the
 * stack, here or in the evaluation of the tree.
 */
final class Parser {
    static final int MAX_DEPTH = 200;
    /** The longest member read, in tokens: a longer one (a 5 MB sum on one line) is no claim a lecture prints. */
    static final int MAX_TOKENS = 2_000;

    private final List<Token> tokens;
    private int at;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** {@code tokens} as one expression, or empty if they are not one (or nest deeper than {@value #MAX_DEPTH}). */
    static Optional<Expr> parse(List<Token> tokens) {
        if (tokens.size() > MAX_TOKENS) {
            return Optional.empty();
        }
        Parser p = new Parser(tokens);
        try {
            Expr e = p.sum();
            return p.at == tokens.size() ? Optional.of(e) : Optional.empty();
        } catch (NotAnExpression e) {
            return Optional.empty();
        }
    }

    // The invariant of every loop here, asserted at the end of each turn: a turn reads at least one token (at > from).
    // A turn that read none would read the same operator forever: a bug of the parser, found at once where assertions
    // are on (in the tests, and under PIT, where a mutant that stalls fails rather than hanging until its timeout).

    private Expr sum() {
        enter();
        Expr e = product();
        while (peekOperator("+") || peekOperator("-")) {
            int from = at;
            char op = tokens.get(at++).text().charAt(0);
            e = new Expr.Binary(op, e, product());
            assert at > from : "lint: no progress at token " + from + " in the parser";
        }
        depth--;
        return e;
    }

    private Expr product() {
        Expr e = unary();
        while (true) {
            int from = at;
            if (peekOperator("*") || peekOperator("/")) {
                char op = tokens.get(at++).text().charAt(0);
                e = new Expr.Binary(op, e, unary());
            } else if (startsPrimary()) {
                e = new Expr.Binary('*', e, power());
            } else {
                return e;
            }
            assert at > from : "lint: no progress at token " + from + " in the parser";
        }
    }

    private Expr unary() {
        enter();
        Expr e;
        if (peekOperator("-")) {
            at++;
            e = new Expr.Negate(unary());
        } else if (peekOperator("+")) {
            at++;
            e = unary();
        } else {
            e = power();
        }
        depth--;
        return e;
    }

    private Expr power() {
        enter();
        Token first = peek();
        Expr base = primary();
        Expr e = base;
        if (peekOperator("^")) {
            at++;
            Expr exponent = unary();
            boolean euler = first != null && first.is(Kind.NAME) && first.text().equals("e");
            e = euler ? new Expr.Call("exp", List.of(exponent)) : new Expr.Binary('^', base, exponent);
        }
        depth--;
        return e;
    }

    private Expr primary() {
        Token t = next();
        return switch (t.kind()) {
            case NUMBER, VECTOR -> new Expr.Literal(t);
            case MATRIX -> new Expr.Matrix(t.text());
            case NAME, DERIVATIVE -> new Expr.Name(t.text());
            case FUNCTION -> call(t.text());
            case OPEN -> {
                Expr e = sum();
                expect(Kind.CLOSE);
                yield e;
            }
            default -> throw new NotAnExpression();
        };
    }

    /** {@code f(a)}, {@code max(a, b)}, or {@code f} applied to what follows it ({@code \ln x}, {@code \sqrt{2}}). */
    private Expr call(String function) {
        if (peek() != null && peek().is(Kind.OPEN)) {
            at++;
            List<Expr> arguments = new ArrayList<>();
            arguments.add(sum());
            while (peek() != null && peek().is(Kind.COMMA)) {
                int from = at;
                at++;
                arguments.add(sum());
                assert at > from : "lint: no progress at token " + from + " in the parser";
            }
            expect(Kind.CLOSE);
            Expr call = new Expr.Call(function, arguments);
            return call;
        }
        return new Expr.Call(function, List.of(power()));
    }

    private boolean startsPrimary() {
        Token t = peek();
        return t != null && switch (t.kind()) {
            case NUMBER, VECTOR, MATRIX, NAME, DERIVATIVE, FUNCTION, OPEN -> true;
            default -> false;
        };
    }

    private boolean peekOperator(String op) {
        Token t = peek();
        return t != null && t.isOperator(op);
    }

    private Token peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private Token next() {
        if (at >= tokens.size()) {
            throw new NotAnExpression();
        }
        return tokens.get(at++);
    }

    private void expect(Kind kind) {
        if (!next().is(kind)) {
            throw new NotAnExpression();
        }
    }


    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new NotAnExpression();
        }
    }

    /** Thrown out of the descent when the tokens are not one expression; never leaves {@link #parse}. */
    private static final class NotAnExpression extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAnExpression() {
            super(null, null, false, false);
        }
    }
}
