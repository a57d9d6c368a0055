package backprop.examples.doc003;

import backprop.examples.Computed;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioResult;
import backprop.examples.published.Classification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("003, the sigmoid gate: the slide's chain of rounded values")
class SigmoidGateTest {

    /**
     * 003 rounds each gate's value to two decimals and carries the rounded value on: 1.22, then −1/1.22² = −0.67,
     * e^−1.50·(−0.67) = −0.15, (−1)(−0.15) = 0.15, (−2)(0.15) = −0.30, (3)(0.15) = 0.45, and σ = 0.82 in
     * 0.82·0.18 = 0.1476 ~ 0.15. The chain computed with those roundings must come to each printed number.
     */
    @Test
    @DisplayName("each value computed along the rounded chain comes to the number 003 prints")
    void roundedChainComesToThePrintedValues() {
        SigmoidGate gate = new SigmoidGate();
        ScenarioResult r = gate.compute();
        int rounded = 0;
        for (PublishedValue v : gate.published()) {
            Computed c = r.computed(v.id());
            if (c.documentRounding() != null) {
                rounded++;
                assertThat(Classification.matches(v, c.documentRounding()))
                        .as("%s printed %s, rounded chain %s", v.id(), v.printed(), c.documentRounding()).isTrue();
            }
        }
        assertThat(rounded).isEqualTo(7);
    }

    @Test
    @DisplayName("σ(u)(1 − σ(u)) in one step is the five gates' ∂f/∂u, σ'(1.5) = 0.1491")
    void sigmoidInOneStepIsTheChain() {
        ScenarioResult r = new SigmoidGate().compute();
        // two routes to σ'(1.5): the product of the sigmoid's value, and backward through 1/x, +1, e^x, ·(−1)
        assertThat(r.computed("003.sigmoid.product").exact())
                .isCloseTo(r.computed("003.sigmoid.derivative").exact(), within(1e-15));
    }
}
