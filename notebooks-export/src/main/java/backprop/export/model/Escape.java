package backprop.export.model;

import backprop.examples.scenariofile.expression.LatexName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Escapers for every language the outputs are written in. Scenario data (titles, notes, symbols, node
 * labels, file names and a scenario file's text) comes from an instructor's file, so it reaches each output
 * only through the escaper of that output's language, and always as data: nothing in it can end a string,
 * open a tag, a link, a heading, a table cell, or maths, whatever the renderer (GitHub, Jupyter, nbconvert
 * with MathJax).
 */
public final class Escape {
    /** Markdown punctuation that a backslash keeps literal, in CommonMark and in nbconvert's mistune alike. */
    private static final String MARKDOWN_PUNCTUATION = "`*_[]|!#~";
    /** {@link #javaText}: characters per literal, bytes and literals per class-file constant (at most 65,535 bytes). */
    private static final int LITERAL_CHARS = 2000;
    private static final int CONSTANT_BYTES = 60_000;
    private static final int CONSTANT_LITERALS = 1000;

    private Escape() {
    }

    /**
     * Text for one line of Markdown: HTML's {@code < > &} as entities, Markdown's punctuation backslash-escaped,
     * line breaks and control characters as spaces. Text with a {@code $} or a {@code \} becomes a code span
     * instead: MathJax reads the rendered page, where {@code \$}, {@code \(} and {@code \begin{…}} would open
     * maths again after Markdown removed the escape, and it never looks inside {@code <code>} (nor does
     * Jupyter's maths pre-pass look inside a code span).
     */
    public static String markdown(String text) {
        if (text.indexOf('$') >= 0 || text.indexOf('\\') >= 0) {
            return markdownCode(text);
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> {
                    if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                        s.append('\\').append(c);
                    } else {
                        s.append(breaksLine(c) ? ' ' : c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** {@link #markdown} for a table cell: a pipe is escaped even inside a code span (GFM splits cells first). */
    public static String markdownCell(String text) {
        String md = markdown(text);
        return md.startsWith("`") ? md.replace("|", "\\|") : md;
    }

    /**
     * A Markdown code span showing {@code text} literally: fenced by one backtick more than its longest run of
     * backticks, padded with a space when it starts or ends with a backtick or a space, line breaks as spaces.
     */
    public static String markdownCode(String text) {
        StringBuilder body = new StringBuilder(text.length());
        int run = 0;
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
            body.append(breaksLine(c) ? ' ' : c);
        }
        String fence = "`".repeat(longest + 1);
        String b = body.toString();
        boolean pad = !b.isEmpty() && (edge(b.charAt(0)) || edge(b.charAt(b.length() - 1)));
        return fence + (pad ? " " : "") + b + (pad ? " " : "") + fence;
    }

    /**
     * {@link #markdown} for text from outside (a roster's names and ids) that a renderer must show as it is, links
     * included: text a GFM renderer would make a link of by itself (GitHub's and Jupyter's: {@code www.} in any case,
     * a scheme's {@code ://}, an e-mail address's {@code @}) becomes a code span instead, where no renderer links.
     */
    public static String markdownPlain(String text) {
        return text.contains("://") || text.contains("@") || text.toLowerCase(Locale.ROOT).contains("www.")
                ? markdownCode(text) : markdown(text);
    }

    private static boolean edge(char c) {
        return c == '`' || c == ' ';
    }

    /**
     * Text for HTML or SVG, in an element or a quoted attribute: {@code & < > " '} as entities, and {@code $},
     * {@code \} and line breaks as numeric references so that an attribute inside Markdown cannot start maths
     * or end the paragraph; characters XML forbids as U+FFFD.
     */
    public static String html(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                case '$' -> s.append("&#36;");
                case '\\' -> s.append("&#92;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                default -> s.append(xmlAllows(text, i) ? c : '\uFFFD');
            }
        }
        return s.toString();
    }

    /** Whether XML 1.0 allows the character at {@code i} (a lone surrogate or a C0 control other than tab is refused). */
    private static boolean xmlAllows(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }

    /**
     * A name for LaTeX maths, to sit inside {@code \mathrm{…}}: {@link LatexName#escape}, which lives with the
     * scenario-file reader (it writes an expression's LaTeX from the file's own names) so that there is one
     * escaper for both.
     */
    public static String latex(String text) {
        return LatexName.escape(text);
    }

    /**
     * A Java string literal, quotes included, whose value is {@code text} exactly: {@code \ "} escaped, line
     * breaks as {@code \n}/{@code \r}, other control characters as three-digit octal escapes. Never a
     * {@code \}{@code u} escape, which Java decodes before it reads the literal; and since every backslash of
     * the text is doubled, no {@code \}{@code u} in the text can form one.
     */
    public static String java(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        s.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                                .append((char) ('0' + (c & 7)));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /**
     * A Java expression whose value is {@code text} exactly, one {@link #java} literal per line so that an
     * instructor reads the file as it is: {@code "line 1\n"} then {@code + "line 2\n"} on the next line. A line
     * longer than {@value #LITERAL_CHARS} characters is cut into several literals (never inside a surrogate
     * pair). A class file holds a constant of at most 65,535 bytes and javac folds {@code "a" + "b"} into one,
     * so the literals are grouped into constants of at most {@value #CONSTANT_BYTES} bytes and
     * {@value #CONSTANT_LITERALS} literals, joined by {@code String.join("", …)} when there are several.
     */
    public static String javaText(String text, String indent) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        int bytes = 0;
        int literals = 0;
        for (String piece : pieces(text)) {
            int size = constantBytes(piece);
            // never true for a group's first piece: a piece is at most 2,000 × 3 = 6,000 bytes
            if (bytes + size > CONSTANT_BYTES || literals == CONSTANT_LITERALS) {
                groups.add(group.toString());
                group.setLength(0);
                bytes = 0;
                literals = 0;
            }
            group.append(literals == 0 ? "" : "\n" + indent + "+ ").append(java(piece));
            bytes += size;
            literals++;
        }
        groups.add(literals == 0 ? "\"\"" : group.toString());
        return groups.size() == 1 ? groups.get(0)
                : "String.join(\"\",\n" + indent + String.join(",\n" + indent, groups) + ")";
    }

    /** The text's lines, each with its line feed, cut to at most {@value #LITERAL_CHARS} characters. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = Math.min(newline < 0 ? text.length() : newline + 1, start + LITERAL_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                    && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    /** The size of {@code s} as a class-file constant (modified UTF-8). */
    private static int constantBytes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }

    /**
     * Text for one line of a terminal (an error message, a grader's feedback): line breaks, tabs and every other
     * control character, escape sequences and U+2028/U+2029 included, shown as escapes, so that nothing a file or
     * a student's notebook brings can break the line or drive the terminal.
     */
    public static String terminal(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /**
     * A CSV text cell a spreadsheet will not run: a cell that starts with {@code = + - @}, a tab or a carriage
     * return gets a leading {@code '} (OWASP's advice on CSV injection), unless it is a plain decimal number,
     * which a spreadsheet reads as a number either way.
     */
    public static String csv(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || text.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
            return text;
        }
        return "'" + text;
    }

    /** Line terminators (CommonMark's, Java's and Unicode's) and other control characters. */
    private static boolean breaksLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
