package backprop.export.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small nbformat 4.5 notebook built cell by cell, with nbgrader metadata as the notebooks' contract has it. */
final class TestNotebook {
    private final List<Map<String, Object>> cells = new ArrayList<>();

    /** A read-only given cell. */
    TestNotebook given(String id, String source) {
        return cell(id, "code", source, Map.of("grade", false, "grade_id", id, "locked", true, "solution", false));
    }

    /** The student's cell for question q: grade_id "q-solution". */
    TestNotebook solution(String question, String source) {
        String id = question + "-solution";
        return cell(id, "code", source, Map.of("grade", false, "grade_id", id, "locked", false, "solution", true));
    }

    /** Question q's grading cell, worth {@code points}. */
    TestNotebook grading(String question, int points, String source) {
        return cell(question, "code", source, Map.of("grade", true, "grade_id", question, "locked", true,
                "points", points, "solution", false));
    }

    /** A text cell the student writes and the instructor grades by hand (nbgrader: solution, grade, 0 points). */
    TestNotebook answer(String id, String text) {
        return cell(id, "markdown", text, Map.of("grade", true, "grade_id", id, "locked", false, "points", 0,
                "solution", true));
    }

    TestNotebook markdown(String id, String text) {
        return cell(id, "markdown", text, null);
    }

    /** A code cell with no nbgrader metadata, as a student adds one. */
    TestNotebook plain(String id, String source) {
        return cell(id, "code", source, null);
    }

    private TestNotebook cell(String id, String type, String source, Map<String, Object> nbgrader) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", type);
        cell.put("id", id);
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (nbgrader != null) {
            Map<String, Object> m = new LinkedHashMap<>(nbgrader);
            m.put("schema_version", 3);
            metadata.put("nbgrader", m);
        }
        cell.put("metadata", metadata);
        cell.put("source", List.of(source.split("(?<=\n)")));
        if (type.equals("code")) {
            cell.put("execution_count", null);
            cell.put("outputs", List.of());
        }
        cells.add(cell);
        return this;
    }

    String json() {
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", cells);
        notebook.put("metadata", Map.of("kernelspec", Map.of("name", "java", "language", "java", "display_name", "Java")));
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(notebook);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
