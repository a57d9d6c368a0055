package backprop.examples;

import backprop.examples.catalogue.Catalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A scenario's header")
class ScenarioHeaderTest {
    private static final ScenarioHeader W212 = new ScenarioHeader("004.w212", Document.D004, "The 4-4-2 network",
            "Partial Derivatives with respect to a / Part 1", "L");

    @Test
    @DisplayName("numbers a printed vector's entries from 1, as the documents do: entry 0 of a1 is 004.w212.a1_1")
    void entryId_numbersFromOne() {
        assertThat(W212.entryId("a1", 0)).isEqualTo("004.w212.a1_1");
        assertThat(W212.entryId("yhat", 1)).isEqualTo("004.w212.yhat_2");
        assertThat(W212.valueId("loss")).isEqualTo("004.w212.loss");
    }

    @Test
    @DisplayName("without a document, or with a blank title, section or formula, is refused with the scenario's id")
    void incompleteHeader_isRefusedNamingTheScenario() {
        assertThatThrownBy(() -> new ScenarioHeader("004.x", null, "t", "s", "f"))
                .hasMessageContaining("004.x").hasMessageContaining("document");
        assertThatThrownBy(() -> new ScenarioHeader("004.x", Document.D004, " ", "s", "f"))
                .hasMessageContaining("004.x").hasMessageContaining("title");
        assertThatThrownBy(() -> new ScenarioHeader("004.x", Document.D004, "t", "", "f"))
                .hasMessageContaining("004.x").hasMessageContaining("section");
        assertThatThrownBy(() -> new ScenarioHeader("004.x", Document.D004, "t", "s", null))
                .hasMessageContaining("004.x").hasMessageContaining("formula");
        assertThatThrownBy(() -> new ScenarioHeader("", Document.D004, "t", "s", "f"))
                .hasMessageContaining("id");
    }

    @Test
    @DisplayName("is what a document's scenario answers id, document, title, section and formula from")
    void documentScenario_answersFromItsHeader() {
        DocumentScenario scenario = (DocumentScenario) Catalogue.scenario("004.w212");
        ScenarioHeader header = scenario.header();
        assertThat(new String[] {scenario.id(), scenario.title(), scenario.section(), scenario.formula()})
                .containsExactly(header.id(), header.title(), header.section(), header.formula());
        assertThat(scenario.document()).isEqualTo(Document.D004);
    }
}
