package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Source and Printed: lines, precision, formatting")
class SourceTest {
    @Test
    void linesCountLfCrlfAndCr_eachAsOneLineEnd() {
        Source s = Source.of("f", "a\nb\r\nc\rd");
        // offsets: a0 \n1 b2 \r3 \n4 c5 \r6 d7
        assertThat(s.line(0)).isEqualTo(1);
        assertThat(s.line(1)).isEqualTo(1);
        assertThat(s.line(2)).isEqualTo(2);
        assertThat(s.line(4)).isEqualTo(2);
        assertThat(s.line(5)).isEqualTo(3);
        assertThat(s.line(7)).isEqualTo(4);
        assertThat(s.lineStarts()).containsExactly(0, 2, 5, 7);
    }

    @Test
    void aByteOrderMarkIsDropped_andManyLinesAreCounted() {
        assertThat(Source.of("f", "\uFEFFx").text()).isEqualTo("x");
        Source many = Source.of("f", "\n".repeat(100));
        assertThat(many.lineStarts()).hasSize(101);
        assertThat(many.line(100)).isEqualTo(101);
    }

    @Test
    void halfAUnitOfTheLastPrintedDigit() {
        assertThat(Printed.halfUnit("0.1058")).isEqualTo(0.00005);
        assertThat(Printed.halfUnit("2")).isEqualTo(0.5);
        assertThat(Printed.halfUnit("−0.46")).isEqualTo(0.005);
        assertThat(Printed.halfUnit("1.5e-3")).isEqualTo(0.00005, org.assertj.core.api.Assertions.within(1e-18));
        assertThat(Printed.inputHalfUnit("2")).isZero();
        assertThat(Printed.inputHalfUnit("2.0")).isEqualTo(0.05);
        assertThat(Printed.value("−0.46")).isEqualTo(-0.46);
        assertThat(Printed.value("–0.46")).isEqualTo(-0.46);
    }

    @Test
    void roundsTo_includesTheTie_excludesBeyondIt() {
        assertThat(Printed.roundsTo(0.125, "0.13")).isTrue();
        assertThat(Printed.roundsTo(0.125, "0.12")).isTrue();
        assertThat(Printed.roundsTo(0.1249, "0.13")).isFalse();
        assertThat(Printed.roundsTo(0.1351, "0.13")).isFalse();
        assertThat(Printed.reaches(new Interval(0.1, 0.12), "0.13")).isFalse();
        assertThat(Printed.reaches(new Interval(0.1, 0.125), "0.13")).isTrue();
        assertThat(Printed.reaches(new Interval(0.135, 0.2), "0.13")).isTrue();
        assertThat(Printed.reaches(new Interval(0.136, 0.2), "0.13")).isFalse();
    }

    @Test
    void computedValues_tenSignificantDigits_noTrailingZeros_anExponentOnlyWhenHugeOrTiny() {
        assertThat(Printed.format(0.6458000000000001)).isEqualTo("0.6458");
        assertThat(Printed.format(1.0 / 3)).isEqualTo("0.3333333333");
        assertThat(Printed.format(0)).isEqualTo("0");
        assertThat(Printed.format(-12)).isEqualTo("-12");
        assertThat(Printed.format(1e15)).isEqualTo("1E+15");
        assertThat(Printed.format(1e14)).isEqualTo("100000000000000");
        assertThat(Printed.format(1e-10)).isEqualTo("1E-10");
        assertThat(Printed.format(1e-9)).isEqualTo("0.000000001");
        assertThat(Printed.format(Double.NaN)).isEqualTo("NaN");
        assertThat(Printed.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(Printed.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(Printed.formatAs(0.75, "0.9")).isEqualTo("0.8");
        assertThat(Printed.formatAs(0.6458, "0.1058")).isEqualTo("0.6458");
        assertThat(Printed.formatAs(2.5, "3")).isEqualTo("2");
        assertThat(Printed.formatAs(Double.NaN, "3")).isEqualTo("NaN");
        assertThat(Printed.formatAs(1.0 / 3, "0." + "0".repeat(30))).hasSize(22);
    }
}
