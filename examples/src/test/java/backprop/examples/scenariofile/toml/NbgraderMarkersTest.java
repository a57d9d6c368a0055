package backprop.examples.scenariofile.toml;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("nbgrader's markers in a scenario file")
class NbgraderMarkersTest {

    @Test
    @DisplayName("a file without them passes, to its last line")
    void noMarker() {
        String text = "title = \"a BEGIN, a SOLUTION, HIDDEN and TESTS apart\"\n# begin solution, in lower case\n";
        assertThatCode(() -> NbgraderMarkers.check(text, new TomlReader("f.toml", text))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} is named as \"{1}\"", quoteTextArguments = false)
    @CsvSource({"BEGIN SOLUTION, BEGIN SOLUTION", "END SOLUTION, END SOLUTION", "BEGIN HIDDEN TESTS, HIDDEN TESTS",
            "END HIDDEN TESTS, HIDDEN TESTS", "AUTOTEST, AUTOTEST"})
    @DisplayName("each is refused at its line, named as a reader would search for it")
    void refusedAtItsLine(String marker, String word) {
        String text = "title = \"t\"\n\n# a comment that says " + marker + " inside\n";
        assertThatThrownBy(() -> NbgraderMarkers.check(text, new TomlReader("f.toml", text)))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage("f.toml:3: \"" + word + "\" is a marker nbgrader reads in a notebook's cells, and this"
                        + " file's text goes into them; reword that line");
    }
}
