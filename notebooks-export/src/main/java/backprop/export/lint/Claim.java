package backprop.export.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One printed value and the member it is a claim about, evaluated four ways (the {@link Mode}s), which decide its
 * status:
 *
 * <pre>
 * consistent                 round(f(printed inputs)) = printed
 * consistent-with-rounding   some x ∈ [input ± half a unit] has round(f(x)) = printed,
 *                            or round(f(the text's unrounded values)) = printed
 * inconsistent               neither; the note gives f(printed inputs), the value it should be, or, when only
 *                            an earlier wrong claim makes it wrong, that claim's FILE:LINE
 * not-checkable              f needs what the text never gives (a name, a readable expression)
 * </pre>
 */
final class Claim {
    /** How a leaf is taken in one evaluation. */
    enum Mode {
        /** As printed (or a name's value as the text has it). */
        VALUE(Quantity::value),
        /** Anything that rounds to what is printed. */
        RANGE(null),
        /** The exact values of the claims that printed the inputs. */
        UNROUNDED(Quantity::unrounded),
        /** The values the inputs should have had, where an earlier claim was wrong. */
        CORRECTED(Quantity::corrected);

        private final Function<Quantity, Double> point;

        Mode(Function<Quantity, Double> point) {
            this.point = point;
        }

        Interval of(Quantity q) {
            return point == null ? q.range() : Interval.point(point.apply(q));
        }
    }

    private final Source source;
    private final Names names;
    private final String text;
    private final Token printed;
    private final int entry;
    private Quantity quantity;

    /**
     * @param entry which entry of a vector result the printed number is, or −1 for a single number
     */
    Claim(Source source, Names names, String text, Token printed, int entry) {
        this.source = source;
        this.names = names;
        this.text = text;
        this.printed = printed;
        this.entry = entry;
        this.quantity = Quantity.printed(printed.text());
    }

    /** What the printed value stands for in later claims (known after {@link #check}). */
    Quantity quantity() {
        return quantity;
    }

    ClaimRow check(Checker.Reference ref) {
        if (ref.expression().isEmpty()) {
            return row("", ClaimStatus.NOT_CHECKABLE, ref.whyNot(), "");
        }
        Expr e = ref.expression().get();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> causes = new LinkedHashSet<>();
        try {
            double exact = evaluate(e, Mode.VALUE, unknown, causes).mid();
            if (!unknown.isEmpty()) {
                return row("", ClaimStatus.NOT_CHECKABLE, "the text never gives " + String.join(", ", unknown), "");
            }
            if (!Double.isFinite(exact)) {
                return row("", ClaimStatus.NOT_CHECKABLE, "not a finite number (it overflows)", "");
            }
            return judge(e, exact, ref.pending());
        } catch (Evaluator.NotCheckable x) {
            return row("", ClaimStatus.NOT_CHECKABLE, x.getMessage(), "");
        }
    }

    private ClaimRow judge(Expr e, double exact, String pending) throws Evaluator.NotCheckable {
        String p = printed.text();
        String computed = Printed.format(exact);
        String given = pending.isEmpty() ? "" : "its value from " + pending;
        Set<String> causes = new LinkedHashSet<>();
        Interval range = evaluate(e, Mode.RANGE, new LinkedHashSet<>(), new LinkedHashSet<>());
        double unrounded = evaluate(e, Mode.UNROUNDED, new LinkedHashSet<>(), new LinkedHashSet<>()).mid();
        double corrected = evaluate(e, Mode.CORRECTED, new LinkedHashSet<>(), causes).mid();
        String cause = causes.isEmpty() ? "" : causes.iterator().next();
        boolean follows = !cause.isEmpty() && !Printed.roundsTo(corrected, p);
        quantity = new Quantity(Printed.value(p), quantity.range(), unrounded,
                follows ? corrected : Printed.value(p), follows ? cause : "");
        if (Printed.roundsTo(exact, p)) {
            return row(computed, ClaimStatus.CONSISTENT, given + following(follows, cause, corrected, p),
                    cause(follows, cause));
        }
        if (Printed.reaches(range, p)) {
            return row(computed, ClaimStatus.CONSISTENT_WITH_ROUNDING, join(given, "the inputs, each within half a unit"
                    + " of its last printed digit, give " + Printed.format(range.lo()) + " to "
                    + Printed.format(range.hi())) + following(follows, cause, corrected, p), cause(follows, cause));
        }
        if (Printed.roundsTo(unrounded, p)) {
            return row(computed, ClaimStatus.CONSISTENT_WITH_ROUNDING, join(given, "the text's own unrounded values give "
                    + Printed.format(unrounded)), "");
        }
        if (!cause.isEmpty() && Printed.roundsTo(corrected, p)) {
            return row(computed, ClaimStatus.INCONSISTENT, join(given, "follows from " + cause + ": with the value"
                    + " corrected there, this gives " + Printed.formatAs(corrected, p)), cause);
        }
        String here = source.name() + ":" + source.line(printed.offset());
        quantity = new Quantity(Printed.value(p), quantity.range(), unrounded, exact, here);
        String should = Printed.formatAs(exact, p);
        return row(computed, ClaimStatus.INCONSISTENT, join(given, "should be " + should + " ("
                + (should.equals(computed) ? "" : "exactly " + computed + "; ") + "within half a unit of the inputs'"
                + " last printed digits: " + Printed.format(range.lo()) + " to " + Printed.format(range.hi()) + ")"),
                "");
    }

    /** a; b (where a is empty, {@link #row} drops the "; " the note then starts with). */
    private static String join(String a, String b) {
        return a + "; " + b;
    }

    private static String following(boolean follows, String cause, double corrected, String p) {
        return follows ? "; uses a value of the wrong claim at " + cause + " (follows from it): with that value"
                + " corrected this gives " + Printed.formatAs(corrected, p) : "";
    }

    private static String cause(boolean follows, String cause) {
        return follows ? cause : "";
    }

    private ClaimRow row(String computed, ClaimStatus status, String note, String cause) {
        return new ClaimRow(source.name(), source.line(printed.offset()), text, printed.text(), computed, status,
                note.startsWith("; ") ? note.substring(2) : note, cause);
    }

    /** The entry of {@code e}'s value this claim prints. */
    private Interval evaluate(Expr e, Mode mode, Set<String> unknown, Set<String> causes)
            throws Evaluator.NotCheckable {
        List<Interval> v = new Evaluator(leaves(names, mode, unknown, causes)).evaluate(e);
        if (v.size() == 1) {
            return v.get(0);
        }
        if (entry >= 0 && entry < v.size()) {
            return v.get(entry);
        }
        throw new Evaluator.NotCheckable("a vector of " + v.size() + " entries, where " + (entry == -1 ? "one number"
                : "a vector of other length") + " is printed");
    }

    /** The leaves of one evaluation: printed numbers and names, taken as {@code mode} takes them. */
    static Evaluator.Leaves leaves(Names names, Mode mode, Set<String> unknown, Set<String> causes) {
        return new Evaluator.Leaves() {
            @Override
            public List<Interval> literal(Token token) {
                List<Token> entries = token.entries().isEmpty() ? List.of(token) : token.entries();
                List<Interval> out = new ArrayList<>();
                for (Token n : entries) {
                    // an earlier claim's history keeps the printed value and range: only UNROUNDED and CORRECTED differ
                    Quantity q = names.earlier(n.text()).orElse(Quantity.printed(n.text()));
                    note(q, causes);
                    out.add(mode.of(q));
                }
                return out;
            }

            @Override
            public List<Interval> name(String name) throws Evaluator.NotCheckable {
                if (names.isMatrix(name)) {
                    throw new Evaluator.NotCheckable(name + " is a matrix: lint does not multiply matrices");
                }
                Optional<List<Quantity>> v = names.value(name);
                if (v.isEmpty()) {
                    unknown.add(name);
                    return List.of(Interval.point(1));
                }
                v.get().forEach(q -> note(q, causes));
                return v.get().stream().map(mode::of).toList();
            }
        };
    }

    private static void note(Quantity q, Set<String> causes) {
        if (!q.cause().isEmpty()) {
            causes.add(q.cause());
        }
    }

    /** A name's value from an expression the text does not print the value of, if it can be evaluated. */
    static Optional<Names.Binding> pending(Names names, Chain.Member member, String text) {
        Optional<Expr> e = member.expression();
        if (e.isEmpty()) {
            return Optional.empty();
        }
        try {
            Set<String> unknown = new LinkedHashSet<>();
            Set<String> causes = new LinkedHashSet<>();
            List<Interval> value = new Evaluator(leaves(names, Mode.VALUE, unknown, causes)).evaluate(e.get());
            if (!unknown.isEmpty()) {
                return Optional.empty();
            }
            List<Interval> range = new Evaluator(leaves(names, Mode.RANGE, unknown, causes)).evaluate(e.get());
            List<Interval> unrounded = new Evaluator(leaves(names, Mode.UNROUNDED, unknown, causes)).evaluate(e.get());
            List<Interval> corrected = new Evaluator(leaves(names, Mode.CORRECTED, unknown, causes)).evaluate(e.get());
            String cause = causes.isEmpty() ? "" : causes.iterator().next();
            List<Quantity> entries = new ArrayList<>();
            for (int k = 0; k < value.size(); k++) {
                entries.add(new Quantity(value.get(k).mid(), range.get(k), unrounded.get(k).mid(),
                        corrected.get(k).mid(), cause));
            }
            return Optional.of(new Names.Binding(entries, false, "'" + text + "'"));
        } catch (Evaluator.NotCheckable x) {
            return Optional.empty();
        }
    }
}
