package backprop.export.runtime;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One part's inputs, by the names its grading call uses: {@code z(in.matrix("W"), in.vector("b"), in.vector("aBelow"))}.
 * They travel in the grading key, not in the cell's source, because some are another question's answer (δ(2) is
 * the input of δ(1)): the grader hands a part its inputs only while that part's question is being graded. Every
 * getter returns a fresh value, so a method that writes into its arguments changes nothing for the next part.
 */
public final class Inputs {
    private final String part;
    private final Map<String, JsonNode> values;

    Inputs(String part, Map<String, JsonNode> values) {
        this.part = part;
        this.values = Map.copyOf(values);
    }

    /** The inputs in {@code object} ({@code {"W": [[…]], "b": […]}}) of part {@code part}, as they crossed a process boundary. */
    public static Inputs of(String part, JsonNode object) {
        Map<String, JsonNode> values = new java.util.HashMap<>();
        if (object != null && object.isObject()) {
            object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
        }
        return new Inputs(part, values);
    }

    /** The names this part's inputs have. */
    public java.util.Set<String> names() {
        return values.keySet();
    }

    public double number(String name) {
        JsonNode n = get(name);
        return number(name, n);
    }

    public int integer(String name) {
        JsonNode n = get(name);
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw wrong(name, "a whole number");
        }
        return n.intValue();
    }

    public String text(String name) {
        JsonNode n = get(name);
        if (!n.isTextual()) {
            throw wrong(name, "a text");
        }
        return n.asText();
    }

    public double[] vector(String name) {
        return vector(name, array(name, get(name)));
    }

    public double[][] matrix(String name) {
        JsonNode rows = array(name, get(name));
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(name, array(name, rows.get(i)));
        }
        return m;
    }

    public boolean[] flags(String name) {
        return flags(name, array(name, get(name)));
    }

    public boolean[][] flagMatrix(String name) {
        JsonNode rows = array(name, get(name));
        boolean[][] m = new boolean[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = flags(name, array(name, rows.get(i)));
        }
        return m;
    }

    public String[] texts(String name) {
        JsonNode a = array(name, get(name));
        String[] t = new String[a.size()];
        for (int i = 0; i < t.length; i++) {
            if (!a.get(i).isTextual()) {
                throw wrong(name, "a list of texts");
            }
            t[i] = a.get(i).asText();
        }
        return t;
    }

    public int[][] indexLists(String name) {
        JsonNode rows = array(name, get(name));
        int[][] m = new int[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            JsonNode row = array(name, rows.get(i));
            m[i] = new int[row.size()];
            for (int j = 0; j < m[i].length; j++) {
                if (!row.get(j).isIntegralNumber() || !row.get(j).canConvertToInt()) {
                    throw wrong(name, "lists of whole numbers");
                }
                m[i][j] = row.get(j).intValue();
            }
        }
        return m;
    }

    private JsonNode get(String name) {
        JsonNode n = values.get(name);
        if (n == null) {
            throw new IllegalArgumentException("part " + part + " has no input " + name + "; it has " + names());
        }
        return n;
    }

    private JsonNode array(String name, JsonNode n) {
        if (!n.isArray()) {
            throw wrong(name, "a list");
        }
        return n;
    }

    private double[] vector(String name, JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(name, a.get(i));
        }
        return v;
    }

    private double number(String name, JsonNode n) {
        if (!n.isNumber()) {
            throw wrong(name, "a number");
        }
        return n.doubleValue();
    }

    private boolean[] flags(String name, JsonNode a) {
        boolean[] f = new boolean[a.size()];
        for (int i = 0; i < f.length; i++) {
            if (!a.get(i).isBoolean()) {
                throw wrong(name, "a list of true/false");
            }
            f[i] = a.get(i).booleanValue();
        }
        return f;
    }

    private IllegalArgumentException wrong(String name, String what) {
        return new IllegalArgumentException("part " + part + ": input " + name + " is not " + what);
    }
}
