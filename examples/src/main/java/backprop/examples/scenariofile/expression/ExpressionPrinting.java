package backprop.examples.scenariofile.expression;

import backprop.core.catalogue.Applicability;
import backprop.core.catalogue.MethodCatalogue;
import backprop.core.catalogue.Variation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.examples.scenariofile.parser.ExpressionParser;
import backprop.examples.scenariofile.printed.PrintedEvaluator;
import backprop.examples.scenariofile.printed.PrintedQuantity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expression file's printed quantities, f, ∂f/∂(input), any node's value and any node's derivative with respect
 * to another: the expression is built as a core Graph with the method's conventions (ReLU'(0), the max-tie rule)
 * and differentiated; only those two choices of the catalogue apply, and only when the expression has a ReLU or a
 * max. A node is found by its index: every build of the same file makes the same nodes in the same order.
 */
final class ExpressionPrinting implements PrintedEvaluator {
    private final String expression;
    private final Map<String, Double> values;
    private final Method stated;

    ExpressionPrinting(String expression, Map<String, Double> values, Conventions conventions) {
        this.expression = expression;
        this.values = new LinkedHashMap<>(values);
        // Only the conventions of a Method matter to a graph; the loss stands in for the choices that do not apply.
        this.stated = Method.standard(Loss.HALF_SUM_SQUARED_ERROR, conventions);
    }

    @Override
    public Method stated() {
        return stated;
    }

    @Override
    public List<Variation> variations(IntermediateRounding printed) {
        List<Node> nodes = build(stated).output().graph().nodes();
        boolean relu = nodes.stream().anyMatch(n -> n.primitive() == Primitive.RELU);
        boolean max = nodes.stream().anyMatch(n -> n.primitive() == Primitive.MAX);
        return MethodCatalogue.variations(stated, Applicability.graph(relu, max), IntermediateRounding.NONE);
    }

    @Override
    public double value(PrintedQuantity quantity, Method method) {
        Map<String, Node> leaves = new LinkedHashMap<>();
        ExpressionParser.Result built = build(method, leaves);
        Node f = built.output();
        f.graph().backward(f);
        if (quantity instanceof PrintedQuantity.ExpressionDerivative d) {
            return leaves.get(d.input()).gradient();
        }
        if (quantity instanceof PrintedQuantity.ExpressionValue) {
            return f.value();
        }
        List<Node> nodes = f.graph().nodes();
        if (quantity instanceof PrintedQuantity.ExpressionNode n) {
            return nodes.get(n.index()).value();
        }
        if (quantity instanceof PrintedQuantity.NodeDerivative d) {
            return f.graph().derivative(nodes.get(d.of().index()), nodes.get(d.by().index()));
        }
        throw new IllegalArgumentException("an expression prints f, its nodes and their derivatives, not "
                + quantity.label());
    }

    private ExpressionParser.Result build(Method method) {
        return build(method, new LinkedHashMap<>());
    }

    private ExpressionParser.Result build(Method method, Map<String, Node> leaves) {
        Graph g = new Graph(method.conventions());
        values.forEach((name, v) -> leaves.put(name, g.input(name, v)));
        return ExpressionParser.parse(expression, g, leaves::get);
    }
}
