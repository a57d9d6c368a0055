package backprop.verification.oracle;

import backprop.verification.oracle.GradientCheckEntry.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report's summaries and table, on entries written by hand (a smooth entry off by 1e-10, a kink entry
 * outside its interval by 1), so that each figure is known before it is computed.
 */
@DisplayName("GradientCheckReport: summaries over the right entries, and a table that shows kinks")
class GradientCheckReportTest {
    private static final double NAN = Double.NaN;
    /** Analytic 1 against FD 1 + 1e-10 (relative 1e-10) and forward mode 1 + 2e-13 (relative 2e-13). */
    private static final GradientCheckEntry SMOOTH = new GradientCheckEntry("a", 1.0, 1.0 + 1e-10, 1.0 + 2e-13,
            1e-10, 1e-10, 1e-9, 2e-13, 2e-13, 1e-12, NAN, NAN, 0.125, Verdict.PASS);
    /** Analytic 2 against [D₋, D₊] = [0, 1]: outside by 1, relative 1 / max(0, 1, floor) = 1; FM columns NaN. */
    private static final GradientCheckEntry KINK = new GradientCheckEntry("k", 2.0, NAN, 0.0,
            1.0, 1.0, 1e-8, NAN, NAN, NAN, 0.0, 1.0, 0.125, Verdict.FAIL);
    private static final Kink RELU = new Kink("ReLU(z)", "ReLU argument z = 0", List.of(1));

    private static GradientCheckReport report(List<GradientCheckEntry> entries, List<Kink> kinks) {
        return new GradientCheckReport("hand-written", 0.5, 1.0, 0.01, entries, kinks);
    }

    @Test
    @DisplayName("the smooth maxima leave kink entries out (their FD error is a distance, their FM error NaN)")
    void smoothMaxima_leaveKinksOut() {
        GradientCheckReport r = report(List.of(SMOOTH, KINK), List.of(RELU));
        assertThat(r.maxRelativeErrorFiniteDifferences()).isEqualTo(1e-10);
        assertThat(r.maxRelativeErrorForwardMode()).isEqualTo(2e-13);
        assertThat(r.maxRelativeErrorAtKinks()).isEqualTo(1.0);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).containsExactly(KINK);
    }

    @Test
    @DisplayName("with no entry of a kind the maxima are 0")
    void noEntries_maximaAreZero() {
        GradientCheckReport r = report(List.of(SMOOTH), List.of());
        assertThat(r.maxRelativeErrorAtKinks()).isEqualTo(0.0);
        assertThat(report(List.of(KINK), List.of(RELU)).maxRelativeErrorForwardMode()).isEqualTo(0.0);
    }

    @Test
    @DisplayName("asking for an entry that is not there is refused, listing the entries")
    void unknownEntry_isRefusedWithTheNames() {
        assertThatThrownBy(() -> report(List.of(SMOOTH, KINK), List.of(RELU)).entry("b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'").hasMessageContaining("[a, k]");
    }

    @Test
    @DisplayName("the table shows the kinks, the interval [D₋, D₊] of a kink entry, its mark, and the count of failures")
    void table_showsKinksAndFailures() {
        String table = report(List.of(SMOOTH, KINK), List.of(RELU)).toString();
        assertThat(table).contains("kinks: [ReLU(z): ReLU argument z = 0]")
                .contains("[+0.000000000000000e+00, +1.000000000000000e+00]")
                .contains("FAIL (kink)")
                .contains("FAIL (1 of 2): max relative error 1.0e-10 against FD, 2.0e-13 against forward mode");
        assertThat(table.lines().filter(l -> l.startsWith("  a ")).findFirst().orElseThrow())
                .contains("+1.00000000000000000e+00").endsWith("PASS");
    }

    @Test
    @DisplayName("a report that passes says PASS in its last line and lists no kinks")
    void passingTable_saysPass() {
        String table = report(List.of(SMOOTH), List.of()).toString();
        assertThat(table).doesNotContain("kinks:");
        assertThat(table.lines().reduce((first, second) -> second).orElseThrow()).startsWith("  PASS: max relative error");
    }

    @Test
    @DisplayName("a kink reads 'node: description'")
    void kink_readsNodeThenDescription() {
        assertThat(RELU).hasToString("ReLU(z): ReLU argument z = 0");
    }

    @Test
    @DisplayName("ForwardDerivatives refuses a gradient or step limits of another length than the names")
    void forwardDerivatives_refusesMismatchedLengths() {
        List<String> names = List.of("x", "y");
        assertThatThrownBy(() -> new ForwardDerivatives(names, 1, new double[] {1}, List.of(), new double[2], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 names, 1 derivatives");
        assertThatThrownBy(() -> new ForwardDerivatives(names, 1, new double[2], List.of(), new double[3], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 step limits");
    }

    @Test
    @DisplayName("gradientNorm is max_j |∂f/∂x_j|: 4 for (3, −4, 1)")
    void gradientNorm_isTheLargestMagnitude() {
        ForwardDerivatives d = new ForwardDerivatives(List.of("x", "y", "z"), 0, new double[] {3, -4, 1}, List.of(),
                new double[3], 0);
        assertThat(d.gradientNorm()).isEqualTo(4.0);
    }
}
