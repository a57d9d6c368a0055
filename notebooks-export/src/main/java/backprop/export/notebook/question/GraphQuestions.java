package backprop.export.notebook.question;

import backprop.core.graph.ArcStep;
import backprop.core.graph.Kinks;
import backprop.core.graph.Node;
import backprop.examples.work.GraphWork;
import backprop.export.notebook.cell.Literal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions of one scalar graph, in the documents' order (003's Algorithm 4): the local gradient of each
 * kind of node the graph uses, one arc's local × upstream term, and ∂f/∂node summed over consumers in reverse
 * topological order, the node list given as data. Each part is one node kind, one arc or one node, on the
 * engine's exact values; at a kink any value between the one-sided derivatives passes ({@link Kinks}).
 */
public final class GraphQuestions {
    /** At most this many arcs are graded: the first ones of the backward pass (an 82-node graph has 100 and more). */
    static final int ARCS = 6;
    /** At most this many nodes' ∂f/∂u are graded: the scenario's own answers first. */
    static final int NODES = 12;

    private final String prefix;
    private final GraphWork work;
    private final Set<String> declared;
    private final Map<Node, Kinks.Interval> gradients;

    private GraphQuestions(String prefix, GraphWork work, Set<String> declared) {
        this.prefix = prefix;
        this.work = work;
        this.declared = declared;
        this.gradients = Kinks.gradients(work.output());
    }

    /**
     * The graph's questions, in order; {@code declared} (modified) holds the methods and node kinds the notebook
     * asked before. The arcs and summation questions come only where {@code localGradient} is declared (by this
     * graph's first question or an earlier graph's): both call the student's own, since no local rule is given.
     */
    public static List<Question> of(String prefix, GraphWork work, Set<String> declared) {
        GraphQuestions g = new GraphQuestions(prefix, work, declared);
        List<Question> qs = new ArrayList<>();
        Question local = g.local();
        if (local != null) {
            qs.add(local);
        }
        // arcTerm and nodeGradients call the student's localGradient: asked only once it is declared above them
        if (declared.contains("localGradient")) {
            qs.add(g.arcs());
            Question nodes = g.summation();
            if (nodes != null) {
                qs.add(nodes);
            }
        }
        return qs;
    }

    private String method(String region) {
        return declared.add(region) ? NetworkQuestions.SOLUTIONS.get(region).replaceFirst("static ", "") : null;
    }

    /**
     * The node kinds whose local rule is an activation's g′, which {@link backprop.export.runtime.Given#derivative}
     * gives the student (the δ recursion needs it): asking them would grade what the runtime answers.
     */
    private static final java.util.Set<String> GIVEN = java.util.Set.of("SIGMOID", "TANH", "RELU");

    /** One part per kind of node not asked before in the notebook and not given, at its first node, argument 1. */
    private Question local() {
        Map<String, Node> firstOfKind = new LinkedHashMap<>();
        for (Node n : nodes()) {
            if (!n.primitive().isLeaf() && !GIVEN.contains(n.primitive().name())
                    && !declared.contains("kind " + n.primitive().name())) {
                firstOfKind.putIfAbsent(n.primitive().name(), n);
            }
        }
        if (firstOfKind.isEmpty()) {
            return null;
        }
        firstOfKind.keySet().forEach(kind -> declared.add("kind " + kind));
        List<Question.Part> parts = new ArrayList<>();
        firstOfKind.forEach((kind, n) -> {
            Kinks.Interval range = n.localGradientRange(0);
            PartCall c = new PartCall();
            parts.add(part(kind.toLowerCase(java.util.Locale.ROOT) + " (" + n.label() + ")", "localGradient("
                    + Literal.string(kind) + ", " + c.vector("args", arguments(n)) + ", " + n.exponent() + ", 0)", c,
                    range));
        });
        return Question.asking(prefix + "-local", "the local gradient of each kind of node", 2, "Write `localGradient`:"
                + " ∂u/∂a_k of one node u = f(a_1, …) of each kind the graph uses (" + String.join(", ", firstOfKind.keySet())
                + "), the rule each primitive carries beside its forward rule. An activation's node (SIGMOID, TANH, RELU)"
                + " is not asked: its rule is g′, which `Given.derivative(kind, new double[] {a}, 1)[0]` gives.",
                method("localGradient"), "", parts);
    }

    /** One part per arc, the first {@link #ARCS} of the backward pass: local × upstream with the student's localGradient. */
    private Question arcs() {
        List<Question.Part> parts = new ArrayList<>();
        for (ArcStep arc : work.trace().arcs().subList(0, Math.min(ARCS, work.trace().arcs().size()))) {
            Node u = arc.consumer();
            int k = u.arguments().indexOf(arc.argument());
            Kinks.Interval up = gradients.getOrDefault(u, point(arc.upstreamGradient()));
            PartCall c = new PartCall();
            parts.add(part(arc.argument().label() + " → " + u.label(), "arcTerm(" + Literal.string(u.primitive().name())
                    + ", " + c.vector("args", arguments(u)) + ", " + u.exponent() + ", " + k + ", "
                    + c.number("upstream", arc.upstreamGradient()) + ")", c, times(u.localGradientRange(k), up)));
        }
        String method = declared.add("arcTerm") ? """
                /** The term one arc adds to ∂f/∂a_k: the local gradient ∂u/∂a_k (your localGradient) × upstream ∂f/∂u. */
                double arcTerm(String kind, double[] args, double exponent, int k, double upstream) {
                    // BEGIN SOLUTION
                    return localGradient(kind, args, exponent, k) * upstream;
                    // END SOLUTION
                }""" : null;
        return Question.asking(prefix + "-arcs", "one arc's local × upstream", 1, "Write `arcTerm`: what one arc adds to"
                + " its argument's gradient, local gradient × upstream gradient.", method, "", parts);
    }

    /** One part per answer node (at most {@link #NODES}): ∂f/∂u from the student's summation over the node list. */
    private Question summation() {
        List<Node> all = nodes();
        String[] kinds = new String[all.size()];
        int[][] arguments = new int[all.size()][];
        double[] values = new double[all.size()];
        double[] exponents = new double[all.size()];
        for (Node n : all) {
            kinds[n.index()] = n.primitive().name();
            arguments[n.index()] = n.arguments().stream().mapToInt(Node::index).toArray();
            values[n.index()] = n.value();
            exponents[n.index()] = n.exponent();
        }
        List<Question.Part> parts = new ArrayList<>();
        for (Node n : work.wrt().subList(0, Math.min(NODES, work.wrt().size()))) {
            Kinks.Interval range = gradients.getOrDefault(n, point(0));
            PartCall c = new PartCall();
            parts.add(part("∂f/∂" + n.label(), "nodeGradients(" + c.texts("kinds", kinds) + ", "
                    + c.indexLists("arguments", arguments) + ", " + c.vector("values", values) + ", "
                    + c.vector("exponents", exponents) + ", " + work.output().index() + ")[" + n.index() + "]", c, range));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return Question.asking(prefix + "-nodes", "∂f/∂node summed over its consumers", 3, "Write `nodeGradients`: ∂f/∂u"
                + " of every node, summing local gradient × upstream over each node's consumers in reverse topological"
                + " order (accumulate with +=: a node used twice gets both terms), with your `localGradient` from the"
                + " question above as each arc's local rule.", method("nodeGradients"), "", parts);
    }

    private static Question.Part part(String name, String call, PartCall c, Kinks.Interval range) {
        return new Question.Part(name, call, c.inputs(), range.lo(), range.isPoint() ? null : range.hi(), List.of());
    }

    private static Kinks.Interval point(double v) {
        return new Kinks.Interval(v, v);
    }

    /** [a]·[b]: the smallest and largest of the endpoints' products. */
    private static Kinks.Interval times(Kinks.Interval a, Kinks.Interval b) {
        double[] p = {a.lo() * b.lo(), a.lo() * b.hi(), a.hi() * b.lo(), a.hi() * b.hi()};
        return new Kinks.Interval(java.util.Arrays.stream(p).min().orElseThrow(), java.util.Arrays.stream(p).max().orElseThrow());
    }

    private List<Node> nodes() {
        return work.graph().nodes();
    }

    private static double[] arguments(Node n) {
        return n.arguments().stream().mapToDouble(Node::value).toArray();
    }
}
