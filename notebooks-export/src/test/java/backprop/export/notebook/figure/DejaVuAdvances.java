package backprop.export.notebook.figure;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes {@link TextWidth}'s table from the DejaVu Sans installed here (Debian's fonts-dejavu-core, the font
 * rsvg and Chromium draw sans-serif with, and the one {@link backprop.export.notebook.SvgText} measures ink with). Run once when the
 * character ranges change: {@code TextWidthTest} regenerates the table and requires it equal to the file.
 */
final class DejaVuAdvances {
    /** Latin, Greek, superscripts and subscripts, punctuation, arrows, letterlike symbols, maths operators. */
    private static final int[][] RANGES = {{0x20, 0x7E}, {0xA0, 0x17F}, {0x370, 0x3FF}, {0x1D00, 0x1DBF},
            {0x2000, 0x206F}, {0x2070, 0x209F}, {0x2100, 0x21FF}, {0x2200, 0x22FF}, {0x2300, 0x23FF}};
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private DejaVuAdvances() {
    }

    /** The table's text: one line per character DejaVu Sans draws, advances in 1/2048 em. */
    static String table() {
        Font normal = font(Font.PLAIN);
        Font bold = font(Font.BOLD);
        StringBuilder out = new StringBuilder("# DejaVu Sans advance widths in units of 1/2048 em (its unitsPerEm):"
                + " code point (hex), normal, bold. Written by DejaVuAdvances (test sources).\n");
        for (int[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (normal.canDisplay(c) && bold.canDisplay(c)) {
                    out.append(String.format(Locale.ROOT, "%04X\t%d\t%d\n", c, advance(normal, c), advance(bold, c)));
                }
            }
        }
        return out.toString();
    }

    private static Font font(int style) {
        Font font = new Font("DejaVu Sans", style, TextWidth.UNITS_PER_EM);
        if (!"DejaVu Sans".equals(font.getFamily(Locale.ROOT))) {
            throw new IllegalStateException("DejaVu Sans is not installed (got " + font.getFamily(Locale.ROOT)
                    + "): apt-get install fonts-dejavu-core");
        }
        return font;
    }

    private static long advance(Font font, int c) {
        return Math.round(font.createGlyphVector(CONTEXT, Character.toString(c)).getGlyphMetrics(0).getAdvance());
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), table(), StandardCharsets.UTF_8);
    }
}
