package backprop.export.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A staging folder being filled one file at a time, so that at every moment it holds nothing but what its
 * {@link Manifest} lists, and a run killed at any point leaves a folder {@link StagingFolders#cleanUp} removes:
 * the manifest's header is written first; then, for each file, its line is appended to the manifest (one write,
 * newline included) before its folders and the file are created. A kill can leave a listed file missing or
 * half-written, or the manifest's last line cut short ({@link Manifest#readStaging}); never an unlisted file.
 * The manifest lists the files in the order they were written. Only the paths are kept in memory.
 */
final class StagedFolder {
    private final Path folder;
    private final FileChannel manifest;
    private final FilePaths paths = new FilePaths();
    /** The files written by {@link #append}, which later appends add to. */
    private final java.util.Set<String> appended = new java.util.HashSet<>();

    private StagedFolder(Path folder, FileChannel manifest) {
        this.folder = folder;
        this.manifest = manifest;
    }

    /** A new staging folder beside {@code target}, holding the manifest's header. */
    static StagedFolder create(Path target) throws IOException {
        Path folder = StagingFolders.createNew(target);
        FileChannel manifest = null;
        try {
            manifest = FileChannel.open(folder.resolve(Manifest.NAME), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            writeAll(manifest, Manifest.headerLine());
            return new StagedFolder(folder, manifest);
        } catch (IOException | RuntimeException e) {
            if (manifest != null) {
                manifest.close();
            }
            StagingFolders.remove(folder);
            throw e;
        }
    }

    /**
     * Lists {@code relativePath} in the manifest, then creates its folders and the file holding {@code content}.
     *
     * @throws IllegalArgumentException when the path leaves the folder (nothing written)
     * @throws IllegalStateException    when the path was written before, or is a folder or file of one that was
     *                                  (nothing written)
     */
    void write(String relativePath, byte[] content) throws IOException {
        paths.add(relativePath);
        writeAll(manifest, Manifest.line(relativePath));
        Path file = folder.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Appends {@code content} to the file at {@code relativePath}: the first time, lists it in the manifest and
     * creates it as {@link #write} does; afterwards adds to its end. A file written by {@link #write} cannot be
     * appended to, nor the other way round.
     */
    void append(String relativePath, byte[] content) throws IOException {
        if (!appended.contains(relativePath)) {
            write(relativePath, content);
            appended.add(relativePath);
            return;
        }
        Files.write(folder.resolve(relativePath), content, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** How many files were written. */
    int size() {
        return paths.size();
    }

    /** Closes the manifest; returns the folder, complete, to be put in place. */
    Path finish() throws IOException {
        manifest.close();
        return folder;
    }

    /** Closes the manifest and removes the folder: only what the manifest lists. */
    void discard() throws IOException {
        try {
            manifest.close();
        } finally {
            StagingFolders.remove(folder);
        }
    }

    /** Writes all of {@code bytes} at the end of {@code channel} (opened to append): one write, as a rule. */
    private static void writeAll(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
