package backprop.examples.published;

import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.PublishedValue;
import backprop.examples.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Classifying a printed value by computation")
class ClassificationTest {

    private static PublishedValue printed(String text) {
        return new PublishedValue("t.v", Document.D004, "s", "q", text, "", Status.REPRODUCED, "r");
    }

    @Test
    @DisplayName("a value is checked at half a unit of its last printed digit")
    void halfUnitOfLastDigit() {
        // "-0.065": three decimals, so anything in [−0.0655, −0.0645] matches.
        PublishedValue v = printed("-0.065");
        assertThat(v.decimals()).isEqualTo(3);
        assertThat(Classification.matches(v, -0.06517)).isTrue();
        assertThat(Classification.matches(v, -0.0656)).isFalse();
        assertThat(printed("2").decimals()).isZero();
        assertThat(printed("0.00139951").decimals()).isEqualTo(8);
    }

    @Test
    @DisplayName("the order is: reproduced, with document rounding, document method, erratum")
    void order() {
        PublishedValue v = printed("0.15");
        assertThat(Classification.classify(v, new Computed(0.149, 0.2, 0.3))).isEqualTo(Status.REPRODUCED);
        assertThat(Classification.classify(v, new Computed(0.2, 0.1501, 0.3)))
                .isEqualTo(Status.REPRODUCED_WITH_DOCUMENT_ROUNDING);
        assertThat(Classification.classify(v, new Computed(0.2, 0.3, 0.1499))).isEqualTo(Status.DOCUMENT_METHOD_DIFFERS);
        assertThat(Classification.classify(v, new Computed(0.2, 0.3, 0.4))).isEqualTo(Status.ERRATUM);
        assertThat(Classification.classify(v, Computed.exact(0.2))).isEqualTo(Status.ERRATUM);
    }

    @Test
    @DisplayName("a decimal tie such as 0.82·0.18 = 0.1476 matches although binary arithmetic lands beside it")
    void decimalTies() {
        assertThat(Classification.matches(printed("0.1476"), 0.82 * (1 - 0.82))).isTrue();
        assertThat(Classification.matches(printed("0.00139951"), 1 - 0.9993 * 0.9993)).isTrue();
    }

    @Test
    @DisplayName("printed text that is not a number is refused, naming the value")
    void notANumber() {
        assertThatThrownBy(() -> printed("0.1o"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.v").hasMessageContaining("0.1o");
    }

    @Test
    @DisplayName("Unicode minus signs are read as minus")
    void unicodeMinus() {
        assertThat(printed("−0.67").value()).isEqualTo(-0.67);
    }

    @Test
    @DisplayName("half a unit away still matches, 1e-12 of the half unit of slack included, and not beyond")
    void exactlyHalfAUnit() {
        // 0.125 is a tie at two decimals: 0.125 − 0.12 is 0.0050000000000000044 in binary, within the slack
        assertThat(Classification.matches(printed("0.12"), 0.125)).isTrue();
        // "0" has half a unit 0.5; 0.5·(1 + 1e-12) and 0.5000000000005 are one double: exactly at the bound
        assertThat(Classification.matches(printed("0"), 0.5000000000005)).isTrue();
        assertThat(Classification.matches(printed("0"), 0.500000000001)).isFalse();
    }
}
