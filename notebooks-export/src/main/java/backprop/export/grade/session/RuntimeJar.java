package backprop.export.grade.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The runtime jar: all of the workbook a student's code runs with, in the grader's student process and in the
 * Jupyter kernel alike. It holds what the exercises need and nothing that answers them: the notebooks' runtime
 * ({@code backprop/export/runtime/**}: the given helpers, the grading calls, the key's format), the student
 * process's program ({@code backprop/export/grade/session/SandboxRunner*}) and jackson, which both of them read JSON
 * with ({@code com/fasterxml/jackson/**}); not the engine (core, examples, verification), the notebook renderers
 * with their solutions, the grader or any other library, which would compute the asked-for steps or every answer.
 *
 * <p>Written from a class path (jar files or class folders, the first entry that holds a name wins, as on a class
 * path), filtered by that allowlist, byte for byte the same on every machine: entries sorted by name, the one date
 * 2000-01-01 00:00 without a time zone, stored uncompressed (a deflater's output may differ between zlib builds).
 */
public final class RuntimeJar {
    /** Its name, in the grader's temporary folder and in the output folder ({@code notebooks/workbook-runtime.jar}). */
    public static final String FILE_NAME = "workbook-runtime.jar";
    /** The folders (as entry-name prefixes) whose every file is in the jar. */
    static final List<String> PACKAGES = List.of("backprop/export/runtime/", "com/fasterxml/jackson/");
    /** The student process's program, its nested classes with it. */
    static final String RUNNER = "backprop/export/grade/session/SandboxRunner";
    private static final String MANIFEST = "META-INF/MANIFEST.MF";
    /** What the jar cannot do without: a class path that lacks one of these is not the workbook's. */
    private static final List<String> REQUIRED = List.of("backprop/export/runtime/Given.class", RUNNER + ".class",
            "com/fasterxml/jackson/databind/ObjectMapper.class", "com/fasterxml/jackson/core/JsonFactory.class",
            "com/fasterxml/jackson/annotation/JsonProperty.class");
    private static final LocalDateTime DATE = LocalDateTime.of(2000, 1, 1, 0, 0);

    private RuntimeJar() {
    }

    /** Whether the file at {@code name} (a jar entry's name) is part of the runtime. */
    static boolean belongs(String name) {
        if (name.endsWith("/")) {
            return false;
        }
        if (name.startsWith(RUNNER)) {
            String rest = name.substring(RUNNER.length());
            return rest.equals(".class") || rest.startsWith("$") && rest.endsWith(".class");
        }
        return PACKAGES.stream().anyMatch(name::startsWith);
    }

    /**
     * Where the running program's runtime comes from: the class path entries (a jar or a class folder) of this class
     * and of jackson's three parts, each once; the answer-key jar alone when run from it.
     */
    public static List<String> running() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(RuntimeJar.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonProperty.class)) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            try {
                if (source == null || source.getLocation() == null) {
                    throw new URISyntaxException(c.getName(), "no code source");
                }
                entries.add(Path.of(source.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalStateException("the runtime jar: cannot tell where " + c.getName() + " was loaded from", e);
            }
        }
        return List.copyOf(entries);
    }

    /** The jar's bytes, from {@code classPath}'s files that belong to the runtime. */
    public static byte[] bytes(List<String> classPath) {
        Map<String, byte[]> files = files(classPath);
        for (String required : REQUIRED) {
            if (!files.containsKey(required)) {
                throw new IllegalStateException("the runtime jar: no " + required + " on the class path " + classPath);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out)) {
            // the manifest first, as a jar reader expects; written as an entry so that it gets the fixed date too
            put(jar, MANIFEST, "Manifest-Version: 1.0\r\nCreated-By: backprop workbook\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                put(jar, f.getKey(), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the jar from {@code classPath} into a new folder under the system's temporary folder, which every user
     * may read (the sandbox's own user id reads it), and returns the jar's path; the caller deletes the folder.
     */
    static Path writeTemporary(List<String> classPath) throws IOException {
        Path dir = Files.createTempDirectory("answer-key-runtime-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = dir.resolve(FILE_NAME);
        Files.write(jar, bytes(classPath));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        return jar;
    }

    /** The runtime's files by entry name, sorted; of a name on two entries, the first entry's, as a class loader reads it. */
    private static Map<String, byte[]> files(List<String> classPath) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String entry : classPath) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            try {
                if (Files.isDirectory(p)) {
                    fromFolder(p, files);
                } else if (Files.isRegularFile(p)) {
                    fromJar(p, files);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the runtime jar: cannot read " + p, e);
            }
        }
        return files;
    }

    private static void fromFolder(Path folder, Map<String, byte[]> files) throws IOException {
        List<Path> all;
        try (var walk = Files.walk(folder)) {
            all = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : all) {
            // an entry's name has forward slashes, whatever the file system's separator
            String name = folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            if (belongs(name) && !files.containsKey(name)) {
                files.put(name, Files.readAllBytes(f));
            }
        }
    }

    private static void fromJar(Path jar, Map<String, byte[]> files) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (belongs(e.getName()) && !files.containsKey(e.getName())) {
                    try (var in = zip.getInputStream(e)) {
                        files.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    /** One stored entry with the fixed date: its size and CRC-32 set before its bytes, as STORED requires. */
    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(content.length);
        e.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        e.setCrc(crc.getValue());
        e.setTimeLocal(DATE);
        jar.putNextEntry(e);
        jar.write(content);
        jar.closeEntry();
    }
}
