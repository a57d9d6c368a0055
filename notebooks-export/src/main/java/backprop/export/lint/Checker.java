package backprop.export.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the claims of one file's chains, in document order, and gives names their values as the text does.
 *
 * <p>For each printed number of a chain, its claim is the printed number just before it, if there is one (a
 * rounding: {@code 0.00139951 ~ 0.0014}), else the nearest member that can be evaluated: to its left
 * ({@code expression = 0.1058}) or, when nothing stands there, to its right ({@code 0.15 = 0.82 * (1 − 0.82)});
 * a name is given a value by the first printed number to its right ({@code out_h1 = σ(net_h1) = 0.5933}), or by
 * an expression when no number is printed ({@code w212 = 0.8 − (1) * (−0.065)}, checked when a later line
 * prints {@code w212 = 0.865}). {@code name = number} alone gives a value and claims nothing, unless the name is a
 * derivative or has an unprinted value to check.
 */
final class Checker {
    private final Source source;
    private final Names names = new Names();
    private final List<ClaimRow> rows = new ArrayList<>();
    private final List<Given> givens = new ArrayList<>();

    /**
     * A value the text gives a name and claims nothing of ({@code w1 = 0.15}, {@code x = [0.05; 0.10]}): what
     * {@code --draft} lists as the numbers of the network.
     *
     * @param name    the name, as the lint reads it ("w_1", "η")
     * @param printed its value as printed, a vector's entries separated by ", "
     * @param line    the 1-based line on which the value stands
     */
    record Given(String name, String printed, int line) {
    }

    Checker(Source source) {
        this.source = source;
    }

    List<ClaimRow> rows() {
        return rows;
    }

    List<Given> givens() {
        return givens;
    }

    void check(Chain chain) {
        List<Chain.Member> m = chain.members();
        List<List<Quantity>> printedValues = new ArrayList<>();
        boolean given = m.size() == 2 && m.get(0).kind() == Chain.Member.Kind.NAME && !m.get(0).isDerivative()
                && m.get(1).kind() == Chain.Member.Kind.LITERAL
                && names.binding(m.get(0).name()).map(b -> b.printed()).orElse(true);
        for (int k = 0; k < m.size(); k++) {
            Optional<List<Token>> literal = m.get(k).literal();
            if (literal.isEmpty()) {
                printedValues.add(null);
            } else if (given) {
                printedValues.add(literal.get().stream().map(n -> Quantity.printed(n.text())).toList());
            } else {
                printedValues.add(claims(chain, k, literal.get()));
            }
        }
        if (given) {
            List<Token> value = m.get(1).literal().orElseThrow();
            givens.add(new Given(m.get(0).name(), String.join(", ", value.stream().map(Token::text).toList()),
                    source.line(value.get(0).offset())));
        }
        bindNames(m, printedValues);
    }

    /** The rows of the printed number(s) of member {@code k}; returns what each stands for later. */
    private List<Quantity> claims(Chain chain, int k, List<Token> printed) {
        Optional<Reference> ref = reference(chain, k);
        List<Quantity> out = new ArrayList<>();
        for (int e = 0; e < printed.size(); e++) {
            Token p = printed.get(e);
            if (ref.isEmpty()) {
                out.add(Quantity.printed(p.text()));
                continue;
            }
            Reference r = ref.get();
            Claim c = new Claim(source, names, claimText(chain, r.index(), k), p, printed.size() == 1 ? -1 : e);
            ClaimRow row = c.check(r);
            rows.add(row);
            Quantity q = c.quantity();
            names.printed(p.text(), q);
            out.add(q);
        }
        return out;
    }

    /**
     * The member a printed number is a claim about: its expression, or (when there is none to evaluate) why not;
     * {@code pending} the unprinted expression a name's value comes from, if it does.
     */
    record Reference(int index, Optional<Expr> expression, String whyNot, String pending) {
    }

    private Optional<Reference> reference(Chain chain, int k) {
        List<Chain.Member> m = chain.members();
        if (k > 0 && m.get(k - 1).literal().map(l -> l.size() == 1).orElse(false)) {
            // "0.00139951 ~ 0.0014": a rounding of the printed number before it
            return Optional.of(new Reference(k - 1, m.get(k - 1).expression(), "", ""));
        }
        Optional<Reference> left = nearest(m, k, -1);
        if (left.isPresent()) {
            return left;
        }
        Optional<Reference> right = nearest(m, k, 1);
        if (right.isPresent()) {
            return right;
        }
        for (int d = 1; d < m.size(); d++) {
            for (int j : new int[] {k - d, k + d}) {
                if (j >= 0 && j < m.size() && m.get(j).kind() == Chain.Member.Kind.NAME) {
                    String name = m.get(j).name();
                    return Optional.of(names.value(name).isEmpty()
                            ? new Reference(j, Optional.of(new Expr.Name(name)), "", "")
                            : new Reference(j, Optional.empty(), "the text gives " + name + " no expression, only"
                                    + " values (this states one again)", ""));
                }
            }
        }
        for (int j = 0; j < m.size(); j++) {
            if (!chain.prose() && m.get(j).kind() == Chain.Member.Kind.EXPRESSION) {
                return Optional.of(new Reference(j, Optional.empty(), "lint cannot read '" + text(m.get(j)) + "'",
                        ""));
            }
        }
        return Optional.empty();
    }

    /** The nearest member in direction {@code step} that is an expression the lint reads, or a name with a value. */
    private Optional<Reference> nearest(List<Chain.Member> m, int k, int step) {
        for (int j = k + step; j >= 0 && j < m.size(); j += step) {
            Chain.Member member = m.get(j);
            switch (member.kind()) {
                case EXPRESSION -> {
                    Optional<Expr> e = member.expression();
                    if (e.isPresent()) {
                        return Optional.of(new Reference(j, e, "", ""));
                    }
                }
                case NAME -> {
                    Optional<Names.Binding> b = names.binding(member.name());
                    if (names.value(member.name()).isPresent()) {
                        boolean restated = m.size() == 2 && b.isPresent() && b.get().printed();
                        if (!restated) {
                            String pending = b.map(Names.Binding::expression).orElse(""); // "" when printed
                            return Optional.of(new Reference(j, Optional.of(new Expr.Name(member.name())), "",
                                    pending));
                        }
                    }
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    /** After the claims: each name takes the first printed value to its right, or its expression's value. */
    private void bindNames(List<Chain.Member> m, List<List<Quantity>> printedValues) {
        for (int k = 0; k < m.size(); k++) {
            if (m.get(k).kind() != Chain.Member.Kind.NAME) {
                continue;
            }
            Optional<Names.Binding> b = Optional.empty();
            for (int j = k + 1; j < m.size() && b.isEmpty(); j++) {
                if (printedValues.get(j) != null) {
                    b = Optional.of(new Names.Binding(printedValues.get(j), true, ""));
                }
            }
            for (int j = k + 1; j < m.size() && b.isEmpty(); j++) {
                if (m.get(j).kind() == Chain.Member.Kind.EXPRESSION) {
                    if (m.get(j).tokens().size() == 1 && m.get(j).tokens().get(0).is(Token.Kind.MATRIX)) {
                        names.bindMatrix(m.get(k).name());
                        break;
                    }
                    b = Claim.pending(names, m.get(j), text(m.get(j)));
                }
            }
            if (b.isPresent()) {
                names.bind(m.get(k).name(), b.get());
            }
        }
    }

    private String claimText(Chain chain, int from, int to) {
        List<Chain.Member> m = chain.members();
        return squeeze(source.text().substring(m.get(Math.min(from, to)).start(), m.get(Math.max(from, to)).end()));
    }

    private String text(Chain.Member member) {
        return squeeze(source.text().substring(member.start(), member.end()));
    }

    /** Whitespace as single spaces, at most 300 characters. */
    static String squeeze(String s) {
        String one = (s.length() > 2000 ? s.substring(0, 2000) : s).strip().replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 297) + "..." : one;
    }
}
