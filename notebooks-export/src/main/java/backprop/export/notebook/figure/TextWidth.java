package backprop.export.notebook.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How wide a line of text is in DejaVu Sans, the sans-serif that rsvg and Chromium draw the figures with on
 * Debian, read from a table of its advance widths (dejavu-sans-advances.tsv, written from the font by the
 * test sources' DejaVuAdvances). A table, not {@code java.awt.Font}: the figures must be byte-identical on
 * every machine, and AWT silently substitutes another font where DejaVu Sans is not installed.
 *
 * <p>A character the table lacks (outside the ranges DejaVuAdvances reads, or not in DejaVu Sans) is drawn by
 * a fallback font and counts as one em, a full-width glyph; kerning is not applied (it only narrows a line).
 */
final class TextWidth {
    /** DejaVu Sans's design units per em: the table's advances are in these. */
    static final int UNITS_PER_EM = 2048;
    private static final Map<Integer, int[]> ADVANCES = read();

    private TextWidth() {
    }

    /** The advance width in px of {@code text} at {@code size} px, normal or bold. */
    static double of(String text, double size, boolean bold) {
        long units = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int[] advance = ADVANCES.get(text.codePointAt(i));
            units += advance == null ? UNITS_PER_EM : advance[bold ? 1 : 0];
        }
        return units * size / UNITS_PER_EM;
    }

    private static Map<Integer, int[]> read() {
        Map<Integer, int[]> advances = new HashMap<>();
        try (InputStream in = TextWidth.class.getResourceAsStream("dejavu-sans-advances.tsv")) {
            if (in == null) {
                throw new IllegalStateException("TextWidth: dejavu-sans-advances.tsv is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t");
                    advances.put(Integer.parseInt(f[0], 16), new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("TextWidth: reading dejavu-sans-advances.tsv", e);
        }
        return Map.copyOf(advances);
    }
}
