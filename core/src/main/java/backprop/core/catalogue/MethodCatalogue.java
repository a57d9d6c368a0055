package backprop.core.catalogue;

import backprop.core.function.Loss;
import backprop.core.graph.Conventions.MaxTie;
import backprop.core.graph.Conventions.ReluAtZero;
import backprop.core.graph.Conventions;
import backprop.core.method.BatchReduction;
import backprop.core.method.FrozenParameters.Kind;
import backprop.core.method.FrozenParameters.Parameter;
import backprop.core.method.FrozenParameters;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.SoftmaxBackward;
import backprop.core.method.UpdateOrder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue: every single deviation from a stated method that makes sense for a network or graph, in the
 * order of {@link Choice}, each with its words. Explicit, no scanning: a new choice is a new case here.
 */
public final class MethodCatalogue {
    private static final List<Loss> SQUARED_ERRORS =
            List.of(Loss.SUM_SQUARED_ERROR, Loss.HALF_SUM_SQUARED_ERROR, Loss.MEAN_SQUARED_ERROR);

    private MethodCatalogue() {
    }

    /**
     * Every single deviation from {@code stated} that applies to {@code what}: no softmax variation without a
     * softmax, ROUNDING only when {@code printed} is not NONE (and differs from the stated rounding), EPOCHS as
     * one update fewer and one more, the loss constant only among the squared errors.
     */
    public static List<Variation> variations(Method stated, Applicability what, IntermediateRounding printed) {
        if (stated == null || what == null || printed == null) {
            throw new IllegalArgumentException("variations: stated method, applicability and printed rounding"
                    + " must be given (IntermediateRounding.NONE for none)");
        }
        List<Variation> all = new ArrayList<>();
        for (Choice choice : Choice.values()) {
            all.addAll(variationsOf(choice, stated, what, printed));
        }
        return List.copyOf(all);
    }

    private static List<Variation> variationsOf(Choice choice, Method stated, Applicability what,
                                                IntermediateRounding printed) {
        boolean network = what.isNetwork();
        return switch (choice) {
            case UPDATE_ORDER -> network && what.trains() && what.layers() > 1
                    ? List.of(of(choice, stated, m -> m.withOrder(other(m.order())))) : List.of();
            case FROZEN_BIASES -> network && what.trains() && what.hasBias()
                    ? List.of(of(choice, stated, m -> m.withFrozen(toggleBiases(m.frozen(), what.layers()))))
                    : List.of();
            case LOSS_CONSTANT -> network && SQUARED_ERRORS.contains(stated.loss())
                    ? SQUARED_ERRORS.stream().filter(l -> l != stated.loss())
                            .map(l -> of(choice, stated, m -> m.withLoss(l))).toList()
                    : List.of();
            case BATCH_REDUCTION -> network && what.batches()
                    ? List.of(of(choice, stated, m -> m.withReduction(other(m.reduction())))) : List.of();
            case SOFTMAX_BACKWARD -> network && what.hasSoftmax()
                    ? List.of(of(choice, stated, m -> m.withSoftmax(other(m.softmax())))) : List.of();
            case BIAS_IN_FORWARD -> network && what.hasBias()
                    ? List.of(of(choice, stated, m -> m.withBiasInForward(!m.biasInForward()))) : List.of();
            case RELU_AT_ZERO -> what.hasRelu()
                    ? List.of(of(choice, stated, m -> m.withConventions(otherRelu(m.conventions())))) : List.of();
            case MAX_TIE -> what.hasMax()
                    ? List.of(of(choice, stated, m -> m.withConventions(otherTie(m.conventions())))) : List.of();
            case ROUNDING -> printed.isNone() || printed.equals(stated.rounding())
                    ? List.of() : List.of(of(choice, stated, m -> m.withRounding(printed)));
            case EPOCHS -> what.trains()
                    ? List.of(of(choice, stated, m -> m.withEpochShift(m.epochShift() - 1)),
                              of(choice, stated, m -> m.withEpochShift(m.epochShift() + 1)))
                    : List.of();
        };
    }

    /** The variation that applies {@code change}, named and worded by what the changed method does. */
    private static Variation of(Choice choice, Method stated, java.util.function.UnaryOperator<Method> change) {
        Method varied = change.apply(stated);
        return new Variation(choice, name(varied, choice), describe(varied, choice), change);
    }

    /** Short name of what {@code method} does for {@code choice}, e.g. "layer-by-layer update". */
    public static String name(Method method, Choice choice) {
        return switch (choice) {
            case UPDATE_ORDER -> method.order() == UpdateOrder.ALL_GRADIENTS_FIRST
                    ? "simultaneous update" : "layer-by-layer update";
            case FROZEN_BIASES -> anyBiasFrozen(method.frozen()) ? "biases frozen" : "biases updated";
            case LOSS_CONSTANT -> switch (method.loss()) {
                case SUM_SQUARED_ERROR -> "L = Σ(ŷ − y)²";
                case HALF_SUM_SQUARED_ERROR -> "L = ½Σ(ŷ − y)²";
                case MEAN_SQUARED_ERROR -> "L = (1/m)Σ(ŷ − y)²";
                default -> "L = " + method.loss();
            };
            case BATCH_REDUCTION -> method.reduction() == BatchReduction.SUM ? "summed over the batch"
                    : "averaged over the batch";
            case SOFTMAX_BACKWARD -> method.softmax() == SoftmaxBackward.DIAGONAL ? "softmax diagonal only"
                    : "full softmax Jacobian";
            case BIAS_IN_FORWARD -> method.biasInForward() ? "bias in the forward pass"
                    : "bias left out of the forward pass";
            case RELU_AT_ZERO -> "ReLU'(0) = " + (method.conventions().reluAtZero() == ReluAtZero.ONE ? "1" : "0");
            case MAX_TIE -> method.conventions().maxTie() == MaxTie.FIRST ? "max tie to the first"
                    : "max tie split evenly";
            case ROUNDING -> method.rounding().isNone() ? "full precision" : "rounded intermediates";
            case EPOCHS -> epochsName(method.epochShift());
        };
    }

    /** What {@code method} does for {@code choice}, in words a teacher reads. */
    public static String describe(Method method, Choice choice) {
        return switch (choice) {
            case UPDATE_ORDER -> method.order() == UpdateOrder.ALL_GRADIENTS_FIRST
                    ? "the simultaneous update: every gradient is computed before any weight changes"
                    : "the hidden layer's δ uses the output weights already updated in this step";
            case FROZEN_BIASES -> anyBiasFrozen(method.frozen()) ? "the biases are never updated"
                    : "the biases are updated with the weights";
            case LOSS_CONSTANT -> switch (method.loss()) {
                case SUM_SQUARED_ERROR -> "the loss is Σ(ŷ − y)², so ∂L/∂ŷ = 2(ŷ − y)";
                case HALF_SUM_SQUARED_ERROR -> "the loss is ½Σ(ŷ − y)², so ∂L/∂ŷ = ŷ − y";
                case MEAN_SQUARED_ERROR -> "the loss is the mean (1/m)Σ(ŷ − y)² over the m outputs, so ∂L/∂ŷ = 2(ŷ − y)/m";
                default -> "the loss is " + method.loss();
            };
            case BATCH_REDUCTION -> method.reduction() == BatchReduction.SUM
                    ? "a batch update sums the examples' gradients (and losses) instead of averaging them"
                    : "a batch update averages the examples' gradients (and losses)";
            case SOFTMAX_BACKWARD -> method.softmax() == SoftmaxBackward.DIAGONAL
                    ? "the softmax's δ keeps only the diagonal ∂ŷi/∂zi = ŷi(1 − ŷi), a single path per output"
                    : "the softmax's δ uses its full Jacobian ∂ŷi/∂zj = ŷi(1{i=j} − ŷj)";
            case BIAS_IN_FORWARD -> method.biasInForward() ? "the forward pass adds the bias, z = W·a + b"
                    : "the forward pass leaves the bias out, z = W·a";
            case RELU_AT_ZERO -> "ReLU'(0) is taken as "
                    + (method.conventions().reluAtZero() == ReluAtZero.ONE ? "1" : "0");
            case MAX_TIE -> method.conventions().maxTie() == MaxTie.FIRST
                    ? "a tied max passes its whole gradient to its first maximal argument"
                    : "a tied max splits its gradient evenly among its maximal arguments";
            case ROUNDING -> method.rounding().isNone() ? "every intermediate is kept at full precision"
                    : "the intermediates are rounded as the source prints them (" + method.rounding() + ")";
            case EPOCHS -> epochsWords(method.epochShift());
        };
    }

    private static String epochsName(int shift) {
        return shift < 0 ? "n − " + -shift + " updates" : shift > 0 ? "n + " + shift + " updates" : "n updates";
    }

    private static String epochsWords(int shift) {
        return shift < 0 ? updates(-shift) + " fewer than stated is run"
                : shift > 0 ? updates(shift) + " more than stated is run" : "the stated number of updates is run";
    }

    private static String updates(int n) {
        return n == 1 ? "one update" : n + " updates";
    }

    private static UpdateOrder other(UpdateOrder order) {
        return order == UpdateOrder.ALL_GRADIENTS_FIRST
                ? UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY : UpdateOrder.ALL_GRADIENTS_FIRST;
    }

    private static BatchReduction other(BatchReduction reduction) {
        return reduction == BatchReduction.MEAN ? BatchReduction.SUM : BatchReduction.MEAN;
    }

    private static SoftmaxBackward other(SoftmaxBackward softmax) {
        return softmax == SoftmaxBackward.FULL_JACOBIAN ? SoftmaxBackward.DIAGONAL : SoftmaxBackward.FULL_JACOBIAN;
    }

    private static Conventions otherRelu(Conventions c) {
        return new Conventions(c.reluAtZero() == ReluAtZero.ONE ? ReluAtZero.ZERO : ReluAtZero.ONE, c.maxTie());
    }

    private static Conventions otherTie(Conventions c) {
        return new Conventions(c.reluAtZero(), c.maxTie() == MaxTie.FIRST ? MaxTie.SPLIT_EVENLY : MaxTie.FIRST);
    }

    private static boolean anyBiasFrozen(FrozenParameters frozen) {
        return frozen.frozen().stream().anyMatch(p -> p.kind() == Kind.BIAS);
    }

    /**
     * Some bias frozen → every bias updated (weights kept as they were); none frozen → every layer's biases
     * frozen.
     */
    private static FrozenParameters toggleBiases(FrozenParameters frozen, int layers) {
        Set<Parameter> result = new HashSet<>();
        boolean unfreeze = anyBiasFrozen(frozen);
        for (Parameter p : frozen.frozen()) {
            if (p.kind() == Kind.WEIGHTS) {
                result.add(p);
            }
        }
        if (!unfreeze) {
            for (int k = 1; k <= layers; k++) {
                result.add(new Parameter(k, Kind.BIAS, FrozenParameters.WHOLE));
            }
        }
        return new FrozenParameters(result);
    }
}
