package backprop.examples.published;

import backprop.examples.PublishedValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("An input recovered from a printed intermediate")
class ReconstructionTest {

    @Test
    void halfUnitOfAPrintedText_isHalfItsLastDigit() {
        assertThat(PublishedValue.halfUnit("0.9993")).isEqualTo(0.00005);
        assertThat(PublishedValue.halfUnit("−1.50")).isEqualTo(0.005);
        assertThat(PublishedValue.halfUnit("12")).isEqualTo(0.5);
    }

    @Test
    void theIntervalIsWhereTheFunctionRoundsToThePrintedValue() {
        // x ↦ 2x printed as "1.0": 2x ∈ [0.95, 1.05], so x ∈ [0.475, 0.525].
        Reconstruction r = Reconstruction.solve("x", "1.0", x -> 2 * x, 0, 10, 0.5);
        assertThat(r.lower()).isCloseTo(0.475, within(1e-9));
        assertThat(r.upper()).isCloseTo(0.525, within(1e-9));
    }

    @Test
    void aDecreasingFunctionGivesTheSameKindOfInterval() {
        // x ↦ −x printed as "−1.50": −x ∈ [−1.505, −1.495], so x ∈ [1.495, 1.505].
        Reconstruction r = Reconstruction.solve("b", "−1.50", x -> -x, 0, 20, 1.5);
        assertThat(r.lower()).isCloseTo(1.495, within(1e-9));
        assertThat(r.upper()).isCloseTo(1.505, within(1e-9));
    }
}
