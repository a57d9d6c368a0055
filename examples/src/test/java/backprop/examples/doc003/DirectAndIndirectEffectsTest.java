package backprop.examples.doc003;

import backprop.examples.Derived;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 003's u2 = u1², u3 = e^(u1 + u2) at the chosen u1 = 0.5: u2 = 0.25, u1 + u2 = 0.75. */
@DisplayName("003, direct and indirect effects: each path's product, and their sum")
class DirectAndIndirectEffectsTest {

    @Test
    @DisplayName("∂u3/∂u1 = e^0.75 (1 + 2·0.5) = 2e^0.75: the direct path e^0.75 and the path through u2, 2u1·e^0.75")
    void pathsAndTheirSum() {
        Map<String, Double> rows = new LinkedHashMap<>();
        for (Derived d : new DirectAndIndirectEffects().compute().derived()) {
            rows.put(d.name().substring("003.direct-indirect.".length()), d.value());
        }
        double e = Math.exp(0.75);
        assertThat(rows.keySet()).containsExactly("direct", "total", "path1", "path2");
        assertThat(rows.get("direct")).isCloseTo(e, within(1e-15));
        assertThat(rows.get("total")).isCloseTo(2 * e, within(1e-15));
        // each path is e^0.75 here (2u1 = 1), so the two are named apart by their rows only
        assertThat(rows.get("path1")).isCloseTo(e, within(1e-15));
        assertThat(rows.get("path2")).isCloseTo(e, within(1e-15));
    }
}
