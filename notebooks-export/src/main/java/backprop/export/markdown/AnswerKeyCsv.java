package backprop.export.markdown;

import backprop.core.graph.Kinks;
import backprop.examples.Derived;
import backprop.examples.PrintedExpression;
import backprop.examples.Status;
import backprop.examples.published.Classification;
import backprop.examples.format.Precision;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.model.Escape;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The answer key for machines: answer-key.csv, one row per printed value (status as classified) and one
 * per derived quantity (status "derived", published empty). Numbers are the shortest decimal that reads
 * back as the same double, without exponent, so the file is exact and stable. A text cell that a spreadsheet
 * would run as a formula (it starts with = + - @, a tab or a carriage return) starts with ' instead.
 *
 * <p>An expression a scenario file prints beside a value ({@code [[published]] expression}) has a row of its own,
 * right after its value's: quantity "{@code <the value's quantity> as printed: <the expression>}", the printed value,
 * what the expression gives with its printed numbers as computed and true value, status {@code reproduced} when
 * that is the printed value at its printed precision and {@code erratum} when it is not, and a note that starts
 * with {@code [<the value's id>.expression]}. A document's printed expressions stay in its Markdown: its rows are
 * the inventory's (.ci/check_inventory.py), one per printed value.
 *
 * <p>A derived quantity at a kink, where the derivative does not exist, has its one-sided derivatives in
 * {@code one_sided_lo} and {@code one_sided_hi}: its value is the rule in force's choice, and any value between
 * them is as valid (the grader accepts it); both are empty elsewhere.
 */
public final class AnswerKeyCsv {
    public static final String[] HEADER = {"document", "scenario", "location", "quantity", "published", "computed",
            "true_value", "status", "note", "one_sided_lo", "one_sided_hi"};

    private AnswerKeyCsv() {
    }

    public static String render(List<Chapter> chapters, List<List<Worked>> worked) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (int c = 0; c < chapters.size(); c++) {
                for (Worked w : worked.get(c)) {
                    rows(csv, chapters.get(c).fileStem(), w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("answer-key.csv", e);
        }
        return out.toString();
    }

    private static void rows(CSVPrinter csv, String document, Worked w) throws IOException {
        String scenario = w.scenario().id();
        for (Worked.Row r : w.rows()) {
            String note = "[" + r.value().id() + "] " + w.note(r);
            record(csv, document, scenario, r.value().section(), r.value().quantity(), r.value().printed(),
                    number(r.matching()), number(r.computed().exact()), r.status().label(), note, "", "");
            if (r.value().document() == null) {
                for (PrintedExpression e : w.scenario().expressions()) {
                    if (e.valueId().equals(r.value().id())) {
                        expression(csv, document, scenario, r, e);
                    }
                }
            }
        }
        Map<String, Kinks.Interval> kinks = w.result().kinks();
        for (Derived d : w.result().derived()) {
            Kinks.Interval oneSided = kinks.get(d.name());
            record(csv, document, scenario, w.scenario().section(), d.quantity(), "", number(d.value()),
                    number(d.value()), "derived", d.name(), oneSided == null ? "" : number(oneSided.lo()),
                    oneSided == null ? "" : number(oneSided.hi()));
        }
    }

    /** The row of an expression printed beside {@code r}'s value, as evaluated with its printed numbers. */
    private static void expression(CSVPrinter csv, String document, String scenario, Worked.Row r, PrintedExpression e)
            throws IOException {
        double asPrinted = e.asPrinted().getAsDouble();
        Status status = Classification.matches(r.value(), asPrinted) ? Status.REPRODUCED : Status.ERRATUM;
        record(csv, document, scenario, r.value().section(), r.value().quantity() + " as printed: " + e.printed(),
                r.value().printed(), number(asPrinted), number(asPrinted), status.label(),
                "[" + e.valueId() + ".expression] " + e.reason(), "", "");
    }

    /** One row, every cell through {@link Escape#csv}: a spreadsheet runs none as a formula, and numbers stay numbers. */
    private static void record(CSVPrinter csv, String... cells) throws IOException {
        for (String cell : cells) {
            csv.print(Escape.csv(cell));
        }
        csv.println();
    }

    /** The shortest decimal that reads back as {@code v}, e.g. "-0.0651728", never "6.5E-2": {@link Precision#machine}. */
    static String number(double v) {
        return Precision.machine(v);
    }
}
