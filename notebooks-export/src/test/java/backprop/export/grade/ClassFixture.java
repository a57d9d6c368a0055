package backprop.export.grade;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.Notebooks;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import backprop.export.runtime.GradingKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class folder as {@code answer-key class} lays it out (DIR/instructor/ID/exam.ipynb and grading-key.json,
 * DIR/students/ID/exam.ipynb, DIR/draws.csv), made by the main job's own renderers from a scenario file per
 * student: the variants/ files as they are, or with numbers changed in their text, so that each student has their
 * own numbers under the same cell and question ids (a file's id is its name's, the same for every student).
 */
final class ClassFixture {
    /** One student's exam: the instructor notebook, the release, and the grading key, as the main job writes them. */
    record Exam(String instructor, String student, GradingKey key) {
    }

    private ClassFixture() {
    }

    /** The text of variants/NAME. */
    static String variant(String name) {
        try {
            return Files.readString(Path.of("..", "variants", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The exam of the scenario file {@code name} holding {@code text}, with {@code from} replaced by {@code to} in
     * it (each once: the change must be there).
     */
    static Exam exam(String name, String text, String... fromTo) {
        String changed = text;
        for (int i = 0; i < fromTo.length; i += 2) {
            if (!changed.contains(fromTo[i])) {
                throw new IllegalArgumentException(name + " has no '" + fromTo[i] + "'");
            }
            changed = changed.replace(fromTo[i], fromTo[i + 1]);
        }
        Chapter chapter = Chapter.of(ExamFile.read(name, changed));
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        Map<String, GradingKey.Question> key = new LinkedHashMap<>();
        cells.stream().filter(c -> c.key() != null).forEach(c -> key.put(c.id(), c.key()));
        return new Exam(NotebookJson.write(cells, true), NotebookJson.write(cells, false), new GradingKey(key));
    }

    /** Writes {@code exams} into {@code dir} as the class command does, with draws.csv naming each student. */
    static void write(Path dir, Map<String, Exam> exams, Map<String, String> names) throws IOException {
        StringBuilder draws = new StringBuilder("student,name,attempts\r\n");
        for (Map.Entry<String, Exam> e : exams.entrySet()) {
            Path mine = Files.createDirectories(dir.resolve("instructor").resolve(e.getKey()));
            Files.writeString(mine.resolve("exam.ipynb"), e.getValue().instructor(), StandardCharsets.UTF_8);
            Files.writeString(mine.resolve("grading-key.json"), e.getValue().key().json(), StandardCharsets.UTF_8);
            Path release = Files.createDirectories(dir.resolve("students").resolve(e.getKey()));
            Files.writeString(release.resolve("exam.ipynb"), e.getValue().student(), StandardCharsets.UTF_8);
            draws.append(e.getKey()).append(",\"").append(names.get(e.getKey())).append("\",1\r\n");
        }
        Files.writeString(dir.resolve("draws.csv"), draws.toString(), StandardCharsets.UTF_8);
    }

    /** Writes {@code notebook} as SUB/ID/exam.ipynb. */
    static void submit(Path submissions, String id, String notebook) throws IOException {
        Files.writeString(Files.createDirectories(submissions.resolve(id)).resolve("exam.ipynb"), notebook,
                StandardCharsets.UTF_8);
    }
}
