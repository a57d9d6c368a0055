package backprop.examples;

import backprop.examples.catalogue.Catalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
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
            }
        });
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
