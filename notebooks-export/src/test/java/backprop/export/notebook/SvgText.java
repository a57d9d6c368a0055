package backprop.export.notebook;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a figure's SVG back: its elements, and where each text's ink is, measured in DejaVu Sans (the
 * sans-serif that rsvg and Chromium draw here) at the figure's own font size, so that overlap is judged on
 * real glyphs, not on the figure's own width bounds.
 */
final class SvgText {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private SvgText() {
    }

    static Document parse(String svg) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage().toLowerCase(Locale.ROOT), e);
        }
    }

    static List<Element> elements(Document svg, String tag) {
        NodeList list = svg.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** Every drawn box: a rect with a position (the white background has none). */
    static List<Rectangle2D> boxes(Document svg) {
        return elements(svg, "rect").stream().filter(r -> r.hasAttribute("x"))
                .map(r -> (Rectangle2D) new Rectangle2D.Double(num(r, "x"), num(r, "y"), num(r, "width"),
                        num(r, "height"))).toList();
    }

    /** Where a text's ink is, drawn at its baseline and anchor, one pixel added round it for smoothing. */
    static Rectangle2D extent(Element text) {
        int size = Integer.parseInt(text.getOwnerDocument().getDocumentElement().getAttribute("font-size"));
        Font font = new Font("DejaVu Sans", "bold".equals(text.getAttribute("font-weight")) ? Font.BOLD : Font.PLAIN,
                size);
        GlyphVector glyphs = font.createGlyphVector(CONTEXT, text.getTextContent());
        Rectangle2D ink = glyphs.getVisualBounds();
        double advance = glyphs.getLogicalBounds().getWidth();
        String anchor = text.getAttribute("text-anchor");
        double shift = "end".equals(anchor) ? advance : "middle".equals(anchor) ? advance / 2 : 0;
        double x = num(text, "x") - shift;
        return new Rectangle2D.Double(x + ink.getX() - 1, num(text, "y") + ink.getY() - 1, ink.getWidth() + 2,
                ink.getHeight() + 2);
    }

    /** No two texts meet; each text is wholly inside a box or wholly clear of it. */
    static void assertNoOverlap(String figure, List<Rectangle2D> texts, List<Rectangle2D> boxes) {
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(texts.get(i).intersects(texts.get(j)))
                        .as("%s: text %d %s and text %d %s", figure, i, texts.get(i), j, texts.get(j)).isFalse();
            }
            for (Rectangle2D b : boxes) {
                Rectangle2D t = texts.get(i);
                assertThat(b.contains(t) || !b.intersects(t)).as("%s: text %s against box %s", figure, t, b).isTrue();
            }
        }
    }
}
