package backprop.export.markdown;

import backprop.core.method.FrozenParameters.Kind;
import backprop.core.method.FrozenParameters.Parameter;
import backprop.core.method.FrozenParameters;
import backprop.core.method.UpdateOrder;
import backprop.core.network.Matrix;
import backprop.examples.format.Precision;
import backprop.examples.format.Table;
import backprop.examples.work.NetworkUpdate.LayerStep;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.TrainingRun;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * A network's update in the answer key, as it was taken: the rule and the update order in words, and for each
 * layer the gradient the update used, ∂J/∂W = ∂L/∂W + 2λW when λ &gt; 0, the velocity under momentum, and the
 * new weights; J = L + λ‖ω‖² named beside L. Each printed new weight is the printed old one minus η times
 * the printed gradient (or plus the printed velocity), to the printed precision.
 */
final class UpdateMarkdown {
    private UpdateMarkdown() {
    }

    /** After the loss line: J = L + λ‖ω‖², when the update penalises the weights. */
    static void cost(StringBuilder md, NetworkWork n, Table t) {
        NetworkUpdate u = n.update();
        if (u == null || u.lambda() == 0) {
            return;
        }
        double loss = n.backward().gradients().loss();
        md.append("With the penalty on the weights (λ = ").append(Precision.shortest(u.lambda()))
                .append("; biases are not penalised) the cost of this example is $J = L + \\lambda\\|\\omega\\|^2 = ")
                .append(t.format(loss)).append(" + ").append(t.format(u.penaltyCost())).append(" = ")
                .append(t.format(loss + u.penaltyCost())).append("$.\n\n");
    }

    static void update(StringBuilder md, NetworkWork n, Precision p, Table t) {
        NetworkUpdate u = n.update();
        if (u == null) {
            return;
        }
        md.append("\nOne update with learning rate η = ").append(p.format(u.learningRate()));
        if (u.momentum() > 0) {
            md.append(", momentum μ = ").append(Precision.shortest(u.momentum()));
        }
        if (u.lambda() > 0) {
            md.append(", penalty λ = ").append(Precision.shortest(u.lambda()));
        }
        md.append(". Update order ").append(order(u)).append("\n\n");
        if (u.batch() != null) {
            md.append("The update is on the whole batch: each gradient it uses is the ").append(u.batch())
                    .append(" of their gradients, shown below, not the backward pass above (which is on the first).\n\n");
        }
        frozen(md, n);
        if (u.momentum() > 0) {
            md.append("Momentum: each parameter θ moves by its velocity, $v \\leftarrow \\mu v - \\eta\\,\\partial J/\\partial\\theta$, ")
                    .append("$\\theta \\leftarrow \\theta + v$; ").append(u.startsAtRest()
                            ? "the velocities start at 0, so this first step is $v = -\\eta\\,\\partial J/\\partial\\theta$, and from the"
                            + " second step on $\\mu v$ adds μ times the step before.\n\n"
                            : "v before this step is shown beside each layer.\n\n");
        }
        for (int k = u.layers().size(); k >= 1; k--) {
            layer(md, n, k, t);
        }
    }

    /**
     * "$b^{(1)}$, $b^{(2)}$ frozen: not updated …": the parameters the file keeps fixed, whose rows after the update
     * equal the rows before.
     */
    private static void frozen(StringBuilder md, NetworkWork n) {
        NetworkUpdate u = n.update();
        // a layer without biases keeps zeros frozen inside the engine: not a parameter the file froze, so not named
        List<String> names = u.frozen().frozen().stream()
                .filter(f -> f.kind() != Kind.BIAS || n.hasBiases(f.layer()))
                .sorted(Comparator.comparingInt(Parameter::layer).thenComparing(Parameter::kind)
                        .thenComparingInt(Parameter::index))
                .map(f -> name(u, f)).toList();
        if (names.isEmpty()) {
            return;
        }
        md.append(String.join(", ", names)).append(" frozen: not updated (the gradient is computed and shown, but the")
                .append(" step skips ").append(names.size() == 1 ? "it" : "them")
                .append(u.momentum() > 0 || u.lambda() > 0 ? "; neither momentum nor λ moves a frozen parameter" : "")
                .append("), so after the update ").append(names.size() == 1 ? "it keeps its value" : "they keep their values")
                .append(".\n\n");
    }

    /** $W^{(1)}$, $b^{(2)}$, or one entry $W^{(1)}_{1,2}$, $b^{(1)}_{2}$. */
    private static String name(NetworkUpdate u, Parameter f) {
        boolean weights = f.kind() == Kind.WEIGHTS;
        String base = (weights ? "W" : "b") + "^{(" + f.layer() + ")}";
        if (f.index() == FrozenParameters.WHOLE) {
            return "$" + base + "$";
        }
        int cols = u.after().layer(f.layer()).inputSize();
        return "$" + base + "_{" + (weights ? f.index() / cols + 1 + "," + (f.index() % cols + 1) : f.index() + 1) + "}$";
    }

    /** "all_gradients_first: …" or "each_layer_when_its_gradient_is_ready: …", what the order does, in words. */
    private static String order(NetworkUpdate u) {
        String name = u.order().name().toLowerCase(Locale.ROOT);
        if (u.order() == UpdateOrder.ALL_GRADIENTS_FIRST) {
            return name + ": every gradient is computed with the weights of the forward pass above before any weight"
                    + " changes, so each layer's update uses the gradient of the backward pass above.";
        }
        int l = u.layers().size();
        if (l == 1) {
            return name + ": with one layer, the same step as all_gradients_first.";
        }
        return name + ": layer " + l + " is updated as soon as its gradient is known, and the δ of each layer below"
                + " is then propagated through the already-updated weights above it, so the update of layer "
                + (l == 2 ? "1 uses a gradient through the updated $W^{(2)}$" : "k = 1 to " + (l - 1)
                + " uses a gradient through the updated $W^{(k+1)}$") + ", not the one"
                + " of the backward pass above (which used the weights before the update).";
    }

    private static void layer(StringBuilder md, NetworkWork n, int k, Table t) {
        NetworkUpdate u = n.update();
        LayerStep s = u.layer(k);
        boolean through = u.order() == UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY && k < u.layers().size();
        boolean hasB = n.hasBiases(k);
        md.append("- layer ").append(k).append(": ");
        if (through || u.batch() != null) {
            md.append(u.batch() == null ? "" : "the " + u.batch() + (through ? ", " : ""))
                    .append(through ? "the gradient through the updated $W^{(" + (k + 1) + ")}$" : "")
                    .append(", $\\partial L/\\partial W^{(")
                    .append(k).append(")} = ").append(Latex.matrix(s.weightGradient(), t)).append("$")
                    .append(hasB ? ", $\\partial L/\\partial b^{(" + k + ")} = " + Latex.column(s.biasGradient(), t) + "$" : "")
                    .append("\n");
        } else {
            md.append("$\\partial L/\\partial W^{(").append(k).append(")}$")
                    .append(hasB ? " and $\\partial L/\\partial b^{(" + k + ")}$" : "").append(" of the backward pass above\n");
        }
        String w = "W^{(" + k + ")}";
        String b = "b^{(" + k + ")}";
        String dW = u.lambda() > 0 ? "\\partial J/\\partial " + w : "\\partial L/\\partial " + w;
        if (u.lambda() > 0) {
            md.append("  - $").append(dW).append(" = \\partial L/\\partial ").append(w).append(" + 2\\lambda ").append(w)
                    .append(" = ").append(Latex.matrix(s.weightGradient(), t)).append(" + ")
                    .append(Latex.matrix(s.penalty(), t)).append(" = ").append(Latex.matrix(s.objectiveGradient(), t))
                    .append("$\n");
        }
        if (u.momentum() > 0) {
            velocity(md, u, s, w, dW, t);
            if (hasB) {
                velocity(md, u, s, b, "\\partial L/\\partial " + b, t);
            }
            md.append("  - ").append(assigned(u, k, Kind.WEIGHTS, w + " + v_{" + w + "}", Latex.matrix(u.after().layer(k).weights(), t)))
                    .append(hasB ? ", " + assigned(u, k, Kind.BIAS, b + " + v_{" + b + "}", Latex.column(u.after().layer(k).bias(), t)) : "")
                    .append("\n");
            return;
        }
        md.append("  - ").append(assigned(u, k, Kind.WEIGHTS, w + " - \\eta\\," + dW, Latex.matrix(u.after().layer(k).weights(), t)))
                .append(hasB ? ", " + assigned(u, k, Kind.BIAS, b + " - \\eta\\,\\partial L/\\partial " + b,
                        Latex.column(u.after().layer(k).bias(), t)) : "")
                .append(u.lambda() > 0 && hasB ? " (biases are not penalised)" : "").append("\n");
    }

    /**
     * "$W ← W − η∂L/∂W = […]$"; a frozen matrix or vector is shown as kept, "$b^{(1)} = […]$ (frozen)", and one
     * with frozen entries says so, since the update rule does not hold for those entries.
     */
    private static String assigned(NetworkUpdate u, int k, Kind kind, String rule, String after) {
        String name = (kind == Kind.WEIGHTS ? "W" : "b") + "^{(" + k + ")}";
        FrozenParameters f = u.frozen();
        if (f.frozen().contains(new Parameter(k, kind, FrozenParameters.WHOLE))) {
            return "$" + name + " = " + after + "$ (frozen)";
        }
        boolean some = f.frozen().stream().anyMatch(p -> p.layer() == k && p.kind() == kind);
        return "$" + name + " \\leftarrow " + rule + " = " + after + "$" + (some ? " (frozen entries unchanged)" : "");
    }

    /** v ← μv − η·gradient = […], with v before the step when it is not 0. */
    private static void velocity(StringBuilder md, NetworkUpdate u, LayerStep s, String of, String gradient, Table t) {
        boolean weights = of.startsWith("W");
        String before = weights ? Latex.matrix(s.weightVelocityBefore(), t) : Latex.column(s.biasVelocityBefore(), t);
        String after = weights ? Latex.matrix(s.weightVelocity(), t) : Latex.column(s.biasVelocity(), t);
        md.append("  - $v_{").append(of).append("} \\leftarrow \\mu v_{").append(of).append("} - \\eta\\,").append(gradient)
                .append(u.startsAtRest() ? "" : ", v_{" + of + "} = " + before).append(" = ").append(after).append("$\n");
    }

    /** "Training: the cost J = … falls from … to … in N epochs", with J's parts at both ends. */
    static void training(StringBuilder md, NetworkWork n, Precision p) {
        TrainingRun r = n.training();
        if (r.costs().isEmpty()) {
            return;
        }
        double first = r.costs().get(0);
        double last = r.costs().get(r.costs().size() - 1);
        String mean = r.examples() == 1 ? "L" : (r.summed() ? "" : "\\frac{1}{" + r.examples() + "}") + "\\sum_{t=1}^{"
                + r.examples() + "} L_t";
        md.append("\nTraining: the cost $J = ").append(mean).append(r.lambda() > 0 ? " + \\lambda\\|\\omega\\|^2" : "")
                .append("$ ").append(last < first ? "falls" : "goes").append(" from ").append(parts(first, r.penaltyFirst(), r, p))
                .append(" to ").append(parts(last, r.penaltyLast(), r, p)).append(" in ")
                .append(Precision.count(r.costs().size() - 1, "epoch")).append(" (the curve is in the notebook).\n");
        if (r.stopBelow() > 0) {
            md.append(r.reached() ? "It fell below ε = " + Precision.shortest(r.stopBelow()) + " after "
                    + Precision.count(r.epochsRun(), "epoch") + ", and training stopped there.\n"
                    : "It did not fall below ε = " + Precision.shortest(r.stopBelow()) + " within "
                    + Precision.count(r.epochsRun(), "epoch") + ".\n");
        }
    }

    private static String parts(double j, double penalty, TrainingRun r, Precision p) {
        if (r.lambda() == 0) {
            return p.format(j);
        }
        return p.format(j) + " (" + (r.examples() == 1 ? "L" : "mean L") + " " + p.format(j - penalty) + " + λ‖ω‖² "
                + p.format(penalty) + ")";
    }

    /** Every number {@link #update} prints, for the network block's one residue table. */
    static void values(DoubleStream.Builder all, NetworkWork n) {
        NetworkUpdate u = n.update();
        if (u == null) {
            return;
        }
        all.add(u.penaltyCost()).add(n.backward().gradients().loss() + u.penaltyCost());
        for (int k = 1; k <= u.layers().size(); k++) {
            LayerStep s = u.layer(k);
            for (Matrix m : new Matrix[] {s.weightGradient(), s.penalty(), s.objectiveGradient(), s.weightVelocityBefore(),
                    s.weightVelocity(), u.after().layer(k).weights()}) {
                add(all, m.data());
            }
            if (n.hasBiases(k)) {
                add(all, s.biasGradient());
                add(all, s.biasVelocityBefore());
                add(all, s.biasVelocity());
                add(all, u.after().layer(k).bias());
            }
        }
    }

    private static void add(DoubleStream.Builder all, double[] v) {
        for (double x : v) {
            all.add(x);
        }
    }
}
