package backprop.export.classroom;

import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.examples.scenariofile.toml.ScenarioText;
import backprop.export.model.Escape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A class roster: a CSV file (RFC 4180, UTF-8 with or without a byte-order mark, CRLF or LF) with a header line in one
 * of three forms, ours ({@code id,name}), Canvas's gradebook export or Moodle's grade export and participant list,
 * read as the LMS writes it ({@link RosterColumns} says which columns, and where each form's id comes from: Canvas's
 * {@code ID}; Moodle's {@code ID number}, or the {@code Email address} where that is absent or empty).
 *
 * <p>Every student's id names their folders, so it must be fit for one on any system ({@link StudentId}), and unique
 * ignoring case. Refused, each as {@code FILE:LINE: what is wrong} ({@link ClassInputException}): a file that is not a
 * regular file, over {@value #MAX_BYTES} bytes, binary (a NUL byte) or not UTF-8; a header with no id and name
 * columns; a line of more than {@value CsvRecords#MAX_FIELDS} fields; a row with another field count than the header's; an empty id; an id unfit for a folder; an id again, or
 * again but for case (naming the earlier line); more than {@value #MAX_STUDENTS} students; no student at all. Rows
 * whose every field is blank (what a spreadsheet leaves below its data) are skipped.
 */
public final class Roster {
    /** The largest roster read, 10 MiB: a class of 100,000 with long names and a Canvas export's scores fits. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_STUDENTS = 100_000;

    /**
     * One student of the roster.
     *
     * @param id   their id, fit to name a folder
     * @param name "First Last" (may be empty: the id stands for the student)
     * @param line the roster's line their row starts on
     */
    public record Student(String id, String name, int line) {
    }

    private Roster() {
    }

    /** The students of the roster {@code csv}, in the file's order; errors name the file as {@code csv} gives it. */
    public static List<Student> read(Path csv) {
        String file = csv.toString();
        byte[] bytes = bytes(csv, file);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ClassInputException(file, lineOf(bytes, i), "a NUL byte: binary or UTF-16, not a CSV text; save"
                        + " the file as CSV in UTF-8");
            }
        }
        String text;
        try {
            text = ScenarioText.withoutByteOrderMark(ScenarioText.decode(bytes, file));
        } catch (ScenarioFileException e) {
            throw new ClassInputException(e.getMessage());
        }
        return students(CsvRecords.of(text, file), file);
    }

    private static List<Student> students(CsvRecords records, String file) {
        CsvRecords.Record first = records.next();
        if (first == null) {
            throw new ClassInputException(file, 1, "empty: no header line");
        }
        List<String> header = first.fields();
        RosterColumns columns = RosterColumns.of(header, file);
        List<Student> students = new ArrayList<>();
        Map<String, Student> byId = new HashMap<>();
        for (CsvRecords.Record r = records.next(); r != null; r = records.next()) {
            if (r.blank()) {
                continue;
            }
            if (r.fields().size() != header.size()) {
                throw new ClassInputException(file, r.line(), r.fields().size() + " fields; the header has " + header.size());
            }
            if (columns.skipped(r.fields())) {
                continue;
            }
            if (students.size() == MAX_STUDENTS) {
                throw new ClassInputException(file, r.line(), "more than " + MAX_STUDENTS + " students, the limit for a roster");
            }
            Student s = new Student(columns.id(r.fields()), columns.name(r.fields()), r.line());
            check(s, byId, file, columns);
            students.add(s);
        }
        if (students.isEmpty()) {
            throw new ClassInputException(file, 1, "no student: the header is all there is");
        }
        return List.copyOf(students);
    }

    /** Refuses an id that is empty, unfit for a folder, or an earlier student's (but for case); else records it. */
    private static void check(Student s, Map<String, Student> byId, String file, RosterColumns columns) {
        if (s.id().isEmpty()) {
            throw new ClassInputException(file, s.line(), columns.emptyId());
        }
        String shown = "id \"" + Escape.terminal(s.id()) + "\"";
        String problem = StudentId.problem(s.id());
        if (problem != null) {
            throw new ClassInputException(file, s.line(), shown + " cannot name a folder: " + problem);
        }
        Student earlier = byId.putIfAbsent(s.id().toLowerCase(Locale.ROOT), s);
        if (earlier != null && earlier.id().equals(s.id())) {
            throw new ClassInputException(file, s.line(), shown + " again: line " + earlier.line() + " has it ("
                    + Escape.terminal(earlier.name()) + ")");
        }
        if (earlier != null) {
            throw new ClassInputException(file, s.line(), shown + " differs from line " + earlier.line() + "'s \""
                    + earlier.id() + "\" only in case: one folder on Windows and macOS");
        }
    }

    /** The file's bytes, at most {@link #MAX_BYTES}; a folder, a FIFO or a device is refused before it is opened. */
    private static byte[] bytes(Path csv, String file) {
        if (Files.isDirectory(csv)) {
            throw new ClassInputException(file, 1, "is a folder, not a roster file");
        }
        if (!Files.exists(csv)) {
            throw new ClassInputException(file, 1, "no such file");
        }
        if (!Files.isRegularFile(csv)) {
            throw new ClassInputException(file, 1, "is not a regular file (a FIFO, a device or a socket)");
        }
        try (InputStream in = Files.newInputStream(csv)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ClassInputException(file, 1, "larger than " + MAX_BYTES + " bytes (10 MiB), the limit for a roster");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ClassInputException(file, 1, "no such file");
        } catch (IOException e) {
            throw new ClassInputException(file, 1, "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
