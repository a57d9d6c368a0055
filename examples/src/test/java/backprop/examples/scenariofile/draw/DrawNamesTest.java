package backprop.examples.scenariofile.draw;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The names a network template's [draw] may use, at the edges of each matrix, vector and list: each first and last
 * entry is read, each one past it refused with the whole message (the shapes and the list of names worked from the
 * file by hand).
 */
@DisplayName("A network template's draw names at their edges")
class DrawNamesTest {
    /** A 2-2-1 network (W1 2×2, b1 of 2, W2 1×2, b2 of 1, x of 2, y of 1); draw.{@code key} is on line 9. */
    private static String network(String key) {
        return """
                title = "t"
                kind = "network"
                precision = 4

                [template]
                assignment = "a"

                [draw]
                "%s" = { set = [1, 2] }

                [network]
                layers = [2, 2, 1]
                activations = ["sigmoid", "identity"]

                [[network.layer]]
                weights = [[0.5, -0.5],
                           [0.25, 0.75]]
                biases = [0.1, 0.2]

                [[network.layer]]
                weights = [[1, -1]]
                biases = [0]

                [example]
                x = [1, 2]
                y = [1]

                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                """.replace("%s", key);
    }

    private static void refused(String text, String message) {
        assertThatThrownBy(() -> ExamFile.read("t.toml", text)).isInstanceOf(ScenarioFileException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"W1[1,1]", "W1[2,2]", "W1[1,2]", "W1[2,1]", "W2[1,2]", "b1[1]", "b1[2]",
        "b2[1]", "x[1]", "x[2]", "y[1]", "W2", "b1"})
    @DisplayName("every first and last entry is read")
    void firstAndLast(String key) {
        assertThat(ExamFile.read("t.toml", network(key)).id()).isEqualTo("t");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "W1[0,1]|W1, which is 2×2 (write W1[row,column])",
        "W1[3,1]|W1, which is 2×2 (write W1[row,column])",
        "W1[1,0]|W1, which is 2×2 (write W1[row,column])",
        "W1[1,3]|W1, which is 2×2 (write W1[row,column])",
        "W2[2,1]|W2, which is 1×2 (write W2[row,column])",
        "b1[0]|b1, which is a vector of 2 (write b1[i])",
        "b1[3]|b1, which is a vector of 2 (write b1[i])",
        "b2[2]|b2, which is a vector of 1 (write b2[i])",
        "b1[1,1]|b1, which is a vector of 2 (write b1[i])"})
    @DisplayName("an entry one past either edge is refused, naming the shape")
    void pastTheEdge(String key, String shape) {
        refused(network(key), "t.toml:9: draw." + key + " is not an entry of " + shape);
    }

    @Test
    @DisplayName("x[0] and x[3] are not entries of x (2 entries), y[2] not of y (1 entry: singular)")
    void exampleEntries() {
        refused(network("x[0]"), "t.toml:9: draw.x[0] is not an entry of x, which has 2 entries");
        refused(network("x[3]"), "t.toml:9: draw.x[3] is not an entry of x, which has 2 entries");
        refused(network("y[2]"), "t.toml:9: draw.y[2] is not an entry of y, which has 1 entry");
    }

    @Test
    @DisplayName("W3 of two layers lists every layer's names; W2 of one layer says '1 layer'")
    void layerNames() {
        refused(network("W3"), "t.toml:9: draw.W3 names layer 3, but the network has 2 layers; the names are W1, b1,"
                + " W2, b2, x, y, learning_rate, momentum, lambda");
        refused(network("W0"), "t.toml:9: draw.W0 names layer 0, but the network has 2 layers; the names are W1, b1,"
                + " W2, b2, x, y, learning_rate, momentum, lambda");
        String oneLayer = network("W2").replace("layers = [2, 2, 1]", "layers = [2, 1]")
                .replace("activations = [\"sigmoid\", \"identity\"]", "activations = [\"sigmoid\"]")
                .replace("""
                        [[network.layer]]
                        weights = [[0.5, -0.5],
                                   [0.25, 0.75]]
                        biases = [0.1, 0.2]

                        """, "");
        refused(oneLayer, "t.toml:9: draw.W2 names layer 2, but the network has 1 layer; the names are W1, b1, x, y,"
                + " learning_rate, momentum, lambda");
    }

    @Test
    @DisplayName("a file with [initial] seed has no W or b names: an unknown name lists x, y and [training]'s only")
    void namesOfASeededFile() {
        String seeded = network("q").replace("""
                [[network.layer]]
                weights = [[0.5, -0.5],
                           [0.25, 0.75]]
                biases = [0.1, 0.2]

                [[network.layer]]
                weights = [[1, -1]]
                biases = [0]
                """, """
                [initial]
                seed = 7
                range = [-0.5, 0.5]
                """);
        refused(seeded, "t.toml:9: draw.q: unknown name; the names are x, y, learning_rate, momentum, lambda");
    }
}
