package backprop.examples.format;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Printing numbers: one formatter for everything the tool writes")
class PrecisionTest {

    @Test
    @DisplayName("significant digits, without exponent or trailing zeros")
    void significant_plainWithoutTrailingZeros() {
        assertThat(Precision.significant(3).format(-0.0651728)).isEqualTo("-0.0652");
        assertThat(Precision.significant(8).format(0.5)).isEqualTo("0.5");
        assertThat(Precision.significant(3).format(1234567)).isEqualTo("1230000");
        assertThat(Precision.significant(3).format(1e-7)).isEqualTo("0.0000001");
    }

    @Test
    @DisplayName("a loss of 4.36e-6 at 9 significant figures keeps 9 digits, not 9 decimals")
    void significant_smallValueKeepsItsDigits() {
        // 4.3551234567e-6 to 9 significant figures: 4.35512346e-6
        assertThat(Precision.significant(9).format(4.3551234567e-6)).isEqualTo("0.00000435512346");
        assertThat(Precision.decimals(9).format(4.3551234567e-6)).isEqualTo("0.000004355");
    }

    @Test
    @DisplayName("never more digits than Double.toString's shortest round-trip")
    void significant_shortestRoundTripIsTheCeiling() {
        // the binary value of 0.1 is 0.1000000000000000055511…: 17 digits of it are "0.10000000000000001"
        assertThat(Precision.significant(17).format(0.1)).isEqualTo("0.1");
        assertThat(Precision.significant(17).format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Precision.significant(17).format(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(Precision.significant(17).format(-0.065172797)).isEqualTo("-0.065172797");
        assertThat(Precision.decimals(17).format(0.29)).isEqualTo("0.29000000000000000");
    }

    @Test
    @DisplayName("fixed decimals, the explicit alternative, padded with zeros")
    void decimals_paddedWithZeros() {
        assertThat(Precision.decimals(4).format(0.1491465)).isEqualTo("0.1491");
        assertThat(Precision.decimals(2).format(2)).isEqualTo("2.00");
        assertThat(Precision.decimals(4).format(0.29)).isEqualTo("0.2900");
    }

    @Test
    @DisplayName("minus zero prints as zero")
    void minusZero_printsAsZero() {
        assertThat(Precision.significant(8).format(-0.0)).isEqualTo("0");
        assertThat(Precision.decimals(2).format(-0.001)).isEqualTo("0.00");
        assertThat(Precision.shortest(-0.0)).isEqualTo("0");
    }

    @Test
    @DisplayName("NaN and infinities are refused, by name")
    void nonFinite_isRefused() {
        assertThatThrownBy(() -> Precision.DOCUMENTS.format(Double.NaN))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("format: NaN is not a finite number");
        assertThatThrownBy(() -> Precision.shortest(Double.POSITIVE_INFINITY))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("format: Infinity is not a finite number");
    }

    @Test
    @DisplayName("1 to 17 digits: what a double holds")
    void digits_oneToSeventeen() {
        assertThat(Precision.significant(1).format(1234)).isEqualTo("1000");
        assertThat(Precision.decimals(1).format(0.25)).isEqualTo("0.2");
        assertThat(Precision.significant(17).digits()).isEqualTo(17);
        assertThatThrownBy(() -> Precision.significant(0)).hasMessage("Precision: digits must be 1 to 17, is 0");
        assertThatThrownBy(() -> Precision.decimals(18)).hasMessage("Precision: digits must be 1 to 17, is 18");
    }

    @Test
    @DisplayName("at exactly as many digits as Double.toString writes, its digits are printed, not the binary value's")
    void significant_toStringsDigitsAtTheirOwnLength() {
        // JDK 17 writes this double as 2.3134004484145542E25, while its exact binary value rounds to …543 at 17
        // digits; both read back as the same double, and the shortest round-trip is the ceiling (JDK-4511638)
        double v = 2.3134004484145542E25;
        String toString = new java.math.BigDecimal(Double.toString(v)).toPlainString();
        assertThat(Precision.significant(17).format(v)).isEqualTo(toString);
    }

    @Test
    @DisplayName("one vector style: [0.4, -0.2], rows of a matrix alike")
    void vectorAndMatrix_oneStyle() {
        assertThat(Precision.vector(0.4, -0.2)).isEqualTo("[0.4, -0.2]");
        assertThat(Precision.vector(2, 5, 3)).isEqualTo("[2, 5, 3]");
        assertThat(Precision.matrix(new double[][]{{0.4, -0.2}, {0.3, 0.6}})).isEqualTo("[[0.4, -0.2], [0.3, 0.6]]");
    }

    @Test
    @DisplayName("1 epoch, 2 epochs")
    void count_singularForOne() {
        assertThat(Precision.count(1, "epoch")).isEqualTo("1 epoch");
        assertThat(Precision.count(2, "epoch")).isEqualTo("2 epochs");
        assertThat(Precision.count(0, "epoch")).isEqualTo("0 epochs");
    }

    @Test
    @DisplayName("the CSV's form stays Double.toString's digits without exponent")
    void machine_isDoubleToStringWithoutExponent() {
        assertThat(Precision.machine(1.0)).isEqualTo("1.0");
        assertThat(Precision.machine(-6.51728e-2)).isEqualTo("-0.0651728");
        assertThat(Precision.machine(1e-7)).isEqualTo("0.00000010");
    }

    @Nested
    @DisplayName("A table tells round-off residues from exact zeros")
    class Residues {

        @Test
        @DisplayName("a residue row prints 0 and the note appears once, with the residue's size")
        void residue_printsZeroWithOneNote() {
            // 004's softmax bias gradient: δ₁ + δ₂ with δ = ∓0.14867562 leaves -2.7755576e-17 (= -2⁻⁵⁵)
            double residue = -0.14867562 + 0.14867562000000003;
            Table t = Precision.DOCUMENTS.table(-0.14867562, 0.14867562, residue, -4.3371511e-19);
            assertThat(t.format(residue)).isEqualTo("0");
            assertThat(t.format(-4.3371511e-19)).isEqualTo("0");
            assertThat(t.format(-0.14867562)).isEqualTo("-0.14867562");
            assertThat(t.note()).isEqualTo("values shown as 0 are round-off residues of exact zeros, at most 3e-17 in size");
        }

        @Test
        @DisplayName("an exact zero prints 0 without a note")
        void exactZero_printsZeroWithoutNote() {
            Table t = Precision.DOCUMENTS.table(0.5, 0.0, -0.0, 1.2);
            assertThat(t.format(0.0)).isEqualTo("0");
            assertThat(t.format(-0.0)).isEqualTo("0");
            assertThat(t.note()).isEmpty();
        }

        @Test
        @DisplayName("a genuine small value among values near 1 is not a residue")
        void genuineSmallValue_printsAsItself() {
            Table t = Precision.significant(9).table(0.9, 1.1, 4.3551234567e-6);
            assertThat(t.format(4.3551234567e-6)).isEqualTo("0.00000435512346");
            assertThat(t.note()).isEmpty();
        }

        @Test
        @DisplayName("a value exactly at the bound is a residue; a vector prints its residues as 0")
        void atTheBound_isAResidue() {
            // S = 1: the bound is 64·2⁻⁵² = 2⁻⁴⁶ = 1.42e-14, rounded up to one digit 2e-14
            Table t = Precision.DOCUMENTS.table(1, 0x1p-46);
            assertThat(t.format(0x1p-46)).isEqualTo("0");
            assertThat(t.note()).endsWith("at most 2e-14 in size");
            assertThat(t.vector(1, 0x1p-46, -0.5)).isEqualTo("[1, 0, -0.5]");
        }

        @Test
        @DisplayName("the bound is 64·ε·S, S the largest magnitude of the table")
        void bound_scalesWithTheLargestValue() {
            // 64 · 2⁻⁵² · 1000 = 1.4210854715202004e-11
            Table t = Precision.DOCUMENTS.table(1000, 1e-11, 2e-11);
            assertThat(t.isResidue(1e-11)).isTrue();
            assertThat(t.isResidue(2e-11)).isFalse();
            assertThat(t.note()).endsWith("at most 1e-11 in size");
        }
    }
}
