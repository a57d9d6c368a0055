package backprop.export.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
        return !path.isEmpty() && !path.equals(NAME) && isWholeNames(path, path.split("/", -1).length);
    }

    /**
     * Whether {@code path} holds no control character or backslash, and its first {@code whole} segments are
     * names (not empty, {@code .} or {@code ..}; so a path starting with "/" has an empty first one).
     */
    private static boolean isWholeNames(String path, int whole) {
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\')
                && Stream.of(path.split("/", -1)).limit(whole)
                .noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    byte[] bytes() {
        return (HEADER + "\n" + String.join("", files.stream().map(f -> f + "\n").toList()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest's first line, written before any file. */
    static byte[] headerLine() {
        return (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The line that lists {@code file}, appended before the file is created. */
    static byte[] line(String file) {
        return (file + "\n").getBytes(StandardCharsets.UTF_8);
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

    /**
     * The manifest in {@code folder}, or empty when there is none or it is not one the tool wrote: the header
     * line, then one listed file a line, every line ending in a newline, all of it UTF-8.
     */
    static Optional<Manifest> read(Path folder) throws IOException {
        return read(folder, false);
    }

    /**
     * The manifest of a staging folder, which a run killed while appending to it may have left with a last line
     * cut short: as {@link #read}, but that line, without its newline, is allowed when it can begin a line the
     * tool appends (a start of a path {@link #isRelativeInside} allows, possibly ending inside a UTF-8
     * sequence). It is not listed: its file is created only after the whole line is written, so it is not there.
     */
    static Optional<Manifest> readStaging(Path folder) throws IOException {
        return read(folder, true);
    }

    private static Optional<Manifest> read(Path folder, boolean cutLastLine) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        int complete = lastNewline(bytes) + 1;
        boolean cut = complete < bytes.length;
        if (cut && !(cutLastLine && beginsALine(ByteBuffer.wrap(bytes, complete, bytes.length - complete)))) {
            return Optional.empty();
        }
        Optional<String> text = utf8(ByteBuffer.wrap(bytes, 0, complete), true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = List.of(text.get().split("\n", -1));
        // the text is empty or ends in a newline: with a header, a last empty string follows the listed lines
        if (!lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        List<String> listed = lines.subList(1, lines.size() - 1);
        if (!listed.stream().allMatch(Manifest::isRelativeInside)) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(new TreeSet<>(listed)));
    }

    private static int lastNewline(byte[] bytes) {
        int i = bytes.length - 1;
        while (i >= 0 && bytes[i] != '\n') {
            i--;
        }
        return i;
    }

    /**
     * Whether {@code cut} (no newline in it) can be the start of a line the tool appends: every segment but the
     * last is a whole name, and the last may still grow into one ("." into ".cache", "" into "a").
     */
    private static boolean beginsALine(ByteBuffer cut) {
        Optional<String> start = utf8(cut, false);
        return start.isPresent() && isWholeNames(start.get(), start.get().split("/", -1).length - 1);
    }

    /**
     * {@code bytes} decoded as UTF-8, or empty when they are not; unless {@code whole}, they may end inside a
     * character's sequence (a write cut short), and those last bytes are left out.
     */
    private static Optional<String> utf8(ByteBuffer bytes, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(bytes.remaining());
        CoderResult result = decoder.decode(bytes, chars, whole);
        // UTF-8 keeps no state to flush, and at the end of input a cut sequence is an error: nothing is left over
        if (result.isError()) {
            return Optional.empty();
        }
        return Optional.of(chars.flip().toString());
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
