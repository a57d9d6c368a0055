package backprop.examples.doc004;

import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link DocumentWay#value} and {@link DocumentWay#valueUnder} hand back 004's value of what they record, which the
 * scenarios compute on with (an update takes the printed gradient). A quantity every method gives as the same
 * number: 004's value is that number.
 */
@DisplayName("004's way: value and valueUnder return the document's value of the quantity")
class DocumentWayValueTest {

    private static DocumentWay way(ScenarioResult r) {
        return new DocumentWay(r, new WeightW131().published(), 0, 0);
    }

    @Test
    @DisplayName("value: a quantity 0.25 under every method returns 0.25 and records it as the document's rounding")
    void value_returnsTheDocumentsValue() {
        ScenarioResult r = new ScenarioResult();
        assertThat(way(r).value("004.w131.dyhat1_da21", 0.3, run -> 0.25)).isEqualTo(0.25);
        assertThat(r.computed("004.w131.dyhat1_da21").exact()).isEqualTo(0.3);
    }

    @Test
    @DisplayName("valueUnder: a quantity −0.46 under every method returns −0.46")
    void valueUnder_returnsTheDocumentsValue() {
        ScenarioResult r = new ScenarioResult();
        assertThat(way(r).valueUnder("004.w131.dL_dyhat1", -0.5, (run, method) -> -0.46)).isEqualTo(-0.46);
        assertThat(r.computed("004.w131.dL_dyhat1").exact()).isEqualTo(-0.5);
    }

    @Test
    @DisplayName("value on 004's run: ŷ1(1 − ŷ1) is its printed 0.1771 (ŷ1 = 0.77 with b = 0)")
    void value_ofTheRun_isThePrintedOne() {
        ScenarioResult r = new ScenarioResult();
        double d = way(r).value("004.w131.dyhat1_da21", 0, run -> run.a(1, 2, 1) * (1 - run.a(1, 2, 1)));
        // 004 prints ∂ŷ1/∂a21 = 0.1771 (0.77 · 0.23)
        assertThat(d).isCloseTo(0.1771, within(5e-5));
    }
}
