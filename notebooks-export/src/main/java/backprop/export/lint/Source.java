package backprop.export.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A file's text as {@code lint} reads it: UTF-8 (a byte-order mark dropped); CRLF and CR line ends count as one
 * line end each. Refused, with one line: a folder, a missing or unreadable file, a FIFO or a device, one over
 * {@value #MAX_BYTES} bytes, a binary one (a NUL byte among its first {@value #SNIFF} bytes), or one not in UTF-8
 * ({@code FILE:LINE: not UTF-8 text: byte 0xE9 on line LINE}, as the main command says of a scenario file).
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
        if (!Files.exists(path)) {
            throw new LintInputException(name + ": no such file");
        }
        // a FIFO would block the reader until someone writes to it, /dev/zero would never end: files only
        if (!Files.isRegularFile(path)) {
            throw new LintInputException(name + ": is not a regular file (a FIFO, a device or a socket); lint reads"
                    + " files only");
        }
        if (!Files.isReadable(path)) {
            throw new LintInputException(name + ": cannot read it (no permission)");
        }
        byte[] bytes;
        // at most one byte past the limit is read, so a file that grows while it is read is refused all the same
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
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
        return of(name, decode(name, bytes));
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

    /**
     * Strict UTF-8, as the main command reads a scenario file: a byte that is not UTF-8 is refused, naming it and
     * its line, rather than guessed at (a Windows-1252 minus read as Latin-1 is a control character, and its claim
     * would be lost without a word).
     */
    static String decode(String name, byte[] bytes) throws LintInputException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            // the decoder stops at the first malformed sequence: in.position() is its first byte
            int at = in.position();
            // the bytes before it are UTF-8: its line is 1 + the line ends among them
            String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            throw new LintInputException(String.format(Locale.ROOT, "%s:%d: not UTF-8 text: byte 0x%02X on line %d;"
                    + " save the file as UTF-8", name, line, bytes[at] & 0xFF, line));
        }
    }

    /** The 1-based line on which {@code offset} stands. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
