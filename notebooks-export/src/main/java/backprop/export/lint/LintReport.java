package backprop.export.lint;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What {@code lint} prints: the summary line and the inconsistent claims, and the CSV of every claim. */
public final class LintReport {
    /** The CSV's columns, in order. */
    public static final List<String> HEADER = List.of("file", "line", "claim", "printed", "computed", "status", "note");

    private LintReport() {
    }

    /**
     * "lint: 5 files, 57 claims: 30 consistent, 5 consistent-with-rounding, 1 inconsistent, 21 not-checkable", and
     * if any claim follows from an earlier error, "(N more follow from an earlier error)".
     */
    public static String summary(int files, List<ClaimRow> rows) {
        Map<ClaimStatus, Integer> counts = new EnumMap<>(ClaimStatus.class);
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            parts.add(counts.getOrDefault(s, 0) + " " + s.label());
        }
        long following = rows.stream().filter(r -> !r.cause().isEmpty()).count();
        return "lint: " + files + (files == 1 ? " file, " : " files, ") + rows.size()
                + (rows.size() == 1 ? " claim: " : " claims: ") + String.join(", ", parts)
                + (following == 0 ? "" : " (" + following + " of them follow from an earlier error)");
    }

    /** Each inconsistent claim, and each that follows from one: {@code FILE:LINE: claim: why}. */
    public static List<String> problems(List<ClaimRow> rows) {
        List<String> out = new ArrayList<>();
        for (ClaimRow r : rows) {
            if (r.status() == ClaimStatus.INCONSISTENT || !r.cause().isEmpty()) {
                out.add(r.file() + ":" + r.line() + ": " + r.claim() + ": printed " + r.printed()
                        + (r.computed().isEmpty() ? "" : ", computed " + r.computed()) + ": " + r.status().label()
                        + (r.note().isEmpty() ? "" : ", " + r.note()));
            }
        }
        return out;
    }

    /** The rows as RFC 4180 CSV (CRLF line ends), a header first. */
    public static String csv(List<ClaimRow> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .get())) {
            for (ClaimRow r : rows) {
                p.printRecord(r.file(), r.line(), r.claim(), r.printed(), r.computed(), r.status().label(), r.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
