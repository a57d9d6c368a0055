package backprop.export.grade;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A class folder as {@code answer-key class} writes it, read for grading: each student's variant in
 * {@code DIR/instructor/ID/} (exam.ipynb, the instructor notebook with its hidden tests, and grading-key.json),
 * their name from {@code DIR/draws.csv} (its columns {@code student} and {@code name}; without the file, names are
 * empty); and where their submission is: {@code SUB/ID/exam.ipynb}, or nbgrader's
 * {@code submitted/ID/ASSIGNMENT/exam.ipynb} (SUB being nbgrader's submitted folder).
 *
 * @param folder   DIR as given
 * @param students in id order
 */
record ClassFolder(Path folder, List<Student> students) {
    static final String NOTEBOOK = "exam.ipynb";
    static final String KEY = "grading-key.json";

    ClassFolder {
        students = List.copyOf(students);
    }

    /**
     * One student's variant.
     *
     * @param id       the folder's name under DIR/instructor
     * @param name     from draws.csv, or ""
     * @param notebook DIR/instructor/ID/exam.ipynb
     * @param key      DIR/instructor/ID/grading-key.json
     */
    record Student(String id, String name, Path notebook, Path key) {
    }

    /**
     * Where a student's submission is: the file, or null with the reason (none handed in, two handed in).
     *
     * @param file    the notebook to grade, or null
     * @param problem why there is none to grade, or null
     */
    record Submission(Path file, String problem) {
    }

    /**
     * The class in {@code folder}: every folder of {@code instructor/} that is not hidden, each of which must hold
     * both files; a class folder without one is refused as {@code FILE:1: what is wrong}.
     */
    static ClassFolder read(Path folder) {
        Path instructor = folder.resolve("instructor");
        if (!Files.isDirectory(instructor)) {
            throw new GradeInputException(instructor.toString(), 1, "no such folder: --class names the folder"
                    + " answer-key class wrote (DIR/instructor/ID/exam.ipynb and grading-key.json per student)");
        }
        Map<String, String> names = names(folder.resolve("draws.csv"));
        List<Student> students = new ArrayList<>();
        for (Path dir : list(instructor)) {
            String id = dir.getFileName().toString();
            if (id.startsWith(".") || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            // refused now, not after the class is graded: the id names the student's feedback page
            if (id.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
                throw new GradeInputException(dir.toString(), 1, "a student's id with a control character or a"
                        + " backslash, which the name of their feedback page may not hold");
            }
            for (String file : List.of(NOTEBOOK, KEY)) {
                if (!Files.isRegularFile(dir.resolve(file))) {
                    throw new GradeInputException(dir.resolve(file).toString(), 1, "no such file: every student's"
                            + " folder holds " + NOTEBOOK + " and " + KEY);
                }
            }
            students.add(new Student(id, names.getOrDefault(id, ""), dir.resolve(NOTEBOOK), dir.resolve(KEY)));
        }
        if (students.isEmpty()) {
            throw new GradeInputException(instructor.toString(), 1, "no student's folder in it");
        }
        return new ClassFolder(folder, students);
    }

    /**
     * {@code id}'s submission in {@code submissions}: SUB/ID/exam.ipynb, else the one SUB/ID/ASSIGNMENT/exam.ipynb.
     * A symbolic link is not followed (a submission is a student's file, and the grader reads what it is given).
     */
    static Submission submission(Path submissions, String id) {
        Path mine = submissions.resolve(id);
        if (!Files.isDirectory(mine, LinkOption.NOFOLLOW_LINKS)) {
            return new Submission(null, "no submission");
        }
        List<Path> found = new ArrayList<>();
        if (Files.exists(mine.resolve(NOTEBOOK), LinkOption.NOFOLLOW_LINKS)) {
            found.add(mine.resolve(NOTEBOOK));
        } else {
            for (Path assignment : list(mine)) {
                if (Files.isDirectory(assignment, LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(assignment.resolve(NOTEBOOK), LinkOption.NOFOLLOW_LINKS)) {
                    found.add(assignment.resolve(NOTEBOOK));
                }
            }
        }
        if (found.size() > 1) {
            return new Submission(null, "two submissions, " + found.get(0) + " and " + found.get(1) + ": not graded");
        }
        if (found.isEmpty()) {
            return new Submission(null, "no submission (no " + NOTEBOOK + " in " + mine + ")");
        }
        Path file = found.get(0);
        return Files.isSymbolicLink(file) ? new Submission(null, file + " is a symbolic link: not graded")
                : new Submission(file, null);
    }

    /** The folders of {@code submissions} that are no student's: handed in, but not graded. */
    List<String> strangers(Path submissions) {
        List<String> ids = students.stream().map(Student::id).toList();
        return list(submissions).stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.startsWith(".") && !ids.contains(n)).toList();
    }

    /** draws.csv's student → name, empty without the file. */
    private static Map<String, String> names(Path draws) {
        Map<String, String> names = new HashMap<>();
        if (Files.isRegularFile(draws)) {
            read(draws, names);
        }
        return names;
    }

    /** draws.csv's rows into {@code names}, student → name; a row without both is passed over. */
    private static void read(Path draws, Map<String, String> names) {
        String text = GradeInput.text(draws, GradeInput.CSV_BYTES);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            if (!csv.getHeaderMap().containsKey("student") || !csv.getHeaderMap().containsKey("name")) {
                throw new GradeInputException(draws.toString(), 1, "no columns \"student\" and \"name\"");
            }
            for (CSVRecord r : csv) {
                if (r.isSet("student") && r.isSet("name")) {
                    names.putIfAbsent(r.get("student"), r.get("name"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new GradeInputException(draws.toString(), 1, "not a CSV file: " + e.getMessage());
        }
    }

    /** A folder's entries, sorted by name (the same order on any machine). */
    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new GradeInputException(folder.toString(), 1, "cannot read the folder: " + e.getMessage());
        }
    }
}
