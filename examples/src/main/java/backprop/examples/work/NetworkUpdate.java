package backprop.examples.work;

import backprop.core.method.FrozenParameters;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
import backprop.core.network.Example;
import backprop.core.network.GradientDescent;
import backprop.core.network.Gradients;
import backprop.core.network.Matrix;
import backprop.core.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * One update as it was taken, recorded while {@link GradientDescent#step} ran, so that the answer key shows
 * the step itself and not a backward pass beside it: the rule in force, and for every layer the gradient of
 * L the update used, the penalty term 2λω and the velocity the weights moved by.
 *
 * <p>The gradient used is the one the step returns. With {@link UpdateOrder#EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY}
 * the gradient of every layer below the last went through the already-updated weights above it, and differs
 * from a backward pass on the weights before the update.
 *
 * @param learningRate η (ε in 003)
 * @param momentum     μ (0: plain descent)
 * @param lambda       λ of the penalty λ‖ω‖² on the weights (003)
 * @param order        when the weights changed relative to the backward pass
 * @param layers       layer k at index k − 1
 * @param penaltyCost  λ‖ω‖² of the weights before the update
 * @param after        the network after the update (a copy)
 * @param frozen       the parameters the update left unchanged (their gradient is still shown)
 * @param batch        null when the update is on the example shown; else how its gradient combines a batch's
 *                     examples, e.g. "sum over the 4 examples", and it differs from that example's backward pass
 */
public record NetworkUpdate(double learningRate, double momentum, double lambda, UpdateOrder order,
                            List<LayerStep> layers, double penaltyCost, Network after, FrozenParameters frozen,
                            String batch) {

    public NetworkUpdate {
        layers = List.copyOf(layers);
    }

    /** This update, taken on a batch whose gradient is {@code combined}, e.g. "mean over the 4 examples". */
    public NetworkUpdate onBatch(String combined) {
        return new NetworkUpdate(learningRate, momentum, lambda, order, layers, penaltyCost, after, frozen, combined);
    }

    /**
     * One layer's part of the update: ∂J/∂W = ∂L/∂W + 2λW, v ← μv − η∂J/∂W, W ← W + v; the biases are not
     * penalised: v_b ← μv_b − η∂L/∂b, b ← b + v_b. Without momentum v is the change itself, −η∂J/∂W.
     *
     * @param weightGradient     ∂L/∂W as the update used it
     * @param biasGradient       ∂L/∂b as the update used it
     * @param penalty            2λW, with W before the update
     * @param weightVelocityBefore v_W before the step (0 for a first step)
     * @param weightVelocity     v_W after the step: the change of W
     * @param biasVelocityBefore v_b before the step
     * @param biasVelocity       v_b after the step: the change of b
     */
    public record LayerStep(Matrix weightGradient, double[] biasGradient, Matrix penalty, Matrix weightVelocityBefore,
                            Matrix weightVelocity, double[] biasVelocityBefore, double[] biasVelocity) {
        /** ∂J/∂W = ∂L/∂W + 2λW. */
        public Matrix objectiveGradient() {
            Matrix sum = weightGradient.copy();
            for (int i = 0; i < sum.data().length; i++) {
                sum.data()[i] += penalty.data()[i];
            }
            return sum;
        }
    }

    /** Takes one step of {@code descent} on {@code network} (modified) and records it. */
    public static NetworkUpdate take(GradientDescent descent, Network network, List<Example> batch) {
        Schedule schedule = descent.schedule();
        double lambda = schedule.lambda();
        double penaltyCost = network.penalty(lambda);
        List<Matrix> penalties = new ArrayList<>();
        for (int k = 1; k <= network.depth(); k++) {
            // ∂(λ‖ω‖²)/∂ω = 2λω, with W before the update
            Matrix w = network.layer(k).weights();
            Matrix p = Matrix.zeros(w.rows(), w.cols());
            for (int i = 0; i < p.data().length; i++) {
                p.data()[i] = 2 * lambda * w.data()[i];
            }
            penalties.add(p);
        }
        List<double[]> weightsBefore = descent.weightVelocities();
        List<double[]> biasesBefore = descent.biasVelocities();
        Gradients used = descent.step(network, batch);
        List<double[]> weightVelocity = descent.weightVelocities();
        List<double[]> biasVelocity = descent.biasVelocities();
        List<LayerStep> layers = new ArrayList<>();
        for (int k = 1; k <= network.depth(); k++) {
            Matrix w = network.layer(k).weights();
            layers.add(new LayerStep(used.weight(k).copy(), used.bias(k).clone(), penalties.get(k - 1),
                    shaped(w, weightsBefore.isEmpty() ? new double[w.data().length] : weightsBefore.get(k - 1)),
                    shaped(w, weightVelocity.get(k - 1)),
                    biasesBefore.isEmpty() ? new double[network.layer(k).bias().length] : biasesBefore.get(k - 1),
                    biasVelocity.get(k - 1)));
        }
        return new NetworkUpdate(schedule.learningRate(), schedule.momentum(), lambda, descent.method().order(),
                layers, penaltyCost, network.copy(), descent.method().frozen(), null);
    }

    /** LayerStep of layer k = 1…l. */
    public LayerStep layer(int k) {
        return layers.get(k - 1);
    }

    /** Whether every velocity before the step was 0 (a first step, or no momentum). */
    public boolean startsAtRest() {
        for (LayerStep s : layers) {
            for (double v : s.weightVelocityBefore().data()) {
                if (v != 0) {
                    return false;
                }
            }
            for (double v : s.biasVelocityBefore()) {
                if (v != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Matrix shaped(Matrix like, double[] rowMajor) {
        Matrix m = Matrix.zeros(like.rows(), like.cols());
        System.arraycopy(rowMajor, 0, m.data(), 0, rowMajor.length);
        return m;
    }
}
