package backprop.export.runtime;

import backprop.export.runtime.GradingKey.KeyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The instructor's grading key: the file it is written as, what reading it refuses and how, where a kernel finds it. */
class GradingKeyTest {
    @TempDir
    Path dir;

    @AfterEach
    void noKeyForTheNextTest() {
        System.clearProperty(GradingKey.PROPERTY);
    }

    /** One question of two parts: a layer's z with a known slip, and ReLU′ at its kink, between 0 and 1. */
    static GradingKey sample() {
        Map<String, com.fasterxml.jackson.databind.JsonNode> inputs = new LinkedHashMap<>();
        inputs.put("W", GradingKey.input(new double[][] {{1, 2}}));
        inputs.put("b", GradingKey.input(new double[] {0.5}));
        GradingKey.Part z = new GradingKey.Part("z(1)", inputs, new double[] {3.5}, null,
                List.of(Slip.of("W_NOT_TRANSPOSED", "W not transposed", new double[] {2.5})));
        GradingKey.Part kink = new GradingKey.Part("relu'(0)", Map.of(), 0.0, 1.0, List.of());
        Map<String, GradingKey.Part> parts = new LinkedHashMap<>();
        parts.put(z.name(), z);
        parts.put(kink.name(), kink);
        return new GradingKey(Map.of("q1", new GradingKey.Question("q1", "z of a layer", 2, parts)));
    }

    /** The sample's file, written out by hand: Jackson's pretty printer, fields in the order the key gives them. */
    static final String SAMPLE_JSON = """
            {
              "format" : "backprop-workbook grading key 1",
              "tolerance" : 1.0E-9,
              "questions" : [ {
                "id" : "q1",
                "title" : "z of a layer",
                "points" : 2.0,
                "parts" : [ {
                  "name" : "z(1)",
                  "inputs" : {
                    "W" : [ [ 1.0, 2.0 ] ],
                    "b" : [ 0.5 ]
                  },
                  "expected" : [ 3.5 ],
                  "slips" : [ {
                    "key" : "W_NOT_TRANSPOSED",
                    "words" : "W not transposed",
                    "value" : [ 2.5 ]
                  } ]
                }, {
                  "name" : "relu'(0)",
                  "inputs" : { },
                  "expected" : 0.0,
                  "upper" : 1.0
                } ]
              } ]
            }
            """;

    @Test
    void theFileIsPrettyPrintedJson_withTheFormatFirst_theUpperEndOnlyAtAKink_andSlipsOnlyWhereThereAreAny() {
        assertThat(sample().json()).isEqualTo(SAMPLE_JSON);
    }

    @Test
    void theSameKeyIsWrittenAsTheSameBytes_andReadBackAsTheSameKey() {
        GradingKey read = GradingKey.parse("k.json", sample().json());

        assertThat(read.json()).isEqualTo(sample().json());
        GradingKey.Question q = read.questions().get("q1");
        assertThat(q.title()).isEqualTo("z of a layer");
        assertThat(q.points()).isEqualTo(2.0);
        assertThat(q.parts().keySet()).containsExactly("z(1)", "relu'(0)");
        GradingKey.Part z = q.parts().get("z(1)");
        assertThat((double[]) z.expected()).containsExactly(3.5);
        assertThat(z.upper()).isNull();
        assertThat(z.slips()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("W_NOT_TRANSPOSED");
            assertThat(s.words()).isEqualTo("W not transposed");
            assertThat((double[]) s.value()).containsExactly(2.5);
        });
        assertThat(z.in().matrix("W")).isDeepEqualTo(new double[][] {{1, 2}});
        assertThat(z.in().vector("b")).containsExactly(0.5);
        GradingKey.Part kink = q.parts().get("relu'(0)");
        assertThat(kink.expected()).isEqualTo(0.0);
        assertThat(kink.upper()).isEqualTo(1.0);
        assertThat(kink.slips()).isEmpty();
        assertThat(kink.in().names()).isEmpty();
    }

    @Test
    void valuesAreReadAsNumberVectorOrMatrix_anEmptyListAsAnEmptyVector() {
        String json = key("""
                {"name": "p", "inputs": {}, "expected": [[1, 2], [3, 4]], "upper": [], "slips": [{"key": "K", "words": "w", "value": 7}]}""");
        GradingKey.Part p = GradingKey.parse("k.json", json).questions().get("q").parts().get("p");

        assertThat(p.expected()).isInstanceOf(double[][].class);
        assertThat((double[][]) p.expected()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        assertThat(p.upper()).isInstanceOf(double[].class);
        assertThat((double[]) p.upper()).isEmpty();
        assertThat(p.slips().get(0).value()).isEqualTo(7.0);
    }

    @Test
    void aPartsInputsAreWrittenAsGiven_anyJavaValueAsItsJson() {
        assertThat(GradingKey.input(new double[][] {{1, 2}, {3, 4}}).toString()).isEqualTo("[[1.0,2.0],[3.0,4.0]]");
        assertThat(GradingKey.input(new boolean[] {true, false}).toString()).isEqualTo("[true,false]");
        assertThat(GradingKey.input(new int[][] {{0, 2}}).toString()).isEqualTo("[[0,2]]");
        assertThat(GradingKey.input(new String[] {"x"}).toString()).isEqualTo("[\"x\"]");
        assertThat(GradingKey.input("relu").toString()).isEqualTo("\"relu\"");
    }

    /** A key file of one question q whose one part is {@code part} (a JSON object). */
    private static String key(String part) {
        return "{\"format\": \"" + GradingKey.FORMAT + "\", \"questions\": [{\"id\": \"q\", \"title\": \"t\", \"points\": 1,"
                + " \"parts\": [" + part + "]}]}";
    }

    private static String part(String name, String expected) {
        return "{\"name\": " + name + ", \"inputs\": {}, \"expected\": " + expected + "}";
    }

    private static void refused(String json, String message) {
        assertThatThrownBy(() -> GradingKey.parse("k.json", json)).isInstanceOf(KeyException.class).hasMessage(message);
    }

    @Test
    void notJsonIsRefusedAtTheLineWhereItBreaks() {
        assertThatThrownBy(() -> GradingKey.parse("k.json", "{\n  \"format\": \"x\",\n  ]\n}"))
                .isInstanceOf(KeyException.class).hasMessageStartingWith("k.json:3: ");
        // a field twice is not a key either: which of the two would count?
        assertThatThrownBy(() -> GradingKey.parse("k.json", "{\"format\": \"a\",\n\"format\": \"b\"}"))
                .isInstanceOf(KeyException.class).hasMessageStartingWith("k.json:2: Duplicate field 'format'");
    }

    @Test
    void jsonBeyondTheParsersLimits_whichNameNoLine_isRefusedAtLineOne() {
        // Jackson reads numbers of at most 1,000 digits, and says where a longer one is only in words
        String longNumber = "{\"format\": \"" + GradingKey.FORMAT + "\",\n\"questions\": [],\n\"x\": " + "1".repeat(1001) + "}";

        assertThatThrownBy(() -> GradingKey.parse("k.json", longNumber)).isInstanceOf(KeyException.class)
                .hasMessageStartingWith("k.json:1: Number value length (1001) exceeds the maximum allowed");
    }

    @Test
    void jsonThatIsNotAKey_noObjectOrAnotherFormat_isRefusedAtLineOne() {
        String notAKey = "k.json:1: not a grading key (its first field is \"format\": \"backprop-workbook grading key 1\")";
        refused("", notAKey);
        refused("[]", notAKey);
        refused("null", notAKey);
        refused("{\"questions\": []}", notAKey);
        refused("{\"format\": \"backprop-workbook grading key 2\", \"questions\": []}", notAKey);
    }

    @Test
    void aKeyWithoutQuestionsIsReadAsAnEmptyKey() {
        assertThat(GradingKey.parse("k.json", "{\"format\": \"" + GradingKey.FORMAT + "\", \"questions\": []}").questions())
                .isEmpty();
    }

    @Test
    void aMissingListOrTextIsNamed() {
        String start = "{\"format\": \"" + GradingKey.FORMAT + "\"";
        refused(start + "}", "k.json:1: no list \"questions\"");
        refused(start + ", \"questions\": {}}", "k.json:1: no list \"questions\"");
        refused(start + ", \"questions\": [{\"id\": \"q\", \"title\": \"t\"}]}", "k.json:1: no list \"parts\"");
        refused(start + ", \"questions\": [{\"title\": \"t\", \"parts\": []}]}", "k.json:1: no text \"id\"");
        refused(start + ", \"questions\": [{\"id\": 7, \"title\": \"t\", \"parts\": []}]}", "k.json:1: no text \"id\"");
        refused(start + ", \"questions\": [{\"id\": \"q\", \"parts\": []}]}", "k.json:1: no text \"title\"");
        refused(key("{\"inputs\": {}, \"expected\": 1}"), "k.json:1: no text \"name\"");
        refused(key(part("1", "1")), "k.json:1: no text \"name\"");
        refused(key("{\"name\": \"p\", \"expected\": 1, \"slips\": [{\"key\": \"K\", \"value\": 1}]}"),
                "k.json:1: no text \"words\"");
    }

    @Test
    void aPartOrQuestionTwiceIsRefused() {
        refused(key(part("\"p\"", "1") + ", " + part("\"p\"", "2")), "k.json:1: part p twice");
        String q = "{\"id\": \"q\", \"title\": \"t\", \"parts\": []}";
        refused("{\"format\": \"" + GradingKey.FORMAT + "\", \"questions\": [" + q + ", " + q + "]}", "k.json:1: question q twice");
    }

    @Test
    void aValueThatIsNotANumberOrListsOfNumbersIsRefused() {
        String notANumber = "k.json:1: a value is not a number or a list of numbers";
        refused(key(part("\"p\"", "\"1.5\"")), notANumber);
        refused(key(part("\"p\"", "true")), notANumber);
        refused(key("{\"name\": \"p\", \"inputs\": {}}"), notANumber);
        refused(key("{\"name\": \"p\", \"expected\": 1, \"upper\": {}}"), notANumber);
        refused(key("{\"name\": \"p\", \"expected\": 1, \"slips\": [{\"key\": \"K\", \"words\": \"w\"}]}"), notANumber);
        assertThatThrownBy(() -> GradingKey.parse("k.json", key(part("\"p\"", "[\"a\"]"))))
                .isInstanceOf(KeyException.class).hasMessageStartingWith("k.json:1: ");
        refused(key(part("\"p\"", "[[1, 2], [3]]")), "k.json:1: part p: expected: row 2 has 1 entries, row 1 has 2");
    }

    @Test
    void read_oneFile() throws IOException {
        Path file = Files.writeString(dir.resolve("001.json"), SAMPLE_JSON, StandardCharsets.UTF_8);

        assertThat(GradingKey.read(file).json()).isEqualTo(SAMPLE_JSON);
    }

    @Test
    void read_aFolder_isEveryJsonFileInItInNameOrder_asOneKey() throws IOException {
        Files.writeString(dir.resolve("002.json"), key(part("\"p\"", "2")).replace("\"q\"", "\"q2\""));
        Files.writeString(dir.resolve("001.json"), key(part("\"p\"", "1")).replace("\"q\"", "\"q1\""));
        Files.writeString(dir.resolve("README.txt"), "not a key");
        Files.writeString(dir.resolve("001.json.bak"), "not a key either");

        GradingKey all = GradingKey.read(dir);

        assertThat(all.questions().keySet()).containsExactly("q1", "q2");
        assertThat(all.questions().get("q2").parts().get("p").expected()).isEqualTo(2.0);
    }

    @Test
    void read_aFolderHoldingAFolderNamedLikeAKey_isRefused() throws IOException {
        Path inner = Files.createDirectory(dir.resolve("x.json"));

        assertThatThrownBy(() -> GradingKey.read(dir)).isInstanceOf(KeyException.class)
                .hasMessage(inner + ":1: not a grading key: not a file of at most 20000000 bytes");
    }

    @Test
    void read_aFileThatIsNotThere_isRefused() {
        Path missing = dir.resolve("grading-key").resolve("004.json");

        assertThatThrownBy(() -> GradingKey.read(missing)).isInstanceOf(KeyException.class)
                .hasMessage(missing + ":1: not a grading key: not a file of at most 20000000 bytes");
    }

    @Test
    void read_aFileOverMaxBytesIsRefusedUnread_oneOfExactlyMaxBytesIsRead() throws IOException {
        // sparse files of zero bytes: nothing written, and zero bytes are not JSON
        Path big = sparse("big.json", GradingKey.MAX_BYTES + 1);
        assertThatThrownBy(() -> GradingKey.read(big)).isInstanceOf(KeyException.class)
                .hasMessage(big + ":1: not a grading key: not a file of at most 20000000 bytes");

        Path full = sparse("full.json", GradingKey.MAX_BYTES);
        assertThatThrownBy(() -> GradingKey.read(full)).isInstanceOf(KeyException.class)
                .hasMessageStartingWith(full + ":1: Illegal character ((CTRL-CHAR, code 0))");
    }

    private Path sparse(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    @Test
    void read_aFileThatIsNotUtf8_isRefusedAsUnreadable() throws IOException {
        Path latin1 = Files.write(dir.resolve("k.json"), new byte[] {'{', (byte) 0xE9, '}'});

        assertThatThrownBy(() -> GradingKey.read(latin1)).isInstanceOf(KeyException.class)
                .hasMessageStartingWith(latin1 + ":1: cannot read: ");
    }

    @Test
    void aKeyFileErrorNamesFileAndLine() {
        assertThat(new KeyException("a/k.json", 7, "what")).hasMessage("a/k.json:7: what");
    }

    @Test
    void location_isTheSystemPropertyWhereTheEnvironmentVariableIsNotSet_blankMeaningNone() {
        assumeTrue(System.getenv(GradingKey.ENVIRONMENT) == null, "the environment points at a key");
        assertThat(GradingKey.location()).isNull();
        System.setProperty(GradingKey.PROPERTY, " ");
        assertThat(GradingKey.location()).isNull();
        System.setProperty(GradingKey.PROPERTY, "/keys/004.json");
        assertThat(GradingKey.location()).isEqualTo("/keys/004.json");
    }
}
