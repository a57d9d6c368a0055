package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ½ as notes print it (the squared error's ½(t − a)²): an exact fraction, as 1/2 is. Found trying lint on a public
 * page we had not used (primelearnpoint.com's "Backpropagation solved numerical 2x2", 2026-12-06), whose total
 * error lines {@code = ½ × (−0.747)² = ½ × 0.5580 = 0.279} lint read as no claim at all.
 */
@DisplayName("answer-key lint reads ½, ¼, ¾, ⅓ and ⅔ as the exact fractions they are")
class LintVulgarFractionsTest {

    private static String rows(String text) {
        StringBuilder b = new StringBuilder();
        for (ClaimRow r : Lint.check("t.md", text)) {
            b.append(r.claim()).append(" | ").append(r.status().label()).append(" | ").append(r.computed())
                    .append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // ½ × 0.5580 = 0.279 exactly; the printed 0.5580's half unit keeps 0.279 at every value it stands for
            "E = ½ × 0.5580 = 0.279; ½ × 0.5580 = 0.279 | consistent | 0.279",
            // 0.0493/2 = 0.02465: the exact value rounds to 0.025 at three decimals
            "E = ½ × 0.0493 = 0.025; ½ × 0.0493 = 0.025 | consistent | 0.02465",
            // ¼ · 8 = 2, ¾ · 8 = 6, ⅓ · 9 = 3, ⅔ · 9 = 6: integers are exact, so are these
            "y = ¼ × 8 = 2; ¼ × 8 = 2 | consistent | 2",
            "y = ¾ × 8 = 6; ¾ × 8 = 6 | consistent | 6",
            "y = ⅓ × 9 = 3; ⅓ × 9 = 3 | consistent | 3",
            "y = ⅔ × 9 = 6; ⅔ × 9 = 6 | consistent | 6",
            // ½ is one half, not 0.5 ± 0.05: ½ × 4 = 2.1 is wrong at every value the text allows
            "y = ½ × 4 = 2.1; ½ × 4 = 2.1 | inconsistent | 2",
            // ½ as a factor before brackets, as the loss is written: ½ (0.3)² = 0.045
            "L = ½ (0.3)² = 0.045; ½ (0.3)² = 0.045 | consistent | 0.045"})
    void aVulgarFraction_isExact(String text, String row) {
        assertThat(rows(text)).isEqualTo(row + "\n");
    }
}
