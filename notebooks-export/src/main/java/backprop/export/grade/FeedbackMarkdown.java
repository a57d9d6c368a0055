package backprop.export.grade;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A notebook's Markdown as HTML for the feedback page, with commonmark-java and GitHub's tables, as nbconvert
 * renders it. The instructor's cells keep their HTML (the figures are {@code <img src="data:image/svg+xml;base64,…">});
 * a student's cells are text: their HTML is escaped, a link keeps only an http, https or mailto address, and an
 * image is shown as its description in brackets, never fetched (the page loads nothing from anywhere).
 * Maths is not typeset: {@code $} is a character like any other. A student's characters that XML forbids become
 * U+FFFD, as {@link FeedbackHtml#text} makes them in code.
 */
final class FeedbackMarkdown {
    private static final List<Extension> TABLES = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
    private static final HtmlRenderer INSTRUCTOR = HtmlRenderer.builder().extensions(TABLES).build();
    private static final HtmlRenderer STUDENT = HtmlRenderer.builder().extensions(TABLES).escapeHtml(true)
            .sanitizeUrls(true).urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .nodeRendererFactory(ImageAsText::new).build();

    /**
     * What XML forbids, which commonmark passes through: C0 controls but tab, line feed and carriage return, U+FFFE,
     * U+FFFF, and a lone surrogate (the pattern reads code points, so a pair is one character and not matched).
     */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF\\uD800-\\uDFFF]");

    private FeedbackMarkdown() {
    }

    /** The instructor's cell: Markdown with its HTML. */
    static String instructor(String markdown) {
        return INSTRUCTOR.render(PARSER.parse(markdown));
    }

    /** A student's cell: Markdown whose HTML is shown as text, links sanitised, images never loaded. */
    static String student(String markdown) {
        return STUDENT.render(PARSER.parse(FORBIDDEN.matcher(markdown).replaceAll("\uFFFD")));
    }

    /** A student's image as "[image: its description]": an address of theirs is never fetched by the reader's browser. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            context.getWriter().text("[image: ");
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            context.getWriter().text("]");
        }
    }
}
