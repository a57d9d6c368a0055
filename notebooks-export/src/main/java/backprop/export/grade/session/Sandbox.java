package backprop.export.grade.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operating-system boundary around a student's code: the command that starts {@link SandboxRunner} in it.
 *
 * <p>Where {@link #unavailable()} is null (Linux with bubblewrap, setpriv and prlimit): the process runs as a user id of its
 * own, unprivileged, in new namespaces (no network, its own process ids, so the grader's command line is not in
 * its /proc); it sees the system's /usr, the JDK and the class path read-only, a private /tmp and a working folder
 * /home/student, both in memory of at most {@link #FOLDER_BYTES}, and no other file (no /etc, no /home, nothing of
 * the instructor's); it cannot start a process ({@link Seccomp}); its heap is {@link #HEAP_MEGABYTES} MB, its
 * address space {@link #ADDRESS_SPACE_BYTES}, its threads {@link #THREADS}, its CPU time {@link #CPU_SECONDS} s,
 * a file it writes {@link #FOLDER_BYTES}; its environment is empty but for PATH and the locale. Without a sandbox
 * ({@code --unsandboxed}) the same process runs with the grader's rights and only the heap bound: the expected
 * values are still never in it.
 */
public final class Sandbox {
    public static final int HEAP_MEGABYTES = 512;
    public static final long ADDRESS_SPACE_BYTES = 4L << 30;
    public static final int THREADS = 128;
    public static final int CPU_SECONDS = 1200;
    public static final long FOLDER_BYTES = 64L << 20;
    private static final String HOME = "/home/student";
    private static final String CLASSPATH = "/classpath";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final FileTime STAGED_DATE = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    private Sandbox() {
    }

    /** Null when the sandbox can be used here; else why not, in words for the grader's refusal. */
    public static String unavailable() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return "the sandbox needs Linux (bubblewrap); this is " + System.getProperty("os.name");
        }
        for (String tool : List.of("bwrap", "setpriv", "prlimit", "sh")) {
            if (which(tool) == null) {
                return "the sandbox needs " + tool + " on the PATH" + (tool.equals("bwrap")
                        ? " (Debian: apt-get install bubblewrap)" : "");
            }
        }
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64") && !arch.equals("aarch64")) {
            return "the sandbox's system-call filter is written for x86-64 and AArch64, not " + arch;
        }
        return null;
    }

    /**
     * Where a runner's JVM finds the archive of the classes it loads ({@link ClassDataArchive}): {@code folder}
     * (the grader's) is bound at {@value #CLASS_DATA}, read-only when the JVM maps the archive, writable only for the
     * one run that writes it ({@code writing}: the archive's own warm-up, never a student's cells).
     */
    record ClassData(Path folder, boolean writing) {
        static final String FILE = "runner.jsa";
    }

    private static final String CLASS_DATA = "/class-data";

    /**
     * The command that starts the runner; {@code filter} is the file holding {@link Seccomp#program()}. Sandboxed,
     * the class path is {@code staged} (a folder every user can read, see {@link #stage}), bound read-only at
     * /classpath; unsandboxed ({@code staged} null), the runner gets {@code classPath} as it is. {@code classData}
     * (sandboxed only; null for none): the archive of the runner's classes to map, or to write at exit.
     */
    static List<String> command(List<String> classPath, Path staged, Path filter, ClassData classData) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cp = staged == null
                ? classPath.stream().map(e -> Path.of(e).toAbsolutePath().normalize().toString()).toList()
                : stagedEntries(staged);
        List<String> c = new ArrayList<>();
        if (staged != null) {
            int uid = 200_000 + RANDOM.nextInt(100_000);
            c.addAll(List.of(which("sh"), "-c", "exec 3<\"$1\"; shift; exec \"$@\"", "sh", filter.toString(),
                    which("setpriv"), "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                    which("prlimit"), "--nproc=" + THREADS, "--as=" + ADDRESS_SPACE_BYTES, "--cpu=" + CPU_SECONDS,
                    "--fsize=" + FOLDER_BYTES, "--core=0", "--",
                    which("bwrap"), "--unshare-all", "--die-with-parent", "--new-session", "--unshare-user",
                    "--disable-userns", "--seccomp", "3", "--ro-bind", "/usr", "/usr"));
            for (String link : List.of("lib", "lib64", "bin", "sbin")) {
                if (Files.isSymbolicLink(Path.of("/" + link))) {
                    c.addAll(List.of("--symlink", "usr/" + link, "/" + link));
                } else if (Files.isDirectory(Path.of("/" + link))) {
                    c.addAll(List.of("--ro-bind", "/" + link, "/" + link));
                }
            }
            List<String> readable = new ArrayList<>();
            readable.add(real(System.getProperty("java.home")));
            // Debian's JDK keeps its configuration (security policy, jvm.cfg) in /etc/java-N-openjdk, linked from java.home
            try (var etc = Files.list(Path.of("/etc"))) {
                etc.filter(p -> p.getFileName().toString().startsWith("java-")).forEach(p -> readable.add(p.toString()));
            } catch (IOException e) {
                // no /etc to read: nothing of it is bound
            }
            for (String r : readable) {
                if (!r.startsWith("/usr/") && Files.exists(Path.of(r))) {
                    c.addAll(List.of("--ro-bind", r, r));
                }
            }
            c.addAll(List.of("--ro-bind", staged.toString(), CLASSPATH, "--proc", "/proc", "--dev", "/dev",
                    "--size", Long.toString(FOLDER_BYTES), "--tmpfs", "/tmp",
                    "--size", Long.toString(FOLDER_BYTES), "--tmpfs", HOME, "--chdir", HOME,
                    "--clearenv", "--setenv", "HOME", HOME, "--setenv", "PATH", "/usr/bin:/bin",
                    "--setenv", "LANG", "C.UTF-8", "--setenv", "MALLOC_ARENA_MAX", "2"));
            if (classData != null) {
                c.addAll(List.of(classData.writing() ? "--bind" : "--ro-bind", classData.folder().toString(), CLASS_DATA));
            }
        }
        c.addAll(List.of(javaBin, "-Xmx" + HEAP_MEGABYTES + "m", "-Xss1m", "-XX:MaxDirectMemorySize=64m",
                "-XX:CompressedClassSpaceSize=256m", "-XX:ReservedCodeCacheSize=128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        if (staged != null && classData != null) {
            // -Xshare:auto: an archive the JVM finds unusable (another JDK, another class path) is left unused, not an error
            c.add((classData.writing() ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=")
                    + CLASS_DATA + "/" + ClassData.FILE);
        }
        c.addAll(List.of(
                // the JVM's own warnings (a thread it could not start) go to standard error, not onto the channel
                "-Xlog:all=warning:stderr", "-XX:+DisplayVMOutputToStderr", "-Djava.io.tmpdir=/tmp", "-Duser.language=en",
                "-cp", String.join(java.io.File.pathSeparator, cp), SandboxRunner.class.getName()));
        c.addAll(cp);
        return c;
    }

    /**
     * A copy of {@code classPath} that the sandbox's own user id can read, in a new folder (mode 755) under the
     * system's temporary folder: entry i as {@code i.jar}, or folder {@code i}, each file hard-linked where it can be
     * (the jar under the caller's home, which the sandbox's user may not enter) and copied where not. The caller
     * deletes it ({@link #delete}).
     */
    static Path stage(List<String> classPath) throws IOException {
        Path dir = Files.createTempDirectory("answer-key-classpath-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (int i = 0; i < classPath.size(); i++) {
            Path from = Path.of(classPath.get(i)).toAbsolutePath().normalize();
            if (Files.isDirectory(from)) {
                Path to = dir.resolve(Integer.toString(i));
                try (var walk = Files.walk(from)) {
                    for (Path f : walk.toList()) {
                        Path target = to.resolve(from.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(target);
                            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                        } else {
                            place(f, target);
                        }
                    }
                }
            } else if (Files.isRegularFile(from)) {
                place(from, dir.resolve(i + ".jar"));
                // one date for every staging: a class-data archive is used only with a jar of the date it was made with
                Files.setLastModifiedTime(dir.resolve(i + ".jar"), STAGED_DATE);
            }
        }
        return dir;
    }

    private static void place(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to);
        }
        if (!Files.getPosixFilePermissions(to).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
            Files.delete(to);
            Files.copy(from, to);
        }
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** The staged class path as the sandbox sees it: /classpath/0.jar, /classpath/1, … in order. */
    private static List<String> stagedEntries(Path staged) {
        try (var s = Files.list(staged)) {
            return s.map(p -> p.getFileName().toString())
                    .sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.replace(".jar", ""))))
                    .map(n -> CLASSPATH + "/" + n).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Deletes a folder this class made ({@link #stage}), links and all, never following a link out of it. */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder of ours left behind: nothing depends on it
        }
    }

    private static String real(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            return path;
        }
    }

    private static String which(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return p.toAbsolutePath().toString();
            }
        }
        return null;
    }
}
