package backprop.export;

import backprop.examples.work.GraphWork;
import backprop.examples.ScenarioResult;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.verification.oracle.GradientCheck;
import backprop.verification.oracle.ScenarioGradients;
import backprop.core.graph.Node;
import backprop.export.output.Caller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The main command checks every gradient of every scenario file against both oracles before writing. */
@DisplayName("The scenario files' gradient check in the main command")
class VariantGradientsTest {
    private static final Path KINK_EXAMPLE = Path.of("../variants/exam-kink.toml").toAbsolutePath().normalize();
    /** A relative error as printed: one digit, one decimal, a two-digit exponent. */
    private static final String ERROR = "\\d\\.\\de-\\d\\d";

    @TempDir
    Path temp;

    @Test
    void theExampleFiles_getOneLineEach_withTheirGradientCounts() throws IOException {
        Runs.Result r = Runs.run(Runs.callerIn(temp), "--out", "key", "--variant", Runs.NETWORK_EXAMPLE,
                "--variant", Runs.EXPRESSION_EXAMPLE, "--variant", KINK_EXAMPLE);
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = r.out().lines().limit(3).toList();
        // 2-2-2 with one bias per layer: W1 (4), b1 (1), W2 (4), b2 (1) and ∂L/∂x (2) = 12
        assertThat(lines.get(0)).matches("exam-network\\.toml: 12 gradients checked, worst relative error " + ERROR
                + " \\(finite differences\\), " + ERROR + " \\(forward mode\\)");
        // 1/(1+exp(-(w0*x0+b))): the leaves w0, x0 and b
        assertThat(lines.get(1)).matches("exam-expression\\.toml: 3 gradients checked, worst relative error " + ERROR
                + " \\(finite differences\\), " + ERROR + " \\(forward mode\\)");
        // max(a, b) + relu(c) at a = b = 1, c = 0: a and b at the tie, c at ReLU's 0
        assertThat(lines.get(2))
                .isEqualTo("exam-kink.toml: 3 gradients checked, all at a kink, between the one-sided derivatives");
    }

    @Test
    void theWorstErrorsAreWithinTheBounds() throws IOException {
        Runs.Result r = Runs.run(Runs.callerIn(temp), "--out", "key", "--variant", Runs.NETWORK_EXAMPLE);
        String line = r.out().lines().findFirst().orElseThrow();
        String[] errors = line.replaceAll(".*error (\\S+) \\(finite differences\\), (\\S+) \\(forward mode\\)", "$1 $2")
                .split(" ");
        assertThat(Double.parseDouble(errors[0])).isLessThanOrEqualTo(1e-9);
        assertThat(Double.parseDouble(errors[1])).isLessThanOrEqualTo(1e-12);
    }

    /**
     * x^1e9 at x = 1.0000001 (issue 22): forward mode confirms the engine, the finite difference cannot see the slope
     * (f overflows one step away). The check goes on, says so on standard error with the numbers, and counts the
     * entry apart on the file's line.
     */
    @Test
    void anIllConditionedDifference_isAWarningNamingForwardModesAgreement_notAFailure() {
        Path file = temp.resolve("pow.toml");
        String text = """
                title = "x to the 1e9"
                kind = "expression"
                precision = 4
                expression = "x^1e9"
                [inputs]
                x = 1.0000001
                """;
        ScenarioFile read = ExamFile.read("pow.toml", text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VariantGradients.bothOracles().checkAll(List.of(file), List.of(read),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Progress.off());
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("pow\\.toml: 1 gradient checked, worst relative"
                + " error 0\\.0e\\+00 \\(finite differences\\), " + ERROR + " \\(forward mode\\); 1 confirmed by forward mode"
                + " alone, the finite difference ill-conditioned there");
        // ∂f/∂x = 1e9 · x^(1e9 − 1) = 1e9 · 1.0000001^999999999 = 2.68810358940410…e+52 (Math.pow); the issue's
        // difference was off by 1.5 of it
        assertThat(1e9 * Math.pow(1.0000001, 1e9 - 1)).isCloseTo(2.6881035894041e52, org.assertj.core.api.Assertions
                .within(1e-13 * 2.6881035894041e52));
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("answer-key: warning: " + file + ": x (").contains("forward mode 2.68810358940410",
                        "confirms the gradient 2.68810358940410", "(relative error 1.5e+00), is ill-conditioned here, not"
                                + " the engine wrong");
    }

    /** A wrong gradient (the true one plus 1 on the first leaf) is checked by the real oracles, and fails. */
    @Test
    void aWrongGradient_stopsTheRun_withTheEntryNamed_status1_andNothingWritten() throws IOException {
        VariantGradients wrong = new VariantGradients(s -> {
            ScenarioResult result = s.compute();
            GraphWork work = result.graphs().get(0);
            List<Node> leaves = ScenarioGradients.leaves(work);
            double[] analytic = leaves.stream().mapToDouble(Node::gradient).toArray();
            analytic[0] += 1;
            return List.of(GradientCheck.ofGraph(work.graph(), work.output(), leaves, analytic).titled("wrong"));
        });
        Caller caller = Runs.callerIn(temp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(caller, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), wrong, "--out", "key", "--variant",
                Runs.EXPRESSION_EXAMPLE.toString());
        assertThat(status).isEqualTo(1);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        // w0 is the expression's first leaf; its true ∂f/∂w0 = x0·σ'(−2.5) = −2·σ(−2.5)(1 − σ(−2.5)) = −2 · 0.07586 · 0.92414 ≈ −0.1402
        assertThat(lines.get(0)).startsWith("answer-key: " + Runs.EXPRESSION_EXAMPLE + ": gradient check failed: w0"
                + " (wrong): analytic 0.859").contains("finite differences -0.1402");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("files written");
        assertThat(Files.exists(temp.resolve("caller/key"))).isFalse();
    }
}
