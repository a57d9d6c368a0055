package backprop.export.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The instructor's grading key: for every question of a notebook, each part's inputs, its expected value (at a
 * kink the two one-sided ends) and the known slips' values. It is written beside the notebooks, never into them:
 * a grading cell's source holds only the call ({@code q.part("z(1)", in -> z(in.matrix("W"), …))}), so neither
 * the student's copy nor nbgrader's feedback (the graded notebook with its hidden tests put back) carries a number
 * the student is asked for. The grader reads it in its own process; a kernel that runs the hidden tests itself
 * (nbgrader's autograde, an instructor running the instructor notebook) finds it through the environment
 * variable {@value #ENVIRONMENT}: a key file, or a folder of them.
 *
 * @param questions by question id, in the notebook's order
 */
public record GradingKey(Map<String, Question> questions) {
    /** The environment variable that points a kernel at the key: one key file, or the folder of all of them. */
    public static final String ENVIRONMENT = "BACKPROP_GRADING_KEY";
    /** The first field of every key file, so that another JSON file given by mistake is told apart. */
    public static final String FORMAT = "backprop-workbook grading key 1";
    /** A key file is at most this long: the largest notebook's key is about 100 kB. */
    public static final long MAX_BYTES = 20_000_000;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public GradingKey {
        questions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    }

    /**
     * One question of the key.
     *
     * @param parts by part name, in the order the grading cell calls them
     */
    public record Question(String id, String title, double points, Map<String, Part> parts) {
        public Question {
            parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
    }

    /**
     * One part: what its call is given, and what it must give.
     *
     * @param inputs   by name, as {@link Inputs} hands them to the call
     * @param expected a Double, double[] or double[][]; at a kink the lower one-sided end
     * @param upper    at a kink the upper end (any value between passes), else null
     * @param slips    the wrong values known slips give here
     */
    public record Part(String name, Map<String, JsonNode> inputs, Object expected, Object upper, List<Slip> slips) {
        public Part {
            inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
            slips = List.copyOf(slips);
            Values.flatten("part " + name + ": expected", expected);
        }

        /** The inputs as the part's call reads them. */
        public Inputs in() {
            return new Inputs(name, inputs);
        }

        /** The expected value's entries; at a kink the lower one-sided ends. */
        public Values lo() {
            return Values.flatten("expected", expected);
        }

        /** At a kink the upper one-sided ends; else the expected value's entries again. */
        public Values hi() {
            return upper == null ? lo() : Values.flatten("upper", upper);
        }
    }

    /** Any Java value a part's input takes (double[][], boolean[], String[], int[][], a number or a text) as JSON. */
    public static JsonNode input(Object value) {
        return JSON.valueToTree(value);
    }

    /** The key as the file holds it: pretty-printed JSON, the same bytes for the same key. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("tolerance", Grade.TOLERANCE);
        ArrayNode qs = root.putArray("questions");
        for (Question q : questions.values()) {
            ObjectNode o = qs.addObject().put("id", q.id()).put("title", q.title()).put("points", q.points());
            ArrayNode parts = o.putArray("parts");
            for (Part p : q.parts().values()) {
                ObjectNode po = parts.addObject().put("name", p.name());
                ObjectNode in = po.putObject("inputs");
                p.inputs().forEach(in::set);
                po.set("expected", JSON.valueToTree(p.expected()));
                if (p.upper() != null) {
                    po.set("upper", JSON.valueToTree(p.upper()));
                }
                if (!p.slips().isEmpty()) {
                    ArrayNode slips = po.putArray("slips");
                    for (Slip s : p.slips()) {
                        slips.addObject().put("key", s.key()).put("words", s.words()).set("value", JSON.valueToTree(s.value()));
                    }
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grading key: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The key in {@code json}; {@code file} names it in the message of a {@link KeyException}, which says the line
     * where the file is not a key.
     */
    public static GradingKey parse(String file, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new KeyException(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(), e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new KeyException(file, 1, "not a grading key (its first field is \"format\": \"" + FORMAT + "\")");
        }
        Map<String, Question> questions = new LinkedHashMap<>();
        try {
            for (JsonNode q : list(root, "questions")) {
                Map<String, Part> parts = new LinkedHashMap<>();
                for (JsonNode p : list(q, "parts")) {
                    Map<String, JsonNode> inputs = new LinkedHashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = p.path("inputs").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        inputs.put(e.getKey(), e.getValue());
                    }
                    List<Slip> slips = new ArrayList<>();
                    for (JsonNode s : p.path("slips")) {
                        slips.add(Slip.of(text(s, "key"), text(s, "words"), value(s.get("value"))));
                    }
                    Part part = new Part(text(p, "name"), inputs, value(p.get("expected")),
                            p.has("upper") ? value(p.get("upper")) : null, slips);
                    if (parts.put(part.name(), part) != null) {
                        throw new IllegalArgumentException("part " + part.name() + " twice");
                    }
                }
                Question question = new Question(text(q, "id"), text(q, "title"), q.path("points").asDouble(), parts);
                if (questions.put(question.id(), question) != null) {
                    throw new IllegalArgumentException("question " + question.id() + " twice");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new KeyException(file, 1, e.getMessage());
        }
        return new GradingKey(questions);
    }

    /** Reads one key file, or every {@code *.json} of a folder into one key (question ids are unique across notebooks). */
    public static GradingKey read(Path path) {
        Map<String, Question> all = new LinkedHashMap<>();
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new KeyException(path.toString(), 1, "cannot read the folder: " + e.getMessage());
            }
        } else {
            files = List.of(path);
        }
        for (Path f : files) {
            try {
                if (!Files.isRegularFile(f) || Files.size(f) > MAX_BYTES) {
                    throw new KeyException(f.toString(), 1, "not a grading key: not a file of at most " + MAX_BYTES + " bytes");
                }
                all.putAll(parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)).questions());
            } catch (IOException e) {
                throw new KeyException(f.toString(), 1, "cannot read: " + e.getMessage());
            }
        }
        return new GradingKey(all);
    }

    /** The system property read when {@value #ENVIRONMENT} is not set: a kernel started with -D, the tests. */
    public static final String PROPERTY = "backprop.grading.key";

    /** Where the key is: {@value #ENVIRONMENT}, else the system property {@value #PROPERTY}, else null (a student's kernel). */
    static String location() {
        String where = System.getenv(ENVIRONMENT);
        if (where == null || where.isBlank()) {
            where = System.getProperty(PROPERTY);
        }
        return where == null || where.isBlank() ? null : where;
    }

    private static Iterable<JsonNode> list(JsonNode o, String field) {
        JsonNode a = o.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException("no list \"" + field + "\"");
        }
        return a;
    }

    private static String text(JsonNode o, String field) {
        JsonNode t = o.get(field);
        if (t == null || !t.isTextual()) {
            throw new IllegalArgumentException("no text \"" + field + "\"");
        }
        return t.asText();
    }

    /** A number, a list of numbers or a list of lists, as Double, double[] or double[][]. */
    private static Object value(JsonNode v) {
        if (v != null && v.isNumber()) {
            return v.doubleValue();
        }
        if (v != null && v.isArray() && (v.isEmpty() || v.get(0).isNumber())) {
            return JSON.convertValue(v, double[].class);
        }
        if (v != null && v.isArray()) {
            return JSON.convertValue(v, double[][].class);
        }
        throw new IllegalArgumentException("a value is not a number or a list of numbers");
    }

    /** A key file that cannot be read: {@code FILE:LINE: what is wrong}. */
    public static final class KeyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public KeyException(String file, int line, String what) {
            super(file + ":" + line + ": " + what);
        }
    }
}
