package backprop.export.grade.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

/**
 * The classes a student's JVM loads to run its cells (JShell and javac, jackson, the runtime), archived once per
 * grading run so that every student's JVM maps them instead of loading and verifying them again (the JVM's
 * application class-data sharing, a dynamic archive: {@code -XX:ArchiveClassesAtExit} once, then
 * {@code -XX:SharedArchiveFile}). Measured grading exam-network's instructor notebook, grader and student's JVM
 * together, at a load of 8–10 on 2 cores: 3.8–5.1 s of CPU a student without it, 2.9–3.4 s with; making it, about
 * 3–4 s once, so a grader makes it only for a class.
 *
 * <p>It is made by a runner of its own, in the same sandbox as a student's (the same paths, the same runtime jar,
 * staged with the same date, which the JVM checks before it uses an archive), running {@link #WARM_UP}, the
 * workbook's own cells and no student's; only that JVM has the folder writable. A student's JVM sees it read-only,
 * and one whose runtime jar differs from the one it was made with gets none ({@link #madeWith}). The folder is
 * under the system's temporary folder, never the user's, and {@link #close} deletes it. Immutable once made.
 */
public final class ClassDataArchive implements AutoCloseable {
    /** A notebook's kinds of cells: imports, a method, declarations and calls, a grading cell, a throw, a compile error. */
    static final List<String> WARM_UP = List.of(
            "import backprop.export.runtime.Given;\nimport backprop.export.runtime.Grade;\nimport java.util.Map;\n"
                    + "import java.util.TreeMap;",
            "/** z = W·a + b. */\ndouble[] z(double[][] W, double[] b, double[] a) {\n"
                    + "    double[] z = new double[W.length];\n    for (int i = 0; i < W.length; i++) {\n"
                    + "        z[i] = b[i];\n        for (int j = 0; j < a.length; j++) {\n"
                    + "            z[i] += W[i][j] * a[j];\n        }\n    }\n    return z;\n}",
            "Map<String, Double> answers = new TreeMap<>();\n"
                    + "double[] z1 = z(new double[][] {{0.4, -0.2}}, new double[] {0.1}, new double[] {1.0, 2.0});\n"
                    + "double[] a1 = Given.activate(\"sigmoid\", z1);\ndouble[][] j1 = Given.jacobian(\"softmax\", z1, 1.0);\n"
                    + "answers.put(\"z\", z1[0]);\nanswers.put(\"a\", a1[0]);",
            "Grade q = Grade.question(\"warm-up\", \"warm-up\", 1);\n"
                    + "q.part(\"z\", in -> z(in.matrix(\"W\"), in.vector(\"b\"), in.vector(\"aBelow\")));\n"
                    + "q.part(\"a\", in -> answers.get(\"a\"));\nq.done();",
            "Integer.parseInt(\"x\");",
            "noSuchMethod(1);");
    private static final String QUESTION = "warm-up";
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** The grading cell's parts' inputs. */
    private static final JsonNode INPUTS = inputs();

    private final Path folder;
    private final Path data;
    private final Path runtime;

    private ClassDataArchive(Path folder, Path data, Path runtime) {
        this.folder = folder;
        this.data = data;
        this.runtime = runtime;
    }

    /**
     * The archive of the runner's classes with the runtime jar of {@code classPath}, made in the sandbox; null when
     * it could not be made (no sandbox here, a JVM that does not write one): the students' JVMs then load their
     * classes as before, and nothing else changes.
     */
    public static ClassDataArchive make(List<String> classPath) {
        if (Sandbox.unavailable() != null) {
            return null;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("answer-key-class-data-");
            // the warm-up's JVM runs as a user id of its own: it must pass through the folder (not list it) and write
            // in the one inside, whose name no one else can guess, for as long as the warm-up runs
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
            Path data = Files.createTempDirectory(folder, "data-");
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path runtime = folder.resolve(RuntimeJar.FILE_NAME);
            Files.write(runtime, RuntimeJar.bytes(classPath));
            boolean finished;
            try (SandboxSession warmUp = new SandboxSession(classPath, true, null, new Sandbox.ClassData(data, true))) {
                for (String cell : WARM_UP) {
                    if (warmUp.run(cell, QUESTION, LIMIT, q -> INPUTS, (part, reply) -> { }).restarted()) {
                        return discard(folder);
                    }
                }
                finished = warmUp.finish(LIMIT);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path archive = data.resolve(Sandbox.ClassData.FILE);
            if (!finished || !Files.isRegularFile(archive) || Files.size(archive) == 0) {
                return discard(folder);
            }
            return new ClassDataArchive(folder, data, runtime);
        } catch (IOException | RuntimeException e) {
            return discard(folder);
        }
    }

    private static JsonNode inputs() {
        try {
            return new ObjectMapper().readTree("{\"z\": {\"W\": [[1.0, 2.0]], \"b\": [0.5], \"aBelow\": [1.0, -1.0]}, \"a\": {}}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClassDataArchive discard(Path folder) {
        Sandbox.delete(folder);
        return null;
    }

    /** Whether {@code jar} has the bytes of the runtime jar the archive was made with, so that its classes are those. */
    boolean madeWith(Path jar) {
        try {
            return Files.mismatch(jar, runtime) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder to bind, read-only, into a student's sandbox. */
    Sandbox.ClassData classData() {
        return new Sandbox.ClassData(data, false);
    }

    @Override
    public void close() {
        Sandbox.delete(folder);
    }
}
