package backprop.examples;

import backprop.examples.catalogue.Catalogue;
import backprop.examples.published.Classification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

@DisplayName("Every scenario of the catalogue")
class ScenarioTest {

    static List<Named<Scenario>> scenarios() {
        return Catalogue.scenarios().stream().map(s -> Named.of(s.id() + ": " + s.title(), s)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @DisplayName("runs and computes each of its printed values, each under its own document; whether each matches"
            + " the document as reviewed is LectureNotesTest's, once per value")
    void computesEveryPublishedValue(Scenario scenario) {
        ScenarioResult result = scenario.compute();
        Set<String> published = scenario.published().stream().map(PublishedValue::id).collect(Collectors.toSet());
        assertThat(result.values().keySet()).as("computed values of %s", scenario.id())
                .containsExactlyInAnyOrderElementsOf(published);
        assertSoftly(softly -> {
            for (PublishedValue v : scenario.published()) {
                softly.assertThat(v.id()).startsWith(scenario.id().split("[.-]")[0] + ".");
                softly.assertThat(v.document()).isEqualTo(scenario.document());
                // the printed number against ours, at the printed precision; the status is the reviewed one
                // (verification's LectureNotesTest prints the same comparison as the lecture notes)
                Computed c = result.computed(v.id());
                softly.assertThat(Classification.classify(v, c)).as("%s printed %s; exact %s, with document"
                        + " rounding %s, by document method %s", v.id(), v.printed(), c.exact(), c.documentRounding(),
                        c.documentMethod()).isEqualTo(v.expected());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @DisplayName("each expression printed beside a value is evaluated with the printed numbers, and comes to the"
            + " printed value or not as reviewed")
    void printedExpressionsComeToTheirValues(Scenario scenario) {
        Map<String, PublishedValue> byId = scenario.published().stream()
                .collect(Collectors.toMap(PublishedValue::id, v -> v));
        assertSoftly(softly -> {
            for (PrintedExpression e : scenario.expressions()) {
                PublishedValue v = byId.get(e.valueId());
                double asPrinted = e.asPrinted().getAsDouble();
                softly.assertThat(Classification.matches(v, asPrinted))
                        .as("%s evaluates to %s; printed value %s", e.printed(), asPrinted, v.printed())
                        .isEqualTo(e.consistent());
            }
        });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            // one expression each scenario evaluates, as the document prints it (shared/seeds/, the line given)
            "003.sigmoid-gate | 003.sigmoid-gate.df_ddenominator | −1/1.22² (1.00) = −0.67",  // 003:599
            "003.tanh-gate | 003.tanh.derivative | 1 − 0.9993² = 0.00139951",                  // 003:883
            "003.squared-norm | 003.squared-norm.f | 0.11² + 0.17² = 0.041",                   // 003:946
            "004.w212 | 004.w212.dL_dw212 | (−0.46) * (0.1771) * (0.8) = −0.065",              // 004:264
            "004.w131 | 004.w131.path1 | (−0.46 * 0.1771 * 0.2 * 0.0979 * 2) = −0.003190"})  // 004:315
    @DisplayName("the expressions the documents print beside a value are among those evaluated")
    void evaluatesThePrintedExpressions(String scenarioId, String valueId, String printed) {
        assertThat(Catalogue.scenario(scenarioId).expressions())
                .anySatisfy(e -> assertThat(List.of(e.valueId(), e.printed())).containsExactly(valueId, printed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @DisplayName("says where each input comes from, and prints expressions only beside its own values")
    void inputsAndExpressionsHaveProvenance(Scenario scenario) {
        assertThat(scenario.inputs()).as("inputs of %s", scenario.id()).isNotEmpty();
        Set<String> ids = scenario.published().stream().map(PublishedValue::id).collect(Collectors.toSet());
        assertThat(scenario.expressions()).allSatisfy(e -> assertThat(ids).contains(e.valueId()));
        assertThat(scenario.section()).isNotBlank();
        assertThat(scenario.formula()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @DisplayName("every vector and matrix among the inputs is printed in the one style, [0.4, -0.2]")
    void inputsUseOneVectorStyle(Scenario scenario) {
        // Before, 003's training pairs printed as ([1 0.5], [1 0]) beside W = [[0.2, -0.4], …].
        for (Input input : scenario.inputs()) {
            assertThat(input.value()).as(input.symbol())
                    .doesNotContainPattern("\\[[−-]?[0-9][0-9.]*\\s+[−-]?[0-9]");
        }
    }

    @Test
    @DisplayName("scenario ids and published-value ids are unique across the catalogue")
    void idsAreUnique() {
        Set<String> scenarioIds = new HashSet<>();
        assertThat(Catalogue.scenarios()).allSatisfy(s -> assertThat(scenarioIds.add(s.id())).isTrue());
        assertThat(Catalogue.publishedValues()).extracting(PublishedValue::id).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("an unknown scenario id gets an error listing the known ones")
    void unknownScenario() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalogue.scenario("009.nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("009.nothing").hasMessageContaining("004.w212");
    }
}
