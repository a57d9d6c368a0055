package backprop.examples;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Every published value, computed and classified")
class PublishedValuesTest {

    static Stream<Arguments> values() {
        return Catalogue.scenarios().stream().flatMap(s -> {
            ScenarioResult result = s.compute();
            return s.published().stream().map(v -> Arguments.of(
                    v.quantity() + " = " + v.printed() + " (" + v.document().number() + ", \"" + v.section() + "\")",
                    v, result.computed(v.id())));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void classifiedAsReviewed(String name, PublishedValue value, Computed computed) {
        assertThat(Classification.classify(value, computed).label())
                .as("%s: exact %s, document rounding %s, document method %s", value.id(), computed.exact(),
                        computed.documentRounding(), computed.documentMethod())
                .isEqualTo(value.expected().label());
    }
}
