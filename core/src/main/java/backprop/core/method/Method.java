package backprop.core.method;

import backprop.core.function.Loss;
import backprop.core.graph.Conventions;

/**
 * A whole method of computing and training: every choice on which textbooks differ, made. The network's
 * forward and backward pass, gradient descent and training take one, and act on each choice where a textbook
 * makes it; the catalogue varies one choice at a time (its {@code Choice} names them in this order). A value; the
 * withers return a copy with one choice changed.
 *
 * @param order        when weights change relative to the backward pass (UPDATE_ORDER)
 * @param frozen       the parameters an update leaves unchanged (FROZEN_BIASES)
 * @param loss         the loss and its constant (LOSS_CONSTANT)
 * @param reduction    sum or mean over a batch (BATCH_REDUCTION)
 * @param softmax      full Jacobian or diagonal (SOFTMAX_BACKWARD)
 * @param biasInForward whether z = W·a + b (true) or z = W·a (false); b stays a parameter either way
 *                     (BIAS_IN_FORWARD)
 * @param conventions  ReLU'(0) and the max-tie rule (RELU_AT_ZERO, MAX_TIE)
 * @param rounding     the intermediates rounded as printed (ROUNDING)
 * @param epochShift   epochs run beyond the stated number (−1, 0, +1); a quantity "after n" is read after n +
 *                     shift (EPOCHS)
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

    /** {@link #standard} with the documents' conventions, 000's ReLU'(0) = 1 and a tied max to its first argument. */
    public static Method documents(Loss loss) {
        return standard(loss, Conventions.DOCUMENTS);
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
