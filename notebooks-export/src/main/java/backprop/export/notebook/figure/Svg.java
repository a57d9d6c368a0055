package backprop.export.notebook.figure;

import backprop.export.model.Escape;

/**
 * SVG text written element by element, for {@link GraphFigure} and {@link LossCurve}: every attribute value and
 * every text content goes through {@link Escape#html} here, once, so no caller writes markup by hand. Attributes
 * are name-value pairs, written in the order given.
 */
final class Svg {
    private final StringBuilder svg = new StringBuilder();

    /** Opens a drawing of {@code width} × {@code height} px, sans-serif at {@code fontSize} px. */
    Svg(int width, int height, int fontSize) {
        svg.append("<svg");
        attributes("xmlns", "http://www.w3.org/2000/svg", "width", width, "height", height,
                "viewBox", "0 0 " + width + " " + height, "font-family", "sans-serif", "font-size", fontSize);
        svg.append(">\n");
    }

    /** An empty element: {@code <name a="v" …/>}. */
    Svg element(String name, Object... attributes) {
        svg.append('<').append(name);
        attributes(attributes);
        svg.append("/>\n");
        return this;
    }

    /** A text element: {@code <text a="v" …>content</text>}. */
    Svg text(String content, Object... attributes) {
        svg.append("<text");
        attributes(attributes);
        svg.append('>').append(Escape.html(content)).append("</text>\n");
        return this;
    }

    /** Fixed markup of the caller's own (a marker definition), never data. */
    Svg markup(String constant) {
        svg.append(constant).append('\n');
        return this;
    }

    /** The finished drawing. */
    String close() {
        return svg.append("</svg>\n").toString();
    }

    private void attributes(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("Svg: attributes come in name-value pairs, got " + pairs.length
                    + " items");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            svg.append(' ').append(pairs[i]).append("=\"").append(Escape.html(String.valueOf(pairs[i + 1])))
                    .append('"');
        }
    }
}
