package backprop.export.grade;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A notebook's cells read for grading, each with the line where it starts. It is read with Jackson's streaming
 * parser, so a JSON error and a cell that is not what nbformat says are both reported at their line; duplicate
 * keys are refused (a second "source" must not hide the first).
 *
 * @param file  the file's name as given, for messages
 * @param cells the cells in order
 */
public record NotebookFile(String file, List<GradedCell> cells) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Reads {@code path}, at most {@link GradeInput#NOTEBOOK_BYTES}; a file that cannot be read is a
     * {@link GradeInputException} at line 1.
     */
    public static NotebookFile read(Path path) {
        return parse(path.toString(), GradeInput.text(path, GradeInput.NOTEBOOK_BYTES));
    }

    /** The notebook in {@code json}; {@code file} names it in messages. */
    public static NotebookFile parse(String file, String json) {
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(file, p, "not a notebook: the file is not a JSON object");
            }
            List<GradedCell> cells = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (field.equals("cells") && value == JsonToken.START_ARRAY) {
                    cells = cells(file, p);
                } else if (field.equals("cells")) {
                    throw bad(file, p, "not a notebook: \"cells\" is not a list");
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw bad(file, p, "text after the notebook's closing brace");
            }
            if (cells == null) {
                throw new GradeInputException(file, 1, "not a notebook: no \"cells\" list");
            }
            return new NotebookFile(file, List.copyOf(unique(file, cells)));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new GradeInputException(file, line, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new GradeInputException(file, 1, "cannot read: " + e.getMessage());
        }
    }

    /** The cell with {@code key}, or null. */
    public GradedCell cell(String key) {
        return cells.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    private static List<GradedCell> cells(String file, JsonParser p) throws IOException {
        List<GradedCell> cells = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            int line = p.getTokenLocation().getLineNr();
            JsonNode cell = MAPPER.readTree(p);
            cells.add(NotebookCell.of(file, line, cells.size() + 1, cell));
        }
        if (t != JsonToken.END_ARRAY) {
            throw bad(file, p, "cell " + (cells.size() + 1) + " is not a JSON object");
        }
        return cells;
    }

    /** nbgrader refuses two cells with one grade_id; so does the grader, naming both lines. */
    private static List<GradedCell> unique(String file, List<GradedCell> cells) {
        Map<String, GradedCell> seen = new HashMap<>();
        for (GradedCell c : cells) {
            GradedCell first = c.key().isEmpty() ? null : seen.putIfAbsent(c.key(), c);
            if (first != null) {
                throw new GradeInputException(file, c.line(), "a second cell \"" + c.key() + "\" (the first is at line "
                        + first.line() + ")");
            }
        }
        return cells;
    }

    private static GradeInputException bad(String file, JsonParser p, String what) {
        return new GradeInputException(file, p.getTokenLocation().getLineNr(), what);
    }
}
