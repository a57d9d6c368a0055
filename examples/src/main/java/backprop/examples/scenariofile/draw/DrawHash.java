package backprop.examples.scenariofile.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which allowed value a student gets for one drawn entry: the documented, stable hash of variants/README.md
 * ("Templates"). index = the first 8 bytes (big-endian, unsigned) of
 * SHA-256(UTF-8 of {@code "backprop-workbook draw 1" NUL assignment NUL student NUL attempt NUL entry}) mod n.
 *
 * <p>Why a hash of each entry's own name and not one random stream per student: a stream hands out its numbers in
 * order, so adding a draw to the template would shift every later entry of every student. Keyed per entry and per
 * student, adding a student or an entry changes nobody else's numbers and no other entry. SHA-256 is specified, so
 * the same roster gives the same exams on any machine and in any later version; the version word "draw 1" in the
 * message is there so that a different scheme, if one is ever needed, is a different word and never a silent
 * change.
 */
public final class DrawHash {
    /** The first part of every hashed message; a new scheme must change it. */
    static final String SCHEME = "backprop-workbook draw 1";

    private DrawHash() {
    }

    /**
     * The index, in [0, n), of the value {@code student} gets for {@code entry} at attempt {@code attempt} (0, 1,
     * 2, …: a draw refused by a check is drawn again with the next attempt).
     */
    public static long index(String assignment, String student, int attempt, String entry, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("DrawHash: no value to choose from (n = " + n + ")");
        }
        if (attempt < 0) {
            throw new IllegalArgumentException("DrawHash: attempt " + attempt + " is negative");
        }
        String message = SCHEME + '\0' + assignment + '\0' + student + '\0' + attempt + '\0' + entry;
        byte[] digest = sha256(message.getBytes(StandardCharsets.UTF_8));
        long first = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            first = first << 8 | (digest[i] & 0xFF);
        }
        return Long.remainderUnsigned(first, n);
    }

    private static byte[] sha256(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's javadoc)
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
