package backprop.verification;

import backprop.examples.Computed;
import backprop.examples.PrintedExpression;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.examples.published.Classification;
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
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * The printed values ({@code [[published]]}) of every file in {@code variants/}, checked as {@link LectureNotesTest}
 * checks the documents': each is classified by computation, here again from its {@link Computed}, and equals the
 * instructor's {@code status = "…"} where the file gives one (the reader never lets the key decide). An expression
 * printed beside a value that is reproduced (exactly, with the file's rounding, or by a catalogued method) must
 * come to the printed value when evaluated with its printed numbers; beside an erratum it need not.
 */
@DisplayName("Every printed value of every scenario file in variants/, classified by computation")
class ScenarioFilePrintedValuesTest {
    private static final Path VARIANTS = Path.of("../variants");

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(VARIANTS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".toml")).sorted().toList();
        }
    }

    @Test
    @DisplayName("the example files print values of all four statuses, and erratum.toml an erratum")
    void theExamplesCoverEveryStatus() throws IOException {
        List<Status> statuses = scenarioFiles().stream().map(f -> ExamFile.read(f).scenario())
                .flatMap(s -> classified(s).stream()).toList();
        assertThat(statuses).contains(Status.REPRODUCED, Status.REPRODUCED_WITH_DOCUMENT_ROUNDING,
                Status.DOCUMENT_METHOD_DIFFERS, Status.ERRATUM);
        assertThat(classified(ExamFile.read(VARIANTS.resolve("erratum.toml")).scenario())).contains(Status.ERRATUM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    @DisplayName("each printed value's computed status is its stated one")
    void everyPrintedValue_hasTheStatusTheFileStates(Path file) {
        Scenario s = ExamFile.read(file).scenario();
        ScenarioResult result = s.compute();
        assertSoftly(softly -> {
            for (PublishedValue v : s.published()) {
                Computed c = result.computed(v.id());
                softly.assertThat(Classification.classify(v, c))
                        .as("%s: %s printed %s; exact %s, with the file's rounding %s, by a catalogued method %s",
                                file, v.quantity(), v.printed(), c.exact(), c.documentRounding(), c.documentMethod())
                        .isEqualTo(v.expected());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    @DisplayName("each printed expression comes to its value unless the value is an erratum")
    void everyPrintedExpression_isConsistentAsClassified(Path file) {
        Scenario s = ExamFile.read(file).scenario();
        ScenarioResult result = s.compute();
        for (PrintedExpression e : s.expressions()) {
            PublishedValue v = s.published().stream().filter(p -> p.id().equals(e.valueId())).findFirst().orElseThrow();
            boolean comes = Classification.matches(v, e.asPrinted().getAsDouble());
            assertThat(comes).as("%s: the flag of %s", file, e.printed()).isEqualTo(e.consistent());
            if (Classification.classify(v, result.computed(v.id())) != Status.ERRATUM) {
                assertThat(comes).as("%s: %s evaluates to %s, printed %s", file, e.printed(),
                        e.asPrinted().getAsDouble(), v.printed()).isTrue();
            }
        }
    }

    private static List<Status> classified(Scenario s) {
        ScenarioResult result = s.compute();
        return s.published().stream().map(v -> Classification.classify(v, result.computed(v.id()))).toList();
    }
}
