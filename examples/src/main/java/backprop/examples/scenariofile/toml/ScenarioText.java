package backprop.examples.scenariofile.toml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A scenario file's text: a regular file of at most {@link Limits#MAX_FILE_BYTES} bytes of UTF-8, strictly
 * decoded (a stray byte is an error naming the byte and its line, never a replacement character), with a
 * leading byte-order mark dropped, as editors on Windows write one.
 */
public final class ScenarioText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ScenarioText() {
    }

    /** The text of {@code file}; {@code name} is how errors call it. */
    public static String read(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new ScenarioFileException(name, 1, "is a directory, not a scenario file");
        }
        if (!Files.exists(file)) {
            throw new ScenarioFileException(name, 1, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ScenarioFileException(name, 1, "is not a regular file");
        }
        return withoutByteOrderMark(decode(bytes(file, name), name));
    }

    public static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static byte[] bytes(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                throw new ScenarioFileException(name, 1, "is larger than " + Limits.MAX_FILE_BYTES
                        + " bytes, the limit for a scenario file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(name, 1, "no such file");
        } catch (IOException e) {
            // the default file system's exceptions carry a message: the file's name, or the system's reason
            throw new ScenarioFileException(name, 1, "cannot be read: " + e.getClass().getSimpleName() + " "
                    + e.getMessage());
        }
    }

    /** UTF-8 decoding that reports the first malformed byte: "not UTF-8 text: byte 0xFF on line 3". */
    public static String decode(byte[] bytes, String name) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            // the decoder stops at the first malformed sequence: in.position() is its first byte, and the bytes
            // before it are UTF-8, so their line breaks are its line's
            int at = in.position();
            int line = 1 + (int) new String(bytes, 0, at, StandardCharsets.UTF_8).chars()
                    .filter(c -> c == '\n').count();
            throw new ScenarioFileException(name, line, String.format(java.util.Locale.ROOT,
                    "not UTF-8 text: byte 0x%02X on line %d; save the file as UTF-8", bytes[at] & 0xFF, line));
        }
    }
}
