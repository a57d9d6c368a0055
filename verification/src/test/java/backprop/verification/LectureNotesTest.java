package backprop.verification;

import backprop.examples.catalogue.Catalogue;
import backprop.examples.published.Classification;
import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.PrintedExpression;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run as lecture notes: per document, per scenario, every printed value with what it is, where it is
 * printed, and its classification — computed here and compared with the reviewed one — and every
 * printed expression checked as printed. Each published value appears exactly once.
 */
@DisplayName("The documents' printed values, reproduced")
class LectureNotesTest {

    @Nested
    @DisplayName("000 Hinrichs, \"Backpropagation – Mathematical Background\"")
    class Hinrichs000 {
        @TestFactory
        @DisplayName("prints")
        Stream<DynamicNode> values() {
            return notes(Document.D000);
        }
    }

    @Nested
    @DisplayName("001 Viken, \"Backpropagation\"")
    class Viken001 {
        @TestFactory
        @DisplayName("prints")
        Stream<DynamicNode> values() {
            return notes(Document.D001);
        }
    }

    @Nested
    @DisplayName("002 Lai, \"Backpropagation Supplement\"")
    class Lai002 {
        @TestFactory
        @DisplayName("prints")
        Stream<DynamicNode> values() {
            return notes(Document.D002);
        }
    }

    @Nested
    @DisplayName("003 Kostić, \"Back-Propagation\"")
    class Kostic003 {
        @TestFactory
        @DisplayName("prints")
        Stream<DynamicNode> values() {
            return notes(Document.D003);
        }
    }

    @Nested
    @DisplayName("004 One Fourth Labs, \"Backpropagation (Light Math)\"")
    class OneFourthLabs004 {
        @TestFactory
        @DisplayName("prints")
        Stream<DynamicNode> values() {
            return notes(Document.D004);
        }
    }

    private static Stream<DynamicNode> notes(Document d) {
        return Catalogue.of(d).stream().flatMap(LectureNotesTest::scenario);
    }

    private static Stream<DynamicNode> scenario(Scenario s) {
        ScenarioResult result = s.compute();
        List<DynamicNode> nodes = new ArrayList<>();
        for (PublishedValue v : s.published()) {
            nodes.add(DynamicTest.dynamicTest(valueLine(v), () -> {
                Computed c = result.computed(v.id());
                Status computed = Classification.classify(v, c);
                assertThat(computed)
                        .as("%s printed %s; exact %s, with document rounding %s, by document method %s",
                                v.id(), v.printed(), c.exact(), c.documentRounding(), c.documentMethod())
                        .isEqualTo(v.expected());
            }));
        }
        for (PrintedExpression e : s.expressions()) {
            PublishedValue v = s.published().stream().filter(p -> p.id().equals(e.valueId())).findFirst().orElseThrow();
            String verdict = e.consistent() ? " comes to " : " does NOT come to ";
            nodes.add(DynamicTest.dynamicTest("as printed, " + e.printed() + verdict + v.printed()
                    + (e.consistent() ? "" : " — " + e.reason()), () -> {
                double asPrinted = e.asPrinted().getAsDouble();
                assertThat(Classification.matches(v, asPrinted))
                        .as("%s evaluates to %s; printed value %s", e.printed(), asPrinted, v.printed())
                        .isEqualTo(e.consistent());
            }));
        }
        if (nodes.isEmpty()) {
            nodes.add(DynamicTest.dynamicTest(s.title() + ": no printed numbers; every result is derived",
                    () -> assertThat(result.derived()).as("derived quantities of %s", s.id()).isNotEmpty()));
        }
        return nodes.stream();
    }

    /** "∂L/∂w212 = -0.065 (004, "Partial Derivatives with respect to a / Part 3"): document-method-differs". */
    private static String valueLine(PublishedValue v) {
        String line = v.quantity() + " = " + v.printed() + " (" + v.document().number() + ", \"" + v.section()
                + "\"): " + v.expected().label();
        return v.expected() == Status.REPRODUCED ? line : line + " — " + v.reason();
    }
}
