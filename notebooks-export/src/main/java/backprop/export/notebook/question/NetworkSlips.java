package backprop.export.notebook.question;

import backprop.core.catalogue.Choice;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.UpdateOrder;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.NetworkWork;
import backprop.export.runtime.Given;
import backprop.export.runtime.Slip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The wrong values known slips give at each part of a network's questions, each computed with the instructor's
 * {@link Solutions} under one variation, so a student's value can be named by the slip that gives it. The
 * choices of core's method catalogue ({@link Choice}: LOSS_CONSTANT, SOFTMAX_BACKWARD, BIAS_IN_FORWARD,
 * RELU_AT_ZERO, UPDATE_ORDER, FROZEN_BIASES), in the words of one step; and slips no textbook makes on purpose: W_NOT_TRANSPOSED, G_PRIME_LEFT_OUT,
 * SIGN_FLIPPED, PENALTY_LEFT_OUT, FROZEN_WEIGHTS. A slip only applies where it changes something (a ReLU at 0,
 * a softmax, λ &gt; 0); {@link backprop.export.runtime.Grade} never names one that gives the right value.
 */
public final class NetworkSlips {
    public static final String SOFTMAX_WORDS = "the softmax through its diagonal only, leaving out each ŷᵢ's path through"
            + " the other outputs";
    private final NetworkWork work;

    NetworkSlips(NetworkWork work) {
        this.work = work;
    }

    List<Slip> forward(double[][] w, double[] aBelow) {
        return List.of(Slip.of(Choice.BIAS_IN_FORWARD.name(), "z without the bias b", Solutions.z(w, new double[w.length], aBelow)));
    }

    /** ∂L/∂ŷ with the loss's constant the other way: the square's factor 2 dropped, or added to ½Σ; the mean's 1/m dropped. */
    List<Slip> loss() {
        double[] yHat = work.forward().output();
        double[] y = work.example().y();
        return switch (work.loss()) {
            case SUM_SQUARED_ERROR -> List.of(Slip.of(Choice.LOSS_CONSTANT.name(), "∂L/∂ŷ without the square's factor 2 (the loss ½Σ)",
                    Solutions.dLdaHalf(yHat, y)));
            case HALF_SUM_SQUARED_ERROR -> List.of(Slip.of(Choice.LOSS_CONSTANT.name(), "∂L/∂ŷ with a factor 2 the loss ½Σ does not have",
                    Solutions.dLdaSum(yHat, y)));
            case MEAN_SQUARED_ERROR -> List.of(Slip.of(Choice.LOSS_CONSTANT.name(), "∂L/∂ŷ without the mean's 1/m (the loss Σ)",
                    Solutions.dLdaSum(yHat, y)));
            case BINARY_CROSS_ENTROPY, CATEGORICAL_CROSS_ENTROPY -> List.of();
        };
    }

    List<Slip> deltaOutput(int l) {
        double[] z = work.forward().z(l);
        double[] dLda = work.backward().lossGradient();
        Activation g = work.before().layer(l).activation();
        String name = g.name().toLowerCase(Locale.ROOT);
        double[][] j = Given.jacobian(name, z, reluAtZero());
        List<Slip> slips = new ArrayList<>();
        if (g == Activation.SOFTMAX) {
            slips.add(Slip.of(Choice.SOFTMAX_BACKWARD.name(), SOFTMAX_WORDS, Solutions.deltaOutput(diagonal(j), dLda)));
        }
        double constant = lossConstant();
        if (constant != 1) {
            slips.add(Slip.of(Choice.LOSS_CONSTANT.name(), "∂L/∂ŷ with the loss's constant the other way (× " + constant + ")",
                    Solutions.deltaOutput(j, scaled(dLda, constant))));
        }
        if (g == Activation.RELU) {
            slips.add(reluOtherWay(Solutions.deltaOutput(Given.jacobian(name, z, 1 - reluAtZero()), dLda)));
        }
        slips.add(Slip.of("G_PRIME_LEFT_OUT", "leaving out g′(z): δ = ∂L/∂a", dLda.clone()));
        return slips;
    }

    List<Slip> deltaHidden(int k) {
        double[][] above = work.before().layer(k + 1).weights().toArray();
        double[] deltaAbove = work.backward().delta(k + 1);
        String name = work.before().layer(k).activation().name().toLowerCase(Locale.ROOT);
        double[] z = work.forward().z(k);
        double[] gPrime = Given.derivative(name, z, reluAtZero());
        List<Slip> slips = new ArrayList<>();
        NetworkUpdate u = work.update();
        if (u != null && u.order() == UpdateOrder.ALL_GRADIENTS_FIRST) {
            slips.add(Slip.of(Choice.UPDATE_ORDER.name(), "δ through the already updated W(" + (k + 1) + "): each layer updated as"
                    + " soon as its gradient is ready", Solutions.deltaHidden(u.after().layer(k + 1).weights().toArray(),
                    deltaAbove, gPrime)));
        }
        if (work.before().layer(k).activation() == Activation.RELU) {
            slips.add(reluOtherWay(Solutions.deltaHidden(above, deltaAbove, Given.derivative(name, z, 1 - reluAtZero()))));
        }
        if (above.length == above[0].length) {
            slips.add(Slip.of("W_NOT_TRANSPOSED", "W(" + (k + 1) + ") where the recursion has its transpose W(" + (k + 1)
                    + ")ᵀ", Solutions.deltaHidden(transpose(above), deltaAbove, gPrime)));
        }
        double[] ones = new double[gPrime.length];
        Arrays.fill(ones, 1);
        slips.add(Slip.of("G_PRIME_LEFT_OUT", "leaving out g′(z(" + k + "))", Solutions.deltaHidden(above, deltaAbove, ones)));
        return slips;
    }

    List<Slip> updateW(int k, boolean[][] frozen) {
        NetworkUpdate u = work.update();
        NetworkUpdate.LayerStep step = u.layers().get(k - 1);
        double[][] w = work.before().layer(k).weights().toArray();
        double[][] dW = step.weightGradient().toArray();
        double[][] v = step.weightVelocityBefore().toArray();
        List<Slip> slips = new ArrayList<>();
        slips.add(Slip.of("SIGN_FLIPPED", "+ instead of − in the update (a step up the gradient)",
                Solutions.updateW(w, dW, -u.learningRate(), u.lambda(), u.momentum(), v, frozen)));
        if (u.lambda() > 0) {
            slips.add(Slip.of("PENALTY_LEFT_OUT", "leaving out the penalty's 2λW",
                    Solutions.updateW(w, dW, u.learningRate(), 0, u.momentum(), v, frozen)));
        }
        if (u.frozen().any()) {
            slips.add(Slip.of("FROZEN_WEIGHTS", "weights updated although frozen",
                    Solutions.updateW(w, dW, u.learningRate(), u.lambda(), u.momentum(), v, new boolean[w.length][w[0].length])));
        }
        return slips;
    }

    List<Slip> updateB(int k, boolean[] frozen) {
        NetworkUpdate u = work.update();
        NetworkUpdate.LayerStep step = u.layers().get(k - 1);
        double[] b = work.before().layer(k).bias();
        List<Slip> slips = new ArrayList<>();
        slips.add(Slip.of("SIGN_FLIPPED", "+ instead of − in the update (a step up the gradient)",
                Solutions.updateB(b, step.biasGradient(), -u.learningRate(), u.momentum(), step.biasVelocityBefore(), frozen)));
        // only where a bias is frozen: elsewhere "updated although frozen" is the right answer itself
        boolean anyFrozen = false;
        for (boolean f : frozen) {
            anyFrozen |= f;
        }
        if (anyFrozen) {
            slips.add(Slip.of(Choice.FROZEN_BIASES.name(), "biases updated although the scenario keeps them frozen",
                    Solutions.updateB(b, step.biasGradient(), u.learningRate(), u.momentum(), step.biasVelocityBefore(),
                            new boolean[b.length])));
        }
        return slips;
    }

    private static Slip reluOtherWay(Object value) {
        return Slip.of(Choice.RELU_AT_ZERO.name(), "ReLU′(0) taken the other way (a z is exactly 0)", value);
    }

    /** The factor a slip of the loss's constant puts on ∂L/∂ŷ: ½ for Σ, 2 for ½Σ, m for the mean; 1 for the others. */
    private double lossConstant() {
        Loss loss = work.loss();
        return switch (loss) {
            case SUM_SQUARED_ERROR -> 0.5;
            case HALF_SUM_SQUARED_ERROR -> 2;
            case MEAN_SQUARED_ERROR -> work.forward().output().length;
            case BINARY_CROSS_ENTROPY, CATEGORICAL_CROSS_ENTROPY -> 1;
        };
    }

    private double reluAtZero() {
        return work.method().conventions().reluAtZero().derivative();
    }

    private static double[][] diagonal(double[][] j) {
        double[][] d = new double[j.length][j.length];
        for (int i = 0; i < j.length; i++) {
            d[i][i] = j[i][i];
        }
        return d;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[] scaled(double[] v, double factor) {
        double[] s = v.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] *= factor;
        }
        return s;
    }
}
