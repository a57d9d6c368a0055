package backprop.examples.scenariofile.toml;

/**
 * Refuses TOML whose arrays or inline tables nest deeper than {@link Limits#MAX_TOML_NESTING}, before the TOML
 * parser sees it: that parser is recursive, and ten thousand opening brackets would overflow its stack. Strings
 * and comments are skipped, so a bracket inside a title does not count.
 */
public final class TomlNesting {
    private final String text;
    private int pos;
    private int line = 1;

    private TomlNesting(String text) {
        this.text = text;
    }

    public static void check(String text, TomlReader r) {
        new TomlNesting(text).scan(r);
    }

    private void scan(TomlReader r) {
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '"' || c == '\'') {
                skipString(c);
            } else {
                depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
                if (depth > Limits.MAX_TOML_NESTING) {
                    throw r.error(line, "arrays or tables nested deeper than " + Limits.MAX_TOML_NESTING
                            + " levels, the limit for a scenario file");
                }
                advance();
            }
        }
    }

    private void skipString(char quote) {
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, pos)) {
            pos += 3;
            skipTo(triple, quote == '"');
        } else {
            advance();
            skipTo(String.valueOf(quote), quote == '"');
        }
    }

    /** Moves past the next {@code end} (or to the end of the text), counting lines; a backslash escapes one char. */
    private void skipTo(String end, boolean escapes) {
        while (pos < text.length() && !text.startsWith(end, pos)) {
            if (escapes && text.charAt(pos) == '\\') {
                advance();
            }
            if (end.equals("\"") || end.equals("'")) {
                if (pos < text.length() && text.charAt(pos) == '\n') {
                    return; // an unclosed one-line string: the TOML parser reports it
                }
            }
            advance();
        }
        pos = Math.min(text.length(), pos + end.length());
    }

    private void advance() {
        if (pos < text.length() && text.charAt(pos) == '\n') {
            line++;
        }
        pos++;
    }
}
