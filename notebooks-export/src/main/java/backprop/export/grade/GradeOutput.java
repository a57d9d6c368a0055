package backprop.export.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file the grader writes (--csv, --feedback), whole or not at all: the text goes to a hidden temporary file beside
 * it, which is then moved over the name in one step, so that a reader, or a grading stopped half way, never sees
 * half a page, and a file that was there stays as it was when the write fails.
 */
final class GradeOutput {
    private GradeOutput() {
    }

    /** Writes {@code text} to {@code file} as UTF-8; a failure is one line naming the file and {@code what} it held. */
    static void write(Path file, String text, String what) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            // created as any new file is (the umask's permissions, not createTempFile's owner-only ones)
            // (a name already taken is refused, and not removed: it is not ours)
            temp = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + ".tmp"));
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            // beside its name, so on the same file system: rename(2), which replaces the name in one step
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GradeInputException(file.toString(), 1, "cannot write " + what + ": " + e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the write's own failure, if any, is the one to report; a temporary file left behind is harmless
        }
    }
}
