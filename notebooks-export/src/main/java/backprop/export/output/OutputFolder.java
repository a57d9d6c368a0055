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
 * Files written into a folder that belongs to the tool only ({@link OutputTarget} says which folders may be
 * written): collected in memory and written at once ({@link #writeTo}, in sorted order), or written one by one
 * as they are made ({@link #stream}, memory flat). Under an exclusive {@link OutputLock}, the files go into a
 * hidden staging folder beside the target ({@link StagingFolders}), each listed in its {@link Manifest} before
 * it is created ({@link StagedFolder}); then the previous output is moved aside, the staging folder renamed into
 * place, and the previous output removed, file by listed file. A run that fails before the rename leaves the target as it was and
 * removes its staging folder; a killed run leaves folders the next run removes. Folders and files are created
 * with default permissions, so they follow the caller's umask.
 */
public final class OutputFolder {
    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final FilePaths paths = new FilePaths();

    /** Adds a file at {@code relativePath} (forward slashes), as UTF-8 text. */
    public OutputFolder text(String relativePath, String content) {
        return bytes(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds a file at {@code relativePath} (forward slashes) holding {@code content}, which the caller leaves
     * unmodified.
     *
     * @throws IllegalArgumentException when the path leaves the folder; IllegalStateException when it was added
     *                                  before, or is a folder or file of one that was
     */
    public OutputFolder bytes(String relativePath, byte[] content) {
        paths.add(relativePath);
        files.put(relativePath, content);
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
     * Writes every file and puts them in place of {@code target} (relative to the caller's working directory),
     * as {@link #stream} does. Returns notes on leftovers of earlier runs that it left in place because they hold
     * foreign files.
     *
     * @throws OutputFolderException when the target is refused, locked by another run, or writing fails
     */
    public List<String> writeTo(Path target, Caller caller) {
        try (Stream stream = stream(target, caller)) {
            files.forEach(stream::bytes);
            return stream.commit();
        }
    }

    /**
     * Opens {@code target} (relative to the caller's working directory) to be written file by file, memory flat
     * whatever the number of files: refuses what {@link #writeTo} refuses before anything is written, takes the
     * folder's lock (held until the stream ends), removes killed runs' leftovers, and creates the staging
     * folder. Use it in a try-with-resources and call {@link Stream#commit} once every file is written; a stream
     * closed without it leaves nothing.
     *
     * @throws OutputFolderException when the target is refused, locked by another run, or cannot be written
     */
    public static Stream stream(Path target, Caller caller) {
        Path absolute = absolute(target, caller);
        try {
            OutputTarget.check(absolute, caller);
            createParents(absolute);
            OutputLock lock = OutputLock.acquire(absolute);
            try {
                List<String> notes = new ArrayList<>(StagingFolders.cleanUp(absolute));
                OutputTarget.check(absolute, caller);
                return new Stream(absolute, caller, lock, StagedFolder.create(absolute), notes);
            } catch (IOException | RuntimeException e) {
                try {
                    lock.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
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

    /**
     * An output folder being written file by file ({@link OutputFolder#stream}): each file goes to disk at once,
     * listed in the staging folder's manifest before it is created ({@link StagedFolder}), and only its path is
     * kept; {@link #commit} puts the folder in place as {@link OutputFolder#writeTo} does. The stream ends at its
     * commit, at the first failed write, or when closed; each end releases the folder's lock, and each but a
     * successful commit removes the staging folder. For one thread at a time.
     */
    public static final class Stream implements AutoCloseable {
        private final Path target;
        private final Caller caller;
        private final OutputLock lock;
        private final StagedFolder staged;
        private final List<String> notes;
        /** How the stream ended ("committed", "failed", "closed"), or null while it is open. Modified. */
        private String ended;

        private Stream(Path target, Caller caller, OutputLock lock, StagedFolder staged, List<String> notes) {
            this.target = target;
            this.caller = caller;
            this.lock = lock;
            this.staged = staged;
            this.notes = notes;
        }

        /** Writes a file at {@code relativePath} (forward slashes), as UTF-8 text. */
        public Stream text(String relativePath, String content) {
            return bytes(relativePath, content.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Writes a file at {@code relativePath} (forward slashes) holding {@code content}, which is not modified.
         *
         * @throws IllegalArgumentException when the path leaves the folder; IllegalStateException when it was
         *                                  written before, or the stream has ended (nothing written, either way)
         * @throws OutputFolderException    when the write fails, which ends the stream
         */
        public Stream bytes(String relativePath, byte[] content) {
            requireOpen();
            try {
                staged.write(relativePath, content);
            } catch (IOException e) {
                end("failed", true);
                throw OutputFolderException.failed("cannot write it", e);
            }
            return this;
        }

        /**
         * Adds {@code content} (UTF-8) to the end of the file at {@code relativePath}, creating it the first time:
         * for a file made of many parts (a class's key.csv, a row per student), which then is never held whole. The
         * path is listed in the manifest before the file is created, as for {@link #bytes}; a file written whole
         * cannot be appended to, nor the other way round.
         *
         * @throws IllegalArgumentException when the path leaves the folder; IllegalStateException when it was
         *                                  written whole before, or the stream has ended
         * @throws OutputFolderException    when the write fails, which ends the stream
         */
        public Stream append(String relativePath, String content) {
            requireOpen();
            try {
                staged.append(relativePath, content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                end("failed", true);
                throw OutputFolderException.failed("cannot write it", e);
            }
            return this;
        }

        /** How many files were written. */
        public int size() {
            return staged.size();
        }

        /**
         * Puts the written folder in place of the target, which is checked again first (a file added to it
         * while the stream was open is refused), and ends the stream. Returns notes on leftovers of earlier runs
         * left in place because they hold foreign files.
         *
         * @throws OutputFolderException when the target is now refused, or the swap fails (the target as it was)
         */
        public List<String> commit() {
            requireOpen();
            try {
                boolean replacing = OutputTarget.check(target, caller).isPresent();
                putInPlace(staged.finish(), target, replacing, notes);
                end("committed", false);
                return List.copyOf(notes);
            } catch (IOException e) {
                end("failed", true);
                throw OutputFolderException.failed("cannot write it", e);
            } catch (RuntimeException e) {
                end("failed", true);
                throw e;
            }
        }

        /** Ends a stream not committed: removes the staging folder (what its manifest lists) and the lock. */
        @Override
        public void close() {
            if (ended == null) {
                end("closed", true);
            }
        }

        private void requireOpen() {
            if (ended != null) {
                throw new IllegalStateException("OutputFolder.Stream: " + ended + " already");
            }
        }

        private void end(String how, boolean discard) {
            ended = how;
            try {
                try {
                    if (discard) {
                        staged.discard();
                    }
                } finally {
                    lock.close();
                }
            } catch (IOException e) {
                throw OutputFolderException.failed("cannot end the run", e);
            }
        }
    }
}
