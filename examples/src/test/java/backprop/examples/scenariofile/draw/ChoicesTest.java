package backprop.examples.scenariofile.draw;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A drawn entry's values: a grid or a set of exact decimals")
class ChoicesTest {
    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    @DisplayName("a grid's size is counted in exact decimals: [0, 0.3] in steps of 0.1 has 4 points (doubles say 3)")
    void gridSizeIsExact() {
        // by hand: 0, 0.1, 0.2, 0.3; in doubles 0.3 / 0.1 = 2.9999999999999996, whose floor would lose 0.3
        assertThat(Choices.gridSize(d("0"), d("0.3"), d("0.1"), Choices.MAX_VALUES)).isEqualTo(4);
        assertThat(Choices.gridSize(d("-0.5"), d("0.5"), d("0.05"), Choices.MAX_VALUES)).isEqualTo(21);
        assertThat(Choices.gridSize(d("0"), d("0.99"), d("0.5"), Choices.MAX_VALUES)).isEqualTo(2);
    }

    @Test
    @DisplayName("a grid of exactly 1,000,000 points is allowed, one more is over the limit")
    void gridSizeLimit() {
        assertThat(Choices.gridSize(d("0"), d("999999"), d("1"), Choices.MAX_VALUES)).isEqualTo(1_000_000);
        assertThat(Choices.gridSize(d("0"), d("1000000"), d("1"), Choices.MAX_VALUES)).isEqualTo(-1);
    }

    @Test
    @DisplayName("grid point k is lo + k·step, printed exactly: -0.5 + 3·0.05 is -0.35")
    void gridValues() {
        Choices grid = Choices.grid(d("-0.5"), d("0.05"), 21, new long[0]);

        assertThat(grid.size()).isEqualTo(21);
        assertThat(Choices.literal(grid.value(0))).isEqualTo("-0.5");
        assertThat(Choices.literal(grid.value(3))).isEqualTo("-0.35");
        assertThat(Choices.literal(grid.value(10))).isEqualTo("0");
        assertThat(Choices.literal(grid.value(20))).isEqualTo("0.5");
    }

    @Test
    @DisplayName("excluded values are stepped over: the grid -0.5 … 0.5 without 0 has 20 values, the 11th 0.05")
    void excludedValuesAreSteppedOver() {
        Choices grid = Choices.grid(d("-0.5"), d("0.05"), 21, new long[] {10});

        assertThat(grid.size()).isEqualTo(20);
        assertThat(Choices.literal(grid.value(9))).isEqualTo("-0.05");
        assertThat(Choices.literal(grid.value(10))).isEqualTo("0.05");
        assertThat(Choices.literal(grid.value(19))).isEqualTo("0.5");
    }

    @Test
    @DisplayName("a set without its 2nd and 3rd values: a, d")
    void setWithTwoExcluded() {
        Choices set = Choices.set(List.of(d("1"), d("2"), d("3"), d("4")), new long[] {1, 2});

        assertThat(set.size()).isEqualTo(2);
        assertThat(set.value(0)).isEqualTo(d("1"));
        assertThat(set.value(1)).isEqualTo(d("4"));
        assertThatThrownBy(() -> set.value(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> set.value(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    @DisplayName("a first value excluded: the set's values start at its second")
    void firstExcluded() {
        Choices set = Choices.set(List.of(d("1"), d("2"), d("3")), new long[] {0});

        assertThat(set.value(0)).isEqualTo(d("2"));
        assertThat(set.value(1)).isEqualTo(d("3"));
    }

    @Test
    @DisplayName("a literal is the plain exact decimal: 0.00 is 0, 1.0 is 1, 1E-7 is 0.0000001, 1E+3 is 1000")
    void literals() {
        assertThat(Choices.literal(d("0.00"))).isEqualTo("0");
        assertThat(Choices.literal(d("-0.0"))).isEqualTo("0");
        assertThat(Choices.literal(d("1.0"))).isEqualTo("1");
        assertThat(Choices.literal(d("1E-7"))).isEqualTo("0.0000001");
        assertThat(Choices.literal(d("1E+3"))).isEqualTo("1000");
        assertThat(Choices.literal(d("-0.350"))).isEqualTo("-0.35");
        assertThat(Choices.literal(d("0E+5"))).isEqualTo("0");
        assertThat(Choices.literal(d("0E-9"))).isEqualTo("0");
    }

    @Test
    @DisplayName("a grid (computed, never listed) refuses value -1 and value size() itself: no point below lo or past hi")
    void gridBounds() {
        Choices grid = Choices.grid(d("0"), d("0.5"), 3, new long[0]);

        assertThat(grid.value(2)).isEqualByComparingTo(d("1"));
        assertThatThrownBy(() -> grid.value(3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("Choices: value 3 of 3");
        assertThatThrownBy(() -> grid.value(-1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("Choices: value -1 of 3");
    }
}
