package backprop.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files collected in memory and written all at once: into a fresh folder beside the target, which then
 * replaces the target by a rename. A run that fails before the rename leaves the target as it was and
 * removes its own half-written folder; no reader ever sees a mix of old and new files.
 */
public final class OutputFolder {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    /** Adds a file at {@code relativePath} (forward slashes), as UTF-8 text. */
    public OutputFolder text(String relativePath, String content) {
        if (relativePath.startsWith("/") || relativePath.contains("..")) {
            throw new IllegalArgumentException("OutputFolder: '" + relativePath + "' must stay inside the folder");
        }
        if (files.putIfAbsent(relativePath, content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) != null) {
            throw new IllegalStateException("OutputFolder: '" + relativePath + "' written twice");
        }
        return this;
    }

    /** The files, by relative path, in sorted order. */
    public Map<String, byte[]> files() {
        return java.util.Collections.unmodifiableSortedMap(files);
    }

    /** Writes every file into a fresh sibling folder, then puts it in place of {@code target}. */
    public void writeTo(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path fresh = null;
        Path old = null;
        try {
            Files.createDirectories(parent);
            fresh = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = fresh.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            if (Files.exists(absolute)) {
                old = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".old-");
                Files.delete(old);
                move(absolute, old);
            }
            move(fresh, absolute);
            fresh = null;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + target + ": " + e.getMessage(), e);
        } finally {
            if (fresh != null) {
                deleteTree(fresh);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("removing " + root, e);
        }
    }
}
