package backprop.export.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a student's method gave for one part: its value (any shape a grading value takes), or, in words, why there is
 * none (it threw, gave null, gave something that is not a number). Computed where the student's code runs, compared
 * where the expected values are: in the grader's sandbox the two are different processes, and a reply is all that
 * crosses between them ({@link #json()}, {@link #fromJson}).
 */
public final class Reply {
    private final Values values;
    private final String problem;

    private Reply(Values values, String problem) {
        this.values = values;
        this.problem = problem;
    }

    /** Runs {@code answer}: its value, or the words for what went wrong (the exception's class and message, never its trace). */
    public static Reply of(Grade.Answer answer) {
        Object given;
        try {
            given = answer.get();
        } catch (Exception | StackOverflowError | LinkageError e) {
            return problem("throws " + e.getClass().getSimpleName() + oneLine(e.getMessage()));
        }
        if (given == null) {
            return problem("gives no value (null)");
        }
        try {
            return new Reply(Values.flatten("answer", given), null);
        } catch (IllegalArgumentException e) {
            return problem(e.getMessage().substring("answer: ".length()));
        }
    }

    /** No value, for the reason given ("throws …", "the cell stopped: …"). */
    public static Reply problem(String words) {
        return new Reply(null, words);
    }

    Values values() {
        return values;
    }

    /** Why there is no value, or null when there is one. */
    public String problem() {
        return problem;
    }

    /** {"problem": words} or {"rows": r, "cols": c, "entries": [...]}, a non-finite entry as a string ("NaN"). */
    public JsonNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (problem != null) {
            return o.put("problem", problem);
        }
        o.put("rows", values.rows()).put("cols", values.cols());
        var entries = o.putArray("entries");
        for (double e : values.entries()) {
            if (Double.isFinite(e)) {
                entries.add(e);
            } else {
                entries.add(Double.toString(e));
            }
        }
        return o;
    }

    /**
     * The reply {@link #json()} wrote. Anything else (the student's process can write what it likes) is a reply
     * with a problem, never an exception: a forged or broken reply costs only that part.
     */
    public static Reply fromJson(JsonNode o) {
        if (o == null || !o.isObject()) {
            return problem("gave no readable value");
        }
        if (o.path("problem").isTextual()) {
            return problem(line(o.get("problem").asText()));
        }
        JsonNode entries = o.path("entries");
        int rows = o.path("rows").asInt(-2);
        int cols = o.path("cols").asInt(-2);
        if (!entries.isArray() || !o.path("rows").isInt() || !o.path("cols").isInt()) {
            return problem("gave no readable value");
        }
        double[] e = new double[entries.size()];
        for (int i = 0; i < e.length; i++) {
            JsonNode n = entries.get(i);
            if (n.isNumber()) {
                e[i] = n.doubleValue();
            } else if (n.isTextual() && n.asText().matches("NaN|-?Infinity")) {
                e[i] = Double.parseDouble(n.asText());
            } else {
                return problem("gave no readable value");
            }
        }
        // cols 0 is a vector of rows entries, or a matrix whose rows are empty ({{}}: 1 row, no entry)
        boolean fits = cols < 0 ? rows == 1 && e.length == 1 : cols == 0 ? e.length == 0 ? rows >= 0 : rows == e.length
                : rows >= 0 && (long) rows * cols == e.length;
        return fits ? new Reply(new Values(e, rows, cols), null) : problem("gave no readable value");
    }

    /**
     * At most 300 characters on one line, control characters as spaces: words from the student's process, wherever
     * they cross to the grader (a reply's problem, a cell's exception message).
     */
    public static String line(String words) {
        String one = words.replaceAll("\\p{Cntrl}", " ");
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }

    /** ": message" on one line, or "" when there is none. */
    private static String oneLine(String message) {
        return message == null || message.isBlank() ? "" : ": " + message.replaceAll("\\s+", " ").strip();
    }
}
