package backprop.examples.scenariofile.printed;

import backprop.examples.scenariofile.printed.PrintedQuantity.Kind;
import backprop.examples.scenariofile.toml.Keys;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of a {@code [[published]]} entry's {@code quantity} (variants/README.md), over the file's names
 * ({@link QuantityScope}); ∂ may be written d, and runs of spaces are one space:
 * <pre>
 * quantity := name                              z1[2], a2[1], delta2[1], L (network)
 *           | "d" name "/d" name                dL/dW2[1,2], dL/db1[1] (network)
 *           | entry " after " n " update" ["s"] W2[1,2] after 1 update, b1[1] after 3 updates
 *           | "loss after " n " epoch" ["s"]    loss after 10 epochs (L after 10 epochs alike)
 *           | "output[" m "][" j "] after training"   example m's output j after the file's training
 * </pre>
 * An expression file's quantities (a node by its label, dP/dQ of any two nodes) are {@link ExpressionQuantities}'.
 * Each name may be one of the source's names from [names] ({@code dE/dw5}, {@code w5 after 1 update},
 * {@code out_o1}), which stands for the name of ours it maps to. A quantity that names nothing is refused with
 * the nearest name and the names that exist.
 */
final class QuantityGrammar {
    private static final Pattern AFTER = Pattern.compile("(.+) after (\\d{1,9}) (update|updates|epoch|epochs)");
    private static final Pattern TRAINED = Pattern.compile("(.+) after training");
    private static final Pattern DERIVATIVE = Pattern.compile("d(\\S+) ?/ ?d(\\S+)");
    private static final Pattern NAME = Pattern.compile("(z|a|delta|δ|W|b)(\\d{1,4})(?:\\[(\\d{1,4})(?:, ?(\\d{1,4}))?])?");
    private static final Pattern OUTPUT = Pattern.compile("output\\[(\\d{1,6})]\\[(\\d{1,4})]");

    private final QuantityScope scope;
    /** A network file's quantities beyond its z, a, δ, W and b entries (issue 21). */
    private final NetworkQuantities quantities;
    /** An expression file's nodes and derivatives; null for a network. */
    private final ExpressionQuantities expression;

    QuantityGrammar(QuantityScope scope) {
        this.scope = scope;
        this.quantities = new NetworkQuantities(scope);
        this.expression = scope.isNetwork() ? null : new ExpressionQuantities(scope);
    }

    /** The entries of a whole vector or matrix {@code text} names (issue 21), or null when it names none. */
    List<NetworkQuantities.Entry> whole(String text) {
        return scope.isNetwork() ? quantities.whole(text, this::ours) : null;
    }

    /** The quantity {@code text} names; an {@link IllegalArgumentException} says why it names nothing. */
    PrintedQuantity parse(String text) {
        String q = text.strip().replace('∂', 'd').replaceAll("\\s+", " ").replaceAll(" ?, ?", ",")
                .replaceAll("\\[ ", "[").replaceAll(" ]", "]");
        Matcher m;
        if ((m = AFTER.matcher(q)).matches()) {
            return after(text, m.group(1), Integer.parseInt(m.group(2)), m.group(3).startsWith("epoch"));
        }
        if ((m = TRAINED.matcher(q)).matches()) {
            return trained(text, m.group(1));
        }
        if (!scope.isNetwork()) {
            return expression.parse(text, q);
        }
        if ((m = DERIVATIVE.matcher(q)).matches() && !scope.aliases().containsKey(q)) {
            return derivative(text, m.group(1), m.group(2));
        }
        return networkValue(text, q);
    }

    /** Refuses {@code name} unless it is one of our names (an alias's target): what it names, or nothing. */
    void requireName(String name) {
        if (scope.isNetwork() && whole(name) != null) {
            return;
        }
        if (scope.isNetwork() && quantities.value(name, NetworkQuantities.sensitivity(name)) != null) {
            return;
        }
        if (scope.isNetwork() && (name.equals("L") || OUTPUT.matcher(name).matches())) {
            if (!name.equals("L")) {
                trained(name, name);
            }
            return;
        }
        if (scope.isNetwork()) {
            entry(name, name, NetworkQuantities.sensitivity(name));
        } else if (!expression.names(name)) {
            throw new IllegalArgumentException(nothing(name, name));
        }
    }

    /** Whether {@code name} is one of our names already (a source's name may not be). */
    boolean isOurs(String name) {
        try {
            requireName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private PrintedQuantity networkValue(String text, String q) {
        String name = ours(q);
        if (name.equals("L")) {
            return new PrintedQuantity.Loss();
        }
        PrintedQuantity extended = quantities.value(text, name);
        if (extended != null) {
            return extended;
        }
        PrintedQuantity p = entry(text, q, name);
        if (p instanceof PrintedQuantity.Node) {
            return p;
        }
        throw new IllegalArgumentException(quoted(text) + ": " + name + " is a parameter the file states; print"
                + " dL/d" + name + " or " + name + " after n updates");
    }

    private PrintedQuantity derivative(String text, String of, String by) {
        String numerator = ours(of);
        String denominator = ours(by);
        requireBiases(text, numerator);
        requireBiases(text, denominator);
        if (!isOurs(numerator) || !isOurs(denominator)) {
            throw new IllegalArgumentException(nothing(text, isOurs(numerator) ? by : of));
        }
        if (numerator.equals("L") && NAME.matcher(denominator).matches() && !denominator.startsWith("a")) {
            // ∂L/∂W and ∂L/∂b of the update's batch, ∂L/∂z = δ: the quantities the answer key has rows for
            PrintedQuantity p = entry(text, by, denominator);
            if (p instanceof PrintedQuantity.WeightAfter w) {
                return new PrintedQuantity.WeightGradient(w.layer(), w.row(), w.column());
            }
            if (p instanceof PrintedQuantity.BiasAfter b) {
                return new PrintedQuantity.BiasGradient(b.layer(), b.index());
            }
            if (p instanceof PrintedQuantity.Node n && n.kind() == Kind.Z) {
                return new PrintedQuantity.Node(Kind.DELTA, n.layer(), n.index());
            }
        }
        return quantities.derivative(text, numerator, denominator);
    }

    private PrintedQuantity after(String text, String base, int n, boolean epochs) {
        if (!scope.isNetwork()) {
            throw new IllegalArgumentException(quoted(text) + ": an expression is not trained; print f or df/dx");
        }
        String name = ours(base);
        if (name.equals("L") || base.equals("loss")) {
            return new PrintedQuantity.LossAfter(within(text, n, epochs, true));
        }
        PrintedQuantity p = entry(text, base, name);
        if (p instanceof PrintedQuantity.WeightAfter w) {
            return new PrintedQuantity.WeightAfter(w.layer(), w.row(), w.column(), within(text, n, epochs, false));
        }
        if (p instanceof PrintedQuantity.BiasAfter b) {
            return new PrintedQuantity.BiasAfter(b.layer(), b.index(), within(text, n, epochs, false));
        }
        throw new IllegalArgumentException(quoted(text) + ": only a weight, a bias or the loss has a value after"
                + " training steps, not " + base);
    }

    /** n, when the file's training reaches it: updates for a parameter, epochs for the loss. */
    private int within(String text, int n, boolean epochs, boolean loss) {
        if (epochs != loss) {
            throw new IllegalArgumentException(quoted(text) + ": " + (loss ? "the loss is read after n epochs"
                    : "a parameter is read after n updates") + ", not after n " + (epochs ? "epochs" : "updates"));
        }
        int most = Math.max(1, scope.epochs());
        if (n > most || (n == 0 && !loss)) {
            throw new IllegalArgumentException(quoted(text) + ": the file trains " + most + (most == 1
                    ? " step" : " steps") + " (training.epochs); n must be " + (loss ? 0 : 1) + " to " + most);
        }
        return n;
    }

    private PrintedQuantity trained(String text, String base) {
        Matcher m = OUTPUT.matcher(ours(base));
        if (!scope.isNetwork() || !m.matches()) {
            throw new IllegalArgumentException(scope.isNetwork() ? quoted(text) + ": after training, the outputs"
                    + " are printed as output[m][j] after training (example m, output j)"
                    : quoted(text) + ": an expression is not trained; print f or df/dx");
        }
        int example = Integer.parseInt(m.group(1));
        int output = Integer.parseInt(m.group(2));
        if (scope.epochs() < 1) {
            throw new IllegalArgumentException(quoted(text) + ": the file does not train (training.epochs is 0)");
        }
        if (example < 1 || example > scope.examples() || output < 1 || output > scope.sizes()[scope.depth()]) {
            throw new IllegalArgumentException(nothing(text, base));
        }
        return new PrintedQuantity.OutputAfterTraining(example, output);
    }

    /** A z, a, δ (Node) or a W or b entry (as WeightAfter or BiasAfter with 0 updates) of the network. */
    private PrintedQuantity entry(String text, String written, String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException(nothing(text, written));
        }
        int k = Integer.parseInt(m.group(2));
        int i = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int j = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        String symbol = m.group(1);
        requireBiases(text, name);
        boolean exists = k >= 1 && k <= scope.depth() && switch (symbol) {
            case "W" -> between(i, scope.sizes()[k]) && between(j, scope.sizes()[k - 1]);
            case "b" -> j == 0 && (between(i, scope.biasEntries()[k]) || i == 0 && scope.biasEntries()[k] == 1);
            default -> j == 0 && between(i, scope.sizes()[k]);
        };
        if (!exists) {
            throw new IllegalArgumentException(nothing(text, written));
        }
        return switch (symbol) {
            case "W" -> new PrintedQuantity.WeightAfter(k, i, j, 0);
            case "b" -> new PrintedQuantity.BiasAfter(k, Math.max(1, i), 0);
            case "z" -> new PrintedQuantity.Node(Kind.Z, k, i);
            case "a" -> new PrintedQuantity.Node(Kind.A, k, i);
            default -> new PrintedQuantity.Node(Kind.DELTA, k, i);
        };
    }

    /** Refuses b of a layer without biases (biases = "none") with that reason, not as a name of nothing. */
    private void requireBiases(String text, String name) {
        Matcher m = NAME.matcher(name);
        if (m.matches() && m.group(1).equals("b")) {
            int k = Integer.parseInt(m.group(2));
            if (k >= 1 && k <= scope.depth() && scope.biasEntries()[k] == 0) {
                throw new IllegalArgumentException(quoted(text) + ": layer " + k + " has no biases: biases = \"none\"");
            }
        }
    }

    private static boolean between(int i, int most) {
        return i >= 1 && i <= most;
    }

    /** The name of ours that {@code written} stands for: itself, or what [names] maps it to. */
    private String ours(String written) {
        String ours = scope.aliases().getOrDefault(written, written);
        return scope.isNetwork() ? NetworkQuantities.sensitivity(ours) : ours;
    }

    private String nothing(String text, String written) {
        String hint = Keys.suggestion(written, scope.concrete());
        return quoted(text) + ": " + Keys.printable(written) + " names nothing in this file"
                + (hint.startsWith("; did you mean") ? hint : "") + "; the names are " + scope.summary();
    }

    private static String quoted(String text) {
        return "quantity '" + Keys.printable(text.strip()) + "'";
    }
}
