package backprop.export;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Printing numbers")
class PrecisionTest {

    @Test
    @DisplayName("significant digits, without exponent or trailing zeros")
    void significant() {
        assertThat(Precision.significant(3).format(-0.0651728)).isEqualTo("-0.0652");
        assertThat(Precision.significant(8).format(0.5)).isEqualTo("0.5");
        assertThat(Precision.significant(3).format(1234567)).isEqualTo("1230000");
        assertThat(Precision.significant(3).format(1e-7)).isEqualTo("0.0000001");
    }

    @Test
    @DisplayName("fixed decimals, as an exam variant asks")
    void decimals() {
        assertThat(Precision.decimals(4).format(0.1491465)).isEqualTo("0.1491");
        assertThat(Precision.decimals(2).format(2)).isEqualTo("2.00");
    }

    @Test
    @DisplayName("minus zero prints as zero")
    void minusZero() {
        assertThat(Precision.significant(8).format(-0.0)).isEqualTo("0");
        assertThat(Precision.decimals(2).format(-0.001)).isEqualTo("0.00");
    }

    @Test
    @DisplayName("NaN is refused")
    void nan() {
        assertThatThrownBy(() -> Precision.DOCUMENTS.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
