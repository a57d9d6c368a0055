package backprop.examples;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The value records refuse what would print as "null" or "NaN" in the answer key, naming the field. */
@DisplayName("Value records refuse a missing or non-finite field")
class ValueRecordsTest {

    @Test
    @DisplayName("Computed: each of its three values finite, the two optional ones may be absent")
    void computed() {
        assertThatThrownBy(() -> Computed.exact(Double.NaN)).hasMessage("Computed: exact is NaN");
        assertThatThrownBy(() -> Computed.rounded(1, Double.POSITIVE_INFINITY))
                .hasMessage("Computed: documentRounding is Infinity");
        assertThatThrownBy(() -> Computed.method(1, Double.NEGATIVE_INFINITY))
                .hasMessage("Computed: documentMethod is -Infinity");
        assertThatCode(() -> new Computed(1, null, null)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("Input: symbol, value, provenance and note")
    void input() {
        String[][] missing = {{null, "v", "n"}, {"s", null, "n"}, {"s", "v", null}};
        for (String[] m : missing) {
            assertThatThrownBy(() -> new Input(m[0], m[1], Provenance.STATED, m[2]))
                    .hasMessage("Input: symbol, value, provenance and note must be given");
        }
        assertThatThrownBy(() -> new Input("s", "v", null, "n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("PrintedExpression: every field")
    void printedExpression() {
        assertThatThrownBy(() -> new PrintedExpression(null, "1", () -> 1, true, "r"))
                .hasMessage("PrintedExpression: every field must be given");
        assertThatThrownBy(() -> new PrintedExpression("id", null, () -> 1, true, "r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrintedExpression("id", "1", null, true, "r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrintedExpression("id", "1", () -> 1, true, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("PublishedValue: every field but the document (a variant has none), a number, and not 'derived'")
    void publishedValue() {
        assertThatCode(() -> new PublishedValue("v.1", null, "s", "q", "0.5", "", Status.ERRATUM, "r"))
                .doesNotThrowAnyException();
        String[][] fields = {{null, "s", "q", "0.5", "", "r"}, {"v.1", null, "q", "0.5", "", "r"},
                {"v.1", "s", null, "0.5", "", "r"}, {"v.1", "s", "q", null, "", "r"}, {"v.1", "s", "q", "0.5", null, "r"},
                {"v.1", "s", "q", "0.5", "", null}};
        for (String[] f : fields) {
            assertThatThrownBy(() -> new PublishedValue(f[0], null, f[1], f[2], f[3], f[4], Status.ERRATUM, f[5]))
                    .hasMessageEndingWith(": every field must be given");
        }
        assertThatThrownBy(() -> new PublishedValue("v.1", null, "s", "q", "0.5", "", null, "r"))
                .hasMessage("PublishedValue v.1: every field must be given");
        assertThatThrownBy(() -> new PublishedValue("v.1", null, "s", "q", "0.5", "", Status.DERIVED, "r"))
                .hasMessage("PublishedValue v.1: a printed value cannot be 'derived'");
        assertThatThrownBy(() -> new PublishedValue("v.1", null, "s", "q", "half", "", Status.ERRATUM, "r"))
                .hasMessage("PublishedValue v.1: printed text 'half' is not a number");
    }
}
