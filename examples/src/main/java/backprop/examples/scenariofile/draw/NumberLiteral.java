package backprop.examples.scenariofile.draw;

/**
 * Finds a number's literal in a file's text from where tomlj says it is, so that a drawn value replaces exactly those
 * characters and nothing else of the file: its comments and layout stay as the instructor wrote them.
 */
final class NumberLiteral {
    private final String text;
    /** The offset of each line's first character: found once, since a template may draw 10,000 entries of 1 MB. */
    private final int[] lineStarts;

    NumberLiteral(String text) {
        this.text = text;
        this.lineStarts = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0),
                java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1))
                .toArray();
    }

    /**
     * The start and end offsets of the number at {@code spot}, or null when none is there. tomlj's column is 1-based
     * and counts code points; an array's entry may be reported where the space before it starts, so spaces, line
     * breaks and comments are skipped; a key's position is its name's, so the number is after its {@code =}. The
     * literal ends where TOML's number characters end (digits, letters of {@code 0x…}, {@code e}, {@code inf},
     * {@code _}, sign and point).
     */
    int[] locate(DrawNames.Spot spot) {
        if (spot.line() < 1 || spot.line() > lineStarts.length) {
            return null;
        }
        int i = text.offsetByCodePoints(lineStarts[spot.line() - 1], spot.column() - 1);
        if (spot.keyed()) {
            i = text.indexOf('=', i);
            if (i < 0) {
                return null;
            }
            i++;
        }
        i = skipSpace(i);
        int start = i;
        while (i < text.length() && numberCharacter(text.charAt(i))) {
            i++;
        }
        // an empty run (i = start) fails the pattern too: no number starts without a digit
        return text.substring(start, i).matches("[+-]?[0-9].*") ? new int[]{start, i} : null;
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean numberCharacter(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '+' || c == '-'
                || c == '.';
    }
}
