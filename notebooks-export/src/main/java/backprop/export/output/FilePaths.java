package backprop.export.output;

import java.util.HashSet;
import java.util.Set;

/**
 * The paths a run writes into its folder: each inside the folder ({@link Manifest#isRelativeInside}), each
 * written once, and none both a file and a folder of another file ({@code a} and {@code a/b}). A path is
 * refused here, before anything is written for it, so that the manifest never lists a file that cannot be made.
 * Only the paths are kept, never the files' contents.
 */
final class FilePaths {
    private final Set<String> files = new HashSet<>();
    private final Set<String> folders = new HashSet<>();

    /**
     * Adds {@code path} (forward slashes).
     *
     * @throws IllegalArgumentException when it leaves the folder
     * @throws IllegalStateException    when it was added before, or is a folder or file of one added before
     */
    void add(String path) {
        if (!Manifest.isRelativeInside(path)) {
            throw new IllegalArgumentException("OutputFolder: '" + path + "' must stay inside the folder");
        }
        if (files.contains(path)) {
            throw new IllegalStateException("OutputFolder: '" + path + "' written twice");
        }
        if (folders.contains(path)) {
            throw new IllegalStateException("OutputFolder: '" + path + "' is already a folder of written files");
        }
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            if (files.contains(path.substring(0, i))) {
                throw new IllegalStateException("OutputFolder: '" + path + "' is inside '" + path.substring(0, i)
                        + "', a file already written");
            }
        }
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            folders.add(path.substring(0, i));
        }
        files.add(path);
    }

    /** How many paths were added. */
    int size() {
        return files.size();
    }
}
