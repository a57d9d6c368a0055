package backprop.export.grade;

import java.util.Locale;

/**
 * Text from a student's notebook or a grading cell's output made safe for one line of a terminal or a CSV cell:
 * line breaks and every other control character (escape sequences included) shown as escapes.
 */
final class OneLine {
    private OneLine() {
    }

    static String of(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
