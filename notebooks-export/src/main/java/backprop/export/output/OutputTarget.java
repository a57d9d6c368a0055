package backprop.export.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule for {@code --out}: the folder belongs to the tool only. It may be a new folder, an empty folder, or
 * a folder whose contents are exactly what an earlier run listed in its {@link Manifest}; anything else is
 * refused before anything is touched: the file system's root, the caller's working or home folder (or one
 * that contains them, by name or through links), a symbolic link (not followed: the caller names the folder itself), a file, and a
 * folder holding anything the tool did not write.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    /**
     * Checks {@code target} (absolute, normalized) for {@code caller}; returns the manifest of what is there to
     * replace (empty for an empty folder), or empty when nothing is there.
     *
     * @throws OutputFolderException (refused) if the folder is not the tool's to write
     */
    static Optional<Manifest> check(Path target, Caller caller) throws IOException {
        if (target.getParent() == null) {
            throw OutputFolderException.refused("is the root of the file system");
        }
        Path real = Files.exists(target) ? target.toRealPath() : target;
        for (Path t : List.of(target, real)) {
            refuseIfHolds(t, caller.workingDirectory().toAbsolutePath().normalize(), "the current folder");
            refuseIfHolds(t, caller.home().toAbsolutePath().normalize(), "your home folder");
        }
        if (Files.isSymbolicLink(target)) {
            throw OutputFolderException.refused("is a symbolic link, which answer-key does not follow");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw OutputFolderException.refused("is a file, not a folder");
        }
        if (isEmpty(target)) {
            return Optional.of(Manifest.empty());
        }
        Manifest manifest = Manifest.read(target).orElseThrow(() -> OutputFolderException.refused(
                "is not empty and has no " + Manifest.NAME + " manifest, so answer-key did not write it"));
        Optional<String> foreign = manifest.firstForeignEntry(target);
        if (foreign.isPresent()) {
            throw OutputFolderException.refused("holds '" + foreign.get() + "', which answer-key did not write");
        }
        return Optional.of(manifest);
    }

    private static void refuseIfHolds(Path target, Path folder, String name) {
        if (folder.equals(target)) {
            throw OutputFolderException.refused("is " + name);
        }
        if (folder.startsWith(target)) {
            throw OutputFolderException.refused("contains " + name);
        }
    }

    static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
