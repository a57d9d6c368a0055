package backprop.export.grade.session;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runtime jar holds exactly the allowlisted files (the notebooks' runtime, the student process's program,
 * jackson) and nothing of the engine, the renderers, their solutions or the grader; it loads and runs on its own;
 * and it is the same bytes however it is made.
 */
class RuntimeJarTest {
    /**
     * The test JVM's whole class path but this module's test classes (which hold test classes in the runtime's
     * package, as the answer-key jar does not): core, examples, verification, export, commons-math, the test libraries.
     */
    private static final List<String> WHOLE = Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(File.pathSeparator))
            .filter(e -> !e.isBlank() && !e.endsWith("test-classes")).toList();

    private static List<ZipEntry> entries(byte[] jar) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static List<String> names(byte[] jar) throws IOException {
        return entries(jar).stream().map(ZipEntry::getName).toList();
    }

    @Test
    void holdsTheRuntimeTheRunnerAndJackson_andNothingElse() throws IOException {
        List<String> names = names(RuntimeJar.bytes(WHOLE));
        // the engine is there to leave out: core's classes (a folder, or its jar when the reactor packaged it first)
        assertThat(WHOLE).anyMatch(e -> e.contains("commons-math3")).anyMatch(e -> e.replace('\\', '/').contains("/core/target/"));
        assertThat(names).contains("META-INF/MANIFEST.MF", "backprop/export/runtime/Given.class",
                "backprop/export/runtime/Grade.class", "backprop/export/runtime/GradingKey.class",
                "backprop/export/grade/session/SandboxRunner.class", "backprop/export/grade/session/SandboxRunner$1.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class", "com/fasterxml/jackson/core/JsonFactory.class",
                "com/fasterxml/jackson/annotation/JsonProperty.class");
        assertThat(names.subList(1, names.size())).allMatch(n -> n.startsWith("backprop/export/runtime/")
                || n.startsWith("com/fasterxml/jackson/")
                || n.matches("backprop/export/grade/session/SandboxRunner(\\$[^/]+)?\\.class"), "allowlisted");
        assertThat(names).noneMatch(n -> n.startsWith("backprop/core/") || n.startsWith("backprop/examples/")
                || n.startsWith("backprop/verification/") || n.startsWith("backprop/export/notebook/")
                || n.startsWith("org/") || n.contains("Solutions") || n.contains("NotebookCells")
                || n.contains("SandboxSession") || n.endsWith("/"));
    }

    @Test
    void theFilterDecides_notTheClassPath_andTwoRunsGiveTheSameBytes() throws IOException {
        byte[] whole = RuntimeJar.bytes(WHOLE);
        byte[] running = RuntimeJar.bytes(RuntimeJar.running());
        assertThat(names(running)).isEqualTo(names(whole));
        assertThat(Arrays.equals(running, whole)).as("the same bytes from the whole class path and from the runtime's").isTrue();
        assertThat(Arrays.equals(RuntimeJar.bytes(WHOLE), whole)).as("the same bytes, made twice").isTrue();
        List<String> names = names(whole);
        assertThat(names.subList(1, names.size())).isSorted();
        for (ZipEntry e : entries(whole)) {
            assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.STORED);
            assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
        }
    }

    @Test
    void aClassFolderOrAJar_givesTheSameEntries() throws IOException {
        // the answer-key jar holds everything in one file: the same runtime comes out of it as out of the folders
        Path dir = Files.createTempDirectory("runtime-jar-test-");
        try {
            Path all = dir.resolve("all.jar");
            Files.write(all, RuntimeJar.bytes(WHOLE));
            assertThat(Arrays.equals(RuntimeJar.bytes(List.of(all.toString())), RuntimeJar.bytes(WHOLE))).isTrue();
        } finally {
            Sandbox.delete(dir);
        }
    }

    @Test
    void aClassPathWithoutTheWorkbook_isRefused() {
        assertThatThrownBy(() -> RuntimeJar.bytes(List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no backprop/export/runtime/Given.class");
        List<String> noJackson = WHOLE.stream().filter(e -> !e.contains("jackson")).toList();
        assertThatThrownBy(() -> RuntimeJar.bytes(noJackson)).hasMessageContaining("com/fasterxml/jackson/databind/ObjectMapper.class");
    }

    @Test
    void belongs_isTheAllowlist() {
        assertThat(RuntimeJar.belongs("backprop/export/runtime/Given.class")).isTrue();
        assertThat(RuntimeJar.belongs("backprop/export/runtime/package-info.class")).isTrue();
        assertThat(RuntimeJar.belongs("com/fasterxml/jackson/core/json/PackageVersion.class")).isTrue();
        assertThat(RuntimeJar.belongs("backprop/export/grade/session/SandboxRunner.class")).isTrue();
        assertThat(RuntimeJar.belongs("backprop/export/grade/session/SandboxRunner$1.class")).isTrue();
        assertThat(RuntimeJar.belongs("backprop/export/grade/session/SandboxRunnerX.class")).isFalse();
        assertThat(RuntimeJar.belongs("backprop/export/grade/session/SandboxRunner.java")).isFalse();
        assertThat(RuntimeJar.belongs("backprop/export/grade/session/SandboxSession.class")).isFalse();
        assertThat(RuntimeJar.belongs("backprop/export/grade/session/RuntimeJar.class")).isFalse();
        assertThat(RuntimeJar.belongs("backprop/export/runtime/")).isFalse();
        assertThat(RuntimeJar.belongs("backprop/export/runtimes/Given.class")).isFalse();
        assertThat(RuntimeJar.belongs("backprop/export/notebook/question/Solutions.class")).isFalse();
        assertThat(RuntimeJar.belongs("backprop/core/graph/Graph.class")).isFalse();
        assertThat(RuntimeJar.belongs("META-INF/versions/9/com/fasterxml/jackson/core/io/doubleparser/Foo.class")).isFalse();
        assertThat(RuntimeJar.belongs("META-INF/MANIFEST.MF")).isFalse();
    }

    /** Loaded on its own (over the JDK only): every class and its members' types resolve, Given runs, the engine is absent. */
    @Test
    void loadsAndRunsOnItsOwn_withoutTheEngine() throws Exception {
        Path dir = Files.createTempDirectory("runtime-jar-test-");
        try {
            Path jar = dir.resolve(RuntimeJar.FILE_NAME);
            Files.write(jar, RuntimeJar.bytes(WHOLE));
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
                for (String name : names(Files.readAllBytes(jar))) {
                    if (name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class")) {
                        Class<?> c = Class.forName(name.replace('/', '.').replaceFirst("\\.class$", ""), false, loader);
                        // a member's type missing from the jar throws NoClassDefFoundError here
                        c.getDeclaredMethods();
                        c.getDeclaredFields();
                        c.getDeclaredConstructors();
                    }
                }
                Class<?> given = loader.loadClass("backprop.export.runtime.Given");
                Method activate = given.getMethod("activate", String.class, double[].class);
                // ReLU: a = max(0, z)
                assertThat((double[]) activate.invoke(null, "relu", new double[] {-1, 2})).containsExactly(0, 2);
                for (String engine : List.of("backprop.core.graph.Graph", "backprop.core.function.Activation",
                        "backprop.examples.catalogue.Catalogue", "backprop.export.notebook.NotebookCells",
                        "backprop.export.notebook.question.Solutions", "backprop.export.grade.Autograder",
                        "org.apache.commons.math3.linear.RealMatrix")) {
                    assertThatThrownBy(() -> loader.loadClass(engine)).as(engine).isInstanceOf(ClassNotFoundException.class);
                }
            }
        } finally {
            Sandbox.delete(dir);
        }
    }
}
