package backprop.export.notebook.figure;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("TextWidth: DejaVu Sans's advances, as the installed font has them")
class TextWidthTest {
    @Test
    @DisplayName("the table in the jar is the one DejaVuAdvances writes from the installed DejaVu Sans")
    void table_isTheInstalledFontsAdvances() throws IOException {
        try (InputStream in = TextWidth.class.getResourceAsStream("dejavu-sans-advances.tsv")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("regenerate: java DejaVuAdvances notebooks-export/src/main/resources/backprop/export/notebook/figure/"
                            + "dejavu-sans-advances.tsv").isEqualTo(DejaVuAdvances.table());
        }
    }

    @Test
    @DisplayName("a line measures what AWT's DejaVu Sans lays it out at, normal and bold, at 12 px")
    void line_measuresAsTheFontLaysItOut() {
        FontRenderContext context = new FontRenderContext(null, true, true);
        for (String line : new String[] {"∂L/∂W⁽²⁾ row 1 [0.0821, −0.31]", "1+e^−u", "σ(z) × ‖Wx‖²"}) {
            for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
                double awt = new Font("DejaVu Sans", style, 12).createGlyphVector(context, line).getLogicalBounds()
                        .getWidth();
                assertThat(TextWidth.of(line, 12, style == Font.BOLD)).as("%s, style %d", line, style)
                        .isCloseTo(awt, within(0.01));
            }
        }
    }

    @Test
    @DisplayName("a character the table lacks counts one em, a full-width glyph")
    void unknownCharacter_countsOneEm() {
        // U+1F600 (an emoji) is outside every range of the table: 1 em = 12 px at 12 px.
        assertThat(TextWidth.of("\uD83D\uDE00", 12, false)).isEqualTo(12.0);
        assertThat(TextWidth.of("\uD83D\uDE00a", 12, true)).isGreaterThan(12.0);
    }
}
