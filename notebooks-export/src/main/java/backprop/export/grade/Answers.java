package backprop.export.grade;


import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A student's numbers-only hand-in: CSV rows {@code id,value}, an optional first row {@code id,value}, ids as
 * the notebooks' {@code answers} map and answer-key.csv name them ({@link AnswerKey}). A value is a plain decimal
 * ({@code -0.0651728}, {@code 1e-3}); the words NaN and Infinity, hexadecimal and a missing value are refused with
 * their line, as is an id given twice.
 */
public final class Answers {
    /** A decimal number as the answer key writes it and a student types it; nothing else parseDouble would take. */
    static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private Answers() {
    }

    /** The answers in {@code text} by id, in file order; {@code file} names it in messages. */
    public static Map<String, Double> parse(String file, String text) {
        Map<String, Double> answers = new LinkedHashMap<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            for (CSVRecord r : csv) {
                long line = csv.getCurrentLineNumber();
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (r.size() != 2) {
                    throw new GradeInputException(file, line, r.size() + " fields: a row is id,value");
                }
                String id = r.get(0).strip();
                String value = r.get(1).strip();
                if (r.getRecordNumber() == 1 && id.equals("id") && value.equals("value")) {
                    continue;
                }
                if (!DECIMAL.matcher(value).matches()) {
                    throw new GradeInputException(file, line, "the value of " + OneLine.of(id) + ", \""
                            + OneLine.of(value) + "\", is not a decimal number");
                }
                if (answers.put(id, Double.parseDouble(value)) != null) {
                    throw new GradeInputException(file, line, OneLine.of(id) + " is answered twice");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new GradeInputException(file, 1, "not a CSV file: " + e.getMessage());
        }
        return answers;
    }
}
