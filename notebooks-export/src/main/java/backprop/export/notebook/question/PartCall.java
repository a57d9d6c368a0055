package backprop.export.notebook.question;

import backprop.export.notebook.cell.Literal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One part's call being written: each argument an accessor on the part's inputs ({@code in.matrix("W")}), each
 * input kept for the grading key. The cell's source names the inputs; their values, some of them another
 * question's answer, stay in the key.
 */
final class PartCall {
    private final Map<String, Object> inputs = new LinkedHashMap<>();

    String matrix(String name, double[][] value) {
        return put("matrix", name, value);
    }

    String vector(String name, double[] value) {
        return put("vector", name, value);
    }

    String number(String name, double value) {
        return put("number", name, value);
    }

    String flags(String name, boolean[] value) {
        return put("flags", name, value);
    }

    String flagMatrix(String name, boolean[][] value) {
        return put("flagMatrix", name, value);
    }

    String texts(String name, String[] value) {
        return put("texts", name, value);
    }

    String indexLists(String name, int[][] value) {
        return put("indexLists", name, value);
    }

    /** The inputs named so far, in the order the call reads them. */
    Map<String, Object> inputs() {
        return inputs;
    }

    private String put(String accessor, String name, Object value) {
        if (inputs.put(name, value) != null) {
            throw new IllegalArgumentException("a part's input " + name + " twice");
        }
        return "in." + accessor + "(" + Literal.string(name) + ")";
    }
}
