package backprop.examples.doc004;

import backprop.core.catalogue.Applicability;
import backprop.core.catalogue.Explained;
import backprop.core.catalogue.Explanation;
import backprop.core.catalogue.MethodCatalogue;
import backprop.core.catalogue.MethodRun;
import backprop.core.catalogue.Variation;
import backprop.core.function.Loss;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.SoftmaxBackward;
import backprop.examples.PublishedValue;
import backprop.examples.published.PrintedRounding;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;

/**
 * 004's own method as the catalogue of methods states it, so that "the document's way" is one mechanism with
 * every scenario file's: the stated method (squared error Σ(ŷ − y)², one update with η = 1) with the bias left out
 * of the forward pass (004 writes "a1 = W1 * x + b1" but prints W1·x), the softmax's δ through its diagonal only
 * (004's single path from a2i to ŷi), and every intermediate it prints rounded as printed (h1 and ŷ to two
 * decimals, reconstructed from {@link WeightW212}'s printed values by {@link PrintedRounding}).
 */
final class DocumentMethod {
    private DocumentMethod() {
    }

    /** What 004 states: L = Σ(ŷ − y)², every gradient before any update, the bias in z, nothing rounded. */
    static Method stated() {
        return Method.documents(Loss.SUM_SQUARED_ERROR);
    }

    /** The intermediates 004 prints in Part 3 (a1, h1, a2, ŷ), each rounded to its printed decimals. */
    static IntermediateRounding printedRounding() {
        WeightW212 part3 = new WeightW212();
        return PrintedRounding.of(part3.published(), part3.printedIntermediates());
    }

    /** What 004 does: z = W·a without b, the softmax's diagonal only, its printed intermediates rounded. */
    static Method document() {
        return stated().withBiasInForward(false).withSoftmax(SoftmaxBackward.DIAGONAL).withRounding(printedRounding());
    }

    /** One update of the network with biases b1, b2 on 004's one example, η = 1, under {@code method}. */
    static MethodRun run(double b1, double b2, Method method) {
        return MethodRun.of(FourFourTwoNetwork.network(b1, b2), List.of(FourFourTwoNetwork.example()),
                Schedule.plain(FourFourTwoNetwork.LEARNING_RATE, 1), method);
    }

    /**
     * The catalogue's explanation of {@code printed}, in its words, or empty when the stated method reproduces it:
     * the search (stated, rounding, single, then pairs) over the catalogued variations that are 004's own
     * deviations ({@link #ownVariations}), {@code quantity} read from each method's run.
     */
    static Optional<String> explain(PublishedValue printed, double b1, double b2,
                                    ToDoubleBiFunction<MethodRun, Method> quantity) {
        Method stated = stated();
        Explained found = Explanation.explain(stated, ownVariations(b1, b2),
                m -> quantity.applyAsDouble(run(b1, b2, m), m), printed.value(), printed.halfUnit() * (1 + 1e-12));
        return found.kind() == Explained.Kind.STATED ? Optional.empty() : Optional.of(Explanation.note(found, stated));
    }

    /**
     * The catalogued variations of the 4-4-2 network that move a choice of the stated method to what 004 does (a
     * variation of a choice 004 shares with the stated method moves it away, so it is left out).
     * Only these are searched: 004's other printed numbers fix the remaining choices, and a gradient alone cannot
     * tell some of them apart: with two softmax outputs, one-hot y and squared error, the diagonal δ_1 = ŷ1ŷ2·g1 is
     * exactly half the full Jacobian's ŷ1ŷ2(g1 − g2) (g = 2(ŷ − y), so g1 − g2 = 2g1), which is also what
     * ½Σ(ŷ − y)² gives; 004's printed L = 0.1058 and ∂L/∂ŷ1 = −0.46 are Σ's, not ½Σ's, so its choice is the diagonal.
     */
    static List<Variation> ownVariations(double b1, double b2) {
        Method stated = stated();
        Method document = document();
        return MethodCatalogue.variations(stated,
                        Applicability.network(FourFourTwoNetwork.network(b1, b2), true, false), printedRounding())
                .stream()
                .filter(v -> MethodCatalogue.name(v.apply().apply(stated), v.choice())
                        .equals(MethodCatalogue.name(document, v.choice())))
                .toList();
    }
}
