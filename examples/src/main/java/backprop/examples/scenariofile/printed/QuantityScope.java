package backprop.examples.scenariofile.printed;

import backprop.core.graph.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a scenario file's printed quantities may use: a network's z, a, δ, W, b per layer and entry, L and
 * the outputs; an expression's f and inputs; and the source's own names from [names], each standing for one of
 * ours. Indices are 1-based; a shared bias (one per layer) is {@code b1} or {@code b1[1]}.
 *
 * @param sizes       the layer sizes, input first; empty for an expression
 * @param biasEntries the biases of each layer (index 0 unused): its size, or 1 when shared
 * @param examples    how many training examples the file has
 * @param epochs      how many epochs the file trains (training.epochs, 0 when it only updates once)
 * @param inputs      an expression's input names; empty for a network
 * @param aliases     the source's names, each mapped to ours, in the file's order
 * @param coupled     the layers whose every a depends on every z of the layer (softmax), for a derivative's
 *                    dependence; an element-wise layer's a_i depends on its z_i alone; empty for an expression
 * @param expression  an expression's output f, built once under the file's conventions, whose graph holds the
 *                    nodes a quantity may name by their labels; null for a network (read, never differentiated
 *                    but by the grammar's own checks)
 */
public record QuantityScope(int[] sizes, int[] biasEntries, int examples, int epochs, Set<String> inputs,
                            Map<String, String> aliases, Set<Integer> coupled, Node expression) {
    /** Above this many concrete names, the nearest-name hint is not searched (the ranges are still listed). */
    private static final int MAX_HINTED = 5_000;
    /** The most node labels the summary of an expression's names lists. */
    private static final int MAX_LISTED_LABELS = 12;

    public QuantityScope {
        aliases = new LinkedHashMap<>(aliases);
        coupled = Set.copyOf(coupled);
        if (sizes.length == 0 && expression == null) {
            throw new IllegalArgumentException("QuantityScope: an expression's scope needs its graph");
        }
    }

    /** A network's scope, with the layers that are {@code coupled} (softmax). */
    public QuantityScope(int[] sizes, int[] biasEntries, int examples, int epochs, Set<String> inputs,
                         Map<String, String> aliases, Set<Integer> coupled) {
        this(sizes, biasEntries, examples, epochs, inputs, aliases, coupled, null);
    }

    /** An expression's scope: its output f, whose graph holds the nodes. */
    public QuantityScope(int[] sizes, int[] biasEntries, int examples, int epochs, Set<String> inputs,
                         Map<String, String> aliases, Node expression) {
        this(sizes, biasEntries, examples, epochs, inputs, aliases, Set.of(), expression);
    }

    /** A network's scope with no softmax layer (every layer element-wise). */
    public QuantityScope(int[] sizes, int[] biasEntries, int examples, int epochs, Set<String> inputs,
                         Map<String, String> aliases) {
        this(sizes, biasEntries, examples, epochs, inputs, aliases, Set.of(), null);
    }

    boolean isNetwork() {
        return sizes.length > 0;
    }

    int depth() {
        return sizes.length - 1;
    }

    public QuantityScope withAliases(Map<String, String> names) {
        return new QuantityScope(sizes, biasEntries, examples, epochs, inputs, names, coupled, expression);
    }

    /**
     * An expression's computed nodes but f, by the labels the answer key prints ("x + y", "w0*x0", "u3"), in the
     * order the forward pass computes them (an expression's scope only).
     */
    List<Node> labelled() {
        return expression.graph().nodes().stream().filter(n -> !n.primitive().isLeaf() && n != expression)
                .toList();
    }

    /** Every concrete name of ours, for the nearest-name hint; empty when there are too many to search. */
    List<String> concrete() {
        List<String> names = new ArrayList<>(aliases.keySet());
        if (!isNetwork()) {
            names.add("f");
            names.addAll(inputs);
            names.addAll(hintedLabels());
            return names;
        }
        names.add("L");
        long count = 0;
        for (int k = 1; k <= depth(); k++) {
            count += 3L * sizes[k] + (long) sizes[k] * sizes[k - 1] + biasEntries[k];
        }
        if (count > MAX_HINTED) {
            return List.copyOf(aliases.keySet());
        }
        for (int k = 1; k <= depth(); k++) {
            for (int i = 1; i <= sizes[k]; i++) {
                names.addAll(List.of("z" + k + "[" + i + "]", "a" + k + "[" + i + "]", "delta" + k + "[" + i + "]"));
                for (int j = 1; j <= sizes[k - 1]; j++) {
                    names.add("W" + k + "[" + i + "," + j + "]");
                }
            }
            for (int i = 1; i <= biasEntries[k]; i++) {
                names.add(biasEntries[k] == 1 ? "b" + k : "b" + k + "[" + i + "]");
            }
        }
        return names;
    }

    /** The node labels the nearest-name hint searches: all of them, or none when there are too many. */
    private List<String> hintedLabels() {
        List<Node> labelled = labelled();
        return labelled.size() <= MAX_HINTED ? labelled.stream().map(Node::label).toList() : List.of();
    }

    /** "L, z1[1..2], a1[1..2], delta1[1..2], W1[1..2,1..3], b1[1..2], …; from [names]: w1, w2" */
    String summary() {
        List<String> parts = new ArrayList<>();
        if (isNetwork()) {
            parts.add("L");
            for (int k = 1; k <= depth(); k++) {
                String n = "[1.." + sizes[k] + "]";
                parts.addAll(List.of("z" + k + n, "a" + k + n, "delta" + k + n,
                        "W" + k + "[1.." + sizes[k] + ",1.." + sizes[k - 1] + "]"));
                if (biasEntries[k] > 0) { // a layer without biases (biases = "none") has no b
                    parts.add(biasEntries[k] == 1 ? "b" + k : "b" + k + "[1.." + biasEntries[k] + "]");
                }
            }
            parts.add("output[1.." + examples + "][1.." + sizes[depth()] + "]");
        } else {
            parts.add("f");
            parts.addAll(inputs);
            List<Node> labelled = labelled();
            labelled.stream().limit(MAX_LISTED_LABELS).forEach(n -> parts.add(n.label()));
            if (labelled.size() > MAX_LISTED_LABELS) {
                parts.add("… (" + labelled.size() + " nodes in all, as the answer key labels them)");
            }
        }
        String ours = String.join(", ", parts);
        return aliases.isEmpty() ? ours : ours + "; from [names]: " + String.join(", ", aliases.keySet());
    }
}
