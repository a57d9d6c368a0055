package backprop.verification.oracle;

import backprop.examples.scenariofile.ExamFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void theSweepSeesTheExampleFiles() throws IOException {
        assertThat(scenarioFiles()).extracting(f -> f.getFileName().toString())
                .contains("exam-network.toml", "exam-expression.toml", "exam-kink.toml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyGradientOfTheFile_passesBothOracles(Path file) {
        List<GradientCheckReport> reports = ScenarioGradients.check(ExamFile.read(file).scenario());
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
