package backprop.export.model;

/**
 * A scenario's formula for the notebooks, as HTML that every Markdown renderer shows with no script: nbgrader's
 * feedback HTML from pip's nbconvert 7 loads MathJax from a CDN, so offline its {@code $$…$$} stayed raw TeX.
 * Symbols are Unicode (∂ σ λ ω θ ∇ Σ ‖ · ′ ŷ), {@code ^} and {@code _} are {@code <sup>} and {@code <sub>} (nested
 * as deep as the TeX), {@code \frac{a}{b}} is a/b (parentheses round a compound side), letters are italic as TeX
 * sets them, {@code \mathbf} bold, {@code \mathrm} upright; {@link TexReader} reads the subset our formulas write
 * and refuses anything else. The answer key's Markdown keeps its LaTeX (GitHub typesets it).
 *
 * <p>Only the tags {@code div i b sub sup code} and the attribute {@code align} on {@code div}, which JupyterLab's
 * sanitizer and GitHub's keep. The text is escaped for HTML and for Markdown alike: a formula from an instructor's
 * file can open no tag, link or table cell, and a {@code $} or {@code \} of it (which MathJax, where a page loads
 * it, would read as maths) sits in a {@code <code>} that MathJax and Jupyter's maths pre-pass skip.
 */
public final class Maths {
    /** Markdown's and HTML's punctuation, written as numeric references wherever a formula's text holds it. */
    private static final String PUNCTUATION = "&<>\"'`*_[]|!#~{}^%";

    private Maths() {
    }

    /**
     * The formula on a line of its own, centred: one HTML block of one line, which Markdown leaves as it is. The
     * {@code align} attribute, not a style, because sanitizers keep it (JupyterLab's and GitHub's allow
     * {@code align} on {@code div}) where GitHub drops {@code style}; on a {@code div}, not a {@code p}, because
     * JupyterLab's stylesheet sets {@code p} to {@code text-align: left}, over the attribute (render_check.py saw
     * it in nbconvert's lab template).
     */
    public static String displayed(String tex) {
        return "<div align=\"center\">" + html(tex) + "</div>";
    }

    /** The formula as inline HTML. An unknown command or an unbalanced brace is our own error, refused. */
    public static String html(String tex) {
        return TexReader.html(tex);
    }

    /**
     * Plain text whose only TeX is braced scripts, as a printed value's quantity {@code a_{11}} or
     * {@code x^{2−1}}, for a Markdown table cell: each {@code _{…}} and {@code ^{…}} as {@code <sub>} or
     * {@code <sup>}, everything else the text as it is ({@code ∂C0/∂a^(L)} and {@code Σ_k} keep the documents'
     * plain notation). Text with a {@code $} or a {@code \} is left to {@link Escape#markdownCell}, whose code
     * span no maths reads.
     */
    public static String scripts(String text) {
        if (text.indexOf('$') >= 0 || text.indexOf('\\') >= 0) {
            return Escape.markdownCell(text);
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = (c == '_' || c == '^') ? closingBrace(text, i + 1) : -1;
            if (close != -1) {
                String tag = c == '_' ? "sub" : "sup";
                s.append('<').append(tag).append('>').append(scripts(text.substring(i + 2, close)))
                        .append("</").append(tag).append('>');
                i = close + 1;
            } else {
                s.append(text(c));
                i++;
            }
        }
        return s.toString();
    }

    /** The index of the brace that closes the one at {@code open}, or -1 when there is none there. */
    private static int closingBrace(String text, int open) {
        if (open >= text.length() || text.charAt(open) != '{') {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@link #text(char)} of each character. */
    static String text(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            s.append(text(text.charAt(i)));
        }
        return s.toString();
    }

    /**
     * One character of a formula's text: HTML's and Markdown's punctuation as numeric references, {@code $} and
     * {@code \} as references in a {@code <code>}, line breaks and control characters as spaces.
     */
    static String text(char c) {
        if (c == '$' || c == '\\') {
            return "<code>&#" + (int) c + ";</code>";
        }
        if (PUNCTUATION.indexOf(c) >= 0) {
            return "&#" + (int) c + ";";
        }
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? " " : String.valueOf(c);
    }
}
