package backprop.examples.scenariofile;

import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The sweep over src/test/resources/hostile: each file is one malformed or hostile case, its first line a comment
 * {@code # expect: LINE[:COLUMN]: words}. Each must fail with exactly one line, FILE:LINE[:COLUMN]: …, with those
 * words, as a {@link ScenarioFileException} and never as another exception or error. A data set's CSV file beside
 * the scenario file is named when the error is in it: {@code # expect: xor.csv:3: words}.
 */
@DisplayName("Hostile scenario files")
class HostileFilesTest {
    private static final Path FOLDER = Path.of("src/test/resources/hostile");
    private static final Pattern EXPECT = Pattern.compile("# expect: (?:([\\w.-]+\\.csv):)?(\\d+(?::\\d+)?): (.+)");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".toml")).sorted().toList().stream();
        }
    }

    @Test
    @DisplayName("the sweep has at least 40 cases")
    void enoughCases() throws IOException {
        assertThat(files().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @DisplayName("each fails with one line FILE:LINE[:COLUMN]: and the expected words")
    void failsWithOneLineAtItsPlace(Path file) throws IOException {
        Matcher expect = expectation(file);
        Throwable thrown = catchThrowable(() -> ExamFile.read(file));
        assertThat(thrown).isExactlyInstanceOf(ScenarioFileException.class);
        assertThat(thrown.getMessage())
                .startsWith((expect.group(1) == null ? file : file.resolveSibling(expect.group(1))) + ":"
                        + expect.group(2) + ": ")
                .contains(expect.group(3))
                .doesNotContain("\n", "\r");
    }

    /** The first line, read as bytes (the rest of the file may not be UTF-8), after a byte-order mark. */
    private static Matcher expectation(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        String first = new String(Arrays.copyOfRange(bytes, start, end), StandardCharsets.UTF_8);
        Matcher m = EXPECT.matcher(first);
        assertThat(m.matches()).as("%s starts with '# expect: LINE: words'", file).isTrue();
        return m;
    }
}
