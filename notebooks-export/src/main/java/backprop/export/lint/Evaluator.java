package backprop.export.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Evaluates an {@link Expr} over intervals, entry by entry for vectors (a scalar is a vector of one entry and
 * meets a vector's every entry). What a literal or a name stands for comes from {@link Leaves}, so that the same
 * evaluation gives a claim's exact value (point intervals) and its range (each printed input ± half a unit).
 */
final class Evaluator {

    /** What a claim's leaves stand for in one evaluation. */
    interface Leaves {
        /** A printed number or vector. */
        List<Interval> literal(Token token);

        /** A name's value, or a {@link NotCheckable} naming it when the text never gives it. */
        List<Interval> name(String name) throws NotCheckable;
    }

    /** A claim the text does not give enough to evaluate; the message says what is missing. */
    static final class NotCheckable extends Exception {
        private static final long serialVersionUID = 1L;

        NotCheckable(String message) {
            super(message, null, false, false);
        }
    }

    private final Leaves leaves;

    Evaluator(Leaves leaves) {
        this.leaves = leaves;
    }

    /** The value of {@code e}, one interval per entry. */
    List<Interval> evaluate(Expr e) throws NotCheckable {
        List<Interval> v = value(e);
        for (Interval x : v) {
            if (x.isUndefined()) {
                throw new NotCheckable("undefined (a division by 0, or ln or √ of a negative number)");
            }
        }
        return v;
    }

    private List<Interval> value(Expr e) throws NotCheckable {
        if (e instanceof Expr.Literal l) {
            return leaves.literal(l.token());
        }
        if (e instanceof Expr.Name n) {
            return leaves.name(n.name());
        }
        if (e instanceof Expr.Matrix m) {
            throw new NotCheckable("a matrix (" + m.environment() + "): lint does not multiply matrices");
        }
        if (e instanceof Expr.Negate n) {
            return map(value(n.operand()), Interval::negate);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b.op(), value(b.left()), value(b.right()));
        }
        return call((Expr.Call) e);
    }

    private static List<Interval> binary(char op, List<Interval> a, List<Interval> b) throws NotCheckable {
        BinaryOperator<Interval> f = switch (op) {
            case '+' -> Interval::plus;
            case '-' -> Interval::minus;
            case '*' -> Interval::times;
            case '/' -> Interval::divide;
            default -> Interval::power;
        };
        return zip(a, b, f);
    }

    private List<Interval> call(Expr.Call c) throws NotCheckable {
        List<List<Interval>> args = new ArrayList<>();
        for (Expr a : c.arguments()) {
            args.add(value(a));
        }
        if (c.function().equals("max")) {
            List<Interval> m = args.get(0);
            for (int k = 1; k < args.size(); k++) {
                m = zip(m, args.get(k), Interval::max);
            }
            // max of one vector: its greatest entry (of one number: that number)
            return args.size() == 1 ? List.of(m.stream().reduce(Interval::max).orElseThrow()) : m;
        }
        if (args.size() != 1) {
            throw new NotCheckable(c.function() + " of " + args.size() + " arguments");
        }
        if (c.function().equals("softmax")) {
            return softmax(args.get(0));
        }
        return map(args.get(0), x -> x.apply(c.function()));
    }

    /**
     * softmax(x)_i = 1/(1 + Σ_{j≠i} e^(x_j − x_i)): increasing in x_i, decreasing in every other x_j, so its
     * bounds take x_i at one end of its interval and the others at the opposite ends.
     */
    static List<Interval> softmax(List<Interval> x) {
        List<Interval> out = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            double low = 0;
            double high = 0;
            for (int j = 0; j < x.size(); j++) {
                if (j != i) {
                    low += Math.exp(x.get(j).hi() - x.get(i).lo());
                    high += Math.exp(x.get(j).lo() - x.get(i).hi());
                }
            }
            out.add(new Interval(1 / (1 + low), 1 / (1 + high)));
        }
        return out;
    }

    private static List<Interval> map(List<Interval> a, java.util.function.UnaryOperator<Interval> f) {
        return a.stream().map(f).toList();
    }

    private static List<Interval> zip(List<Interval> a, List<Interval> b, BinaryOperator<Interval> f)
            throws NotCheckable {
        if (a.size() != b.size() && a.size() != 1 && b.size() != 1) {
            throw new NotCheckable("a vector of " + a.size() + " entries meets one of " + b.size());
        }
        int n = Math.max(a.size(), b.size());
        List<Interval> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(f.apply(a.get(a.size() == 1 ? 0 : k), b.get(b.size() == 1 ? 0 : k)));
        }
        return out;
    }
}
