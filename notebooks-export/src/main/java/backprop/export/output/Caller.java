package backprop.export.output;

import java.nio.file.Path;

/**
 * Who runs the command: relative {@code --out} and {@code --variant} paths are the caller's, resolved against
 * the caller's working directory (never the repository's), and the caller's own folders are never replaced.
 *
 * @param workingDirectory what relative paths are resolved against; the empty path means the process's own
 *                         working directory, which keeps the paths as typed in messages
 * @param home             the caller's home folder, which {@code --out} may neither be nor contain
 */
public record Caller(Path workingDirectory, Path home) {

    /** The process's caller: its working directory and {@code user.home}. */
    public static Caller current() {
        return new Caller(Path.of(""), Path.of(System.getProperty("user.home")));
    }

    /** {@code path} as the caller means it. */
    public Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }
}
