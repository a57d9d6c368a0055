package backprop.examples.scenariofile;

import backprop.examples.Input;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the answer key lists from a table of the file, it lists in the file's order: tomlj's key sets have no
 * stable order (the names of exam-frozen.toml came out in another order on every run), and two runs must give
 * byte-identical files. The orders below are deliberately neither alphabetical nor any hash order's.
 */
@DisplayName("Names and inputs are listed in the order the file writes them")
class FileOrderTest {
    private static final List<String> NAMES = List.of("zeta", "w5", "alpha", "E_total", "net_h1", "b", "w1", "out_o2",
            "q", "w10", "m", "w2", "A", "x_9", "w3", "k");

    @Test
    void sourceNames_keepTheFilesOrder() {
        StringBuilder file = new StringBuilder("""
                title = "t"
                kind = "expression"
                precision = 4
                expression = "p * r"
                [inputs]
                r = 2
                p = 3
                [names]
                """);
        for (String name : NAMES) {
            file.append(name).append(" = \"f\"\n");
        }
        List<String> symbols = ExamFile.read("t.toml", file.toString()).scenario().inputs().stream()
                .map(Input::symbol).toList();

        assertThat(symbols).containsSubsequence(NAMES);
        assertThat(symbols.subList(0, 2)).containsExactly("r", "p");
    }

    @Test
    void theFirstUnknownKeyReported_isTheFirstInTheFile() {
        String file = """
                title = "t"
                kind = "expression"
                precision = 4
                expression = "p"
                zzz = 1
                aaa = 2
                [inputs]
                p = 3
                """;
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ExamFile.read("t.toml", file)))
                .hasMessageContaining("t.toml:5:").hasMessageContaining("zzz");
    }
}
