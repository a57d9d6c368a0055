package backprop.examples.scenariofile.printed;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.scenariofile.parser.ExpressionParser;

import java.util.LinkedHashMap;
import java.util.Map;

/** An expression file's scope for the grammar's tests: the expression parsed as the reader parses it. */
final class ExpressionScopes {
    private ExpressionScopes() {
    }

    /** The scope of {@code expression} over {@code inputs} (name, value, name, value, …), with {@code aliases}. */
    static QuantityScope of(String expression, Map<String, String> aliases, Object... inputs) {
        Graph g = new Graph();
        Map<String, Node> leaves = new LinkedHashMap<>();
        for (int i = 0; i < inputs.length; i += 2) {
            leaves.put((String) inputs[i], g.input((String) inputs[i], ((Number) inputs[i + 1]).doubleValue()));
        }
        Node f = ExpressionParser.parse(expression, g, leaves::get).output();
        return new QuantityScope(new int[0], new int[0], 0, 0, new java.util.LinkedHashSet<>(leaves.keySet()),
                aliases, f);
    }
}
