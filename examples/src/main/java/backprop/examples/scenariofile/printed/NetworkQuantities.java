package backprop.examples.scenariofile.printed;

import backprop.examples.scenariofile.printed.PrintedQuantity.Symbol;
import backprop.examples.scenariofile.printed.PrintedQuantity.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network forms of issue 21's grammar (variants/README.md, "Printed values"), beside {@link QuantityGrammar}'s:
 * <pre>
 * L[k]  e[k]  x[i]  s2[i] (= delta2[i])  F'(z1)[i,j]  W2^T delta2[i] (also W2^T s2[i])
 * dP/dQ   P ∈ {L, L[k], z, a entries}, Q ∈ {L, z, a, W, b, x entries}, P depending on Q
 * a whole vector or matrix: a name without its index (z1, W2, e, x, F'(z1), W2^T delta2, dL/dW1, W1 after 1 update)
 * </pre>
 * Spaces are insignificant in these forms. A derivative of P by a Q that P does not depend on is refused with the
 * reason (a layer above P, another unit of an element-wise layer, another output's term).
 */
final class NetworkQuantities {
    private static final Pattern INDEXED = Pattern.compile("(L|e|x)\\[(\\d{1,6})]");
    private static final Pattern LAYERED = Pattern.compile("(z|a|delta|δ|s|W|b)(\\d{1,4})(?:\\[(\\d{1,6})(?:,(\\d{1,6}))?])?");
    private static final Pattern SLOPE = Pattern.compile("F'\\(z(\\d{1,4})\\)\\[(\\d{1,6}),(\\d{1,6})]");
    private static final Pattern WEIGHTED = Pattern.compile("W(\\d{1,4})\\^T(?:delta|δ|s)(\\d{1,4})\\[(\\d{1,6})]");
    private static final Pattern WHOLE_SLOPE = Pattern.compile("F'\\(z(\\d{1,4})\\)");
    private static final Pattern WHOLE_WEIGHTED = Pattern.compile("W(\\d{1,4})\\^T(delta|δ|s)(\\d{1,4})");
    private static final Pattern WHOLE_LAYERED = Pattern.compile("(z|a|delta|δ|s|W|b)(\\d{1,4})");
    private static final Pattern AFTER = Pattern.compile("(.+) after (\\d{1,9}) (updates?)");
    private static final Pattern DERIVATIVE = Pattern.compile("d(.+?)/d(.+)");

    private final QuantityScope scope;

    NetworkQuantities(QuantityScope scope) {
        this.scope = scope;
    }

    /** "s2[1]" → "delta2[1]": Hagan's sensitivity is δ under the file's loss. */
    static String sensitivity(String name) {
        return name.matches("s\\d{1,4}(\\[.*)?") ? "delta" + name.substring(1) : name;
    }

    /** L[k], e[k], x[i], F'(zk)[i,j] or Wk^T δk[i]; null when {@code name} (ours, without spaces) is none of them. */
    PrintedQuantity value(String text, String name) {
        String n = name.replace(" ", "");
        Matcher m;
        if ((m = INDEXED.matcher(n)).matches()) {
            return indexed(text, m.group(1), Integer.parseInt(m.group(2)));
        }
        if ((m = SLOPE.matcher(n)).matches()) {
            int k = layer(text, m.group(1));
            int i = Integer.parseInt(m.group(2));
            int j = Integer.parseInt(m.group(3));
            require(i >= 1 && i <= scope.sizes()[k] && j >= 1 && j <= scope.sizes()[k], text,
                    "F'(z" + k + ") is " + scope.sizes()[k] + "×" + scope.sizes()[k] + ", it has no [" + i + "," + j + "]");
            return new PrintedQuantity.Slope(k, i, j);
        }
        if ((m = WEIGHTED.matcher(n)).matches()) {
            int k = layer(text, m.group(1));
            require(k == Integer.parseInt(m.group(2)), text, "W" + k + "ᵀ multiplies δ" + k + ", of its own layer");
            int i = Integer.parseInt(m.group(3));
            require(i >= 1 && i <= scope.sizes()[k - 1], text, "W" + k + "ᵀδ" + k + " has " + scope.sizes()[k - 1]
                    + " entries, not " + i);
            return new PrintedQuantity.WeightedDelta(k, i);
        }
        return null;
    }

    /** L[i], e[i] (an output) or x[i] (an input), i checked. */
    private PrintedQuantity indexed(String text, String symbol, int i) {
        int size = symbol.equals("x") ? scope.sizes()[0] : scope.sizes()[depth()];
        require(i >= 1 && i <= size, text, symbol + "[" + i + "] is outside 1…" + size);
        return switch (symbol) {
            case "L" -> new PrintedQuantity.LossTerm(i);
            case "e" -> new PrintedQuantity.OutputError(i);
            default -> new PrintedQuantity.InputValue(i);
        };
    }

    /** ∂of/∂by, both ours; refused unless {@code of} depends on {@code by} in the first forward pass. */
    PrintedQuantity derivative(String text, String of, String by) {
        Term p = term(text, of);
        Term q = term(text, by);
        if (p.symbol() == Symbol.W || p.symbol() == Symbol.B || p.symbol() == Symbol.X) {
            throw new IllegalArgumentException(quoted(text) + ": " + p.label() + " is given, not computed; the"
                    + " derivatives are of L, L[k], a z or an a");
        }
        String why = independence(p, q);
        if (why != null) {
            throw new IllegalArgumentException(quoted(text) + ": " + p.label() + " does not depend on " + q.label()
                    + " (" + why + ")");
        }
        return new PrintedQuantity.Derivative(p, q);
    }

    /** Why P does not depend on Q in a dense network, or null when it does. */
    private String independence(Term p, Term q) {
        if (q.symbol() == Symbol.LOSS) {
            return p.symbol() == Symbol.LOSS ? null : "L is computed from it";
        }
        if (q.symbol() == Symbol.LOSS_TERM) {
            return p.symbol() == Symbol.LOSS_TERM && p.row() == q.row() ? null
                    : p.symbol() == Symbol.LOSS ? "L[k] is a term of L, not an input of it; print dL/da" + depth()
                    + "[" + q.row() + "]" : "L[" + q.row() + "] is computed from it";
        }
        if (p.symbol() == Symbol.LOSS) {
            return null;
        }
        // the layer of P; L[k] sits above output k
        int top = p.symbol() == Symbol.LOSS_TERM ? depth() : p.layer();
        int at = q.symbol() == Symbol.X ? 0 : q.layer();
        if (at > top) {
            return "layer " + at + " comes after it";
        }
        return at < top ? null : withinLayer(p, q, at);
    }

    /** Why P (of layer {@code at}, or L[k] above it) does not depend on Q of the same layer, or null. */
    private String withinLayer(Term p, Term q, int at) {
        int unit = p.row();
        boolean onA = p.symbol() != Symbol.Z;
        if (q.symbol() == Symbol.A) {
            return !onA ? "a" + at + " comes after z" + at : q.row() == unit ? null
                    : p.symbol() == Symbol.LOSS_TERM ? "output " + unit + "'s term uses a" + at + "[" + unit + "] alone"
                    : "each unit's a is its own";
        }
        if (q.symbol() == Symbol.Z && !onA) {
            return q.row() == unit ? null : "each unit's z is its own";
        }
        boolean shared = q.symbol() == Symbol.B && scope.biasEntries()[at] == 1 && scope.sizes()[at] > 1;
        boolean coupled = onA && scope.coupled().contains(at);
        return q.row() == unit || shared || coupled ? null : "it is computed from unit " + unit + " of layer " + at
                + ", not from unit " + q.row() + (onA ? " (an element-wise activation)" : "");
    }

    /** A name of ours as a derivative's P or Q. */
    private Term term(String text, String name) {
        String n = sensitivity(name.replace(" ", ""));
        if (n.equals("L")) {
            return new Term(Symbol.LOSS, 0, 0, 0);
        }
        Matcher m = INDEXED.matcher(n);
        if (m.matches() && !m.group(1).equals("e")) {
            PrintedQuantity v = indexed(text, m.group(1), Integer.parseInt(m.group(2)));
            return v instanceof PrintedQuantity.LossTerm l ? new Term(Symbol.LOSS_TERM, 0, l.output(), 0)
                    : new Term(Symbol.X, 0, ((PrintedQuantity.InputValue) v).index(), 0);
        }
        m = LAYERED.matcher(n);
        if (m.matches() && m.group(1).equals("b") && m.group(3) == null) {
            return sharedBias(text, layer(text, m.group(2)));
        }
        if (!m.matches() || m.group(3) == null || m.group(1).startsWith("d") || m.group(1).equals("δ")) {
            throw new IllegalArgumentException(quoted(text) + ": a derivative is of L, L[k], z or a entries by L,"
                    + " L[k], z, a, W, b or x entries (dL[1]/da1[2], da2[1]/dz2[1], dL/dx[1]), not by or of "
                    + name);
        }
        return layered(text, name, m);
    }

    /** b{@code k} without an index: the layer's one bias. */
    private Term sharedBias(String text, int k) {
        require(scope.biasEntries()[k] > 0, text, "layer " + k + " has no biases: biases = \"none\"");
        require(scope.biasEntries()[k] == 1, text, "b" + k + " has " + scope.biasEntries()[k]
                + " entries; name one, b" + k + "[1]");
        return new Term(Symbol.B, k, 1, 0);
    }

    /** A z, a, W or b entry, checked against its layer's sizes. */
    private Term layered(String text, String name, Matcher m) {
        int k = layer(text, m.group(2));
        int i = Integer.parseInt(m.group(3));
        int j = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        String symbol = m.group(1);
        require(!symbol.equals("b") || scope.biasEntries()[k] > 0, text, "layer " + k + " has no biases: biases"
                + " = \"none\"");
        boolean exists = switch (symbol) {
            case "W" -> j >= 1 && j <= scope.sizes()[k - 1] && i >= 1 && i <= scope.sizes()[k];
            case "b" -> j == 0 && i >= 1 && i <= scope.biasEntries()[k];
            default -> j == 0 && i >= 1 && i <= scope.sizes()[k];
        };
        require(exists, text, name + " is not an entry of layer " + k);
        return new Term(switch (symbol) {
            case "W" -> Symbol.W;
            case "b" -> Symbol.B;
            case "z" -> Symbol.Z;
            default -> Symbol.A;
        }, k, i, j);
    }

    /**
     * The entries of a whole vector or matrix that {@code q} names (ours after {@code ours}, without spaces), each
     * as ours and as the file writes it; null when {@code q} names no whole quantity.
     */
    List<Entry> whole(String written, UnaryOperator<String> ours) {
        String q = written.strip().replace('∂', 'd').replaceAll("\\s+", " ");
        Matcher m;
        if ((m = AFTER.matcher(q)).matches()) {
            String suffix = " after " + m.group(2) + " " + m.group(3);
            List<Entry> base = plain(m.group(1).replace(" ", ""), ours);
            return base == null ? null : base.stream().map(e -> new Entry(e.row(), e.column(), e.ours() + suffix,
                    e.written() + suffix)).toList();
        }
        String compact = q.replace(" ", "");
        if ((m = DERIVATIVE.matcher(compact)).matches() && !scope.aliases().containsKey(compact)) {
            return derivativeEntries(compact, m.group(1), m.group(2), ours);
        }
        return plain(compact, ours);
    }

    /**
     * dP/dQ with Q whole (dL/dW1: one entry per entry of W1), or with P and Q each of one entry (da2/dz2 of a
     * one-output network); null for a P of several entries (a Jacobian), which the grammar refuses.
     */
    private List<Entry> derivativeEntries(String written, String of, String by, UnaryOperator<String> ours) {
        List<Entry> above = plain(of, ours);
        if (above != null && above.size() > 1) {
            return null;
        }
        String ourOf = "d" + (above == null ? ours.apply(of) : above.get(0).ours()) + "/d";
        List<Entry> below = plain(by, ours);
        if (below == null) {
            return above == null ? null : List.of(new Entry(1, 1, ourOf + ours.apply(by), written));
        }
        String theirs = "d" + of + "/d";
        return below.stream().map(e -> new Entry(e.row(), e.column(), ourOf + e.ours(), theirs + e.written())).toList();
    }

    /** The entries of a whole name: z1, a2, delta2, s2, W1, b2, e, x, F'(z1), W2^T delta2 (or a source's name for one). */
    private List<Entry> plain(String written, UnaryOperator<String> ours) {
        String name = ours.apply(written).replace(" ", "");
        int[] shape = shape(name);
        if (shape == null) {
            return null;
        }
        boolean matrix = name.startsWith("F'") || name.startsWith("W") && !name.contains("^");
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= shape[0]; i++) {
            for (int j = 1; j <= shape[1]; j++) {
                String index = (matrix ? i + "," + j : Integer.toString(i)) + "]";
                entries.add(new Entry(i, j, name + "[" + index, written + "[" + index));
            }
        }
        return entries;
    }

    /** {rows, columns} of a whole name of ours, or null when it is none (a shared bias b1 is a number already). */
    private int[] shape(String name) {
        Matcher m;
        if (name.equals("e") || name.equals("x")) {
            return new int[] {name.equals("e") ? scope.sizes()[depth()] : scope.sizes()[0], 1};
        }
        if ((m = WHOLE_SLOPE.matcher(name)).matches() && inside(m.group(1))) {
            int n = scope.sizes()[Integer.parseInt(m.group(1))];
            return new int[] {n, n};
        }
        if ((m = WHOLE_WEIGHTED.matcher(name)).matches() && inside(m.group(1))) {
            return new int[] {scope.sizes()[Integer.parseInt(m.group(1)) - 1], 1};
        }
        if ((m = WHOLE_LAYERED.matcher(name)).matches() && inside(m.group(2))) {
            int k = Integer.parseInt(m.group(2));
            int rows = m.group(1).equals("b") ? scope.biasEntries()[k] : scope.sizes()[k];
            // a shared bias, b1, is a number already; a layer without biases has none
            return m.group(1).equals("b") && rows <= 1 ? null
                    : new int[] {rows, m.group(1).equals("W") ? scope.sizes()[k - 1] : 1};
        }
        return null;
    }

    private boolean inside(String layer) {
        int k = Integer.parseInt(layer);
        return k >= 1 && k <= depth();
    }

    private int layer(String text, String digits) {
        int k = Integer.parseInt(digits);
        require(k >= 1 && k <= depth(), text, "the layers are 1…" + depth() + ", not " + k);
        return k;
    }

    private int depth() {
        return scope.sizes().length - 1;
    }

    private static void require(boolean holds, String text, String problem) {
        if (!holds) {
            throw new IllegalArgumentException(quoted(text) + ": " + problem);
        }
    }

    private static String quoted(String text) {
        return "quantity '" + backprop.examples.scenariofile.toml.Keys.printable(text.strip()) + "'";
    }

    /**
     * One entry of a whole vector or matrix, 1-based: its quantity in our names ({@code z1[2]}) and as the file's
     * words give it ({@code n1[2]}).
     */
    record Entry(int row, int column, String ours, String written) {
    }
}
