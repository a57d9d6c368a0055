package backprop.export.lint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's text as {@code lint} reads it: UTF-8 (a byte-order mark dropped), or ISO-8859-1 when the bytes are not
 * UTF-8 (a Latin-1 file's numbers are ASCII all the same); CRLF and CR line ends count as one line end each.
 * Refused, with one line: a folder, a missing or unreadable file, one over {@value #MAX_BYTES} bytes, or a binary
 * one (a NUL byte among its first {@value #SNIFF} bytes).
 *
 * @param name      the file as the user named it, for messages and the CSV
 * @param text      its text
 * @param lineStarts the offset in {@code text} at which each line starts (line 1 at 0)
 */
record Source(String name, String text, int[] lineStarts) {
    /** The largest file read: 5 MB, far more than any lecture's text. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int SNIFF = 8192;

    /** Reads {@code path}, named {@code name} in messages; refuses what is not a text file of a lecture's size. */
    static Source read(String name, Path path) throws LintInputException {
        if (Files.isDirectory(path)) {
            throw new LintInputException(name + ": is a folder, not a file");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new LintInputException(name + ": cannot read it (no such file, or not a readable file)");
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new LintInputException(name + ": larger than " + MAX_BYTES + " bytes (5 MB), the most lint reads");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new LintInputException(name + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new LintInputException(name + ": larger than " + MAX_BYTES + " bytes (5 MB), the most lint reads");
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) {
                throw new LintInputException(name + ": a binary file (a NUL byte at byte " + (i + 1) + "), not text");
            }
        }
        return of(name, decode(bytes));
    }

    /** {@code text} as a source named {@code name}. */
    static Source of(String name, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean end = c == '\n' || c == '\r' && (i + 1 == t.length() || t.charAt(i + 1) != '\n');
            if (end) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return new Source(name, t, Arrays.copyOf(starts, n));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The 1-based line on which {@code offset} stands. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
