package backprop.export.grade;

import backprop.export.markdown.AnswerKeyCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * answer-key.csv read for grading numbers ({@link AnswerKeyCsv} writes it). An answer's id is the one the
 * notebooks' {@code answers} map uses: in a printed value's row the id in brackets at the start of the note
 * ({@code [003.example1.df_dz] the add gate's local gradient}), in a derived row the whole note. Its question is
 * the row's scenario (an id need not start with it: {@code 003.sigmoid.sigma} belongs to
 * {@code 003.sigmoid-gate}). An id in two rows (a printed value that is also derived) is one answer, and must
 * have one true value. Where the key has the optional columns {@code one_sided_lo} and {@code one_sided_hi}
 * filled (a kink), any value between them passes.
 *
 * @param file    the key's name, for messages
 * @param answers every answer in the key's order, by id
 */
public record AnswerKey(String file, Map<String, Answer> answers) {
    static final String LO = "one_sided_lo";
    static final String HI = "one_sided_hi";

    /**
     * One graded number.
     *
     * @param question the scenario it belongs to
     * @param quantity the quantity in the document's words, which names the step in feedback
     * @param exact    the true value, graded to the notebooks' tolerance
     * @param matching the value the document's own way gives (the key's "computed"); equal to exact unless the
     *                 document's method differs
     * @param lo       the lower one-sided derivative at a kink, else NaN
     * @param hi       the upper one-sided derivative at a kink, else NaN
     */
    public record Answer(String question, String quantity, double exact, double matching, double lo, double hi) {
        boolean kink() {
            return !Double.isNaN(lo);
        }
    }

    public AnswerKey {
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** The key in {@code text}; {@code file} names it in messages. */
    public static AnswerKey parse(String file, String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            for (String column : List.of("scenario", "quantity", "computed", "true_value", "status", "note")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new GradeInputException(file, 1, "no column \"" + column + "\": not an answer-key.csv (its header is "
                            + String.join(",", AnswerKeyCsv.HEADER) + ")");
                }
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (CSVRecord r : csv) {
                add(file, csv.getCurrentLineNumber(), r, answers);
            }
            return new AnswerKey(file, answers);
        } catch (IOException | UncheckedIOException e) {
            throw new GradeInputException(file, 1, "not a CSV file: " + e.getMessage());
        }
    }

    private static void add(String file, long line, CSVRecord r, Map<String, Answer> answers) {
        if (!r.isConsistent()) {
            throw new GradeInputException(file, line, r.size() + " fields, the header has " + r.getParser().getHeaderNames().size());
        }
        String note = r.get("note");
        String id = note.startsWith("[") && note.contains("] ") ? note.substring(1, note.indexOf("] "))
                : r.get("status").equals("derived") ? note : "";
        if (id.isEmpty()) {
            throw new GradeInputException(file, line, "no answer id: a printed value's note starts with [id], a derived row's note is its id");
        }
        double lo = optional(file, line, r, LO);
        double hi = optional(file, line, r, HI);
        if (Double.isNaN(lo) != Double.isNaN(hi) || lo > hi) {
            throw new GradeInputException(file, line, LO + " and " + HI + " are given together, lo ≤ hi");
        }
        Answer a = new Answer(r.get("scenario"), r.get("quantity"), number(file, line, r, "true_value"),
                number(file, line, r, "computed"), lo, hi);
        Answer first = answers.putIfAbsent(id, a);
        if (first != null && (first.exact() != a.exact() || !first.question().equals(a.question()))) {
            throw new GradeInputException(file, line, "answer " + id + " appears again with another value or scenario");
        }
    }

    private static double optional(String file, long line, CSVRecord r, String column) {
        return r.isMapped(column) && !r.get(column).isBlank() ? number(file, line, r, column) : Double.NaN;
    }

    private static double number(String file, long line, CSVRecord r, String column) {
        String text = r.get(column);
        if (!Answers.DECIMAL.matcher(text).matches()) {
            throw new GradeInputException(file, line, column + " \"" + OneLine.of(text) + "\" is not a decimal number");
        }
        return Double.parseDouble(text);
    }
}
