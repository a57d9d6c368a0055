package backprop.export.classroom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code answer-key class --find VALUE --class DIR}: the students whose exam shows a number, a copied answer traced to
 * its source. {@code VALUE} is a number as a student wrote it (0.4711); it matches every drawn input and every expected
 * value of the class folder's {@code draws.csv} and {@code key.csv} that prints as it at its digits, that is, within
 * half a unit of its last digit (0.4711 matches 0.47105 to 0.47115). {@code NAME=VALUE} looks only at the drawn entry
 * or the part so named ({@code W1[1,2]=0.35}, {@code z(1)=0.4711}). A kink's range matches nothing: any number in it is
 * right for every student.
 */
public final class Find {
    /** A class folder's files are at most this long each (1,000 students' key is a few MB). */
    static final long MAX_BYTES = 200_000_000;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** One student's number that matched, as a line: "s17 (Ada): W1[1,2] = 0.35, drawn". */
    public record Match(String student, String name, String where, String value, String kind) {
    }

    private final String name;
    private final BigDecimal value;
    private final BigDecimal half;

    private Find(String name, BigDecimal value) {
        this.name = name;
        this.value = value;
        this.half = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
    }

    /** Parses {@code VALUE} or {@code NAME=VALUE}; refuses anything that is not a plain decimal number. */
    public static Find of(String query) {
        int eq = query.lastIndexOf('=');
        String name = eq < 0 ? null : query.substring(0, eq).strip();
        String number = query.substring(eq + 1).strip(); // without '=', eq + 1 is 0: the whole query
        if (!DECIMAL.matcher(number).matches() || (name != null && name.isEmpty())) {
            throw new ClassInputException("--find \"" + OneLine.of(query) + "\": give a number as printed (0.4711),"
                    + " or NAME=NUMBER (W1[1,2]=0.35)");
        }
        return new Find(name, new BigDecimal(number));
    }

    /** The lowest and highest number that print as VALUE at its digits. */
    public String range() {
        return value.subtract(half).toPlainString() + " to " + value.add(half).toPlainString();
    }

    /** Every match in the class folder {@code dir}, drawn inputs first, each file in its own order. */
    public List<Match> in(Path dir) {
        List<Match> matches = new ArrayList<>();
        Path draws = dir.resolve("draws.csv");
        for (CSVRecord r : rows(draws)) {
            for (String column : r.getParser().getHeaderNames()) {
                if (List.of("student", "name", "attempts", "rejected").contains(column)) {
                    continue;
                }
                if ((name == null || name.equals(column)) && matches(number(draws, r, column))) {
                    matches.add(new Match(r.get("student"), r.get("name"), column, r.get(column), "drawn"));
                }
            }
        }
        Path key = dir.resolve("key.csv");
        for (CSVRecord r : rows(key)) {
            if (r.get("expected").isEmpty() || (name != null && !name.equals(r.get("part")))) {
                continue;
            }
            if (matches(number(key, r, "expected"))) {
                matches.add(new Match(r.get("student"), r.get("name"), r.get("question") + " " + r.get("part")
                        + (r.get("entry").isEmpty() ? "" : " " + r.get("entry")), r.get("expected"), "expected"));
            }
        }
        return matches;
    }

    /** The students among {@code matches}, in the order first matched. */
    public static Set<String> students(List<Match> matches) {
        Set<String> ids = new LinkedHashSet<>();
        matches.forEach(m -> ids.add(m.student()));
        return ids;
    }

    private boolean matches(BigDecimal v) {
        return v.subtract(value).abs().compareTo(half) <= 0;
    }

    private static BigDecimal number(Path file, CSVRecord r, String column) {
        String text = r.get(column);
        if (!DECIMAL.matcher(text).matches()) {
            throw new ClassInputException(file.getFileName().toString(), r.getParser().getCurrentLineNumber(),
                    column + " \"" + OneLine.of(text) + "\" is not a decimal number: not a file answer-key class wrote");
        }
        return new BigDecimal(text);
    }

    private static List<CSVRecord> rows(Path file) {
        String name = file.getFileName().toString();
        String text = text(file, MAX_BYTES);
        try (CSVParser csv = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (String column : List.of("student", "name")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new ClassInputException(name, 1, "no column \"" + column + "\": not a file answer-key class wrote");
                }
            }
            if (name.equals("key.csv") && !csv.getHeaderNames().equals(List.of(KeyCsv.HEADER.split(",")))) {
                throw new ClassInputException(name, 1, "the header is not " + KeyCsv.HEADER + ": not a file answer-key class wrote");
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord r : csv) {
                if (!r.isConsistent()) {
                    throw new ClassInputException(name, csv.getCurrentLineNumber(), r.size() + " fields, the header has "
                            + csv.getHeaderNames().size());
                }
                records.add(r);
            }
            return records;
        } catch (IOException | UncheckedIOException e) {
            throw new ClassInputException(name, 1, "not a CSV file: " + OneLine.of(String.valueOf(e.getMessage())));
        }
    }

    /**
     * {@code file}'s text, refused past {@code maxBytes}: a parameter, so that a test reaches the bound in bytes, not in
     * 200 MB.
     */
    static String text(Path file, long maxBytes) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ClassInputException(file.getParent() + ": no " + name + " (not a folder answer-key class wrote)");
            }
            if (Files.size(file) > maxBytes) {
                throw new ClassInputException(name, 1, "over " + maxBytes + " bytes");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ClassInputException(name, 1, "not UTF-8 text");
        } catch (IOException e) {
            throw new ClassInputException(file + ": cannot be read: " + OneLine.of(String.valueOf(e.getMessage())));
        }
    }

    /** A text on one line, for a message: line breaks shown as spaces, at most 80 characters. */
    static final class OneLine {
        private OneLine() {
        }

        static String of(String text) {
            String one = text.replaceAll("\\s+", " ");
            return one.length() > 80 ? one.substring(0, 77) + "…" : one;
        }
    }
}
