package backprop.examples.catalogue;

import backprop.examples.Document;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The catalogue, by document")
class CatalogueTest {

    @Test
    @DisplayName("each document's scenarios, in document order; 001 and 002 print no numbers")
    void byDocument() {
        for (Document d : Document.values()) {
            List<Scenario> of = Catalogue.of(d);
            assertThat(of).as(d.number()).isNotEmpty().allSatisfy(s -> assertThat(s.id()).startsWith(d.number() + "."))
                    .isSubsetOf(Catalogue.scenarios());
            long printed = of.stream().mapToLong(s -> s.published().size()).sum();
            assertThat(Catalogue.count(d)).as(d.number()).isEqualTo(printed);
        }
        // the README's table: 001 and 002 derive without numbers
        assertThat(Catalogue.count(Document.D001)).isZero();
        assertThat(Catalogue.count(Document.D002)).isZero();
        assertThat(Catalogue.count(Document.D004)).isPositive();
    }

    @Test
    @DisplayName("every published value, scenario by scenario in catalogue order")
    void publishedValues() {
        List<PublishedValue> expected = Catalogue.scenarios().stream().flatMap(s -> s.published().stream()).toList();
        assertThat(Catalogue.publishedValues()).isNotEmpty().containsExactlyElementsOf(expected);
    }
}
