package backprop.examples.doc004;

import backprop.core.catalogue.MethodRun;
import backprop.core.catalogue.Variation;
import backprop.core.function.Loss;
import backprop.core.method.Intermediate.Kind;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.SoftmaxBackward;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 004's own method as the catalogue states it reproduces what 004 prints in "Partial Derivatives with respect to
 * a / Part 3". Every expected number is 004's printed string, checked at half a unit of its last printed digit,
 * or a hand product of printed factors.
 */
@DisplayName("004's method from the catalogue: b left out of z, the softmax's diagonal, h1 and ŷ rounded as printed")
class DocumentMethodTest {
    private static final double B1 = 0.5;
    private static final double B2 = 0.3;

    private static MethodRun document() {
        return DocumentMethod.run(B1, B2, DocumentMethod.document());
    }

    @Test
    @DisplayName("the rounding is reconstructed from the printed h1 = [0.95 0.80 0.89 0.91], ŷ = [0.77 0.23]:"
            + " a(1) and a(2) to two decimals, nothing else")
    void printedRounding_isTwoDecimalsOfEveryPrintedH1AndYHat() {
        IntermediateRounding expected = new IntermediateRounding(Map.of(
                new Intermediate(Kind.A, 1, 1), 2, new Intermediate(Kind.A, 1, 2), 2,
                new Intermediate(Kind.A, 1, 3), 2, new Intermediate(Kind.A, 1, 4), 2,
                new Intermediate(Kind.A, 2, 1), 2, new Intermediate(Kind.A, 2, 2), 2));
        assertThat(DocumentMethod.printedRounding()).isEqualTo(expected);
    }

    @Test
    @DisplayName("\"a1 = W1 * x + b1 = [2.9 1.4 2.1 2.3]\", \"h1 = sigmoid(a1) = [0.95 0.80 0.89 0.91]\","
            + " \"a2 = [1.66 0.45]\", \"ŷ = [0.77 0.23]\" come out of 004's method")
    void documentMethod_reproducesThePrintedForwardPass() {
        MethodRun run = document();
        double[] a1 = {2.9, 1.4, 2.1, 2.3};
        double[] h1 = {0.95, 0.80, 0.89, 0.91};
        for (int i = 0; i < 4; i++) {
            assertThat(run.z(1, 1, i + 1)).as("a1%d", i + 1).isCloseTo(a1[i], within(0.05));
            // rounded to two decimals as produced: the printed string's own double
            assertThat(run.a(1, 1, i + 1)).as("h1%d", i + 1).isCloseTo(h1[i], within(1e-15));
        }
        assertThat(run.z(1, 2, 1)).isCloseTo(1.66, within(0.005));
        assertThat(run.z(1, 2, 2)).isCloseTo(0.45, within(0.005));
        assertThat(run.a(1, 2, 1)).isCloseTo(0.77, within(1e-15));
        assertThat(run.a(1, 2, 2)).isCloseTo(0.23, within(1e-15));
    }

    @Test
    @DisplayName("\"L(Θ) = 0.1058\", \"(−0.46) * (0.1771) * (0.8) = −0.065\" and \"w212 = 0.8 − (1) * (−0.065)\""
            + " come out of 004's method, not of the stated one")
    void documentMethod_reproducesThePrintedLossGradientAndUpdate() {
        MethodRun run = document();
        // L = (1 − 0.77)² + (0 − 0.23)² = 2·0.0529
        assertThat(run.lossAfter(0)).isCloseTo(0.1058, within(5e-5));
        // ∂L/∂w212 = −2(1 − 0.77) · 0.77·0.23 · 0.80 = −0.46 · 0.1771 · 0.8 = −0.0651728
        assertThat(run.weightGradient(2, 1, 2)).isCloseTo(-0.0651728, within(1e-12));
        assertThat(run.weightAfter(1, 2, 1, 2)).isCloseTo(0.865, within(5e-4));

        MethodRun stated = DocumentMethod.run(B1, B2, DocumentMethod.stated());
        assertThat(stated.lossAfter(0)).isNotCloseTo(0.1058, within(5e-5));
        assertThat(stated.weightGradient(2, 1, 2)).isNotCloseTo(-0.065, within(5e-4));
    }

    @Test
    @DisplayName("the search offers exactly 004's own deviations: softmax diagonal, bias left out, rounding")
    void ownVariations_areTheDocumentsThreeDeviations() {
        assertThat(DocumentMethod.ownVariations(B1, B2)).extracting(Variation::name)
                .containsExactly("softmax diagonal only", "bias left out of the forward pass", "rounded intermediates");
    }

    @Test
    @DisplayName("with two softmax outputs the diagonal halves every weight gradient, exactly as ½Σ(ŷ − y)² does:"
            + " why the search is kept to 004's own deviations")
    void diagonal_halvesTheGradientLikeTheHalfLoss() {
        Method stated = DocumentMethod.stated();
        double full = DocumentMethod.run(B1, B2, stated).weightGradient(2, 1, 2);
        double diagonal = DocumentMethod.run(B1, B2, stated.withSoftmax(SoftmaxBackward.DIAGONAL)).weightGradient(2, 1, 2);
        double half = DocumentMethod.run(B1, B2, stated.withLoss(Loss.HALF_SUM_SQUARED_ERROR)).weightGradient(2, 1, 2);
        // δ_1 = ŷ1ŷ2·g1 (diagonal) against ŷ1ŷ2(g1 − g2) = 2ŷ1ŷ2·g1 (full), since g2 = 2ŷ2 = −g1
        assertThat(diagonal).isCloseTo(full / 2, within(1e-15));
        assertThat(half).isCloseTo(full / 2, within(1e-15));
    }
}
