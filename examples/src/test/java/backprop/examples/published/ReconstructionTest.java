package backprop.examples.published;

import backprop.examples.PublishedValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    @Test
    void theValueTaken_isInsideTheInterval_endsIncluded() {
        assertThat(new Reconstruction("z", "0.9993", 3.9, 4.1, 3.9).chosen()).isEqualTo(3.9);
        assertThat(new Reconstruction("z", "0.9993", 3.9, 4.1, 4.1).chosen()).isEqualTo(4.1);
        assertThatThrownBy(() -> new Reconstruction("z", "0.9993", 3.9, 4.1, 3.8))
                .hasMessage("Reconstruction of z: 3.8 is outside [3.9, 4.1] forced by the printed 0.9993");
        assertThatThrownBy(() -> new Reconstruction("z", "0.9993", 3.9, 4.1, 4.2))
                .hasMessageStartingWith("Reconstruction of z: 4.2 is outside");
    }

    @Test
    void describe_namesTheIntervalToFourDecimalsAndTheValueTaken() {
        assertThat(new Reconstruction("z", "0.9993", 3.946, 4.018, 4).describe())
                .isEqualTo("z ∈ [3.9460, 4.0180] (forced by the printed 0.9993); we take 4");
    }
}
