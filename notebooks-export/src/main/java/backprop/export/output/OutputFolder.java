package backprop.export.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Files collected in memory and written all at once into a folder that belongs to the tool only
 * ({@link OutputTarget} says which folders may be written). Under an exclusive {@link OutputLock}, the files
 * go into a hidden staging folder beside the target ({@link StagingFolders}), with a {@link Manifest} listing
 * them; then the previous output is moved aside, the staging folder renamed into place, and the previous
 * output removed, file by listed file. A run that fails before the rename leaves the target as it was and
 * removes its staging folder; a killed run leaves folders the next run removes. Folders and files are created
 * with default permissions, so they follow the caller's umask.
 */
public final class OutputFolder {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    /** Adds a file at {@code relativePath} (forward slashes), as UTF-8 text. */
    public OutputFolder text(String relativePath, String content) {
        return bytes(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a file at {@code relativePath} (forward slashes) holding {@code content}, which the caller leaves unmodified. */
    public OutputFolder bytes(String relativePath, byte[] content) {
        if (!Manifest.isRelativeInside(relativePath)) {
            throw new IllegalArgumentException("OutputFolder: '" + relativePath + "' must stay inside the folder");
        }
        if (files.putIfAbsent(relativePath, content) != null) {
            throw new IllegalStateException("OutputFolder: '" + relativePath + "' written twice");
        }
        return this;
    }

    /** The files, by relative path, in sorted order. */
    public Map<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    /**
     * Refuses, touching nothing, a {@code target} the tool may not write for {@code caller}.
     *
     * @throws OutputFolderException (refused) with the reason
     */
    public static void check(Path target, Caller caller) {
        try {
            OutputTarget.check(absolute(target, caller), caller);
        } catch (IOException e) {
            throw OutputFolderException.failed("cannot inspect it", e);
        }
    }

    /**
     * Puts back {@code target}'s previous output when a run killed between its two renames left the target
     * missing and that output complete beside it ({@code .NAME.answer-key-old-N}); every run that uses
     * {@code --out} calls this first, so that even a run that then fails or is refused leaves the folder in
     * place. Takes the folder's lock for the move; while another run holds it, that run's swap is its own and
     * nothing is done. Returns a note naming what was put back, or empty.
     *
     * @throws OutputFolderException (not refused) when the move fails
     */
    public static Optional<String> putBackInterruptedSwap(Path target, Caller caller) {
        Path absolute = absolute(target, caller);
        try {
            if (StagingFolders.interruptedSwap(absolute).isEmpty()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // a folder it cannot look into: the run's own check says why
        }
        try {
            try (OutputLock lock = OutputLock.acquire(absolute)) {
                return StagingFolders.putBack(absolute).map(old -> "put back " + absolute
                        + ", which a killed run had left at " + old);
            }
        } catch (OutputFolderException locked) {
            return Optional.empty();
        } catch (IOException e) {
            throw OutputFolderException.failed("cannot put back the previous output", e);
        }
    }

    /**
     * Writes every file and puts them in place of {@code target} (relative to the caller's working directory).
     * Returns notes on leftovers of earlier runs that it left in place because they hold foreign files.
     *
     * @throws OutputFolderException when the target is refused, locked by another run, or writing fails
     */
    public List<String> writeTo(Path target, Caller caller) {
        Path absolute = absolute(target, caller);
        try {
            OutputTarget.check(absolute, caller);
            createParents(absolute);
            try (OutputLock lock = OutputLock.acquire(absolute)) {
                List<String> notes = new ArrayList<>(StagingFolders.cleanUp(absolute));
                Optional<Manifest> previous = OutputTarget.check(absolute, caller);
                putInPlace(stage(absolute), absolute, previous.isPresent(), notes);
                return notes;
            }
        } catch (IOException e) {
            throw OutputFolderException.failed("cannot write it", e);
        }
    }

    private static Path absolute(Path target, Caller caller) {
        return caller.resolve(target).toAbsolutePath().normalize();
    }

    private static void createParents(Path target) throws IOException {
        try {
            Files.createDirectories(target.getParent());
        } catch (FileAlreadyExistsException e) {
            throw OutputFolderException.refused("is inside " + e.getFile() + ", which is not a folder");
        }
    }

    /** The staging folder with the manifest, written first, and every file. */
    private Path stage(Path target) throws IOException {
        Path fresh = StagingFolders.createNew(target);
        try {
            Files.write(fresh.resolve(Manifest.NAME), new Manifest(files.keySet()).bytes());
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = fresh.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            return fresh;
        } catch (IOException | RuntimeException e) {
            StagingFolders.remove(fresh);
            throw e;
        }
    }

    /** target → old, fresh → target, then old removed file by listed file; on failure the target is restored. */
    private static void putInPlace(Path fresh, Path target, boolean replacing, List<String> notes) throws IOException {
        Path old = null;
        try {
            if (replacing) {
                old = StagingFolders.freeOldName(target);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            StagingFolders.remove(fresh);
            if (old != null && !Files.exists(target)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            notes.addAll(StagingFolders.cleanUp(target));
        }
    }
}
