package backprop.examples.scenariofile.template;

import backprop.core.function.Activation;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;
import backprop.examples.format.Precision;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.examples.scenariofile.draw.TemplateSettings;
import backprop.examples.scenariofile.expression.ExpressionExam;
import backprop.examples.scenariofile.network.NetworkExam;

import java.util.List;
import java.util.Optional;

/**
 * The checks every draw must pass to make a good exam, before the caller's own: no unit at a kink, none saturated.
 * At a kink (ReLU at z = 0, max at a tie) the derivative is a convention's choice, and a rounding away from it the
 * printed inputs give the other one-sided derivative; a saturated unit (g'(z) tiny) passes almost no gradient, so a
 * right answer and a slip print alike. Network: every unit of every layer, on every example of the file, before any
 * update. Expression: every relu, max, sigmoid and tanh node.
 */
final class ExamChecks {
    private ExamChecks() {
    }

    /** The first problem of {@code file}'s numbers, or empty when it makes a good exam. */
    static Optional<Rejection> check(ScenarioFile file, TemplateSettings settings) {
        if (file.scenario() instanceof NetworkExam network) {
            return network(network.network(), network.examples(), settings);
        }
        if (file.scenario() instanceof ExpressionExam expression) {
            return expression(expression.compute().graphs().get(0).graph().nodes(), settings);
        }
        return Optional.empty();
    }

    static Optional<Rejection> network(Network network, List<Example> examples, TemplateSettings settings) {
        for (int m = 0; m < examples.size(); m++) {
            ForwardPass pass = network.forward(examples.get(m).x());
            String example = examples.size() == 1 ? "" : "example " + (m + 1) + ": ";
            for (int k = 1; k <= network.depth(); k++) {
                Activation g = network.layer(k).activation();
                double[] z = pass.z(k);
                double[] a = pass.a(k);
                for (int i = 0; i < z.length; i++) {
                    String unit = example + unitName(g) + " unit " + (i + 1) + " of layer " + k;
                    Optional<Rejection> problem = unit(unit, g, z[i], a[i], settings);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Rejection> unit(String unit, Activation g, double z, double a, TemplateSettings s) {
        if (g == Activation.RELU) {
            return kink(unit, "z", z, s.kinkMargin());
        }
        if (g == Activation.SIGMOID || g == Activation.TANH) {
            // σ'(z) = σ(z)(1 − σ(z)), tanh'(z) = 1 − tanh²(z): from the unit's own output a
            double slope = g == Activation.SIGMOID ? a * (1 - a) : 1 - a * a;
            return saturated(unit, "z", z, slope, s.minSlope());
        }
        return Optional.empty();
    }

    static Optional<Rejection> expression(List<Node> nodes, TemplateSettings settings) {
        for (Node node : nodes) {
            Optional<Rejection> problem = node(node, settings);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<Rejection> node(Node node, TemplateSettings s) {
        Primitive p = node.primitive();
        if (p == Primitive.RELU) {
            return kink(node.label(), "its argument", node.arguments().get(0).value(), s.kinkMargin());
        }
        if (p == Primitive.MAX && node.arguments().size() > 1) {
            double[] v = node.arguments().stream().mapToDouble(Node::value).sorted().toArray();
            double first = v[v.length - 1];
            double second = v[v.length - 2];
            if (first - second < s.kinkMargin()) {
                return Optional.of(new Rejection(node.label() + " at a tie",
                        node.label() + ": its two largest arguments are " + Precision.shortest(first) + " and "
                                + Precision.shortest(second) + (first == second ? " (a tie: a kink)"
                                : ", within kink_margin " + Precision.shortest(s.kinkMargin()) + " of a tie")));
            }
            return Optional.empty();
        }
        if (p == Primitive.SIGMOID || p == Primitive.TANH) {
            double a = node.value();
            double slope = p == Primitive.SIGMOID ? a * (1 - a) : 1 - a * a;
            return saturated(node.label(), "its argument", node.arguments().get(0).value(), slope, s.minSlope());
        }
        return Optional.empty();
    }

    /** A ReLU closer to its kink at 0 than {@code margin}. */
    private static Optional<Rejection> kink(String unit, String z, double value, double margin) {
        if (Math.abs(value) >= margin) {
            return Optional.empty();
        }
        return Optional.of(new Rejection(unit + " at its kink", unit + " at " + z + " = " + Precision.shortest(value)
                + (value == 0 ? " (a kink)" : ", within kink_margin " + Precision.shortest(margin) + " of its kink")));
    }

    private static Optional<Rejection> saturated(String unit, String z, double value, double slope, double min) {
        if (slope >= min) {
            return Optional.empty();
        }
        return Optional.of(new Rejection(unit + " saturated", unit + " saturated at " + z + " = "
                + Precision.shortest(value) + ": g' = " + Precision.shortest(slope) + ", below min_slope "
                + Precision.shortest(min)));
    }

    private static String unitName(Activation g) {
        return g == Activation.RELU ? "ReLU" : g.name().toLowerCase(java.util.Locale.ROOT);
    }
}
