package backprop.examples.published;

import backprop.core.method.Intermediate;
import backprop.core.method.Intermediate.Kind;
import backprop.core.method.IntermediateRounding;
import backprop.examples.PublishedValue;
import backprop.examples.Document;
import backprop.examples.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("PrintedRounding: a printed intermediate is rounded to the decimals it is printed with")
class PrintedRoundingTest {
    private static final Intermediate H12 = new Intermediate(Kind.A, 1, 2);
    private static final Intermediate Z21 = new Intermediate(Kind.Z, 2, 1);

    private static PublishedValue printed(String id, String text) {
        return new PublishedValue(id, Document.D004, "s", "q", text, "", Status.REPRODUCED, "r");
    }

    @Test
    @DisplayName("\"0.80\" keeps two decimals (the trailing zero counts), \"2\" none; an unnamed value rounds nothing")
    void decimals_areThePrintedOnes() {
        IntermediateRounding r = PrintedRounding.of(
                List.of(printed("h12", "0.80"), printed("z21", "2"), printed("other", "0.123")),
                Map.of("h12", H12, "z21", Z21));
        assertThat(r).isEqualTo(new IntermediateRounding(Map.of(H12, 2, Z21, 0)));
    }

    @Test
    @DisplayName("a name whose id is not printed is refused, the id named")
    void unknownId_isRefused() {
        assertThatThrownBy(() -> PrintedRounding.of(List.of(printed("h12", "0.80")), Map.of("h13", H12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("h13")
                .hasMessageContaining("not among the printed values");
    }

    @Test
    @DisplayName("one intermediate printed to 2 and to 3 decimals is refused, both ids named")
    void conflictingDecimals_areRefused() {
        assertThatThrownBy(() -> PrintedRounding.of(List.of(printed("first", "0.80"), printed("again", "0.802")),
                new java.util.LinkedHashMap<>(Map.of("first", H12, "again", H12))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first")
                .hasMessageContaining("again").hasMessageContaining("a(1)[2]");
    }

    @Test
    @DisplayName("the same decimals twice is one rounding, not an error")
    void sameDecimalsTwice_isAccepted() {
        assertThat(PrintedRounding.of(List.of(printed("first", "0.80"), printed("again", "0.81")),
                Map.of("first", H12, "again", H12))).isEqualTo(new IntermediateRounding(Map.of(H12, 2)));
    }
}
