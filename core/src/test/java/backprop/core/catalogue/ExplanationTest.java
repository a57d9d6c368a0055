package backprop.core.catalogue;

import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static backprop.core.catalogue.Tiny.STATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The search's order: stated, rounding, single variations, pairs of two choices, none. */
class ExplanationTest {
    private static final double HAND = 1e-12;

    private static Explained explainHiddenWeight(double printed, double halfUnit) {
        return Explanation.explain(STATED, Tiny.trainedVariations(Tiny.linear(), IntermediateRounding.NONE),
                m -> Tiny.linearRun(m, 1).weightAfter(1, 1, 1, 1), printed, halfUnit);
    }

    @Test
    void explain_findsAPairOnlyWhenNoSingleVariationReproducesThePrint() {
        // layer by layer with ½Σ: δ2 = 1, w2 = 2 − 0.1·0.75 = 1.925; δ1 = 1.925·1 = 1.925; w1 = 0.5 − 0.1925 = 0.3075.
        // Singles give 0.1 (stated, frozen biases, mean), 0.13 (layer by layer), 0.3 (½Σ), 0.5 (bias out, n − 1),
        // 0.393225 (n + 1): none within 5e-5 of 0.3075.
        Explained e = explainHiddenWeight(0.3075, 5e-5);

        assertThat(e.kind()).isEqualTo(Explained.Kind.METHOD);
        assertThat(e.used()).extracting(Variation::name).containsExactly("layer-by-layer update", "L = ½Σ(ŷ − y)²");
        assertThat(e.value()).isCloseTo(0.3075, within(HAND));
        assertThat(Explanation.note(e, STATED)).startsWith("comes out only when the hidden layer's δ uses the output"
                + " weights already updated in this step and the loss is ½Σ(ŷ − y)², so ∂L/∂ŷ = ŷ − y; the file states");
    }

    @Test
    void explain_prefersASingleVariationToAPair() {
        // 0.3 is ½Σ alone; the pair above (0.3075) is also within 0.01 of 0.3, but singles come first
        Explained e = explainHiddenWeight(0.30, 0.01);

        assertThat(e.used()).extracting(Variation::choice).containsExactly(Choice.LOSS_CONSTANT);
    }

    @Test
    void explain_namesNoMethodForAValueNoneReproduces() {
        // 0.77 is none of the singles above, and no pair of them: NONE with the stated 0.1
        Explained e = explainHiddenWeight(0.77, 5e-3);

        assertThat(e.kind()).isEqualTo(Explained.Kind.NONE);
        assertThat(e.used()).isEmpty();
        assertThat(e.value()).isCloseTo(0.1, within(HAND));
        assertThat(Explanation.note(e, STATED)).startsWith("no catalogued method reproduces the print;"
                + " the stated method gives 0.1");
    }

    @Test
    void explain_isStatedBeforeAnyVariationAndSaysSo() {
        Explained e = explainHiddenWeight(0.1, 5e-3);

        assertThat(e.kind()).isEqualTo(Explained.Kind.STATED);
        assertThat(Explanation.note(e, STATED)).isEqualTo("reproduced by the stated method");
    }

    @Test
    void explain_matchesAtExactlyHalfAUnitButNotBeyond() {
        // |0.25 − 0.5| = 0.25: within a half unit of 0.25, not of 0.2499
        List<Variation> none = List.of();
        assertThat(Explanation.explain(STATED, none, m -> 0.25, 0.5, 0.25).kind()).isEqualTo(Explained.Kind.STATED);
        assertThat(Explanation.explain(STATED, none, m -> 0.25, 0.5, 0.2499).kind()).isEqualTo(Explained.Kind.NONE);
    }

    @Test
    void explain_treatsAVariationThatCannotBeEvaluatedAsNotReproducing() {
        // with no epochs stated, "n − 1" cannot run; "n + 1" gives the weight after one update, 0.1
        Explained e = Explanation.explain(STATED, Tiny.trainedVariations(Tiny.linear(), IntermediateRounding.NONE),
                m -> Tiny.linearRun(m, 0).weightAfter(0, 1, 1, 1), 0.1, 5e-3);

        assertThat(e.used()).extracting(Variation::name).containsExactly("n + 1 updates");
    }

    @Test
    void explain_triesTheSourcesRoundingBeforeAnyOtherVariation() {
        // a print that rounding and ½Σ both reproduce (2.0) is called ROUNDING: the source's own rounding comes first
        IntermediateRounding printed = IntermediateRounding.NONE.with(new Intermediate(Intermediate.Kind.Z, 1, 1), 0);
        List<Variation> variations = MethodCatalogue.variations(STATED,
                Applicability.network(Tiny.linear(), true, false), printed);

        Explained e = Explanation.explain(STATED, variations, m -> m.rounding().isNone() && m.loss() == STATED.loss() ? 1.0 : 2.0, 2.0, 0.5);

        assertThat(e.kind()).isEqualTo(Explained.Kind.ROUNDING);
        assertThat(e.used()).extracting(Variation::name).containsExactly("rounded intermediates");
    }
}
