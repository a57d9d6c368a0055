package backprop.export.notebook.cell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A notebook as nbformat 4.5 JSON, written as Jupyter writes it (keys sorted, one-space indent, source as a
 * list of lines), so two exports of the same notebook are byte-identical and diff cleanly.
 */
public final class NotebookJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private NotebookJson() {
    }

    /** The instructor's (true) or the student's (false) version of the cells, as notebook JSON. */
    public static String write(List<Cell> cells, boolean instructor) {
        List<Object> json = new ArrayList<>();
        for (Cell c : cells) {
            json.add(cell(c, instructor));
        }
        Map<String, Object> notebook = new TreeMap<>();
        notebook.put("cells", json);
        notebook.put("metadata", Map.of(
                "kernelspec", Map.of("display_name", "Java", "language", "java", "name", "java"),
                "language_info", Map.of("name", "java", "file_extension", ".jshell", "mimetype", "text/x-java-source")));
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(notebook) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notebook JSON", e);
        }
    }

    private static Map<String, Object> cell(Cell c, boolean instructor) {
        Map<String, Object> cell = new TreeMap<>();
        cell.put("cell_type", c.markdown() ? "markdown" : "code");
        cell.put("id", c.id());
        cell.put("source", lines(instructor ? c.instructor() : c.student()));
        Map<String, Object> metadata = new TreeMap<>();
        if (c.grading() != null) {
            metadata.put("nbgrader", nbgrader(c, instructor));
            if (!instructor) {
                lock(c.grading(), metadata);
            }
        }
        cell.put("metadata", metadata);
        if (!c.markdown()) {
            cell.put("execution_count", null);
            cell.put("outputs", List.of());
        }
        return cell;
    }

    /**
     * nbgrader's cell metadata, schema version 3. The student version carries what generate_assignment's
     * ComputeChecksums adds to every grade, solution and read-only cell: the released source's checksum
     * and the cell type.
     */
    private static Map<String, Object> nbgrader(Cell c, boolean instructor) {
        boolean grade = c.grading() == Cell.Grading.TESTS || c.grading() == Cell.Grading.ANSWER;
        boolean solution = c.grading() == Cell.Grading.SOLUTION || c.grading() == Cell.Grading.ANSWER;
        boolean locked = !solution;
        Map<String, Object> m = new TreeMap<>();
        m.put("grade", grade);
        m.put("grade_id", c.id());
        m.put("locked", locked);
        m.put("schema_version", 3);
        m.put("solution", solution);
        m.put("task", false);
        if (grade) {
            m.put("points", c.points());
        }
        if (!instructor) {
            m.put("checksum", Release.checksum(c.student(), c.markdown(), grade, solution, locked, c.id(),
                    c.points()));
            m.put("cell_type", c.markdown() ? "markdown" : "code");
        }
        return m;
    }

    /**
     * generate_assignment's LockCells with its defaults: solution cells undeletable; grade and read-only
     * cells undeletable and uneditable.
     */
    private static void lock(Cell.Grading g, Map<String, Object> metadata) {
        metadata.put("deletable", false);
        if (g == Cell.Grading.TESTS || g == Cell.Grading.READ_ONLY) {
            metadata.put("editable", false);
        }
    }

    /** Jupyter's list-of-lines form: every line but the last keeps its newline. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            out.add(i < parts.length - 1 ? parts[i] + "\n" : parts[i]);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
