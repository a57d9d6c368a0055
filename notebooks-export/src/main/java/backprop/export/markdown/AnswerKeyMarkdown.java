package backprop.export.markdown;

import backprop.core.graph.ArcStep;
import backprop.core.graph.BackwardTrace;
import backprop.core.graph.Node;
import backprop.core.network.BackwardPass;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;
import backprop.examples.Derived;
import backprop.examples.work.GraphWork;
import backprop.examples.Input;
import backprop.examples.format.Precision;
import backprop.examples.format.Table;
import backprop.examples.work.NetworkWork;
import backprop.examples.PrintedExpression;
import backprop.examples.PublishedValue;
import backprop.examples.Status;
import backprop.export.model.Chapter;
import backprop.export.model.Escape;
import backprop.export.model.Worked;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import static backprop.export.model.Escape.markdownCell;

/**
 * The answer key for people: one Markdown file per chapter, maths in LaTeX. For each scenario: its inputs
 * (with where each comes from), every step of the forward and backward pass in the document's notation,
 * each printed value beside the computed one with its classification, and, for anything not plainly
 * reproduced, a one-line explanation and the corrected value.
 */
public final class AnswerKeyMarkdown {
    private AnswerKeyMarkdown() {
    }

    public static String render(Chapter chapter, List<Worked> worked) {
        Precision p = chapter.precision();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Escape.markdown(chapter.heading())).append("\n\n");
        md.append("Source: ").append(Escape.markdownCode(chapter.source())).append(". ").append(summary(worked)).append("\n");
        for (Worked w : worked) {
            md.append("\n## ").append(Escape.markdown(w.scenario().title())).append("\n\n");
            md.append("*").append(Escape.markdown(w.scenario().section())).append("* · scenario ")
                    .append(Escape.markdownCode(w.scenario().id())).append("\n\n$$").append(w.scenario().formula())
                    .append("$$\n");
            inputs(md, w.scenario().inputs());
            md.append(ConventionsInForce.line(w.result()));
            md.append(KinkLines.text(w.result(), p));
            for (GraphWork g : w.result().graphs()) {
                graph(md, g, p);
            }
            for (NetworkWork n : w.result().networks()) {
                network(md, n, p);
            }
            printed(md, w, p);
            expressions(md, w);
            derived(md, w.result().derived(), p);
        }
        return md.toString();
    }

    /** "12 printed values: 3 reproduced, …" */
    public static String summary(List<Worked> worked) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int total = 0;
        for (Worked w : worked) {
            for (Worked.Row r : w.rows()) {
                counts.merge(r.status(), 1, Integer::sum);
                total++;
            }
        }
        if (total == 0) {
            return "It prints no computed numbers; every value below is derived.";
        }
        String parts = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
        return total + " printed value" + (total == 1 ? "" : "s") + ": " + parts + ".";
    }

    private static void inputs(StringBuilder md, List<Input> inputs) {
        md.append("\n### Inputs\n\n| symbol | value | provenance | where it comes from |\n|---|---|---|---|\n");
        for (Input i : inputs) {
            md.append("| ").append(markdownCell(i.symbol())).append(" | ").append(markdownCell(i.value())).append(" | ")
                    .append(i.provenance().name().toLowerCase(Locale.ROOT)).append(" | ").append(markdownCell(i.note())).append(" |\n");
        }
    }

    private static void graph(StringBuilder md, GraphWork g, Precision p) {
        md.append("\n### ").append(Escape.markdown(g.title())).append("\n\n");
        md.append("Forward (Algorithm 3): each node's value, in topological order.\n\n");
        md.append("| node | computes | value |\n|---|---|---|\n");
        List<Node> shown = g.graph().nodes().subList(0, g.output().index() + 1);
        Table values = p.table(shown.stream().mapToDouble(Node::value).toArray());
        for (Node n : shown) {
            md.append("| ").append(markdownCell(n.label())).append(" | ").append(markdownCell(operation(n))).append(" | ")
                    .append(values.format(n.value())).append(" |\n");
        }
        note(md, values);
        BackwardTrace trace = g.trace();
        md.append("\nBackward (Algorithm 4), from ").append(Escape.markdown(trace.output().label()))
                .append(" down: every arc's local gradient × upstream gradient (arcs out of constants left out).\n\n");
        md.append("| arc | local gradient | upstream gradient | local × upstream |\n|---|---|---|---|\n");
        Table arcs = p.table(trace.arcs().stream()
                .flatMapToDouble(a -> DoubleStream.of(a.localGradient(), a.upstreamGradient(), a.product())).toArray());
        for (ArcStep a : trace.arcs()) {
            md.append("| ").append(markdownCell(a.argument().label())).append(" → ").append(markdownCell(a.consumer().label())).append(" | ")
                    .append(arcs.format(a.localGradient())).append(" | ").append(arcs.format(a.upstreamGradient()))
                    .append(" | ").append(arcs.format(a.product())).append(" |\n");
        }
        note(md, arcs);
        md.append("\nGradients (summed over every arc leaving the node):\n\n| ∂")
                .append(markdownCell(trace.output().label())).append("/∂… | value |\n|---|---|\n");
        Table gradients = p.table(g.wrt().stream().mapToDouble(Node::gradient).toArray());
        for (Node n : g.wrt()) {
            md.append("| ").append(markdownCell(n.label())).append(" | ").append(gradients.format(n.gradient())).append(" |\n");
        }
        note(md, gradients);
    }

    /** The one line under a table whose zeros include round-off residues; nothing otherwise. */
    static void note(StringBuilder md, Table table) {
        if (!table.note().isEmpty()) {
            md.append("\nNote: ").append(table.note()).append(".\n");
        }
    }

    /** "multiply(w0, x0)", "input", "constant". */
    static String operation(Node n) {
        if (n.primitive().isLeaf()) {
            return n.primitive().name().toLowerCase(Locale.ROOT);
        }
        String args = n.arguments().stream().map(Node::label).collect(Collectors.joining(", "));
        String name = n.primitive().name().toLowerCase(Locale.ROOT);
        return n.primitive() == backprop.core.graph.Primitive.POWER
                ? "power(" + args + ", " + Precision.shortest(n.exponent()) + ")"
                : name + "(" + args + ")";
    }

    private static void network(StringBuilder md, NetworkWork n, Precision p) {
        Table t = p.table(values(n));
        md.append("\n### ").append(Escape.markdown(n.title())).append("\n\n");
        ForwardPass f = n.forward();
        Network net = n.before();
        md.append("Forward (Algorithm 1): $a^{(0)} = x = ").append(Latex.column(f.a(0), t)).append("$, target $y = ")
                .append(Latex.column(n.example().y(), t)).append("$.\n\n");
        for (int k = 1; k <= f.layers(); k++) {
            // a layer without biases (biases = "none") has no b to show: z = W a, not "+ b" with a zero the file never stated
            boolean hasB = n.hasBiases(k);
            md.append("- layer ").append(k).append(" (").append(net.layer(k).activation().name().toLowerCase(Locale.ROOT))
                    .append(hasB ? ", bias " + net.layer(k).biasLayout().name().toLowerCase(Locale.ROOT) : ", no biases")
                    .append("): $W^{(").append(k).append(")} = ").append(Latex.matrix(net.layer(k).weights(), t)).append("$, ")
                    .append(hasB ? "$b^{(" + k + ")} = " + Latex.column(net.layer(k).bias(), t) + "$, " : "")
                    .append("$z^{(").append(k).append(")} = W^{(").append(k).append(")}a^{(").append(k - 1).append(")}")
                    .append(hasB ? " + b^{(" + k + ")}" : "").append(" = ").append(Latex.column(f.z(k), t)).append("$, $a^{(")
                    .append(k).append(")} = ").append(Latex.column(f.a(k), t)).append("$\n");
        }
        BackwardPass b = n.backward();
        md.append("\nLoss ").append(n.loss().name().toLowerCase(Locale.ROOT)).append(": $L = ")
                .append(t.format(b.gradients().loss())).append("$, $\\partial L/\\partial \\hat y = ")
                .append(Latex.column(b.lossGradient(), t)).append("$.\n\n");
        UpdateMarkdown.cost(md, n, t);
        md.append("Backward (Algorithm 2): $\\delta^{(k)} = \\partial L/\\partial z^{(k)}$, ")
                .append("$\\partial L/\\partial W^{(k)} = \\delta^{(k)} a^{(k-1)T}$, ")
                .append("$\\partial L/\\partial a^{(k-1)} = W^{(k)T}\\delta^{(k)}$.\n\n");
        for (int k = f.layers(); k >= 1; k--) {
            md.append("- layer ").append(k).append(": $\\delta^{(").append(k).append(")} = ")
                    .append(Latex.column(b.delta(k), t)).append("$, $\\partial L/\\partial W^{(").append(k).append(")} = ")
                    .append(Latex.matrix(b.gradients().weight(k), t)).append("$, ")
                    .append(n.hasBiases(k) ? "$\\partial L/\\partial b^{(" + k + ")} = " + Latex.column(b.gradients().bias(k), t)
                            + "$, " : "").append("$\\partial L/\\partial a^{(")
                    .append(k - 1).append(")} = ").append(Latex.column(b.upstream(k), t)).append("$\n");
        }
        UpdateMarkdown.update(md, n, p, t);
        UpdateMarkdown.training(md, n, p);
        note(md, t);
    }

    /** Every number the network's block prints, forward, backward and update: one table for residues. */
    private static double[] values(NetworkWork n) {
        DoubleStream.Builder all = DoubleStream.builder();
        ForwardPass f = n.forward();
        BackwardPass b = n.backward();
        add(all, f.a(0), n.example().y(), b.lossGradient(), new double[]{b.gradients().loss()});
        for (int k = 1; k <= f.layers(); k++) {
            add(all, f.z(k), f.a(k), b.delta(k), b.upstream(k));
            if (n.hasBiases(k)) {
                add(all, b.gradients().bias(k), n.before().layer(k).bias());
            }
            add(all, n.before().layer(k).weights().toArray());
            add(all, b.gradients().weight(k).toArray());
        }
        UpdateMarkdown.values(all, n);
        return all.build().toArray();
    }

    private static void add(DoubleStream.Builder all, double[]... vectors) {
        for (double[] v : vectors) {
            for (double x : v) {
                all.add(x);
            }
        }
    }

    private static void printed(StringBuilder md, Worked w, Precision p) {
        if (w.rows().isEmpty()) {
            return;
        }
        md.append("\n### Printed values\n\n")
                .append("| quantity | printed | where | exact | the document's way | status | note |\n")
                .append("|---|---|---|---|---|---|---|\n");
        Table t = p.table(w.rows().stream()
                .flatMapToDouble(r -> DoubleStream.of(r.matching(), r.computed().exact())).toArray());
        for (Worked.Row r : w.rows()) {
            PublishedValue v = r.value();
            String docWay = r.status() == Status.REPRODUCED || r.status() == Status.ERRATUM ? "" : t.format(r.matching());
            String note = r.status() == Status.REPRODUCED ? w.note(r)
                    : w.note(r) + "; corrected value " + t.format(r.computed().exact());
            md.append("| ").append(markdownCell(v.quantity())).append(" | ").append(markdownCell(v.printed())).append(" | ")
                    .append(markdownCell(v.section())).append(" | ").append(t.format(r.computed().exact())).append(" | ")
                    .append(docWay).append(" | ").append(r.status().label()).append(" | ").append(markdownCell(note)).append(" |\n");
        }
        note(md, t);
    }

    private static void expressions(StringBuilder md, Worked w) {
        List<PrintedExpression> es = w.scenario().expressions();
        if (es.isEmpty()) {
            return;
        }
        md.append("\n### Printed expressions, evaluated as printed\n\n")
                .append("| expression | evaluates to | comes to the printed value? | note |\n|---|---|---|---|\n");
        Table t = Precision.significant(10).table(es.stream().mapToDouble(e -> e.asPrinted().getAsDouble()).toArray());
        for (PrintedExpression e : es) {
            md.append("| ").append(markdownCell(e.printed())).append(" | ")
                    .append(t.format(e.asPrinted().getAsDouble())).append(" | ")
                    .append(e.consistent() ? "yes" : "**no**").append(" | ").append(markdownCell(e.reason())).append(" |\n");
        }
        note(md, t);
    }

    private static void derived(StringBuilder md, List<Derived> derived, Precision p) {
        if (derived.isEmpty()) {
            return;
        }
        md.append("\n### Derived (not printed in the document)\n\n| quantity | value |\n|---|---|\n");
        Table t = p.table(derived.stream().mapToDouble(Derived::value).toArray());
        for (Derived d : derived) {
            md.append("| ").append(markdownCell(d.quantity())).append(" | ").append(t.format(d.value())).append(" |\n");
        }
        note(md, t);
    }
}
