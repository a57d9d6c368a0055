package backprop.examples.scenariofile.draw;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented hash against an independent computation, coreutils' sha256sum and Python's integers:
 * <pre>
 * h=$(printf '%s\0%s\0%s\0%s\0%s' 'backprop-workbook draw 1' a s1 0 'W1[1,2]' | sha256sum | cut -c1-16)
 * python3 -c "h=int('$h',16); print(h, h%3, h%17, h%1000000)"
 * </pre>
 * gives h = 34c66f58db4d3f00 = 3802849362788040448; mod 3: 1, mod 17: 9, mod 1000000: 40448. (printf's {@code %s}
 * with a NUL between, rather than {@code \0} before a digit, which printf would read as an octal escape.)
 */
@DisplayName("The documented hash: SHA-256 of the scheme, assignment, student, attempt and entry, mod n")
class DrawHashTest {

    @Test
    @DisplayName("test vector: assignment a, student s1, attempt 0, entry W1[1,2]")
    void testVector() {
        assertThat(DrawHash.index("a", "s1", 0, "W1[1,2]", 3)).isEqualTo(1);
        assertThat(DrawHash.index("a", "s1", 0, "W1[1,2]", 17)).isEqualTo(9);
        assertThat(DrawHash.index("a", "s1", 0, "W1[1,2]", 1_000_000)).isEqualTo(40448);
        assertThat(DrawHash.index("a", "s1", 0, "W1[1,2]", 1)).isZero();
    }

    @Test
    @DisplayName("the first 8 bytes are read unsigned: c6bf006471e315cb = 14321165771468903883, mod 17 is 16")
    void unsigned() {
        // printf '%s\0%s\0%s\0%s\0%s' 'backprop-workbook draw 1' midterm-2026 s1 0 'W1[1,2]' | sha256sum
        //   c6bf006471e315cb…; python3: 14321165771468903883 % 17 = 16, % 1000000 = 903883
        assertThat(DrawHash.index("midterm-2026", "s1", 0, "W1[1,2]", 17)).isEqualTo(16);
        assertThat(DrawHash.index("midterm-2026", "s1", 0, "W1[1,2]", 1_000_000)).isEqualTo(903883);
    }

    @Test
    @DisplayName("a student id outside ASCII is hashed as UTF-8, and the attempt as its decimal digits")
    void utf8AndAttempt() {
        // printf '%s\0%s\0%s\0%s\0%s' 'backprop-workbook draw 1' midterm-2026 'Ærø-7' 3 x0 | sha256sum (a UTF-8
        //   locale's shell): 8f99ca8ab81b4bdb…; python3: 10347524316003519451 % 17 = 2, % 1000000 = 519451
        assertThat(DrawHash.index("midterm-2026", "Ærø-7", 3, "x0", 17)).isEqualTo(2);
        assertThat(DrawHash.index("midterm-2026", "Ærø-7", 3, "x0", 1_000_000)).isEqualTo(519451);
    }

    @Test
    @DisplayName("no value to choose from, or a negative attempt, is a programming error")
    void refusals() {
        assertThatThrownBy(() -> DrawHash.index("a", "s1", 0, "x0", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrawHash.index("a", "s1", -1, "x0", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
