package backprop.export.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a student's method gave, as it crosses from the student's process to the grader's. */
class ReplyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNREADABLE = "gave no readable value";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Reply read(String text) {
        return Reply.fromJson(json(text));
    }

    @Test
    void of_aNumberAVectorAndAMatrix_areValuesWithTheirShapes() {
        assertThat(Reply.of(() -> 2.5).json().toString()).isEqualTo("{\"rows\":1,\"cols\":-1,\"entries\":[2.5]}");
        assertThat(Reply.of(() -> new double[] {1, 2}).json().toString())
                .isEqualTo("{\"rows\":2,\"cols\":0,\"entries\":[1.0,2.0]}");
        assertThat(Reply.of(() -> new double[][] {{1, 2, 3}, {4, 5, 6}}).json().toString())
                .isEqualTo("{\"rows\":2,\"cols\":3,\"entries\":[1.0,2.0,3.0,4.0,5.0,6.0]}");
        assertThat(Reply.of(() -> 2.5).problem()).isNull();
    }

    @Test
    void of_nullANonNumberOrAThrowingMethod_isAProblemInWords() {
        assertThat(Reply.of(() -> null).problem()).isEqualTo("gives no value (null)");
        assertThat(Reply.of(() -> "1.0").problem()).isEqualTo("a Double, double[] or double[][] is needed, not String");
        assertThat(Reply.of(() -> new int[] {1}).problem()).isEqualTo("a Double, double[] or double[][] is needed, not int[]");
        assertThat(Reply.of(() -> {
            throw new IllegalStateException("  not written\n\tyet  ");
        }).problem()).isEqualTo("throws IllegalStateException: not written yet");
        assertThat(Reply.of(() -> {
            throw new java.io.IOException();
        }).problem()).isEqualTo("throws IOException");
        assertThat(Reply.of(() -> {
            throw new ArithmeticException("\n");
        }).problem()).isEqualTo("throws ArithmeticException");
        assertThat(Reply.of(() -> {
            throw new StackOverflowError();
        }).problem()).isEqualTo("throws StackOverflowError");
        assertThat(Reply.of(() -> {
            throw new NoClassDefFoundError("Solutions");
        }).problem()).isEqualTo("throws NoClassDefFoundError: Solutions");
    }

    @Test
    void aProblemIsWrittenAsItsWords() {
        assertThat(Reply.problem("the cell stopped: time limit").json().toString())
                .isEqualTo("{\"problem\":\"the cell stopped: time limit\"}");
    }

    @Test
    void jsonAndFromJson_areARoundTrip_nonFiniteEntriesIncluded() {
        Reply nonFinite = Reply.of(() -> new double[] {1, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
        assertThat(nonFinite.json().toString())
                .isEqualTo("{\"rows\":4,\"cols\":0,\"entries\":[1.0,\"NaN\",\"-Infinity\",\"Infinity\"]}");

        for (Object value : new Object[] {-0.5, new double[] {1, 2}, new double[] {}, new double[][] {{1, 2}, {3, 4}, {5, 6}},
                new double[][] {{7, 8, 9}}, new double[] {1, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}}) {
            Reply sent = Reply.of(() -> value);
            Reply back = Reply.fromJson(sent.json());
            assertThat(back.problem()).as("%s", sent.json()).isNull();
            assertThat(back.values().shape()).isEqualTo(sent.values().shape());
            assertThat(back.values().rows()).isEqualTo(sent.values().rows());
            assertThat(back.values().entries()).containsExactly(sent.values().entries());
        }
        Reply problem = Reply.fromJson(Reply.problem("throws X: y").json());
        assertThat(problem.problem()).isEqualTo("throws X: y");
        assertThat(problem.values()).isNull();
    }

    @Test
    void fromJson_whatIsNotAReply_isNoReadableValue_neverAnException() {
        assertThat(Reply.fromJson(null).problem()).isEqualTo(UNREADABLE);
        for (String forged : new String[] {"[1]", "1", "\"problem\"", "{}", "{\"problem\": 1}",
                "{\"rows\": 1, \"cols\": -1}",
                "{\"rows\": 1, \"cols\": -1, \"entries\": 1}",
                "{\"cols\": -1, \"entries\": [1]}",
                "{\"rows\": \"1\", \"cols\": -1, \"entries\": [1]}",
                "{\"rows\": 1, \"entries\": [1]}",
                "{\"rows\": 1, \"cols\": -1.5, \"entries\": [1]}",
                "{\"rows\": 1.0, \"cols\": -1, \"entries\": [1]}",
                "{\"rows\": 1, \"cols\": -1, \"entries\": [\"1\"]}",
                "{\"rows\": 1, \"cols\": -1, \"entries\": [\"nan\"]}",
                "{\"rows\": 1, \"cols\": -1, \"entries\": [\"+Infinity\"]}",
                "{\"rows\": 1, \"cols\": -1, \"entries\": [true]}",
                "{\"rows\": 1, \"cols\": -1, \"entries\": [[1]]}"}) {
            assertThat(read(forged).problem()).as(forged).isEqualTo(UNREADABLE);
        }
    }

    @Test
    void fromJson_aShapeThatDoesNotFitItsEntries_isNoReadableValue() {
        for (String forged : new String[] {
                "{\"rows\": 1, \"cols\": -1, \"entries\": [1, 2]}",   // a number of two entries
                "{\"rows\": 2, \"cols\": -1, \"entries\": [1]}",      // a number of two rows
                "{\"rows\": 1, \"cols\": -1, \"entries\": []}",       // a number without entries
                "{\"rows\": 3, \"cols\": 0, \"entries\": [1, 2]}",    // a vector of 3 with 2 entries
                "{\"rows\": 2, \"cols\": 2, \"entries\": [1, 2, 3]}", // a 2×2 matrix of 3 entries
                "{\"rows\": -1, \"cols\": 2, \"entries\": []}",
                "{\"rows\": 65536, \"cols\": 65536, \"entries\": []}"}) { // rows × cols is 2^32, 0 in int arithmetic
            assertThat(read(forged).problem()).as(forged).isEqualTo(UNREADABLE);
        }
        // what does fit is read, whatever produced it: the verdict then compares its shape with the expected one
        Reply emptyMatrix = read("{\"rows\": 0, \"cols\": 3, \"entries\": []}");
        assertThat(emptyMatrix.problem()).isNull();
        assertThat(emptyMatrix.values().shape()).isEqualTo("0×3 entries");
    }

    /** new double[][] {{}} flattens to one row of no entry (cols 0): it crosses the sandbox and is judged by its shape. */
    @Test
    void aMatrixOfEmptyRows_crossesAsItIs_andIsJudgedByItsShape() {
        Reply sent = Reply.of(() -> new double[][] {{}});
        Reply read = Reply.fromJson(sent.json());
        assertThat(read.problem()).isNull();
        assertThat(read.values().shape()).isEqualTo(sent.values().shape()).isEqualTo("0 entries");
        assertThat(read("{\"rows\": -1, \"cols\": 0, \"entries\": []}").problem()).isEqualTo(UNREADABLE);
        Reply emptyVector = read("{\"rows\": 0, \"cols\": 0, \"entries\": []}");
        assertThat(emptyVector.problem()).isNull();
        assertThat(emptyVector.values().shape()).isEqualTo("0 entries");
    }

    @Test
    void fromJson_aProblemFromTheStudentsProcess_isOneLineOfAtMost300Characters() {
        assertThat(read("{\"problem\": \"throws X: a\\nFEEDBACK q p: forged\\u001b[2J\"}").problem())
                .isEqualTo("throws X: a FEEDBACK q p: forged [2J");
        String exactly300 = "x".repeat(300);
        assertThat(read("{\"problem\": \"" + exactly300 + "\"}").problem()).isEqualTo(exactly300);
        assertThat(read("{\"problem\": \"" + exactly300 + "yz\"}").problem()).isEqualTo(exactly300 + "…");
    }
}
