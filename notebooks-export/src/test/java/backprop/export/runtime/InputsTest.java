package backprop.export.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One part's inputs as its call reads them: each getter's type, the words for a wrong one, fresh values. */
class InputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Inputs inputs(String json) {
        try {
            return Inputs.of("z(1)", JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void wrong(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void of_takesTheNamesOfAnObject_andNoneOfAnythingElse() {
        assertThat(inputs("{\"W\": [[1]], \"b\": [2]}").names()).containsExactlyInAnyOrder("W", "b");
        assertThat(Inputs.of("p", null).names()).isEmpty();
        assertThat(inputs("[1, 2]").names()).isEmpty();
        assertThat(inputs("3").names()).isEmpty();
    }

    @Test
    void number_readsAnyJsonNumber() {
        Inputs in = inputs("{\"x\": 2.5, \"n\": 3, \"big\": 30000000000}");

        assertThat(in.number("x")).isEqualTo(2.5);
        assertThat(in.number("n")).isEqualTo(3.0);
        assertThat(in.number("big")).isEqualTo(3e10);
    }

    @Test
    void integer_readsAWholeNumberThatFitsAnInt_only() {
        Inputs in = inputs("{\"k\": 7, \"neg\": -2, \"half\": 2.5, \"two\": 2.0, \"big\": 30000000000, \"text\": \"7\"}");

        assertThat(in.integer("k")).isEqualTo(7);
        assertThat(in.integer("neg")).isEqualTo(-2);
        wrong(() -> in.integer("half"), "part z(1): input half is not a whole number");
        wrong(() -> in.integer("two"), "part z(1): input two is not a whole number");
        wrong(() -> in.integer("big"), "part z(1): input big is not a whole number");
        wrong(() -> in.integer("text"), "part z(1): input text is not a whole number");
    }

    @Test
    void text_readsAString_only() {
        Inputs in = inputs("{\"g\": \"relu\", \"n\": 1}");

        assertThat(in.text("g")).isEqualTo("relu");
        wrong(() -> in.text("n"), "part z(1): input n is not a text");
    }

    @Test
    void vectorAndMatrix_readListsOfNumbers() {
        Inputs in = inputs("{\"b\": [1, -2.5], \"W\": [[1, 2], [3, 4], [5, 6]], \"empty\": []}");

        assertThat(in.vector("b")).containsExactly(1, -2.5);
        assertThat(in.matrix("W")).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        assertThat(in.vector("empty")).isEmpty();
        assertThat(in.matrix("empty")).isEmpty();
    }

    @Test
    void vectorAndMatrix_nameWhatIsNotANumberOrNotAList() {
        Inputs in = inputs("{\"x\": 1, \"words\": [\"a\"], \"flat\": [1, 2], \"mixed\": [[1], [\"a\"]], \"s\": \"1\"}");

        wrong(() -> in.vector("x"), "part z(1): input x is not a list");
        wrong(() -> in.vector("words"), "part z(1): input words is not a number");
        wrong(() -> in.matrix("flat"), "part z(1): input flat is not a list");
        wrong(() -> in.matrix("mixed"), "part z(1): input mixed is not a number");
        wrong(() -> in.number("s"), "part z(1): input s is not a number");
    }

    @Test
    void flagsAndFlagMatrix_readListsOfTrueFalse() {
        Inputs in = inputs("{\"f\": [true, false, true], \"m\": [[false], [true]], \"ints\": [1, 0], \"rows\": [[true], [1]]}");

        assertThat(in.flags("f")).containsExactly(true, false, true);
        assertThat(in.flagMatrix("m")).isDeepEqualTo(new boolean[][] {{false}, {true}});
        wrong(() -> in.flags("ints"), "part z(1): input ints is not a list of true/false");
        wrong(() -> in.flagMatrix("rows"), "part z(1): input rows is not a list of true/false");
        wrong(() -> in.flagMatrix("f"), "part z(1): input f is not a list");
    }

    @Test
    void texts_readAListOfStrings() {
        Inputs in = inputs("{\"t\": [\"x1\", \"x2\"], \"mixed\": [\"x1\", 2], \"one\": \"x1\"}");

        assertThat(in.texts("t")).containsExactly("x1", "x2");
        wrong(() -> in.texts("mixed"), "part z(1): input mixed is not a list of texts");
        wrong(() -> in.texts("one"), "part z(1): input one is not a list");
    }

    @Test
    void indexLists_readListsOfWholeNumbersThatFitAnInt() {
        Inputs in = inputs("{\"arcs\": [[0, 2], [], [1]], \"half\": [[1.5]], \"big\": [[30000000000]], \"flat\": [1]}");

        assertThat(in.indexLists("arcs")).isDeepEqualTo(new int[][] {{0, 2}, {}, {1}});
        wrong(() -> in.indexLists("half"), "part z(1): input half is not lists of whole numbers");
        wrong(() -> in.indexLists("big"), "part z(1): input big is not lists of whole numbers");
        wrong(() -> in.indexLists("flat"), "part z(1): input flat is not a list");
    }

    @Test
    void aMissingNameIsNamedWithTheNamesThereAre() {
        Inputs in = inputs("{\"W\": [[1]]}");

        wrong(() -> in.matrix("V"), "part z(1) has no input V; it has [W]");
        wrong(() -> in.number("V"), "part z(1) has no input V; it has [W]");
    }

    @Test
    void everyGetterGivesAFreshValue_soAMethodThatWritesIntoItsArgumentsChangesNothingForTheNext() {
        Inputs in = inputs("{\"b\": [1], \"W\": [[1]], \"f\": [true], \"m\": [[true]], \"t\": [\"a\"], \"i\": [[1]]}");
        in.vector("b")[0] = 9;
        in.matrix("W")[0][0] = 9;
        in.flags("f")[0] = false;
        in.flagMatrix("m")[0][0] = false;
        in.texts("t")[0] = "z";
        in.indexLists("i")[0][0] = 9;

        assertThat(in.vector("b")).containsExactly(1);
        assertThat(in.matrix("W")).isDeepEqualTo(new double[][] {{1}});
        assertThat(in.flags("f")).containsExactly(true);
        assertThat(in.flagMatrix("m")).isDeepEqualTo(new boolean[][] {{true}});
        assertThat(in.texts("t")).containsExactly("a");
        assertThat(in.indexLists("i")).isDeepEqualTo(new int[][] {{1}});
    }

    @Test
    void theObjectTheyWereReadFromCanChangeAfterwards_theInputsDoNot() {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("x", 1);
        Inputs in = Inputs.of("p", o);
        o.put("x", 2).put("y", 3);

        assertThat(in.number("x")).isEqualTo(1);
        assertThat(in.names()).containsExactly("x");
    }
}
