package backprop.export.grade.session;

import backprop.export.runtime.Reply;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class-data archive of the students' JVMs: made once in the sandbox, mapped read-only by a student's JVM, the
 * same cells giving the same replies and problems with it as without, and gone when closed.
 */
@Tag("sandbox")
@DisplayName("The students' JVMs map one archive of their classes, made once, and grade the same with it")
class ClassDataArchiveTest {
    /** The test JVM's class path but this module's test classes, as the grader's would be. */
    private static final List<String> CLASS_PATH = Arrays.stream(System.getProperty("surefire.test.class.path",
                    System.getProperty("java.class.path")).split(File.pathSeparator))
            .filter(e -> !e.isBlank() && !e.endsWith("test-classes")).toList();
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** A student's cells: a method, a call of it, a grading cell whose parts say whether the archive is mapped. */
    private static final List<String> CELLS = List.of(
            "double twice(double x) { return 2 * x; }",
            "double four = twice(2.0);",
            "backprop.export.runtime.Grade q = backprop.export.runtime.Grade.question(\"q\", \"q\", 1);\n"
                    + "q.part(\"four\", in -> four);\n"
                    + "q.part(\"mapped\", in -> java.nio.file.Files.readString(java.nio.file.Path.of(\"/proc/self/maps\"))"
                    + ".contains(\"/runner.jsa\") ? 1.0 : 0.0);\n"
                    + "q.part(\"thrown\", in -> Integer.parseInt(\"x\"));\nq.done();",
            "noSuchMethod(1);");

    private static ClassDataArchive archive;

    @BeforeAll
    static void make() {
        assertThat(Sandbox.unavailable()).as("the sandbox is needed here").isNull();
        archive = ClassDataArchive.make(CLASS_PATH);
        assertThat(archive).as("made").isNotNull();
    }

    @AfterAll
    static void delete() {
        if (archive != null) {
            archive.close();
        }
    }

    /** Each cell's problem, then each grading part's reply as JSON, in order. */
    private static List<String> run(ClassDataArchive with) {
        List<String> seen = new ArrayList<>();
        Map<String, Reply> replies = new LinkedHashMap<>();
        try (SandboxSession session = new SandboxSession(CLASS_PATH, true, with)) {
            for (String cell : CELLS) {
                CellRun run = session.run(cell, "q", LIMIT, q -> {
                    var parts = JsonNodeFactory.instance.objectNode();
                    List.of("four", "mapped", "thrown").forEach(parts::putObject);
                    return parts;
                }, replies::put);
                seen.add(String.valueOf(run));
            }
            assertThat(session.starts()).isEqualTo(1);
        }
        replies.forEach((part, reply) -> seen.add(part + " " + reply.json()));
        return seen;
    }

    @Test
    void aStudentsCellsGiveTheSameRepliesWithTheArchive_whichTheirJvmMaps() {
        List<String> without = run(null);
        List<String> with = run(archive);
        assertThat(without).anyMatch(s -> s.startsWith("mapped ") && s.contains("\"entries\":[0.0]"));
        assertThat(with).anyMatch(s -> s.startsWith("mapped ") && s.contains("\"entries\":[1.0]"));
        assertThat(with.stream().filter(s -> !s.startsWith("mapped")).toList())
                .isEqualTo(without.stream().filter(s -> !s.startsWith("mapped")).toList())
                .anyMatch(s -> s.startsWith("four ") && s.contains("\"entries\":[4.0]"))
                .contains("CellRun[problem=does not compile: cannot find symbol, restarted=false]")
                .anyMatch(s -> s.startsWith("thrown ") && s.contains("NumberFormatException"));
    }

    @Test
    void aRuntimeJarOfOtherBytes_getsNoArchive(@TempDir Path dir) throws IOException {
        Path same = Files.write(dir.resolve("same.jar"), RuntimeJar.bytes(CLASS_PATH));
        byte[] bytes = RuntimeJar.bytes(CLASS_PATH);
        bytes[bytes.length / 2] ^= 1;
        Path other = Files.write(dir.resolve("other.jar"), bytes);
        assertThat(archive.madeWith(same)).isTrue();
        assertThat(archive.madeWith(other)).isFalse();
        assertThat(archive.madeWith(dir.resolve("none.jar"))).isFalse();
    }

    @Test
    void closing_deletesItsFolder_andTheStudentsSeeItReadOnly() {
        ClassDataArchive another = ClassDataArchive.make(CLASS_PATH);
        assertThat(another).isNotNull();
        Sandbox.ClassData data = another.classData();
        assertThat(data.writing()).isFalse();
        assertThat(data.folder().resolve(Sandbox.ClassData.FILE)).isRegularFile();
        assertThat(data.folder().getParent().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        another.close();
        assertThat(data.folder().getParent()).doesNotExist();
    }
}
