package backprop.examples.scenariofile.toml;

import java.util.function.Supplier;

/**
 * A scenario file's text without its blank and comment-only lines, for the TOML parser, and the way back from a
 * line of that text to the file's own line.
 *
 * <p>Why: tomlj's error recovery looks ahead over the whole run of blank and comment lines at every line of such a
 * run, and its prediction over the run grows faster still: measured on 2 cores, 1,000 lines of {@code "# c"} and a
 * blank line took 59 s, 3,000 comment lines before a valid file 218 s. A legal file (1 MB holds 500,000 blank lines)
 * could hold the main command for hours. The parser never needs those lines: dropping them leaves every key, value
 * and table as it was, and each position tomlj reports is mapped back to the file's line by {@link #original}.
 *
 * <p>A line is dropped only when it is outside a multi-line string and holds nothing but spaces and tabs, then
 * optionally a comment of characters TOML allows in one (no control character but tab): a comment tomlj would
 * refuse stays, for tomlj to refuse with its line. Lines inside {@code """…"""} and {@code '''…'''} stay as they
 * are, since there a {@code #} or a blank line is part of the string.
 */
public final class TriviaLines {
    private static final ThreadLocal<TriviaLines> READING = new ThreadLocal<>();
    /** What {@link #closing} gives when the line does not close the string. */
    private static final int NOT_CLOSED = -1;

    private final String text;
    private final int[] kept;
    private final int lines;

    private TriviaLines(String text, int[] kept, int lines) {
        this.text = text;
        this.kept = kept;
        this.lines = lines;
    }

    /** {@code text} without its blank and comment-only lines (outside multi-line strings). */
    public static TriviaLines dropFrom(String text) {
        String[] all = text.split("\n", -1);
        boolean broken = text.endsWith("\n"); // then split's last piece is no line
        int lines = broken ? all.length - 1 : all.length;
        StringBuilder out = new StringBuilder(text.length());
        int[] kept = new int[lines];
        int count = 0;
        String open = null; // the delimiter of the multi-line string the line starts inside, or null
        for (int i = 0; i < lines; i++) {
            // the last line, when no line break ends it, stays: tomlj's end of input is then on it
            boolean last = i == lines - 1 && !broken;
            if (open != null || last || !trivia(all[i])) {
                kept[count++] = i + 1;
                out.append(all[i]).append(last ? "" : "\n");
                open = stillOpen(all[i], open);
            }
        }
        return new TriviaLines(out.toString(), java.util.Arrays.copyOf(kept, count), lines);
    }

    /** The text tomlj parses. */
    public String text() {
        return text;
    }

    /**
     * The file's line of line {@code line} of {@link #text()}; a line past its end (tomlj's end of input after a
     * final line break) is as far past the file's last line.
     */
    public int original(int line) {
        return line <= kept.length ? kept[line - 1] : lines + (line - kept.length);
    }

    /** Runs {@code read} with {@code lines} as the mapping {@link #current(int)} applies on this thread. */
    public static <T> T reading(TriviaLines lines, Supplier<T> read) {
        TriviaLines before = READING.get();
        READING.set(lines);
        try {
            return read.get();
        } finally {
            if (before == null) {
                READING.remove();
            } else {
                READING.set(before);
            }
        }
    }

    /** A line tomlj reported, as the file's line: mapped while a file is being read, else as it is. */
    public static int current(int line) {
        TriviaLines lines = READING.get();
        return lines == null ? line : lines.original(line);
    }

    /** Only spaces and tabs, then optionally a comment tomlj accepts; a CR only as the line break's. */
    static boolean trivia(String line) {
        int i = 0;
        int n = line.endsWith("\r") ? line.length() - 1 : line.length();
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == n) {
            return true;
        }
        if (line.charAt(i) != '#') {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            char c = line.charAt(j);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The multi-line string still open after {@code line}, which starts inside {@code open} (a delimiter, or null
     * outside any string): comments and one-line strings end with the line; a backslash escapes one character in a
     * basic string.
     */
    static String stillOpen(String line, String open) {
        int i = open == null ? 0 : closing(line, 0, open);
        if (i == NOT_CLOSED) {
            return open;
        }
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#') {
                return null;
            }
            if (c == '"' || c == '\'') {
                String triple = String.valueOf(c).repeat(3);
                boolean multiLine = line.startsWith(triple, i);
                String delimiter = multiLine ? triple : String.valueOf(c);
                i = closing(line, i + delimiter.length(), delimiter);
                if (i == NOT_CLOSED) {
                    return multiLine ? triple : null; // a one-line string left open: tomlj refuses it
                }
                continue;
            }
            i++;
        }
        return null;
    }

    /** The index just past {@code delimiter} closing a string from {@code from}, or {@link #NOT_CLOSED}. */
    private static int closing(String line, int from, String delimiter) {
        boolean escapes = delimiter.charAt(0) == '"';
        int i = from;
        while (i < line.length()) {
            if (escapes && line.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (line.startsWith(delimiter, i)) {
                int end = i + delimiter.length();
                // """" or """"" close with the quotes before the last three as content (TOML 1.0)
                while (delimiter.length() == 3 && end < line.length() && line.charAt(end) == delimiter.charAt(0)
                        && end - i < 5) {
                    end++;
                }
                return end;
            }
            i++;
        }
        return NOT_CLOSED;
    }
}
