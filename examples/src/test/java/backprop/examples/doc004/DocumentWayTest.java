package backprop.examples.doc004;

import backprop.examples.Computed;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.published.Classification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * 004's scenarios take "the document's way" from the catalogue, and the catalogue names, per printed value, the
 * fewest of 004's deviations that reproduce it. Expected numbers are 004's printed strings or hand products.
 */
@DisplayName("004's printed values: the document's way from the catalogue, explained in its words")
class DocumentWayTest {
    private static final String BIAS_OUT = "the forward pass leaves the bias out";
    private static final String DIAGONAL = "the softmax's δ keeps only the diagonal";
    private static final String ROUNDED = "the intermediates are rounded as the source prints them";

    private static PublishedValue printed(Scenario s, String id) {
        return s.published().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a1, h1, a2, ŷ, ∂L/∂ŷ1, h12: the bias left out alone; L and ŷ1(1 − ŷ1) need the rounding too")
    void w212_forwardValues_areExplainedByTheLeftOutBias() {
        ScenarioResult r = new WeightW212().compute();
        for (String id : new String[] {"004.w212.a1_1", "004.w212.h1_2", "004.w212.a2_1", "004.w212.yhat_1",
                "004.w212.dL_dyhat1", "004.w212.da21_dw212"}) {
            assertThat(r.explanation(id)).as(id).startsWith("comes out only when " + BIAS_OUT).doesNotContain(ROUNDED)
                    .doesNotContain(DIAGONAL);
        }
        // 2·0.23² = 0.1058 needs ŷ = 0.23 exactly; without rounding 2·0.2297² = 0.1055
        assertThat(r.explanation("004.w212.loss")).contains(BIAS_OUT).contains(ROUNDED).doesNotContain(DIAGONAL);
        assertThat(r.explanation("004.w212.dyhat1_da21")).contains(BIAS_OUT).contains(ROUNDED);
    }

    @Test
    @DisplayName("∂L/∂w212 = −0.065: the softmax's diagonal alone (half of −0.1293 is −0.0647), the document's value"
            + " −0.46·0.1771·0.8 = −0.0651728")
    void w212_gradient_isExplainedByTheDiagonal() {
        WeightW212 s = new WeightW212();
        ScenarioResult r = s.compute();
        assertThat(r.explanation("004.w212.dL_dw212")).startsWith("comes out only when " + DIAGONAL)
                .doesNotContain(BIAS_OUT).contains("the file states the softmax's δ uses its full Jacobian");
        Computed c = r.computed("004.w212.dL_dw212");
        assertThat(c.documentMethod()).isCloseTo(-0.0651728, within(1e-12));
        // the update inherits it: 0.8 − (−0.0651728) = 0.8651728 rounds to the printed 0.865 only with the diagonal
        assertThat(r.explanation("004.w212.w212_new")).startsWith("comes out only when " + DIAGONAL);
        // the update takes the printed, rounded −0.065: 0.8 + 0.065
        assertThat(r.computed("004.w212.w212_new").documentMethod()).isCloseTo(0.865, within(1e-15));
    }

    @Test
    @DisplayName("∂L/∂w131 = 0.001595 and its update: the diagonal and the rounding together;"
            + " the factors and paths: the rounding alone, computed as 'with document rounding'")
    void w131_isExplainedByTheDiagonalAndTheRounding() {
        WeightW131 s = new WeightW131();
        ScenarioResult r = s.compute();
        assertThat(r.explanation("004.w131.dL_dw131")).startsWith("comes out only when " + DIAGONAL)
                .contains(ROUNDED);
        assertThat(r.explanation("004.w131.w131_new")).contains(DIAGONAL).contains(ROUNDED);
        for (String id : new String[] {"004.w131.dyhat1_da21", "004.w131.dh13_da13", "004.w131.path1",
                "004.w131.path2"}) {
            assertThat(r.explanation(id)).as(id).startsWith("comes out only when " + ROUNDED);
            assertThat(r.computed(id).documentRounding()).as(id).isNotNull();
        }
        // −0.46 · 0.1771 · 0.2 · 0.0979 · 2 and 0.46 · 0.1771 · 0.3 · 0.0979 · 2, each to six decimals
        assertThat(r.computed("004.w131.dL_dw131").documentMethod()).isCloseTo(-0.003190 + 0.004785, within(1e-15));
    }

    @Test
    @DisplayName("a value the stated method reproduces gets no catalogue words: ∂L/∂ŷ1 = −0.46, ∂L/∂ŷ2 = 0.46 with b = 0")
    void reproducedValue_hasNoExplanation() {
        WeightW131 s = new WeightW131();
        ScenarioResult r = s.compute();
        for (String id : new String[] {"004.w131.dL_dyhat1", "004.w131.dL_dyhat2"}) {
            PublishedValue v = printed(s, id);
            assertThat(Classification.matches(v, r.computed(v.id()).exact())).as(id).isTrue();
            assertThat(r.explanation(v.id())).as(id).isEmpty();
        }
    }

    @Test
    @DisplayName("a value not among the scenario's printed ones is refused by name")
    void unknownValue_isRefused() {
        DocumentWay way = new DocumentWay(new ScenarioResult(), new WeightW131().published(), 0, 0);
        assertThatThrownBy(() -> way.handWritten("004.w131.nothing", Computed.exact(1), (run, m) -> 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DocumentWay: 004.w131.nothing is not among the scenario's printed values");
    }

    @Test
    @DisplayName("the stated method's value half a unit off the printed one still reproduces it: no words")
    void halfAUnitOff_isReproduced() {
        // printed 0.12, every method giving 0.125: a tie, within half a unit and its 1e-12 of slack (as Classification)
        PublishedValue v = new PublishedValue("t.1", null, "s", "q", "0.12", "", backprop.examples.Status.REPRODUCED,
                "r");
        assertThat(DocumentMethod.explain(v, 0, 0, (run, m) -> 0.125)).isEmpty();
    }
}
