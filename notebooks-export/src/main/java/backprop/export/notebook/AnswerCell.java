package backprop.export.notebook;

import backprop.core.graph.Kinks;
import backprop.core.graph.Node;
import backprop.core.method.UpdateOrder;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Network;
import backprop.examples.Derived;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.NetworkWork;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Literal;
import backprop.export.notebook.question.NetworkQuestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scenario's answers cell, filled with the student's own methods: the network's inputs and the graphs' node
 * lists are given (visible); the solution region runs Algorithm 1, Algorithm 2 and the update with the methods
 * the questions asked for (z, dLda, deltaOutput, deltaHidden, dW, db, updateW, updateB; nodeGradients with
 * Given.values for a graph), and each answer takes the computed entry that is its value. An answer that no
 * question's step gives (the loss, a trained cost, a printed expression's own form, a value at a kink) comes from
 * the library, named in the cell. So the instructor version prints the answer key's values through the solutions,
 * and CI's compare checks them.
 */
final class AnswerCell {
    /** A computed entry the cell can put: its Java expression and the engine's value for it. */
    private record Candidate(String expression, double value) {
    }

    private final StringBuilder given = new StringBuilder();
    private final StringBuilder solution = new StringBuilder();
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<String> library = new ArrayList<>();

    private AnswerCell() {
    }

    /**
     * The answers cell's source, and the ids it takes from the library: those are no step of the questions, so the
     * grading cell after it leaves them out (a student would earn them for nothing).
     */
    record Built(String source, Set<String> fromLibrary) {
    }

    /** The cell's source: {@code declare} (the scenario), the answers map, the given data, the solution region. */
    static String source(String declare, Worked w, Set<String> declared, String show) {
        return build(declare, w, declared, show).source();
    }

    /** As {@link #source}, with the ids the cell takes from the library. */
    static Built build(String declare, Worked w, Set<String> declared, String show) {
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
        String puts = cell.puts(answers(w));
        return new Built(declare + "Map<String, Double> answers = new TreeMap<>();\n" + cell.given + "// BEGIN SOLUTION\n"
                + cell.solution + puts + "// END SOLUTION\n" + show, Set.copyOf(cell.library));
    }

    private static Map<String, Double> answers(Worked w) {
        Map<String, Double> all = new TreeMap<>();
        w.result().values().forEach((id, computed) -> all.put(id, computed.exact()));
        for (Derived d : w.result().derived()) {
            all.put(d.name(), d.value());
        }
        return all;
    }

    /** answers.put for each id from the first computed entry equal to its value; the rest from the library. */
    private String puts(Map<String, Double> all) {
        StringBuilder s = new StringBuilder();
        all.forEach((id, value) -> candidates.stream().filter(c -> same(c.value(), value)).findFirst().ifPresentOrElse(
                c -> s.append("answers.put(").append(Literal.string(id)).append(", ").append(c.expression()).append(");\n"),
                () -> library.add(id)));
        if (!library.isEmpty()) {
            s.append("// not a step of the questions (the loss, a trained cost, a printed form, a kink): from the library\n")
                    .append("Map<String, Double> library = backprop.export.notebook.NotebookCells.solve(scenario);\n")
                    .append("for (String id : java.util.List.of(").append(String.join(", ", library.stream().map(Literal::string)
                            .toList())).append(")) {\n    answers.put(id, library.get(id));\n}\n");
        }
        return s.toString();
    }

    /** Within 1e-12 of max(1, |b|): the same number computed in another order, far below any answer's difference. */
    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    }

    private void network(String p, NetworkWork work, Set<String> declared) {
        if (!declared.contains("loss " + work.loss().name())) {
            return; // this notebook's dLda is another loss's: the library answers for this network
        }
        Network net = work.before();
        int l = net.depth();
        given.append("// ").append(p).append(": the network's inputs\n");
        for (int k = 1; k <= l; k++) {
            given.append("double[][] ").append(p).append("W").append(k).append(" = ")
                    .append(Literal.of(net.layer(k).weights().toArray())).append(";\n").append("double[] ").append(p)
                    .append("b").append(k).append(" = ").append(Literal.of(NetworkQuestions.perNeuron(net.layer(k)))).append(";\n");
        }
        given.append("double[] ").append(p).append("x = ").append(Literal.of(work.example().x())).append(";\ndouble[] ")
                .append(p).append("y = ").append(Literal.of(work.example().y())).append(";\n");
        forward(p, work, l);
        backward(p, work, l);
        if (work.update() != null && firstPlainStep(work.update())) {
            update(p, work, l);
        }
    }

    private void forward(String p, NetworkWork work, int l) {
        solution.append("double[] ").append(p).append("a0 = ").append(p).append("x;\n");
        for (int k = 1; k <= l; k++) {
            line("double[] " + p + "z" + k + " = z(" + p + "W" + k + ", " + p + "b" + k + ", " + p + "a" + (k - 1) + ");");
            line("double[] " + p + "a" + k + " = Given.activate(\"" + activation(work, k) + "\", " + p + "z" + k + ");");
            vector(p + "z" + k, work.forward().z(k));
            vector(p + "a" + k, work.forward().a(k));
        }
    }

    private void backward(String p, NetworkWork work, int l) {
        String r = Double.toString(work.method().conventions().reluAtZero().derivative());
        line("double[] " + p + "dLda = dLda(" + p + "a" + l + ", " + p + "y);");
        vector(p + "dLda", work.backward().lossGradient());
        line("double[] " + p + "d" + l + " = deltaOutput(Given.jacobian(\"" + activation(work, l) + "\", " + p + "z" + l
                + ", " + r + "), " + p + "dLda);");
        for (int k = l - 1; k >= 1; k--) {
            line("double[] " + p + "d" + k + " = deltaHidden(" + p + "W" + (k + 1) + ", " + p + "d" + (k + 1)
                    + ", Given.derivative(\"" + activation(work, k) + "\", " + p + "z" + k + ", " + r + "));");
        }
        for (int k = 1; k <= l; k++) {
            vector(p + "d" + k, work.backward().delta(k));
            line("double[][] " + p + "dW" + k + " = dW(" + p + "d" + k + ", " + p + "a" + (k - 1) + ");");
            matrix(p + "dW" + k, work.backward().gradients().weight(k).toArray());
            if (work.before().layer(k).biasLayout() == BiasLayout.PER_NEURON) {
                line("double[] " + p + "db" + k + " = db(" + p + "d" + k + ");");
                vector(p + "db" + k, work.backward().gradients().bias(k));
            }
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
            matrix(p + "W" + k + "new", u.after().layer(k).weights().toArray());
            boolean perNeuron = layer.biasLayout() == BiasLayout.PER_NEURON;
            String b = perNeuron ? p + "b" + k : Literal.of(layer.bias());
            String db = perNeuron ? p + "db" + k : "new double[] {java.util.Arrays.stream(" + p + "d" + k + ").sum()}";
            line("double[] " + p + "b" + k + "new = updateB(" + b + ", " + db + ", " + u.learningRate() + ", " + u.momentum()
                    + ", new double[" + layer.bias().length + "], " + Literal.of(NetworkQuestions.frozenBiases(u.frozen(), k, layer))
                    + ");");
            vector(p + "b" + k + "new", u.after().layer(k).bias());
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
        List<Node> nodes = work.graph().nodes();
        String[] kinds = new String[nodes.size()];
        int[][] arguments = new int[nodes.size()][];
        double[] leaves = new double[nodes.size()];
        double[] exponents = new double[nodes.size()];
        for (Node n : nodes) {
            kinds[n.index()] = n.primitive().name();
            arguments[n.index()] = n.arguments().stream().mapToInt(Node::index).toArray();
            leaves[n.index()] = n.primitive().isLeaf() ? n.value() : 0;
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
        Map<Node, Kinks.Interval> gradients = Kinks.gradients(work.output());
        for (Node n : nodes) {
            candidates.add(new Candidate(p + "values[" + n.index() + "]", n.value()));
            Kinks.Interval g = gradients.get(n);
            if (g != null && g.isPoint()) {
                candidates.add(new Candidate(p + "grad[" + n.index() + "]", g.lo()));
            }
        }
    }

    private void line(String code) {
        solution.append(code).append('\n');
    }

    private void vector(String name, double[] v) {
        for (int i = 0; i < v.length; i++) {
            candidates.add(new Candidate(name + "[" + i + "]", v[i]));
        }
    }

    private void matrix(String name, double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                candidates.add(new Candidate(name + "[" + i + "][" + j + "]", m[i][j]));
            }
        }
    }

    private static String activation(NetworkWork work, int k) {
        return work.before().layer(k).activation().name().toLowerCase(Locale.ROOT);
    }
}
