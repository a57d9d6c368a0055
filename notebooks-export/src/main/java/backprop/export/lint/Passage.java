package backprop.export.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of a file read as maths ({@code $…$}, {@code $$…$$}, {@code \[…\]}, {@code \(…\)}, an {@code align}
 * block) or as prose (one line of text, or of a code fence: plain-text chains such as
 * {@code Path1: (0.46 * 0.1771) = 0.0815}, and an image's alt text, are found there). Left out altogether: SVG,
 * HTML comments and tags, URLs and a link's target.
 *
 * @param start where it starts in the file's text
 * @param end   where it ends (exclusive)
 * @param prose whether words end a chain (in prose "the sum is 2" is no product of names)
 */
record Passage(int start, int end, boolean prose) {
    /** How far a closing {@code $$}, {@code \]} or {@code \end{…}} is looked for: bounded, so a file of unclosed
     * openers is read in linear time. */
    static final int MAX_MATH = 20_000;
    /** How far the closing {@code $} of inline maths is looked for. */
    static final int MAX_INLINE = 2_000;
    /** What a search returns when it finds nothing. */
    private static final int NOT_FOUND = -1;
    private static final Pattern SVG_END = Pattern.compile("</svg>", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MATH_ENVIRONMENTS = Set.of("align", "align*", "aligned", "equation",
            "equation*", "gather", "gather*", "gathered", "eqnarray", "eqnarray*", "multline", "multline*", "split");

    /** Every passage of {@code text}, in order. */
    static List<Passage> of(String text) {
        return new Scanner(text).scan();
    }

    private static final class Scanner {
        private final String t;
        private final List<Passage> out = new ArrayList<>();
        /** For each closing delimiter, the offset before which no search found it. */
        private final Map<String, Integer> clearUntil = new HashMap<>();
        private int proseStart;

        Scanner(String text) {
            this.t = text;
        }

        List<Passage> scan() {
            int i = 0;
            boolean fence = false;
            boolean lineStart = true;
            while (i < t.length()) {
                if (lineStart && isFence(i)) {
                    // no prose to end here: the line end before it (or the file's start) ended it
                    fence = !fence;
                    i = lineEnd(i);
                    proseStart = i;
                    continue;
                }
                char c = t.charAt(i);
                lineStart = c == '\n' || c == '\r';
                if (lineStart) {
                    prose(i);
                    proseStart = ++i;
                    continue;
                }
                int from = i;
                i = fence ? i + 1 : step(i);
                // every step reads at least one character; one that did not would read the same one forever (checked
                // where assertions are on: in the tests, and under PIT, where a mutant that stalls fails at once)
                assert i > from : "lint: no progress at offset " + from + " in the scanner";
            }
            prose(t.length());
            return out;
        }

        /** Reads what starts at {@code i} outside a code fence; returns where to go on. */
        private int step(int i) {
            if (t.startsWith("$$", i)) {
                return math(i, 2, "$$", false);
            }
            if (t.startsWith("\\[", i)) {
                return math(i, 2, "\\]", false);
            }
            if (t.startsWith("\\(", i)) {
                return math(i, 2, "\\)", true);
            }
            if (t.charAt(i) == '$' && (i == 0 || t.charAt(i - 1) != '\\')) {
                return math(i, 1, "$", true);
            }
            if (t.startsWith("\\begin{", i)) {
                for (String env : MATH_ENVIRONMENTS) {
                    if (t.startsWith("\\begin{" + env + "}", i)) {
                        return environment(i, env);
                    }
                }
            }
            return skipped(i);
        }

        /** SVG, comments, tags, URLs, a link's target: left out; anything else stays prose. */
        private int skipped(int i) {
            int to = NOT_FOUND;
            if (t.regionMatches(true, i, "<svg", 0, 4)) {
                Matcher close = SVG_END.matcher(t);
                to = close.find(i) ? close.end() : t.length();
            } else if (t.startsWith("<!--", i)) {
                to = t.indexOf("-->", i);
                to = to == NOT_FOUND ? t.length() : to + 3;
            } else if (t.startsWith("http://", i) || t.startsWith("https://", i) || t.startsWith("www.", i)) {
                to = until(i, " \t\n\r)>]\"", MAX_INLINE);
            } else if (t.startsWith("](", i)) {
                to = until(i, ")\n\r", MAX_INLINE);
            } else if (t.charAt(i) == '<' && i + 1 < t.length()
                    && (Character.isLetter(t.charAt(i + 1)) || t.charAt(i + 1) == '/')) {
                int close = until(i, ">\n\r", 500);
                to = close < t.length() && t.charAt(close) == '>' && close - i < 500 ? close + 1 : -1;
            }
            if (to == NOT_FOUND) {
                return i + 1;
            }
            prose(i);
            proseStart = to;
            return to;
        }

        /**
         * Maths from {@code i} to its closing delimiter, looked for within {@value #MAX_INLINE} characters on the same
         * line for inline maths, {@value #MAX_MATH} for display maths; an opener never closed is read as text.
         */
        private int math(int i, int open, String close, boolean sameLine) {
            int from = i + open;
            int j = bounded(close, from, Math.min(t.length(), from + (sameLine ? MAX_INLINE : MAX_MATH)), sameLine);
            if (j == NOT_FOUND) {
                return from;
            }
            prose(i);
            add(from, j, false);
            proseStart = j + close.length();
            return proseStart;
        }

        /** An align (or equation) block; one never closed ends at the next blank line. */
        private int environment(int i, String env) {
            String end = "\\end{" + env + "}";
            int j = bounded(end, i, Math.min(t.length(), i + MAX_MATH), false);
            int stop;
            if (j == NOT_FOUND) {
                int blank = bounded("\n\n", i, Math.min(t.length(), i + MAX_MATH), false);
                j = blank == NOT_FOUND ? Math.min(t.length(), i + MAX_MATH) : blank;
                stop = j;
            } else {
                stop = j + end.length();
            }
            prose(i);
            add(i, j, false);
            proseStart = stop;
            return stop;
        }

        private void prose(int to) {
            add(proseStart, to, true);
            proseStart = to;
        }

        private void add(int from, int to, boolean prose) {
            if (to > from) {
                out.add(new Passage(from, to, prose));
            }
        }

        private boolean isFence(int i) {
            int j = i;
            while (j < t.length() && j - i < 3 && t.charAt(j) == ' ') {
                j++;
            }
            return t.startsWith("```", j) || t.startsWith("~~~", j);
        }

        private int lineEnd(int i) {
            return until(i, "\n\r", Integer.MAX_VALUE);
        }

        /** The first of {@code stops} from {@code i} on, or where the text ends, or {@code i + cap}. */
        private int until(int i, String stops, int cap) {
            int j = i;
            while (j < t.length() && j - i < cap && stops.indexOf(t.charAt(j)) < 0) {
                j++;
            }
            return j;
        }

        /**
         * Where {@code what} starts between {@code from} and {@code limit}, not past a line end if asked; or NOT_FOUND.
         * Where a search found nothing is remembered, so that a file of unclosed openers is read in linear time
         * (the scanner only moves forward: a later search starts at or after an earlier one).
         */
        private int bounded(String what, int from, int limit, boolean sameLine) {
            int j = Math.max(from, clearUntil.getOrDefault(what, 0));
            for (; j + what.length() <= limit; j++) {
                char c = t.charAt(j);
                if (sameLine && (c == '\n' || c == '\r')) {
                    break;
                }
                if (c == what.charAt(0) && t.startsWith(what, j)) {
                    return j;
                }
            }
            clearUntil.put(what, j);
            return NOT_FOUND;
        }
    }
}
