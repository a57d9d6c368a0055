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
}
