package backprop.core.method;

import backprop.core.graph.Conventions;
import backprop.core.network.FrozenParameters;
import backprop.core.network.GradientDescent.UpdateOrder;
import backprop.core.network.Loss;

/**
 * A whole method of computing and training: every {@link Choice} made. A value; the withers return a copy with
 * one choice changed.
 *
 * @param order        when weights change relative to the backward pass ({@link Choice#UPDATE_ORDER})
 * @param frozen       the parameters an update leaves unchanged ({@link Choice#FROZEN_BIASES})
 * @param loss         the loss and its constant ({@link Choice#LOSS_CONSTANT})
 * @param reduction    sum or mean over a batch ({@link Choice#BATCH_REDUCTION})
 * @param softmax      full Jacobian or diagonal ({@link Choice#SOFTMAX_BACKWARD})
 * @param biasInForward whether z = W·a + b (true) or z = W·a (false); b stays a parameter either way
 *                     ({@link Choice#BIAS_IN_FORWARD})
 * @param conventions  ReLU'(0) and the max-tie rule ({@link Choice#RELU_AT_ZERO}, {@link Choice#MAX_TIE})
 * @param rounding     the intermediates rounded as printed ({@link Choice#ROUNDING})
 * @param epochShift   epochs run beyond the stated number (−1, 0, +1); a quantity "after n" is read after n +
 *                     shift ({@link Choice#EPOCHS})
 */
public record Method(UpdateOrder order, FrozenParameters frozen, Loss loss, BatchReduction reduction,
                     SoftmaxBackward softmax, boolean biasInForward, Conventions conventions,
                     IntermediateRounding rounding, int epochShift) {

    public Method {
        if (order == null || frozen == null || loss == null || reduction == null || softmax == null
                || conventions == null || rounding == null) {
            throw new IllegalArgumentException("Method: every choice must be given; got " + order + ", " + frozen
                    + ", " + loss + ", " + reduction + ", " + softmax + ", " + conventions + ", " + rounding);
        }
    }

    /**
     * The engine's method with {@code loss} and {@code conventions}: all gradients first, nothing frozen, the mean
     * over a batch, softmax's full Jacobian, the bias in z, nothing rounded, the stated number of epochs.
     */
    public static Method standard(Loss loss, Conventions conventions) {
        return new Method(UpdateOrder.ALL_GRADIENTS_FIRST, FrozenParameters.NONE, loss, BatchReduction.MEAN,
                SoftmaxBackward.FULL_JACOBIAN, true, conventions, IntermediateRounding.NONE, 0);
    }

    public Method withOrder(UpdateOrder value) {
        return new Method(value, frozen, loss, reduction, softmax, biasInForward, conventions, rounding, epochShift);
    }

    public Method withFrozen(FrozenParameters value) {
        return new Method(order, value, loss, reduction, softmax, biasInForward, conventions, rounding, epochShift);
    }

    public Method withLoss(Loss value) {
        return new Method(order, frozen, value, reduction, softmax, biasInForward, conventions, rounding, epochShift);
    }

    public Method withReduction(BatchReduction value) {
        return new Method(order, frozen, loss, value, softmax, biasInForward, conventions, rounding, epochShift);
    }

    public Method withSoftmax(SoftmaxBackward value) {
        return new Method(order, frozen, loss, reduction, value, biasInForward, conventions, rounding, epochShift);
    }

    public Method withBiasInForward(boolean value) {
        return new Method(order, frozen, loss, reduction, softmax, value, conventions, rounding, epochShift);
    }

    public Method withConventions(Conventions value) {
        return new Method(order, frozen, loss, reduction, softmax, biasInForward, value, rounding, epochShift);
    }

    public Method withRounding(IntermediateRounding value) {
        return new Method(order, frozen, loss, reduction, softmax, biasInForward, conventions, value, epochShift);
    }

    public Method withEpochShift(int value) {
        return new Method(order, frozen, loss, reduction, softmax, biasInForward, conventions, rounding, value);
    }
}
