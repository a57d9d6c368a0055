package backprop.examples.doc004;

import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("004, ∂L/∂w131: the two printed paths and the two left out")
class WeightW131Test {

    /**
     * ∂L/∂w131 = Σ_k Σ_j ∂L/∂ŷ_k · ∂ŷ_k/∂a2j · w2j3 · h13(1 − h13) · x1: with the full softmax Jacobian four paths,
     * 004's two through its diagonal and the two through −ŷ1ŷ2. Their sum is the gradient core's backward pass
     * gives, by another route (δ(2) = Jᵀ ∂L/∂ŷ, then W2ᵀ δ(2)); a few roundings of 1.1e-16 apart.
     */
    @Test
    @DisplayName("the four paths add up to the exact ∂L/∂w131 of the backward pass")
    void fourPathsAreTheGradient() {
        ScenarioResult r = new WeightW131().compute();
        double path3 = derived(r, "004.w131.path3");
        double path4 = derived(r, "004.w131.path4");
        double sum = r.computed("004.w131.path1").exact() + r.computed("004.w131.path2").exact() + path3 + path4;
        double gradient = r.computed("004.w131.dL_dw131").exact();
        assertThat(sum).isCloseTo(gradient, within(1e-15));
        // the left-out paths matter: without them the sum is 004's, not the gradient
        assertThat(Math.abs(path3 + path4)).isGreaterThan(1e-4);
    }

    private static double derived(ScenarioResult r, String name) {
        return r.derived().stream().filter(d -> d.name().equals(name)).findFirst().map(Derived::value).orElseThrow();
    }
}
