package backprop.export.grade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;

/**
 * What the grader reads, and what it writes, checked before anything is opened: an input is a regular file
 * (a FIFO would block the grader, a device such as {@code /dev/zero} never ends) of at most its bound, read
 * without going past the bound; {@code --csv} is not a folder and not one of the inputs (the grades written over
 * the answer key). The largest files the workbook writes are far below the bounds: an instructor notebook 0.3 MB,
 * answer-key.csv with the example variants under 1 MB.
 */
final class GradeInput {
    /** The most a notebook (--instructor, --student) may hold: 50 MB. */
    static final int NOTEBOOK_BYTES = 50_000_000;
    /** The most a CSV file (--answers, --key) may hold: 10 MB. */
    static final int CSV_BYTES = 10_000_000;

    private GradeInput() {
    }

    /**
     * Why {@code file}, given as {@code option}, cannot be read, as the line {@code --option FILE: why}; empty when it
     * is a regular file of at most {@code bound} bytes, or when its attributes cannot be read (then the read itself
     * says why, at line 1).
     */
    static Optional<String> refusal(String option, Path file, int bound) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        String why = a.isDirectory() ? "is a folder, not a file"
                : !a.isRegularFile() ? "is not a regular file (a FIFO, a device or a socket); the grader reads files only"
                : a.size() > bound ? "is " + a.size() + " bytes, more than the " + bound + " the grader reads"
                : null;
        return Optional.ofNullable(why).map(w -> option + " " + file + ": " + w);
    }

    /**
     * Why {@code csv} may not be written, as the line {@code --csv FILE: why}: it is a folder, or the same file
     * as one of {@code inputs} (by option), by any name or link; empty otherwise.
     */
    static Optional<String> outputRefusal(Path csv, Map<String, Path> inputs) {
        return outputRefusal("--csv", csv, inputs);
    }

    /**
     * Why {@code file}, an output given as {@code option}, may not be written, as the line {@code --option FILE: why}:
     * it is a folder, or the same file as one of {@code inputs} (by option, an earlier output among them), by any
     * name or link; empty otherwise.
     */
    static Optional<String> outputRefusal(String option, Path file, Map<String, Path> inputs) {
        if (Files.isDirectory(file)) {
            return Optional.of(option + " " + file + ": is a folder, not a file");
        }
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            if (sameFile(file, input.getValue()) || file.toAbsolutePath().normalize()
                    .equals(input.getValue().toAbsolutePath().normalize())) {
                return Optional.of(option + " " + file + ": is the same file as " + input.getKey() + " "
                        + input.getValue() + "; the grader does not write over what it reads");
            }
        }
        return Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The UTF-8 text of {@code file}, read to at most {@code bound} bytes (a file that grew since it was checked,
     * or one that states no size, as {@code /proc}'s do, is refused past it, at line 1); anything but a regular file
     * is refused before it is opened.
     */
    static String text(Path file, int bound) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new GradeInputException(file.toString(), 1, "not a regular file; the grader reads files only");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(bound + 1);
        } catch (IOException e) {
            throw new GradeInputException(file.toString(), 1, "cannot read: " + e.getMessage());
        }
        if (bytes.length > bound) {
            throw new GradeInputException(file.toString(), 1, "more than the " + bound + " bytes the grader reads");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GradeInputException(file.toString(), 1, "cannot read: not UTF-8 text");
        }
    }
}
