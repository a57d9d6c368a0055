package backprop.export;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No package cycle in the main sources of any module, read from the sources (imports and fully qualified names),
 * so that an inlined constant cannot hide an edge as it hides from the bytecode check of {@link LayoutTest}.
 */
@DisplayName("The package layout, read from the sources: no cycle, and the check is able to find one")
class SourceLayoutTest {
    /** The main sources of every module, from this module's folder (surefire runs in it). */
    private static final List<Path> MAIN_SOURCES = List.of("core", "examples", "verification", "notebooks-export",
            "benchmarks").stream().map(m -> Path.of("..", m, "src", "main", "java")).filter(Files::isDirectory).toList();

    @Test
    void noPackageCycleInAnyModulesSources() {
        SourcePackages packages = new SourcePackages("backprop.", MAIN_SOURCES);

        assertThat(packages.edges()).as("the check reads every module").containsKeys("backprop.core.graph",
                "backprop.core.network", "backprop.examples", "backprop.verification.oracle", "backprop.export",
                "backprop.benchmarks");
        assertThat(packages.cycles()).isEmpty();
    }

    @Test
    void aCycleThroughAnInlinedConstant_isFound(@TempDir Path root) throws IOException {
        // b reads a's constant, which javac inlines: the class file of B keeps no reference to A
        write(root, "p/a/A.java", "package p.a;\nimport p.b.B;\npublic class A {\n"
                + "    public static final double TOLERANCE = 1e-9;\n    B b;\n}\n");
        write(root, "p/b/B.java", "package p.b;\nimport p.a.A;\npublic class B {\n"
                + "    double t = A.TOLERANCE;\n}\n");

        assertThat(new SourcePackages("p.", List.of(root)).cycles()).containsExactly("p.a → p.b → p.a");
    }

    @Test
    void aFullyQualifiedNameInCode_isAnEdge_aJavadocLinkOrAStringIsNot(@TempDir Path root) throws IOException {
        write(root, "p/a/A.java", "package p.a;\npublic class A {\n    Object b = new p.b.B();\n}\n");
        write(root, "p/b/B.java", "package p.b;\n/** See {@link p.a.A} and p.c.C. */\npublic class B {\n"
                + "    String s = \"p.a.A\";\n    char c = '\"'; // p.a.A\n}\n");

        SourcePackages packages = new SourcePackages("p.", List.of(root));

        assertThat(packages.edges().get("p.a")).containsExactly("p.b");
        assertThat(packages.edges().get("p.b")).isEmpty();
        assertThat(packages.cycles()).isEmpty();
    }

    @Test
    void aLongerCycle_isNamedOnceFromItsFirstPackage(@TempDir Path root) throws IOException {
        write(root, "p/a/A.java", "package p.a;\nimport static p.b.B.f;\nclass A {}\n");
        write(root, "p/b/B.java", "package p.b;\nimport p.c.*;\nclass B {}\n");
        write(root, "p/c/C.java", "package p.c;\nimport p.a.A;\nclass C {}\n");

        assertThat(new SourcePackages("p.", List.of(root)).cycles()).containsExactly("p.a → p.b → p.c → p.a");
    }

    private static void write(Path root, String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
