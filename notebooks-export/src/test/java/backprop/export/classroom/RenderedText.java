package backprop.export.classroom;

import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * One line of Markdown as a CommonMark renderer reads it (commonmark-java, an oracle that shares no code with our
 * escapers): the text it shows, refused unless the line is one paragraph of text, code spans and at most
 * {@code strong} runs of strong emphasis. A link, an image, inline HTML, a heading, emphasis, a line break: any of them
 * means the line's data was read as markup. Text outside a code span holding {@code $} or a backslash (what MathJax
 * reads as maths on the rendered page) or what a GFM renderer links by itself ({@code ://}, {@code www.}, an
 * {@code @}) is refused too: commonmark-java's core does neither, Jupyter's renderers do both.
 */
public final class RenderedText {
    private RenderedText() {
    }

    /** The text {@code markdown} shows, its code spans' text included, in order. */
    public static String of(String markdown, int strong) {
        Node doc = Parser.builder().build().parse(markdown);
        if (!(doc instanceof Document) || !(doc.getFirstChild() instanceof Paragraph) || doc.getFirstChild().getNext() != null) {
            throw new AssertionError("not one paragraph: " + markdown);
        }
        int[] strongs = {0};
        StringBuilder shown = new StringBuilder();
        walk(doc.getFirstChild(), shown, strongs, markdown);
        if (strongs[0] > strong) {
            throw new AssertionError(strongs[0] + " runs of strong emphasis, not at most " + strong + ": " + markdown);
        }
        return shown.toString();
    }

    private static void walk(Node parent, StringBuilder shown, int[] strongs, String markdown) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                String l = t.getLiteral();
                if (l.contains("$") || l.contains("\\") || l.contains("://") || l.toLowerCase(java.util.Locale.ROOT)
                        .contains("www.") || l.contains("@")) {
                    throw new AssertionError("maths or a link a GFM renderer would make, outside a code span: \""
                            + l + "\" in " + markdown);
                }
                shown.append(l);
            } else if (n instanceof Code c) {
                shown.append(c.getLiteral());
            } else if (n instanceof StrongEmphasis) {
                strongs[0]++;
                walk(n, shown, strongs, markdown);
            } else {
                throw new AssertionError("markup: " + n.getClass().getSimpleName() + " in " + markdown);
            }
        }
    }
}
