package backprop.export.grade;

import backprop.export.model.Escape;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class's gradebook.csv, in the form Canvas's and Moodle's gradebook imports read: {@code Student,ID}, then one
 * column of points per question, {@code Total}, and {@code Notes} (Canvas imports a column of that name as its
 * gradebook's notes; Moodle lets the importer leave a column unmapped). One row per student, sorted by id; a
 * question the student's exam does not have is left empty, a student without a submission scores 0 on each of
 * their questions. RFC 4180 with CRLF line ends; every text cell through {@link Escape#csv}, so that no name and no
 * note runs as a spreadsheet formula.
 */
final class Gradebook {
    /**
     * One student's row.
     *
     * @param id     the student's id (the folder name of the class)
     * @param name   the student's name, "" when the class folder gives none
     * @param scores each question of the student's exam, in the notebook's order
     * @param notes  what the instructor should know: no submission, a cell that stopped, another's variant
     */
    record Row(String id, String name, List<QuestionScore> scores, List<String> notes) {
        Row {
            scores = List.copyOf(scores);
            notes = List.copyOf(notes);
        }

        /**
         * The sum of the points as the columns print them (each the double's shortest decimal), in decimals: 2 and
         * 0.28 make 2.28, where the doubles' sum would print 2.2800000000000002.
         */
        String total() {
            return scores.stream().map(q -> BigDecimal.valueOf(q.earned())).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .stripTrailingZeros().toPlainString();
        }
    }

    private Gradebook() {
    }

    /** The CSV text of {@code rows}, in id order (by UTF-16 code units, the same on any machine). */
    static String csv(List<Row> rows) {
        List<Row> sorted = rows.stream().sorted(Comparator.comparing(Row::id)).toList();
        Set<String> questions = new LinkedHashSet<>();
        sorted.forEach(r -> r.scores().forEach(q -> questions.add(q.question())));
        List<String> header = new ArrayList<>(List.of("Student", "ID"));
        questions.forEach(q -> header.add(Escape.csv(q)));
        header.addAll(List.of("Total", "Notes"));
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(text, format)) {
            csv.printRecord(header);
            for (Row r : sorted) {
                // a notebook's grading cells have distinct ids (NotebookFile refuses a second one)
                Map<String, Double> earned = new HashMap<>();
                r.scores().forEach(q -> earned.put(q.question(), q.earned()));
                List<String> cells = new ArrayList<>(List.of(Escape.csv(Escape.terminal(r.name())), Escape.csv(r.id())));
                questions.forEach(q -> cells.add(earned.containsKey(q) ? Report.points(earned.get(q)) : ""));
                cells.add(r.total());
                cells.add(Escape.csv(Escape.terminal(String.join("; ", r.notes()))));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("gradebook CSV", e);
        }
        return text.toString();
    }
}
