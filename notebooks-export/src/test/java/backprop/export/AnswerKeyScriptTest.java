package backprop.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code answer-key} script itself, run by bash with a PATH of our choosing: {@code --help} and
 * {@code --version} answered with no Java and no Maven on it, the same text the jar prints; and which variant
 * files it hands the jar (a stand-in {@code java} prints its arguments, a stand-in {@code mvn} builds nothing).
 */
@DisplayName("The answer-key script")
class AnswerKeyScriptTest {
    private static final Path SCRIPT = Path.of("../answer-key").toAbsolutePath().normalize();

    @TempDir
    Path temp;
    Path bin;

    /** A bin folder with only the commands the script needs besides java and mvn. */
    @BeforeEach
    void bin() throws IOException {
        bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : List.of("bash", "cat", "sed", "head", "dirname")) {
            Path real = List.of(Path.of("/usr/bin", tool), Path.of("/bin", tool)).stream().filter(Files::isExecutable)
                    .findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
    }

    private void fake(String name, String body) throws IOException {
        Path f = Files.writeString(bin.resolve(name), "#!" + bin.resolve("bash") + "\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs the script with {@code args}, PATH the bin folder alone; returns its standard output. */
    private String script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("bash").toString(), SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(temp.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", bin.toString());
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void help_withNoJavaAndNoMaven_isTheUsageTheJarPrints() throws Exception {
        assertThat(script("--help")).isEqualTo(Runs.run(Runs.callerIn(temp), "--help").out());
        assertThat(script("-h")).isEqualTo(Runs.run(Runs.callerIn(temp), "--help").out());
        assertThat(script("grade", "--help")).isEqualTo(Runs.run(Runs.callerIn(temp), "grade", "--help").out());
        assertThat(script("lint", "--help")).isEqualTo(Runs.run(Runs.callerIn(temp), "lint", "--help").out());
        assertThat(script("lint", "-h")).isEqualTo(Runs.run(Runs.callerIn(temp), "lint", "--help").out());
        assertThat(script("class", "--help")).isEqualTo(Runs.run(Runs.callerIn(temp), "class", "--help").out());
    }

    @Test
    void version_withNoJavaAndNoMaven_isTheVersionTheJarPrints() throws Exception {
        String jar = Runs.run(Runs.callerIn(temp), "--version").out();
        assertThat(jar).matches("answer-key [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?\n");
        assertThat(script("--version")).isEqualTo(jar);
        assertThat(script("-V")).isEqualTo(jar);
        assertThat(Runs.run(Runs.callerIn(temp), "grade", "--version").out()).isEqualTo(jar);
    }

    /** The arguments the script hands java, one a line, with the stand-ins in place. */
    private List<String> handed(String... args) throws Exception {
        fake("mvn", "exit 0");
        fake("java", "for a in \"$@\"; do echo \"$a\"; done");
        return script(args).lines().toList();
    }

    @Test
    void withoutAnyVariant_theExampleVariantsAreGiven_whateverElseIs() throws Exception {
        Path variants = SCRIPT.resolveSibling("variants");
        List<String> handed = handed("--out", "x", "--debug");
        assertThat(handed).startsWith("-jar", SCRIPT.resolveSibling("notebooks-export/target/answer-key.jar").toString(),
                "--out", "x", "--debug", "--variant", variants.resolve("cs231n-circuit.toml").toString());
        try (var toml = Files.newDirectoryStream(variants, "*.toml")) {
            int examples = 0;
            for (Path ignored : toml) {
                examples++;
            }
            assertThat(handed.stream().filter("--variant"::equals)).hasSize(examples);
        }
        assertThat(handed()).contains("--variant", variants.resolve("xor-batch.toml").toString());
    }

    @Test
    void class_isGivenOnlyItsOwnArguments() throws Exception {
        assertThat(handed("class", "--template", "t.toml", "--roster", "r.csv", "--out", "c")).containsExactly("-jar",
                SCRIPT.resolveSibling("notebooks-export/target/answer-key.jar").toString(), "class", "--template",
                "t.toml", "--roster", "r.csv", "--out", "c");
    }

    @Test
    void lint_isGivenOnlyItsOwnArguments() throws Exception {
        assertThat(handed("lint", "notes.md", "--csv", "out.csv")).containsExactly("-jar",
                SCRIPT.resolveSibling("notebooks-export/target/answer-key.jar").toString(), "lint", "notes.md", "--csv",
                "out.csv");
    }

    @Test
    void withAVariant_inAnyOfItsForms_onlyTheGivenOnes() throws Exception {
        assertThat(handed("--variant", "my.toml")).containsExactly("-jar",
                SCRIPT.resolveSibling("notebooks-export/target/answer-key.jar").toString(), "--variant", "my.toml");
        assertThat(handed("--out", "x", "-v", "my.toml")).doesNotContain("--variant");
        assertThat(handed("-vmy.toml")).doesNotContain("--variant");
        assertThat(handed("--variant=my.toml")).doesNotContain("--variant");
    }

    @Test
    void theGrader_getsItsArgumentsAsGiven() throws Exception {
        assertThat(handed("grade", "--answers", "a.csv", "--key", "k.csv")).containsExactly("-jar",
                SCRIPT.resolveSibling("notebooks-export/target/answer-key.jar").toString(), "grade", "--answers", "a.csv",
                "--key", "k.csv");
    }
}
