package backprop.verification.oracle;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.template.Drawn;
import backprop.examples.scenariofile.template.Template;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every instructor file in the repository's {@code variants/} folder, checked as {@link ScenarioGradientsTest}
 * checks the documents' scenarios: every gradient its scenario computes against finite differences and forward
 * mode, within {@link GradientCheckBounds}. The tests run in the module's folder, so the folder is
 * {@code ../variants}.
 */
@DisplayName("Every scenario file in variants/, against finite differences and forward mode")
class ScenarioFileGradientsTest {
    private static final Path VARIANTS = Path.of("../variants");

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(VARIANTS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".toml")).sorted().toList();
        }
    }

    @Test
    void theSweepSeesTheExampleFilesAndTemplates() throws IOException {
        assertThat(scenarioFiles()).extracting(f -> f.getFileName().toString())
                .contains("exam-network.toml", "exam-expression.toml", "exam-kink.toml");
        assertThat(templates()).extracting(f -> f.getFileName().toString())
                .containsExactly("exam-expression-template.toml", "exam-network-template.toml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyGradientOfTheFile_passesBothOracles(Path file) {
        passesBothOracles(ExamFile.read(file).scenario(), file.toString());
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(VARIANTS.resolve("templates"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".toml")).sorted().toList();
        }
    }

    /** A template's master and five students' drawn files: a drawn number must read and compute as a written one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyGradientOfATemplatesDraws_passesBothOracles(Path file) {
        Template template = Template.read(file);
        passesBothOracles(template.master().scenario(), file + " (master)");
        for (int s = 1; s <= 5; s++) {
            Drawn drawn = template.draw("s" + s, f -> Optional.empty());
            passesBothOracles(drawn.file().scenario(), file + " drawn for s" + s);
        }
    }

    private static void passesBothOracles(backprop.examples.Scenario scenario, String file) {
        List<GradientCheckReport> reports = ScenarioGradients.check(scenario);
        assertThat(reports).as("graphs and networks of %s", file).isNotEmpty();
        for (GradientCheckReport r : reports) {
            assertThat(r.entries()).as("entries of %s", r.title()).isNotEmpty();
            assertThat(r.failures()).as("%s", r).isEmpty();
            assertThat(r.maxRelativeErrorFiniteDifferences()).as("%s", r)
                    .isLessThanOrEqualTo(GradientCheckBounds.FINITE_DIFFERENCES);
            assertThat(r.maxRelativeErrorForwardMode()).as("%s", r).isLessThanOrEqualTo(GradientCheckBounds.FORWARD_MODE);
        }
    }
}
