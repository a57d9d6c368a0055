package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    @DisplayName("read refuses a folder, a missing file, one over 5 MB, a binary file, each in its words; 5 MB is read")
    void readRefusesWhatIsNoLecturesText(@TempDir Path dir) throws IOException, LintInputException {
        assertThatThrownBy(() -> Source.read("d", dir)).isInstanceOf(LintInputException.class)
                .hasMessage("d: is a folder, not a file");
        assertThatThrownBy(() -> Source.read("m", dir.resolve("missing.md"))).isInstanceOf(LintInputException.class)
                .hasMessage("m: no such file");
        // 5 MB = 5,242,880 bytes is the most lint reads: that many is read, one byte more is refused
        byte[] fiveMegabytes = "x".repeat((int) Source.MAX_BYTES).getBytes(StandardCharsets.US_ASCII);
        Path most = Files.write(dir.resolve("most.md"), fiveMegabytes);
        assertThat(Source.read("most", most).text()).hasSize(5 * 1024 * 1024);
        Path over = Files.write(dir.resolve("over.md"), (new String(fiveMegabytes, StandardCharsets.US_ASCII) + "x")
                .getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Source.read("over", over)).isInstanceOf(LintInputException.class)
                .hasMessage("over: larger than 5242880 bytes (5 MB), the most lint reads");
        Path binary = Files.write(dir.resolve("b.md"), new byte[]{'a', 'b', 0, 'c'});
        assertThatThrownBy(() -> Source.read("b", binary)).isInstanceOf(LintInputException.class)
                .hasMessage("b: a binary file (a NUL byte at byte 3), not text");
    }
}
