package backprop.export.classroom;

import backprop.examples.format.Precision;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Values;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The class's key for machines, {@code key.csv}: one row per entry of every part each student is asked, with the
 * columns {@value #HEADER}. {@code expected} is the exact value (its shortest round-trip decimal), {@code tolerance}
 * half a unit of its last printed digit ({@link PrintedTolerance}), what an LMS's numeric question takes; at a kink
 * {@code expected} is empty and any value from {@code lower} to {@code upper} (the one-sided derivatives) is right.
 * RFC 4180, CRLF, as answer-key.csv.
 */
final class KeyCsv {
    static final String HEADER = "student,name,question,part,entry,expected,tolerance,lower,upper";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    private KeyCsv() {
    }

    static String header() {
        return line(List.of(HEADER.split(",")));
    }

    /** One student's rows, in the key's order of questions, parts and entries. */
    static String rows(String student, String name, GradingKey key, Precision p) {
        StringBuilder out = new StringBuilder();
        for (GradingKey.Question q : key.questions().values()) {
            for (GradingKey.Part part : q.parts().values()) {
                Values lo = part.lo();
                Values hi = part.hi();
                for (int i = 0; i < lo.entries().length; i++) {
                    double a = lo.entries()[i];
                    double b = hi.entries()[i];
                    boolean kink = a != b;
                    double low = Math.min(a, b);
                    double high = Math.max(a, b);
                    out.append(line(List.of(student, cell(name), q.id(), part.name(), lo.index(i),
                            kink ? "" : Precision.shortest(a),
                            Precision.shortest(PrintedTolerance.of(p, kink ? high : a)),
                            kink ? Precision.shortest(low) : "", kink ? Precision.shortest(high) : "")));
                }
            }
        }
        return out.toString();
    }

    /**
     * A name as a spreadsheet cell that is text, never a formula: a name from a roster that starts with =, +, -, @
     * or a tab gets a leading apostrophe (OWASP's advice on CSV injection), since key.csv is opened in spreadsheets.
     */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** One CSV record, CRLF-terminated. */
    static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(b, FORMAT)) {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return b.toString();
    }
}
