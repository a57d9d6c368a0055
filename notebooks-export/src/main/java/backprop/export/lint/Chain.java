package backprop.export.lint;

import backprop.export.lint.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chain of equalities {@code a = b ≈ c}, its members in order: each printed number in it is a claim about its
 * neighbours. A chain ends at anything that is not maths (a {@link Kind#BREAK}), at a comma outside brackets, and
 * at a LaTeX line break {@code \\} unless the next line goes on with a relation ({@code &= …}).
 *
 * @param members   the members, at least two
 * @param prose     whether the chain stands in prose or a code fence (not in maths)
 */
record Chain(List<Member> members, boolean prose) {

    /** One member of a chain: a printed number or vector, a name, or an expression. */
    record Member(List<Token> tokens) {
        enum Kind { LITERAL, NAME, EXPRESSION }

        Kind kind() {
            if (literal().isPresent()) {
                return Kind.LITERAL;
            }
            boolean name = tokens.size() == 1 && (tokens.get(0).is(Token.Kind.NAME) || tokens.get(0).is(Token.Kind.DERIVATIVE));
            return name ? Kind.NAME : Kind.EXPRESSION;
        }

        /** The printed numbers this member is, each with its sign as printed: "−0.46", or a vector's entries. */
        Optional<List<Token>> literal() {
            if (tokens.size() == 1 && tokens.get(0).is(Token.Kind.NUMBER)) {
                return Optional.of(List.of(tokens.get(0)));
            }
            if (tokens.size() == 1 && tokens.get(0).is(Token.Kind.VECTOR)) {
                return Optional.of(tokens.get(0).entries());
            }
            if (tokens.size() == 2 && tokens.get(0).isOperator("-") && tokens.get(1).is(Token.Kind.NUMBER)) {
                Token n = tokens.get(1);
                return Optional.of(List.of(new Token(Token.Kind.NUMBER, "-" + n.text(), n.offset(), n.end(),
                        List.of())));
            }
            return Optional.empty();
        }

        String name() {
            return tokens.get(0).text();
        }

        boolean isDerivative() {
            return tokens.size() == 1 && tokens.get(0).is(Token.Kind.DERIVATIVE);
        }

        Optional<Expr> expression() {
            return Parser.parse(tokens);
        }

        int start() {
            return tokens.get(0).offset();
        }

        int end() {
            return tokens.get(tokens.size() - 1).end();
        }
    }

    /** The chains among {@code tokens}, in order. */
    static List<Chain> of(List<Token> tokens, boolean prose) {
        List<Chain> chains = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean continues = t.is(Kind.LINE_BREAK) && k + 1 < tokens.size() && tokens.get(k + 1).is(Kind.RELATION);
            if (t.is(Kind.RELATION)) {
                if (current.isEmpty()) {
                    flush(chains, members, prose);
                } else {
                    members.add(new Member(current));
                }
                current = new ArrayList<>();
                depth = 0;
            } else if (t.is(Kind.BREAK) || t.is(Kind.LINE_BREAK) && !continues || t.is(Kind.COMMA) && depth <= 0) {
                end(chains, members, t.is(Kind.BREAK) ? beforeARemark(current) : current, prose);
                current = new ArrayList<>();
                depth = 0;
            } else if (!t.is(Kind.LINE_BREAK)) {
                depth += t.is(Kind.OPEN) ? 1 : t.is(Kind.CLOSE) ? -1 : 0;
                current.add(t);
            }
        }
        end(chains, members, current, prose);
        return chains;
    }

    /**
     * {@code tokens} up to the first bracket still open where words broke them off: "= 0.2 (0.1966 unrounded)",
     * "= 6 (exactly)" print 0.2 and 6 followed by a remark, which is no factor of an implicit product.
     */
    static List<Token> beforeARemark(List<Token> tokens) {
        int depth = 0;
        int firstOpen = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(Kind.OPEN)) {
                if (depth == 0) {
                    firstOpen = k;
                }
                depth++;
            } else if (t.is(Kind.CLOSE)) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth > 0 && firstOpen > 0 ? tokens.subList(0, firstOpen) : tokens;
    }

    private static void end(List<Chain> chains, List<Member> members, List<Token> current, boolean prose) {
        if (!current.isEmpty()) {
            members.add(new Member(current));
        }
        flush(chains, members, prose);
    }

    private static void flush(List<Chain> chains, List<Member> members, boolean prose) {
        if (members.size() >= 2) {
            chains.add(new Chain(List.copyOf(members), prose));
        }
        members.clear();
    }
}
