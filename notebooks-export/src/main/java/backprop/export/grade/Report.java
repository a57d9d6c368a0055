package backprop.export.grade;

import backprop.export.model.Escape;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The grader's output. On the terminal: the notes, then per question {@code question: earned/possible} with its
 * feedback indented below, then {@code total: earned/possible}. As CSV ({@code --csv}): question, earned,
 * possible, feedback (its lines joined by "; "), every cell through {@link Escape#csv} so that no student text
 * runs as a spreadsheet formula.
 */
final class Report {
    private Report() {
    }

    static void print(Grades grades, PrintStream out) {
        grades.notes().forEach(n -> out.println("note: " + Escape.terminal(n)));
        for (QuestionScore q : grades.questions()) {
            out.println(Escape.terminal(q.question()) + ": " + points(q.earned()) + "/" + points(q.possible()));
            q.feedback().forEach(f -> out.println("  " + Escape.terminal(f)));
        }
        out.println("total: " + points(grades.earned()) + "/" + points(grades.possible()));
    }

    static String csv(Grades grades) {
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("question", "earned", "possible", "feedback")
                .setRecordSeparator("\n").build();
        try (CSVPrinter csv = new CSVPrinter(text, format)) {
            for (QuestionScore q : grades.questions()) {
                csv.printRecord(Escape.csv(q.question()), points(q.earned()), points(q.possible()),
                        Escape.csv(Escape.terminal(String.join("; ", q.feedback()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("grades CSV", e);
        }
        return text.toString();
    }

    /** Points as a plain decimal: 2, 0.5, never 2.0 or 5E-1. */
    static String points(double p) {
        return BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }
}
