package backprop.export.markdown;

import backprop.core.graph.Conventions;
import backprop.core.graph.Kinks;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.work.GraphWork;
import backprop.export.model.Escape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line per node that sits at a kink (ReLU at 0, max at a tie): that it is one, the rule in force and what
 * it gave each input the kink affects, and the one-sided range of each such ∂f/∂input ({@link Kinks}). A
 * gradient there is a convention's choice, not a derivative, so a reader must be told which choice was made
 * and which other values are as valid; "max(a, b)" and "max(b, a)" at a tie differ only in this line.
 */
final class KinkLines {
    private KinkLines() {
    }

    /** "\nKinks (…):\n\n- …\n", or "" when no graph of the result has a node at a kink. */
    static String text(ScenarioResult result, Precision p) {
        List<String> lines = new ArrayList<>();
        for (GraphWork g : result.graphs()) {
            Map<Node, Kinks.Interval> ranges = Kinks.gradients(g.output());
            for (Node kink : Kinks.at(g.output())) {
                lines.add(line(g, kink, ranges, p));
            }
        }
        return lines.isEmpty() ? "" : "\nKinks (points with no derivative: the rule in force picks one value, and any"
                + " value between the one-sided derivatives is as valid a subgradient):\n\n" + String.join("", lines);
    }

    private static String line(GraphWork g, Node kink, Map<Node, Kinks.Interval> ranges, Precision p) {
        String f = g.title().startsWith("f = ") ? "f" : g.output().label();
        List<Node> affected = affected(g, kink, ranges);
        String head = "- " + Escape.markdown(kink.label()) + " at " + where(kink, p) + " is a kink: "
                + rule(kink, g.graph().conventions());
        if (affected.isEmpty()) {
            return head + "; no input's gradient depends on the rule here.\n";
        }
        List<String> values = new ArrayList<>();
        List<String> sided = new ArrayList<>();
        for (Node n : affected) {
            String d = "∂" + Escape.markdown(f) + "/∂" + Escape.markdown(n.label());
            values.add(d + " = " + p.format(n.gradient()));
            Kinks.Interval r = ranges.get(n);
            sided.add(d + " ∈ [" + p.format(r.lo()) + ", " + p.format(r.hi()) + "]");
        }
        return head + ", so " + and(values) + "; one-sided: " + String.join(", ", sided) + ".\n";
    }

    /**
     * "a = b = 1" for a tie of a and b at 1; "c = 0" for a ReLU of c. A constant among the tied arguments is
     * left out ("a = 1" for max(1, a)): its value is the number shown; a tie of constants only is shown whole.
     */
    private static String where(Node kink, Precision p) {
        List<String> at = new ArrayList<>();
        for (int k = 0; k < kink.arguments().size(); k++) {
            Node argument = kink.arguments().get(k);
            if (!kink.localGradientRange(k).isPoint() && argument.primitive() != Primitive.CONSTANT) {
                at.add(Escape.markdown(argument.label()));
            }
        }
        if (at.isEmpty()) {
            kink.arguments().forEach(argument -> at.add(Escape.markdown(argument.label())));
        }
        // a max's tied value, or a ReLU's max(0, ±0) = 0: its argument's value either way
        return String.join(" = ", at) + " = " + p.format(kink.value());
    }

    private static String rule(Node kink, Conventions c) {
        if (kink.primitive() == Primitive.RELU) {
            int v = c.reluAtZero() == Conventions.ReluAtZero.ONE ? 1 : 0;
            return "the rule ReLU'(0) = " + v + " (relu_at_zero = " + v + ")";
        }
        List<Node> tied = new ArrayList<>();
        for (int k = 0; k < kink.arguments().size(); k++) {
            if (!kink.localGradientRange(k).isPoint()) {
                tied.add(kink.arguments().get(k));
            }
        }
        return c.maxTie() == Conventions.MaxTie.FIRST
                ? "max_tie = first sends the whole gradient to " + Escape.markdown(tied.get(0).label())
                + ", the first maximal argument as written"
                : "max_tie = split_evenly gives each of the " + tied.size() + " maximal arguments 1/" + tied.size()
                + " of the gradient";
    }

    /** The inputs of g (in g's order) below the kink's one-sided arguments whose range is not a point. */
    private static List<Node> affected(GraphWork g, Node kink, Map<Node, Kinks.Interval> ranges) {
        Set<Node> below = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        for (int k = 0; k < kink.arguments().size(); k++) {
            if (!kink.localGradientRange(k).isPoint()) {
                todo.push(kink.arguments().get(k));
            }
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (below.add(n)) {
                n.arguments().forEach(todo::push);
            }
        }
        return g.wrt().stream().filter(n -> below.contains(n) && ranges.containsKey(n) && !ranges.get(n).isPoint())
                .toList();
    }

    /** "x", "x and y", "x, y and z". */
    private static String and(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
