package backprop.export.notebook.question;

import backprop.core.method.FrozenParameters;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.NetworkWork;
import backprop.export.notebook.cell.Regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The questions of one network, in the documents' order (003's Algorithms 1 and 2, then the update): z of
 * each layer, ∂L/∂ŷ, δ of the output layer, δ of each layer below by the recursion, ∂L/∂W and ∂L/∂b, the update.
 * Each part calls the student's method on the engine's exact inputs for one layer and expects the engine's value;
 * {@link NetworkSlips} gives the wrong values of the known slips. A method already declared by an earlier
 * question of the notebook is not asked again (JShell would replace it).
 */
public final class NetworkQuestions {
    static final Regions SOLUTIONS = Regions.of("backprop/export/notebook/question/Solutions.java");

    private final String prefix;
    private final NetworkWork work;
    private final NetworkSlips slips;
    private final Set<String> declared;

    private NetworkQuestions(String prefix, NetworkWork work, Set<String> declared) {
        this.prefix = prefix;
        this.work = work;
        this.slips = new NetworkSlips(work);
        this.declared = declared;
    }

    /** The questions of {@code work}; {@code declared} (modified) holds the methods the notebook asked for already. */
    public static List<Question> of(String prefix, NetworkWork work, Set<String> declared) {
        return new NetworkQuestions(prefix, work, declared).questions();
    }

    private List<Question> questions() {
        List<Question> qs = new ArrayList<>();
        int l = work.forward().layers();
        add(qs, forward(l));
        add(qs, loss());
        add(qs, deltaOutput(l));
        if (l >= 2) {
            add(qs, deltaHidden(l));
        }
        add(qs, gradients(l));
        if (work.update() != null) {
            add(qs, update(l));
        }
        return qs;
    }

    private static void add(List<Question> qs, Question q) {
        if (q != null) {
            qs.add(q);
        }
    }

    /** The method cell of {@code region}, or null if the notebook declared it already; "static " dropped for JShell. */
    private String method(String region, String name) {
        if (!declared.add(name)) {
            return null;
        }
        return SOLUTIONS.get(region).replaceFirst("static (\\S+) \\w+\\(", "$1 " + name + "(");
    }

    private Network before() {
        return work.before();
    }

    private Question forward(int l) {
        ForwardPass f = work.forward();
        List<Question.Part> parts = new ArrayList<>();
        for (int k = 1; k <= l; k++) {
            double[][] w = before().layer(k).weights().toArray();
            double[] b = perNeuron(before().layer(k));
            PartCall c = new PartCall();
            // a layer without biases gives no b: z adds nothing (an empty sum of zeros), and no slip leaves b out
            boolean hasB = work.hasBiases(k);
            parts.add(new Question.Part("z(" + k + ")", "z(" + c.matrix("W", w) + ", "
                    + (hasB ? c.vector("b", b) : "new double[" + w.length + "]") + ", " + c.vector("aBelow", f.a(k - 1))
                    + ")", c.inputs(), f.z(k), hasB ? slips.forward(w, f.a(k - 1)) : List.of()));
        }
        return Question.asking(prefix + "-z", "z of each layer", 2, "Write `z`: z(k) = W(k)·a(k−1) + b(k), with a(0) = x"
                + " (003, Algorithm 1)" + withoutBiases() + ". Then a(k) = g(z(k)) is `Given.activate(\"" + activation(1)
                + "\", z)` for layer 1, and so on with each layer's activation.", method("z", "z"), "", parts);
    }

    /** ", where layer 1 has no biases: z(1) = W(1)·a(0), b given as new double[n]", or "" where every layer has biases. */
    private String withoutBiases() {
        List<Integer> none = work.biasless().stream().sorted().toList();
        if (none.isEmpty()) {
            return "";
        }
        String layers = none.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return none.size() == 1
                ? "; layer " + layers + " has no biases: z(" + layers + ") = W(" + layers + ")·a(" + (none.get(0) - 1)
                + "), and its b is passed as `new double[n]`, nothing to add"
                : "; layers " + layers + " have no biases: z(k) = W(k)·a(k−1), and their b is passed as `new double[n]`,"
                + " nothing to add";
    }

    private Question loss() {
        String loss = work.loss().name();
        String name = "dLda";
        if (declared.contains(name)) {
            return null;
        }
        declared.add("loss " + loss);
        ForwardPass f = work.forward();
        PartCall c = new PartCall();
        Question.Part part = new Question.Part("∂L/∂ŷ", "dLda(" + c.vector("yHat", f.output()) + ", "
                + c.vector("y", work.example().y()) + ")", c.inputs(), work.backward().lossGradient(), slips.loss());
        return Question.asking(prefix + "-dLda", "∂L/∂ŷ", 1, "Write `dLda`: the gradient of the loss ("
                + loss.toLowerCase(Locale.ROOT).replace('_', ' ') + ") with respect to the output ŷ = a(l), for the target y.",
                method("dLda-" + loss, name), "", List.of(part));
    }

    private Question deltaOutput(int l) {
        BackwardPass b = work.backward();
        PartCall c = new PartCall();
        String jacobian = "Given.jacobian(\"" + activation(l) + "\", " + c.vector("z", work.forward().z(l)) + ", "
                + reluAtZero() + ")";
        Question.Part part = new Question.Part("δ(" + l + ")", "deltaOutput(" + jacobian + ", "
                + c.vector("dLda", b.lossGradient()) + ")", c.inputs(), b.delta(l), slips.deltaOutput(l));
        return Question.asking(prefix + "-delta-out", "δ of the output layer", 2, "Write `deltaOutput`: δ(l) = J_g(z(l))ᵀ"
                + " · ∂L/∂a(l), given the Jacobian J of the output activation (`Given.jacobian`: diagonal g′(z) for an"
                + " element-wise g, full for softmax).", method("deltaOutput", "deltaOutput"), "", List.of(part));
    }

    private Question deltaHidden(int l) {
        BackwardPass b = work.backward();
        List<Question.Part> parts = new ArrayList<>();
        for (int k = l - 1; k >= 1; k--) {
            double[][] above = before().layer(k + 1).weights().toArray();
            PartCall c = new PartCall();
            String wAbove = c.matrix("WAbove", above);
            String deltaAbove = c.vector("deltaAbove", b.delta(k + 1));
            String gPrime = "Given.derivative(\"" + activation(k) + "\", " + c.vector("z", work.forward().z(k)) + ", "
                    + reluAtZero() + ")";
            parts.add(new Question.Part("δ(" + k + ")", "deltaHidden(" + wAbove + ", " + deltaAbove + ", " + gPrime + ")",
                    c.inputs(), b.delta(k), slips.deltaHidden(k)));
        }
        return Question.asking(prefix + "-delta-hidden", "δ of a layer by the recursion", 2, "Write `deltaHidden`: δ(k) ="
                + " (W(k+1)ᵀ · δ(k+1)) ⊙ g′(z(k)), given g′(z(k)) (`Given.derivative`).",
                method("deltaHidden", "deltaHidden"), "", parts);
    }

    private Question gradients(int l) {
        BackwardPass b = work.backward();
        List<Question.Part> parts = new ArrayList<>();
        for (int k = 1; k <= l; k++) {
            PartCall c = new PartCall();
            parts.add(new Question.Part("∂L/∂W(" + k + ")", "dW(" + c.vector("delta", b.delta(k)) + ", "
                    + c.vector("aBelow", work.forward().a(k - 1)) + ")", c.inputs(), b.gradients().weight(k).toArray(),
                    List.of()));
            if (work.hasBiases(k) && before().layer(k).biasLayout() == BiasLayout.PER_NEURON) {
                PartCall cb = new PartCall();
                parts.add(new Question.Part("∂L/∂b(" + k + ")", "db(" + cb.vector("delta", b.delta(k)) + ")", cb.inputs(),
                        b.gradients().bias(k), List.of()));
            }
        }
        if (!anyBiases()) { // nothing to ask of b: no layer has any
            return Question.asking(prefix + "-gradients", "∂L/∂W = δ·aᵀ", 2, "Write `dW` (∂L/∂W(k) = δ(k)·a(k−1)ᵀ);"
                    + " no layer has biases.", method("dW", "dW"), "", parts);
        }
        String methods = join(method("dW", "dW"), method("db", "db"));
        return Question.asking(prefix + "-gradients", "∂L/∂W = δ·aᵀ and ∂L/∂b = δ", 2, "Write `dW` (∂L/∂W(k) = δ(k)·a(k−1)ᵀ)"
                + " and `db` (∂L/∂b(k) = δ(k), one bias per neuron).", methods, "", parts);
    }

    private Question update(int l) {
        NetworkUpdate u = work.update();
        List<Question.Part> parts = new ArrayList<>();
        for (int k = 1; k <= l; k++) {
            NetworkUpdate.LayerStep step = u.layers().get(k - 1);
            DenseLayer layer = before().layer(k);
            boolean[][] frozenW = frozenWeights(u.frozen(), k, layer);
            PartCall c = new PartCall();
            parts.add(new Question.Part("W(" + k + ")", "updateW(" + c.matrix("W", layer.weights().toArray()) + ", "
                    + c.matrix("dW", step.weightGradient().toArray()) + ", " + c.number("eta", u.learningRate()) + ", "
                    + c.number("lambda", u.lambda()) + ", " + c.number("mu", u.momentum()) + ", "
                    + c.matrix("vBefore", step.weightVelocityBefore().toArray()) + ", " + c.flagMatrix("frozen", frozenW)
                    + ")", c.inputs(), u.after().layer(k).weights().toArray(), slips.updateW(k, frozenW)));
            if (!work.hasBiases(k)) {
                continue; // no b to update
            }
            // b as stored: one entry per neuron, or the shared bias with ∂L/∂b = Σ_j δ_j
            boolean[] frozenB = frozenBiases(u.frozen(), k, layer);
            PartCall cb = new PartCall();
            parts.add(new Question.Part("b(" + k + ")", "updateB(" + cb.vector("b", layer.bias()) + ", "
                    + cb.vector("db", step.biasGradient()) + ", " + cb.number("eta", u.learningRate()) + ", "
                    + cb.number("mu", u.momentum()) + ", " + cb.vector("vBefore", step.biasVelocityBefore()) + ", "
                    + cb.flags("frozen", frozenB) + ")", cb.inputs(), u.after().layer(k).bias(), slips.updateB(k, frozenB)));
        }
        if (!anyBiases()) {
            return Question.asking(prefix + "-update", "the update", 2, "Write `updateW`: v ← μv − η(∂L/∂W + 2λW),"
                    + " W ← W + v (003's rule with momentum μ); a frozen weight keeps its value. No layer has biases.",
                    method("updateW", "updateW"), "", parts);
        }
        return Question.asking(prefix + "-update", "the update", 2, "Write `updateW` and `updateB`: v ← μv − η(∂L/∂W + 2λW),"
                + " W ← W + v; v_b ← μv_b − η∂L/∂b, b ← b + v_b (003's rule with momentum μ; biases not penalised);"
                + " a frozen parameter keeps its value.", join(method("updateW", "updateW"), method("updateB", "updateB")), "", parts);
    }

    /** Whether some layer has biases (a file may declare every layer {@code biases = "none"}). */
    private boolean anyBiases() {
        return work.biasless().size() < work.forward().layers();
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "\n\n" + b;
    }

    public static boolean[][] frozenWeights(FrozenParameters frozen, int k, DenseLayer layer) {
        int rows = layer.outputSize();
        int cols = layer.inputSize();
        boolean[][] f = new boolean[rows][cols];
        for (int i = 0; i < rows * cols; i++) {
            f[i / cols][i % cols] = frozen.isFrozen(k, FrozenParameters.Kind.WEIGHTS, i);
        }
        return f;
    }

    public static boolean[] frozenBiases(FrozenParameters frozen, int k, DenseLayer layer) {
        boolean[] f = new boolean[layer.bias().length];
        for (int i = 0; i < f.length; i++) {
            f[i] = frozen.isFrozen(k, FrozenParameters.Kind.BIAS, i);
        }
        return f;
    }

    /** b(k) one entry per neuron: a shared bias repeated, as z = W·a + b adds it to every neuron. */
    public static double[] perNeuron(DenseLayer layer) {
        double[] b = new double[layer.outputSize()];
        for (int j = 0; j < b.length; j++) {
            b[j] = layer.biasOf(j);
        }
        return b;
    }

    private String activation(int k) {
        return before().layer(k).activation().name().toLowerCase(Locale.ROOT);
    }

    private String reluAtZero() {
        return Double.toString(work.method().conventions().reluAtZero().derivative());
    }
}
