package backprop.examples;

import backprop.core.graph.Kinks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("ScenarioResult hands its values and kinks back in the order they were recorded")
class ScenarioResultTest {
    /**
     * 40 ids, recorded out of alphabetical order: an immutable map's iteration order is salted per JVM, so a copy
     * that loses the order would hand back another order in almost every run (40! orders), not only in some.
     */
    @Test
    void valuesAndKinks_keepTheOrderRecorded() {
        ScenarioResult r = new ScenarioResult();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "v" + (i * 7919 % 40);
            ids.add(id);
            r.value(id, Computed.exact(i));
            r.kink(id, new Kinks.Interval(-i, i));
        }

        assertThat(r.values().keySet()).containsExactlyElementsOf(ids);
        assertThat(r.kinks().keySet()).containsExactlyElementsOf(ids);
    }

    @Test
    void theMapsHandedOut_areReadOnly() {
        ScenarioResult r = new ScenarioResult().value("a", Computed.exact(1));
        assertThatThrownBy(() -> r.values().put("b", Computed.exact(2))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.kinks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("each recorder returns the result, to chain; a value or an explanation recorded twice is refused")
    void recordersChain_andRefuseTwice() {
        ScenarioResult r = new ScenarioResult();
        assertThat(List.of(r.value("a", Computed.exact(1)), r.derived("d", "q", 2), r.kink("d", new Kinks.Interval(0, 1)),
                r.explanation("a", "words"))).allSatisfy(x -> assertThat(x).isSameAs(r));
        assertThatThrownBy(() -> r.value("a", Computed.exact(1))).hasMessage("ScenarioResult: value a computed twice");
        assertThatThrownBy(() -> r.explanation("a", "other")).hasMessage("ScenarioResult: value a explained twice");
        assertThat(r.explanation("a")).isEqualTo("words");
        assertThat(r.explanation("b")).isEmpty();
        assertThat(r.computed("a")).isEqualTo(Computed.exact(1));
        assertThatThrownBy(() -> r.computed("b")).hasMessage("ScenarioResult: no computation for published value b");
    }

    @org.junit.jupiter.api.Nested
    @DisplayName("an answer may name the engine quantity it is")
    class Sources {
        private final backprop.core.graph.Graph g = new backprop.core.graph.Graph();
        private final backprop.core.graph.Node x = g.input("x", 2);
        private final backprop.core.graph.Node f = g.multiply("f", x, g.input("y", 3));

        @Test
        @DisplayName("derived from a source takes the source's value and keeps the source; other ids have none")
        void derivedFromASource() {
            backprop.examples.work.Source dfdx = new backprop.examples.work.Source.NodeGradient(f, x);
            ScenarioResult r = new ScenarioResult().derived("df_dx", "∂f/∂x", dfdx).derived("loss", "L", 7)
                    .value("f", Computed.exact(6), new backprop.examples.work.Source.NodeValue(f))
                    .derived("printed", "∂f/∂x as printed", 3.0000001, dfdx);

            assertThat(r.derived()).extracting(Derived::value).containsExactly(3.0, 7.0, 3.0000001);
            assertThat(r.sources()).containsOnlyKeys("df_dx", "f", "printed");
            assertThat(r.sources().get("df_dx")).isEqualTo(dfdx);
            assertThat(r.sources().get("f")).isEqualTo(new backprop.examples.work.Source.NodeValue(f));
            assertThat(r.values().get("f").exact()).isEqualTo(6);
            assertThatThrownBy(() -> r.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        @DisplayName("a source with no one value (a kink) or no source at all is refused, naming the id")
        void noValue_refused() {
            backprop.core.graph.Node z = g.input("z", 0);
            backprop.core.graph.Node relu = g.relu("r", z);
            assertThatThrownBy(() -> new ScenarioResult().derived("df_dz", "∂r/∂z",
                    new backprop.examples.work.Source.NodeGradient(relu, z)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("df_dz");
            assertThatThrownBy(() -> new ScenarioResult().derived("q", "q", 1, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q");
        }
    }
}
