package backprop.verification.oracle;

import backprop.core.network.BackwardPass;
import backprop.verification.oracle.RandomGraphs.RandomGraph;
import backprop.verification.oracle.RandomNetworks.RandomNetwork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * core's two backward passes on seeded random inputs, against both oracles: {@value #GRAPHS} random graphs
 * (Graph.backward, Algorithm 4) and {@value #NETWORKS} random networks (Network.backward, Algorithm 2).
 * Case i has seed {@value #FIRST_SEED} + i and is rebuilt from it alone by {@link RandomGraphs} or
 * {@link RandomNetworks}; a failure message names the seed and shows the case's report. The display
 * names carry the errors reached, so the run shows them.
 */
@DisplayName("Randomised: seeded random graphs and networks pass both oracles")
class RandomisedGradientTest {
    static final int GRAPHS = 200;
    static final int NETWORKS = 200;
    static final long FIRST_SEED = 1_000L;

    @TestFactory
    @DisplayName("seeds 1000–1199,")
    Stream<DynamicTest> randomCases_passBothOracles() {
        return Stream.of(graphs(), networks());
    }

    private static DynamicTest graphs() {
        Measured measured = new Measured();
        List<String> failures = new ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + GRAPHS; seed++) {
            RandomGraph c = RandomGraphs.generate(seed);
            c.graph().backward(c.output());
            record(GradientCheck.ofGraph(c.graph(), c.output(), c.leaves()).titled(c.toString()), seed, measured,
                    failures);
        }
        return summary(GRAPHS + " graphs: ", measured, failures);
    }

    private static DynamicTest networks() {
        Measured measured = new Measured();
        List<String> failures = new ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + NETWORKS; seed++) {
            RandomNetwork c = RandomNetworks.generate(seed);
            BackwardPass pass = c.network().backward(c.example(), c.method());
            record(GradientCheck.ofNetwork(c.network(), c.example(), c.loss(), pass.gradients(), pass.inputGradient())
                    .titled(c.toString()), seed, measured, failures);
        }
        return summary(NETWORKS + " networks: ", measured, failures);
    }

    /** A case fails when an entry fails, or when it met a kink: the generators keep kinks away. */
    private static void record(GradientCheckReport report, long seed, Measured measured, List<String> failures) {
        measured.add(report);
        if (!report.passed() || !report.kinks().isEmpty()) {
            failures.add("seed " + seed + ":\n" + report);
        }
    }

    private static DynamicTest summary(String what, Measured measured, List<String> failures) {
        System.out.println(what + measured);
        return dynamicTest(what + measured.brief(), () -> {
            assertThat(failures).as("failing seeds").isEmpty();
            assertThat(measured.finiteDifferences()).isLessThanOrEqualTo(GradientCheckBounds.FINITE_DIFFERENCES);
            assertThat(measured.forwardMode()).isLessThanOrEqualTo(GradientCheckBounds.FORWARD_MODE);
        });
    }
}
