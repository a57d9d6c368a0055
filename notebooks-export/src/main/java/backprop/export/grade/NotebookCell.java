package backprop.export.grade;

import com.fasterxml.jackson.databind.JsonNode;

/** One nbformat cell object made into a {@link GradedCell}, every field checked against what nbformat 4 and nbgrader say. */
final class NotebookCell {
    private NotebookCell() {
    }

    static GradedCell of(String file, int line, int number, JsonNode cell) {
        String where = "cell " + number;
        String type = text(file, line, where, cell.get("cell_type"), "cell_type");
        if (!type.equals("code") && !type.equals("markdown") && !type.equals("raw")) {
            throw new GradeInputException(file, line, where + ": cell_type \"" + type + "\" is none of code, markdown, raw");
        }
        String source = source(file, line, where, cell.get("source"));
        JsonNode metadata = cell.path("metadata").path("nbgrader");
        String key = metadata.has("grade_id") ? text(file, line, where, metadata.get("grade_id"), "grade_id")
                : cell.has("id") ? text(file, line, where, cell.get("id"), "id") : "";
        boolean solution = flag(file, line, where, metadata, "solution");
        boolean grade = flag(file, line, where, metadata, "grade");
        double points = grade ? points(file, line, where, metadata.get("points")) : 0;
        if ((solution || grade) && key.isEmpty()) {
            throw new GradeInputException(file, line, where + ": an nbgrader cell without a grade_id");
        }
        return new GradedCell(line, type.equals("code"), key, source, solution, grade, points);
    }

    private static String text(String file, int line, String where, JsonNode node, String name) {
        if (node == null || !node.isTextual()) {
            throw new GradeInputException(file, line, where + ": \"" + name + "\" is missing or not a string");
        }
        return node.asText();
    }

    /** nbformat's multiline string: one string, or a list of strings joined as they are. */
    private static String source(String file, int line, String where, JsonNode node) {
        if (node != null && node.isTextual()) {
            return node.asText();
        }
        if (node == null || !node.isArray()) {
            throw new GradeInputException(file, line, where + ": \"source\" is missing or neither a string nor a list of strings");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : node) {
            if (!part.isTextual()) {
                throw new GradeInputException(file, line, where + ": \"source\" holds a " + part.getNodeType()
                        .name().toLowerCase(java.util.Locale.ROOT) + " among its strings");
            }
            text.append(part.asText());
        }
        return text.toString();
    }

    private static boolean flag(String file, int line, String where, JsonNode metadata, String name) {
        JsonNode node = metadata.get(name);
        if (node != null && !node.isBoolean()) {
            throw new GradeInputException(file, line, where + ": nbgrader \"" + name + "\" is not true or false");
        }
        return node != null && node.asBoolean();
    }

    private static double points(String file, int line, String where, JsonNode node) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble()) || node.asDouble() < 0) {
            throw new GradeInputException(file, line, where + ": a grading cell's \"points\" is missing or not a number ≥ 0");
        }
        return node.asDouble();
    }
}
