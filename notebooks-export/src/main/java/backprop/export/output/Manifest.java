package backprop.export.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The tool's marker in every folder it writes: a file {@value #NAME} listing, one a line, the files it wrote.
 * A folder is the tool's to replace only when its contents are exactly the manifest and files and folders it
 * lists; deletion only ever removes what the manifest lists, and never follows a symbolic link.
 *
 * @param files the written files, relative paths with forward slashes, sorted
 */
record Manifest(Set<String> files) {
    static final String NAME = ".answer-key";
    static final String HEADER = "# answer-key output: the next answer-key run replaces this folder,"
            + " and refuses to if anything not listed here is added";

    Manifest {
        files = Collections.unmodifiableSortedSet(new TreeSet<>(files));
    }

    /** The manifest of an empty folder. */
    static Manifest empty() {
        return new Manifest(new TreeSet<>());
    }

    static boolean isRelativeInside(String path) {
        return !path.isEmpty() && !path.startsWith("/") && !path.endsWith("/") && !path.equals(NAME)
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\')
                && Stream.of(path.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    byte[] bytes() {
        return (HEADER + "\n" + String.join("", files.stream().map(f -> f + "\n").toList()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The folders that hold the listed files, deepest first. */
    List<String> folders() {
        SortedSet<String> folders = new TreeSet<>();
        for (String f : files) {
            for (int i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
                folders.add(f.substring(0, i));
            }
        }
        List<String> deepestFirst = new ArrayList<>(folders);
        deepestFirst.sort(Comparator.comparingLong((String d) -> d.chars().filter(c -> c == '/').count())
                .reversed().thenComparing(Comparator.reverseOrder()));
        return deepestFirst;
    }

    /** The manifest in {@code folder}, or empty when there is none or it is not one the tool wrote. */
    static Optional<Manifest> read(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).isEmpty()) {
            return Optional.empty();
        }
        List<String> listed = lines.subList(1, lines.size() - 1);
        if (!listed.stream().allMatch(Manifest::isRelativeInside)) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(new TreeSet<>(listed)));
    }

    /**
     * The first entry of {@code folder} that this manifest does not account for (a file it does not list, a
     * folder that holds none of its files, a symbolic link, anything not a file or folder), or empty.
     */
    Optional<String> firstForeignEntry(Path folder) throws IOException {
        List<String> folders = folders();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder))
                    .filter(p -> !accounts(folder, p, folders))
                    .map(p -> slashes(folder.relativize(p)))
                    .findFirst();
        }
    }

    /** The first listed file that is not a regular file in {@code folder}, or empty when all are there. */
    Optional<String> firstMissingFile(Path folder) {
        return files.stream().filter(f -> !Files.isRegularFile(folder.resolve(f), LinkOption.NOFOLLOW_LINKS)).findFirst();
    }

    private boolean accounts(Path folder, Path p, List<String> folders) {
        String relative = slashes(folder.relativize(p));
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return files.contains(relative) || relative.equals(NAME);
        }
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && folders.contains(relative);
    }

    private static String slashes(Path relative) {
        return String.join("/", Stream.iterate(0, i -> i < relative.getNameCount(), i -> i + 1)
                .map(i -> relative.getName(i).toString()).toList());
    }

    /**
     * Removes the listed files (regular files only), then the folders that held them if empty, the manifest,
     * and {@code folder} itself if it is empty then. Returns false when something not listed kept it.
     */
    boolean removeListed(Path folder) throws IOException {
        for (String f : files) {
            Path p = folder.resolve(f);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(p);
            }
        }
        for (String d : folders()) {
            removeIfEmpty(folder.resolve(d));
        }
        Path manifest = folder.resolve(NAME);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(manifest);
        }
        return removeIfEmpty(folder);
    }

    private static boolean removeIfEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
        }
        try {
            Files.delete(dir);
            return true;
        } catch (DirectoryNotEmptyException e) {
            return false;
        } catch (NoSuchFileException e) {
            return true;
        }
    }
}
