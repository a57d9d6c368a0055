package backprop.examples.scenariofile.expression;

/**
 * The LaTeX escaper for a name from an instructor's file. The reader writes an expression's LaTeX with it, and
 * the answer key's escapers ({@code backprop.export.model.Escape#latex}) use the same one.
 */
public final class LatexName {
    private LatexName() {
    }

    /**
     * A name for LaTeX maths, to sit inside {@code \mathrm{…}}: {@code \ { } $ # % & _ ^ ~} and {@code < >}
     * as maths commands, line breaks and control characters as spaces. Nothing in it can close the maths, a
     * group or an environment.
     */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\backslash ");
                case '{', '}', '$', '#', '%', '&', '_' -> s.append('\\').append(c);
                case '^' -> s.append("\\hat{\\ }");
                case '~' -> s.append("\\sim ");
                case '<' -> s.append("\\lt ");
                case '>' -> s.append("\\gt ");
                default -> s.append(breaksLine(c) ? ' ' : c);
            }
        }
        return s.toString();
    }

    /** Line terminators (CommonMark's, Java's and Unicode's) and other control characters. */
    private static boolean breaksLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
