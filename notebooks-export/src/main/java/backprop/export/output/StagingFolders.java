package backprop.export.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden folders beside an output folder {@code NAME} while a run writes it: {@code .NAME.answer-key-new-N}
 * (the files being written) and {@code .NAME.answer-key-old-N} (the previous output, until the new one is in
 * place). Both carry a {@link Manifest} that lists each file before it is created ({@link StagedFolder}), so a
 * run killed at any point leaves folders the next run recognises by name and marker, and removes; a folder of
 * that name holding anything else is left.
 */
final class StagingFolders {
    private static final String NEW = ".answer-key-new-";
    private static final String OLD = ".answer-key-old-";

    private StagingFolders() {
    }

    /** A new, empty staging folder for {@code target}, created with the caller's default permissions. */
    static Path createNew(Path target) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(target.resolveSibling(name(target, NEW)));
            } catch (FileAlreadyExistsException e) {
                // another number
            }
        }
    }

    /** A free name beside {@code target} to move the previous output to. */
    static Path freeOldName(Path target) {
        Path old;
        do {
            old = target.resolveSibling(name(target, OLD));
        } while (Files.exists(old, LinkOption.NOFOLLOW_LINKS));
        return old;
    }

    private static String name(Path target, String kind) {
        return "." + target.getFileName() + kind + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    }

    /**
     * The previous output to put back in place of {@code target}, or empty: when the target is missing (not even a
     * link) and an old folder beside it is complete, exactly its manifest and every file the manifest lists (a
     * run killed between its two renames, target → old and staged → target, leaves that; a staged folder alone
     * is a run that never had a previous output, and is left to {@link #cleanUp}). Of several, the first by name.
     */
    static Optional<Path> interruptedSwap(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent) || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        for (Path p : leftovers(target)) {
            if (is(p, OLD) && isComplete(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Puts back the previous output of a swap a killed run left half done ({@link #interruptedSwap}); call only
     * while holding the target's {@link OutputLock}. Returns the old folder it moved, or empty.
     */
    static Optional<Path> putBack(Path target) throws IOException {
        Optional<Path> old = interruptedSwap(target);
        if (old.isPresent()) {
            Files.move(old.get(), target, StandardCopyOption.ATOMIC_MOVE);
        }
        return old;
    }

    /**
     * Cleans up after killed runs on {@code target}; call only while holding its {@link OutputLock}. An
     * interrupted swap is put back first ({@link #putBack}). Returns one note per folder left in place because
     * it holds anything else.
     */
    static List<String> cleanUp(Path target) throws IOException {
        putBack(target);
        List<Path> leftovers = leftovers(target);
        List<String> notes = new ArrayList<>();
        for (Path p : leftovers) {
            if (!isOurs(p) || !remove(p)) {
                notes.add("left " + p + " in place: it holds files answer-key did not write");
            }
        }
        return notes;
    }

    private static List<Path> leftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            return new ArrayList<>(siblings.filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith(prefix + NEW) && n.substring(prefix.length() + NEW.length()).matches("[0-9]+"))
                        || (n.startsWith(prefix + OLD) && n.substring(prefix.length() + OLD.length()).matches("[0-9]+"));
            }).filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList());
        }
    }

    /** Empty, only a manifest (a run killed while writing it), or exactly a manifest and what it lists. */
    private static boolean isOurs(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.allMatch(p -> p.getFileName().toString().equals(Manifest.NAME)
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))) {
                return true;
            }
        }
        Optional<Manifest> m = manifest(folder);
        return m.isPresent() && m.get().firstForeignEntry(folder).isEmpty();
    }

    /**
     * A leftover's manifest: a staging folder's may end in a line a killed append cut short
     * ({@link Manifest#readStaging}); an old folder was a finished output, whose manifest is whole.
     */
    private static Optional<Manifest> manifest(Path folder) throws IOException {
        return is(folder, NEW) ? Manifest.readStaging(folder) : Manifest.read(folder);
    }

    /**
     * Whether {@code folder}'s name ends in {@code kind} and a number: by its end, since the output folder's own
     * name may hold the other kind ({@code .a.answer-key-old-1.answer-key-new-2} is a staging folder).
     */
    private static boolean is(Path folder, String kind) {
        return folder.getFileName().toString().matches(".*" + Pattern.quote(kind) + "[0-9]+");
    }

    /**
     * A folder as a finished run leaves it: the manifest, every file it lists, and nothing else; or empty (an
     * empty folder given as {@code --out}, moved aside whole).
     */
    private static boolean isComplete(Path folder) throws IOException {
        if (OutputTarget.isEmpty(folder)) {
            return true;
        }
        Optional<Manifest> m = Manifest.read(folder);
        return m.isPresent() && m.get().firstForeignEntry(folder).isEmpty() && m.get().firstMissingFile(folder).isEmpty();
    }

    /** Removes a folder checked by {@link #isOurs}, or a run's own staging folder: only what its manifest lists. */
    static boolean remove(Path folder) throws IOException {
        return manifest(folder).orElse(Manifest.empty()).removeListed(folder);
    }
}
