package backprop.verification.oracle;

import backprop.core.graph.Node;
import backprop.examples.catalogue.Catalogue;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every gradient the scenarios compute, against both oracles: for each {@link GraphWork} the gradient of
 * its output with respect to every input and parameter of the graph, as its backward pass left it in
 * {@link Node#gradient()}; for each {@link NetworkWork} ∂L/∂W, ∂L/∂b and ∂L/∂x as Algorithm 2 gave them.
 * (Interior nodes a scenario also reports, such as 000's z2[1] or 004's h, are not varied: their
 * gradients are the factors the leaves' gradients are built from.) The display names carry the
 * measured errors, so the run shows them.
 */
@DisplayName("Every scenario's gradients, against finite differences and forward mode")
class ScenarioGradientsTest {
    private static final String SHOWN = "004.w131";

    @TestFactory
    @DisplayName("—")
    Stream<DynamicNode> everyScenario_passesBothOracles() {
        List<DynamicNode> nodes = new ArrayList<>();
        Measured measured = new Measured();
        for (Scenario s : Catalogue.scenarios()) {
            ScenarioResult result = s.compute();
            List<DynamicNode> checks = new ArrayList<>();
            for (GraphWork work : result.graphs()) {
                checks.add(check("graph: " + work.title(), graphReport(s, work), measured));
            }
            for (NetworkWork work : result.networks()) {
                checks.add(check("network: " + work.title(), networkReport(s, work), measured));
            }
            if (!checks.isEmpty()) {
                nodes.add(dynamicContainer(s.id() + ": " + s.title(), checks));
            }
        }
        System.out.println("Scenarios: " + measured);
        nodes.add(dynamicTest("all " + measured.reports() + " checks: " + measured.brief(), () -> {
            assertThat(measured.finiteDifferences()).isLessThanOrEqualTo(GradientCheckBounds.FINITE_DIFFERENCES);
            assertThat(measured.forwardMode()).isLessThanOrEqualTo(GradientCheckBounds.FORWARD_MODE);
        }));
        return nodes.stream();
    }

    @TestFactory
    @DisplayName(SHOWN + ", entry by entry")
    Stream<DynamicNode> oneScenario_entryByEntry() {
        Scenario s = Catalogue.scenario(SHOWN);
        ScenarioResult result = s.compute();
        List<DynamicNode> nodes = new ArrayList<>();
        for (NetworkWork work : result.networks()) {
            nodes.add(entries("network", networkReport(s, work)));
        }
        for (GraphWork work : result.graphs()) {
            nodes.add(entries("graph", graphReport(s, work)));
        }
        return nodes.stream();
    }

    static GradientCheckReport graphReport(Scenario s, GraphWork work) {
        return ScenarioGradients.graph(s, work);
    }

    static GradientCheckReport networkReport(Scenario s, NetworkWork work) {
        return ScenarioGradients.network(s, work);
    }

    private static DynamicTest check(String what, GradientCheckReport report, Measured measured) {
        measured.add(report);
        String name = String.format(Locale.ROOT, "%s — %d entries%s, max relative error %.1e (FD), %.1e (FM)",
                what, report.entries().size(), report.kinks().isEmpty() ? "" : ", kink " + report.kinks(),
                report.maxRelativeErrorFiniteDifferences(), report.maxRelativeErrorForwardMode());
        return dynamicTest(name, () -> assertThat(report.failures()).as("%s", report).isEmpty());
    }

    private static DynamicNode entries(String what, GradientCheckReport report) {
        System.out.println(report);
        List<DynamicNode> tests = new ArrayList<>();
        for (GradientCheckEntry e : report.entries()) {
            String name = String.format(Locale.ROOT,
                    "%s = %+.16e: FD %+.15e (rel %.1e), FM rel %.1e, %s", e.name(), e.analytic(),
                    e.finiteDifference(), e.fdRelativeError(), e.fmRelativeError(), e.verdict());
            tests.add(dynamicTest(name, () -> assertThat(e.passed()).as("%s", report).isTrue()));
        }
        return dynamicContainer(String.format(Locale.ROOT, "%s, L = %.6f, floor %.1e:", what, report.value(),
                report.floor()), tests);
    }
}
