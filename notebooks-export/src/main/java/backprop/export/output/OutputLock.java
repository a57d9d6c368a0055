package backprop.export.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on one output folder, held by one run at a time: an OS file lock on a file beside the
 * folder, {@code .NAME.answer-key-lock}. The OS releases it when the process dies, even by SIGKILL, so a
 * killed run never blocks the next one; the holder deletes the file when it is done.
 *
 * <p>Because the file is deleted, a run may lock a file that another run has just deleted; so the holder
 * writes a token of its own into the locked file and checks, through a second channel opened by the path, that
 * the path still shows that token, and tries again otherwise. The second channel stays open until the end: an
 * OS file lock is released when the process closes any of its channels to the file.
 */
final class OutputLock implements AutoCloseable {
    private static final int ATTEMPTS = 10;

    /**
     * The lock files this process holds, by their real paths. An OS file lock belongs to the process, and closing
     * any channel to its file releases it: a second attempt in the same process must not open one, or a refused
     * attempt would let another process in while the first run still writes.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path held;
    private final FileChannel channel;
    private final FileLock lock;
    private final FileChannel byPath;

    private OutputLock(Path file, Path held, FileChannel channel, FileLock lock, FileChannel byPath) {
        this.file = file;
        this.held = held;
        this.channel = channel;
        this.lock = lock;
        this.byPath = byPath;
    }

    static Path fileFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".answer-key-lock");
    }

    /**
     * Takes the lock of {@code target} (absolute, normalized, its parent existing), or refuses when another run
     * holds it: in another process, by the OS lock; in this one, by {@link #HELD}, before any channel to the file
     * is opened.
     */
    static OutputLock acquire(Path target) throws IOException {
        Path file = fileFor(target);
        Path held = file.getParent().toRealPath().resolve(file.getFileName());
        if (!HELD.add(held)) {
            throw OutputFolderException.locked();
        }
        try {
            return acquire(file, held);
        } catch (IOException | RuntimeException e) {
            HELD.remove(held);
            throw e;
        }
    }

    private static OutputLock acquire(Path file, Path held) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw OutputFolderException.locked();
            }
            byte[] token = (ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            FileChannel byPath = openOrNull(file);
            if (byPath != null && Arrays.equals(token, content(byPath, token.length + 1))) {
                return new OutputLock(file, held, channel, lock, byPath);
            }
            lock.release();
            channel.close();
            if (byPath != null) {
                byPath.close();
            }
        }
        throw new IOException("could not take the lock " + file + " in " + ATTEMPTS + " attempts");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static FileChannel openOrNull(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Up to {@code limit} bytes from the start of {@code channel}. */
    private static byte[] content(FileChannel channel, int limit) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(limit);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // reads on
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Deletes the lock file while still holding the lock, then releases it. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                try {
                    channel.close();
                    byPath.close();
                } finally {
                    HELD.remove(held);
                }
            }
        }
    }
}
