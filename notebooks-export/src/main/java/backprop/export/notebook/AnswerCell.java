package backprop.export.notebook;

import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.core.method.UpdateOrder;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Network;
import backprop.examples.Derived;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Literal;
import backprop.export.notebook.question.NetworkQuestions;
import backprop.export.runtime.Grade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scenario's answers cell, filled with the student's own methods: the network's inputs and the graphs' node
 * lists are given (visible); the solution region runs Algorithm 1, Algorithm 2 and the update with the methods
 * the questions asked for (z, dLda, deltaOutput, deltaHidden, dW, db, updateW, updateB; nodeGradients with
 * Given.values for a graph), and each answer is put from the step of exactly the engine quantity it names, its
 * {@link Source}: never from another entry that happens to have its value (δ⁽¹⁾₁ is no ∂L/∂b⁽²⁾, however both are
 * zero). An answer with no source, or whose source is no step of the cell (the loss, a trained cost, a printed
 * form, a path product, a node's given value), or whose value is one of the numbers the cell gives, is not asked:
 * the grading cell after it leaves it out, and only the instructor version says so, inside the solution region.
 * The cell runs with {@code backprop.export.runtime} and java.* alone: it names no scenario and no engine class.
 */
final class AnswerCell {
    /** A step's entry the cell computes: its Java expression and the engine's value of its source. */
    record Candidate(String expression, double value) {
    }

    private final StringBuilder given = new StringBuilder();
    private final StringBuilder solution = new StringBuilder();
    /** Every entry the solution region computes, in the order computed (what a perturbation test may change). */
    private final List<String> quantities = new ArrayList<>();
    /**
     * The numbers the cell gives, by their expression in it (the weights, biases, x and y; a graph's inputs and
     * parameters, not the constants of its formula): an answer equal to one asks nothing.
     */
    private final Map<String, Double> givens = new LinkedHashMap<>();
    private final Map<NetworkWork, String> networks = new IdentityHashMap<>();
    private final Set<NetworkWork> updated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<GraphWork, String> graphs = new IdentityHashMap<>();

    private AnswerCell() {
    }

    /**
     * The answers cell's source; the answers it puts, by id, with their expressions and engine values (what the
     * grading cell asks); the answers it leaves out, by id, with the reason; and every entry its solution computes.
     */
    record Built(String source, Map<String, Candidate> asked, Map<String, String> notAsked, List<String> quantities) {
    }

    /** The cell's source: the answers map, the given data, the solution region, then {@code show}. */
    static String source(Worked w, Set<String> declared, String show) {
        return build(w, declared, show).source();
    }

    /** As {@link #source}, with what the cell asks and leaves out. */
    static Built build(Worked w, Set<String> declared, String show) {
        AnswerCell cell = new AnswerCell();
        List<NetworkWork> networks = w.result().networks();
        for (int n = 0; n < networks.size(); n++) {
            cell.network("n" + (n + 1), networks.get(n), declared);
        }
        if (declared.contains("nodeGradients")) {
            List<GraphWork> graphs = w.result().graphs();
            for (int g = 0; g < graphs.size(); g++) {
                cell.graph("g" + (g + 1), graphs.get(g));
            }
        }
        Map<String, Candidate> asked = new TreeMap<>();
        Map<String, String> notAsked = new TreeMap<>();
        Map<String, Source> sources = w.result().sources();
        answers(w).forEach((id, value) -> {
            Source source = sources.get(id);
            String why = source == null ? "no single quantity of the steps (a sum, a printed form, a loss, a local"
                    + " gradient)" : cell.notAStep(source);
            Candidate c = why == null ? new Candidate(cell.expression(source), value) : null;
            // an answer at a kink is a range, not one number: no given stands for it (as for a question's part)
            if (c != null && !w.result().kinks().containsKey(id) && cell.given(value) != null) {
                why = c.expression() + " " + cell.given(value);
            }
            if (why == null) {
                asked.put(id, c);
            } else {
                notAsked.put(id, why);
            }
        });
        StringBuilder puts = new StringBuilder();
        asked.forEach((id, c) -> puts.append("answers.put(").append(Literal.string(id)).append(", ").append(c.expression())
                .append(");\n"));
        if (!notAsked.isEmpty()) {
            puts.append("// not asked (the grading cell leaves them out):\n");
            notAsked.forEach((id, why) -> puts.append("//   ").append(comment(id + ": " + why)).append('\n'));
        }
        return new Built("Map<String, Double> answers = new TreeMap<>();\n" + cell.given + "// BEGIN SOLUTION\n"
                + cell.solution + puts + "// END SOLUTION\n" + show, asked, notAsked, List.copyOf(cell.quantities));
    }

    /**
     * Text safe inside a line comment: no line break, and no backslash, which javac reads first (a unicode escape of
     * a line break would end the comment). Ids and input names are identifiers already; this holds whatever they hold.
     */
    static String comment(String text) {
        return text.replaceAll("[\\\\\\p{Cntrl}\u2028\u2029\u0085]", " ");
    }

    /** Every answer of the scenario, published or derived, by id, with the engine's (exact) value. */
    static Map<String, Double> answers(Worked w) {
        Map<String, Double> all = new TreeMap<>();
        w.result().values().forEach((id, computed) -> all.put(id, computed.exact()));
        for (Derived d : w.result().derived()) {
            all.put(d.name(), d.value());
        }
        return all;
    }

    /** Why {@code source} is no step of this cell, or null when it is one. */
    private String notAStep(Source source) {
        if (source instanceof Source.NodeValue) {
            return "a node's value: Given.values gives it";
        }
        if (source instanceof Source.NodeGradient g) {
            return graphOf(g) == null ? "not ∂f/∂node of a graph the cell differentiates from its output f" : null;
        }
        NetworkWork work = networkOf(source);
        if (work == null) {
            return "a quantity of a network whose loss this notebook's dLda is not";
        }
        if ((source instanceof Source.WeightAfter || source instanceof Source.BiasAfter) && !updated.contains(work)) {
            return "the update is not the first plain step the questions teach (a batch, momentum, layer by layer)";
        }
        return null;
    }

    /** Records the entries of a given matrix under their expressions in the cell. */
    private void given(String name, double[][] m) {
        for (int i = 0; i < m.length; i++) {
            given(name + "[" + i + "]", m[i]);
        }
    }

    /** Records the entries of a given vector under their expressions in the cell. */
    private void given(String name, double[] v) {
        for (int i = 0; i < v.length; i++) {
            givens.put(name + "[" + i + "]", v[i]);
        }
    }

    /**
     * Why {@code value} asks nothing, or null: it equals a number the cell gives, within the grader's tolerance
     * {@link Grade#TOLERANCE}·max(1, |value|), so the student could copy it without a step.
     */
    private String given(double value) {
        for (Map.Entry<String, Double> g : givens.entrySet()) {
            if (equal(value, g.getValue())) {
                return "equals the given " + g.getKey() + " = " + g.getValue();
            }
        }
        return null;
    }

    /** Within the grader's tolerance of each other: {@link Grade#TOLERANCE}·max(1, |a|). */
    static boolean equal(double a, double b) {
        return Math.abs(a - b) <= Grade.TOLERANCE * Math.max(1, Math.abs(a));
    }

    /** The Java expression of a source that is a step ({@link #notAStep} null). */
    private String expression(Source source) {
        if (source instanceof Source.NodeGradient g) {
            return graphs.get(graphOf(g)) + "grad[" + g.node().index() + "]";
        }
        String p = networks.get(networkOf(source));
        if (source instanceof Source.Z z) {
            return p + "z" + z.layer() + "[" + z.i() + "]";
        } else if (source instanceof Source.A a) {
            return p + "a" + a.layer() + "[" + a.i() + "]";
        } else if (source instanceof Source.LossGradient l) {
            return p + "dLda[" + l.i() + "]";
        } else if (source instanceof Source.Delta d) {
            return p + "d" + d.layer() + "[" + d.i() + "]";
        } else if (source instanceof Source.WeightGradient dw) {
            return p + "dW" + dw.layer() + "[" + dw.i() + "][" + dw.j() + "]";
        } else if (source instanceof Source.BiasGradient db) {
            return p + "db" + db.layer() + "[" + db.i() + "]";
        } else if (source instanceof Source.WeightAfter w) {
            return p + "W" + w.layer() + "new[" + w.i() + "][" + w.j() + "]";
        }
        Source.BiasAfter b = (Source.BiasAfter) source;
        return p + "b" + b.layer() + "new[" + b.i() + "]";
    }

    /** The graph of the cell whose output the gradient is taken from and which holds its node, or null. */
    private GraphWork graphOf(Source.NodeGradient g) {
        return graphs.keySet().stream().filter(work -> work.output() == g.output() && work.graph() == g.node().graph())
                .findFirst().orElse(null);
    }

    /** The network of the cell whose forward pass, backward pass or update the source was read from, or null. */
    private NetworkWork networkOf(Source source) {
        return networks.keySet().stream().filter(work -> readFrom(source, work)).findFirst().orElse(null);
    }

    private static boolean readFrom(Source source, NetworkWork work) {
        if (source instanceof Source.Z z) {
            return z.pass() == work.forward();
        } else if (source instanceof Source.A a) {
            return a.pass() == work.forward();
        } else if (source instanceof Source.LossGradient l) {
            return l.pass() == work.backward();
        } else if (source instanceof Source.Delta d) {
            return d.pass() == work.backward();
        } else if (source instanceof Source.WeightGradient dw) {
            return dw.pass() == work.backward();
        } else if (source instanceof Source.BiasGradient db) {
            return db.pass() == work.backward();
        } else if (source instanceof Source.WeightAfter w) {
            return work.update() != null && w.after() == work.update().after();
        } else if (source instanceof Source.BiasAfter b) {
            return work.update() != null && b.after() == work.update().after();
        }
        return false;
    }

    private void network(String p, NetworkWork work, Set<String> declared) {
        if (!declared.contains("loss " + work.loss().name())) {
            return; // this notebook's dLda is another loss's: this network's answers are not asked
        }
        networks.put(work, p);
        Network net = work.before();
        int l = net.depth();
        for (int k = 1; k <= l; k++) {
            given(p + "W" + k, net.layer(k).weights().toArray());
            if (work.hasBiases(k)) {
                given(p + "b" + k, NetworkQuestions.perNeuron(net.layer(k)));
            }
        }
        given(p + "x", work.example().x());
        given(p + "y", work.example().y());
        given.append("// ").append(p).append(": the network's inputs\n");
        for (int k = 1; k <= l; k++) {
            given.append("double[][] ").append(p).append("W").append(k).append(" = ")
                    .append(Literal.of(net.layer(k).weights().toArray())).append(";\n");
            // a layer without biases (biases = "none") gives no b: the file states none, and z adds nothing
            given.append(work.hasBiases(k) ? "double[] " + p + "b" + k + " = "
                    + Literal.of(NetworkQuestions.perNeuron(net.layer(k))) + ";\n"
                    : "// layer " + k + " has no biases: z = W·a, so z(" + p + "W" + k + ", new double[" + net.layer(k).outputSize()
                    + "], …) adds nothing\n");
        }
        given.append("double[] ").append(p).append("x = ").append(Literal.of(work.example().x())).append(";\ndouble[] ")
                .append(p).append("y = ").append(Literal.of(work.example().y())).append(";\n");
        forward(p, work, l);
        backward(p, work, l);
        if (work.update() != null && firstPlainStep(work.update())) {
            updated.add(work);
            update(p, work, l);
        }
    }

    private void forward(String p, NetworkWork work, int l) {
        solution.append("double[] ").append(p).append("a0 = ").append(p).append("x;\n");
        for (int k = 1; k <= l; k++) {
            String b = work.hasBiases(k) ? p + "b" + k : "new double[" + work.before().layer(k).outputSize() + "]";
            line("double[] " + p + "z" + k + " = z(" + p + "W" + k + ", " + b + ", " + p + "a" + (k - 1) + ");");
            line("double[] " + p + "a" + k + " = Given.activate(\"" + activation(work, k) + "\", " + p + "z" + k + ");");
            vector(p + "z" + k, work.forward().z(k).length);
            vector(p + "a" + k, work.forward().a(k).length);
        }
    }

    private void backward(String p, NetworkWork work, int l) {
        String r = Double.toString(work.method().conventions().reluAtZero().derivative());
        line("double[] " + p + "dLda = dLda(" + p + "a" + l + ", " + p + "y);");
        vector(p + "dLda", work.backward().lossGradient().length);
        line("double[] " + p + "d" + l + " = deltaOutput(Given.jacobian(\"" + activation(work, l) + "\", " + p + "z" + l
                + ", " + r + "), " + p + "dLda);");
        for (int k = l - 1; k >= 1; k--) {
            line("double[] " + p + "d" + k + " = deltaHidden(" + p + "W" + (k + 1) + ", " + p + "d" + (k + 1)
                    + ", Given.derivative(\"" + activation(work, k) + "\", " + p + "z" + k + ", " + r + "));");
        }
        for (int k = 1; k <= l; k++) {
            vector(p + "d" + k, work.backward().delta(k).length);
            line("double[][] " + p + "dW" + k + " = dW(" + p + "d" + k + ", " + p + "a" + (k - 1) + ");");
            matrix(p + "dW" + k, work.backward().gradients().weight(k).rows(), work.backward().gradients().weight(k).cols());
            if (!work.hasBiases(k)) {
                continue; // no b, no ∂L/∂b
            }
            if (work.before().layer(k).biasLayout() == BiasLayout.PER_NEURON) {
                line("double[] " + p + "db" + k + " = db(" + p + "d" + k + ");");
            } else { // one bias shared by the layer: ∂L/∂b = Σᵢ δᵢ
                line("double[] " + p + "db" + k + " = {java.util.Arrays.stream(" + p + "d" + k + ").sum()};");
            }
            vector(p + "db" + k, work.backward().gradients().bias(k).length);
        }
    }

    /** W ← W − η(∂L/∂W + 2λW), b ← b − η∂L/∂b from the backward pass's gradients: a first step, all gradients first. */
    private void update(String p, NetworkWork work, int l) {
        NetworkUpdate u = work.update();
        for (int k = 1; k <= l; k++) {
            DenseLayer layer = work.before().layer(k);
            line("double[][] " + p + "W" + k + "new = updateW(" + p + "W" + k + ", " + p + "dW" + k + ", " + u.learningRate()
                    + ", " + u.lambda() + ", " + u.momentum() + ", new double[" + layer.outputSize() + "][" + layer.inputSize()
                    + "], " + Literal.of(NetworkQuestions.frozenWeights(u.frozen(), k, layer)) + ");");
            matrix(p + "W" + k + "new", layer.outputSize(), layer.inputSize());
            if (!work.hasBiases(k)) {
                continue;
            }
            String b = layer.biasLayout() == BiasLayout.PER_NEURON ? p + "b" + k : Literal.of(layer.bias());
            line("double[] " + p + "b" + k + "new = updateB(" + b + ", " + p + "db" + k + ", " + u.learningRate() + ", " + u.momentum()
                    + ", new double[" + layer.bias().length + "], " + Literal.of(NetworkQuestions.frozenBiases(u.frozen(), k, layer))
                    + ");");
            vector(p + "b" + k + "new", layer.bias().length);
        }
    }

    /**
     * The update the questions teach: on the example shown (not a whole batch's combined gradient), all gradients
     * first, from rest; any other update's answers come from the library, named in the cell.
     */
    private static boolean firstPlainStep(NetworkUpdate u) {
        return u.batch() == null && u.order() == UpdateOrder.ALL_GRADIENTS_FIRST && u.layers().stream().allMatch(s ->
                Arrays.stream(s.weightVelocityBefore().data()).allMatch(v -> v == 0)
                        && Arrays.stream(s.biasVelocityBefore()).allMatch(v -> v == 0));
    }

    private void graph(String p, GraphWork work) {
        graphs.put(work, p);
        List<Node> nodes = work.graph().nodes();
        String[] kinds = new String[nodes.size()];
        int[][] arguments = new int[nodes.size()][];
        double[] leaves = new double[nodes.size()];
        double[] exponents = new double[nodes.size()];
        for (Node n : nodes) {
            kinds[n.index()] = n.primitive().name();
            arguments[n.index()] = n.arguments().stream().mapToInt(Node::index).toArray();
            leaves[n.index()] = n.primitive().isLeaf() ? n.value() : 0;
            if (n.primitive().isLeaf() && n.primitive() != Primitive.CONSTANT) {
                givens.put(p + "leaves[" + n.index() + "] (" + n.label() + ")", n.value());
            }
            exponents[n.index()] = n.exponent();
        }
        given.append("// ").append(p).append(": ").append(work.title().replaceAll("\\s+", " ")).append(", node by node\n")
                .append("String[] ").append(p).append("kinds = ").append(Literal.of(kinds)).append(";\nint[][] ").append(p)
                .append("arguments = ").append(Literal.of(arguments)).append(";\ndouble[] ").append(p).append("leaves = ")
                .append(Literal.of(leaves)).append(";\ndouble[] ").append(p).append("exponents = ").append(Literal.of(exponents))
                .append(";\n");
        line("double[] " + p + "values = Given.values(" + p + "kinds, " + p + "arguments, " + p + "leaves, " + p + "exponents);");
        line("double[] " + p + "grad = nodeGradients(" + p + "kinds, " + p + "arguments, " + p + "values, " + p + "exponents, "
                + work.output().index() + ");");
        vector(p + "values", nodes.size());
        vector(p + "grad", nodes.size());
    }

    private void line(String code) {
        solution.append(code).append('\n');
    }

    private void vector(String name, int length) {
        for (int i = 0; i < length; i++) {
            quantities.add(name + "[" + i + "]");
        }
    }

    private void matrix(String name, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                quantities.add(name + "[" + i + "][" + j + "]");
            }
        }
    }

    private static String activation(NetworkWork work, int k) {
        return work.before().layer(k).activation().name().toLowerCase(Locale.ROOT);
    }
}
