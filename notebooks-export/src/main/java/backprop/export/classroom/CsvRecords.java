package backprop.export.classroom;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text as RFC 4180 writes it: records of fields separated by commas; a field holding a comma, a quote or a line
 * break is quoted, its quotes doubled (§2.5–2.7). Records end at CRLF, LF or a lone CR (old spreadsheets on the Mac);
 * the last may end without one. Each record keeps the physical line it starts on, since a quoted line break makes a
 * record span lines and an error names the line the instructor sees in an editor.
 */
final class CsvRecords {
    /** The most fields a record may have: a Canvas export has a column per assignment, a few hundred at most. */
    static final int MAX_FIELDS = 10_000;

    /** One record: its fields, untrimmed, and the line it starts on (1-based). */
    record Record(List<String> fields, int line) {
        Record {
            fields = List.copyOf(fields);
        }

        /** Whether every field is empty or blank: the rows a spreadsheet leaves below its data. */
        boolean blank() {
            for (String f : fields) {
                if (!f.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String text;
    private final String file;
    private int at;
    private int line = 1;

    private CsvRecords(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /**
     * A reader of {@code text}'s records, one at a time, so that memory holds one record whatever the file holds
     * (10 MiB of line breaks are ten million records); {@code file} is how errors name it.
     */
    static CsvRecords of(String text, String file) {
        return new CsvRecords(text, file);
    }

    /** The next record, or null after the last. */
    Record next() {
        return at < text.length() ? record() : null;
    }

    private Record record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            if (fields.size() == MAX_FIELDS) {
                throw new ClassInputException(file, start, "more than " + MAX_FIELDS + " fields, the limit for a roster's line");
            }
            // an empty line is one empty field: unquoted() reads nothing up to the break
            fields.add(at < text.length() && text.charAt(at) == '"' ? quoted() : unquoted());
            if (at >= text.length()) {
                return new Record(fields, start);
            }
            if (text.charAt(at) != ',') { // a line break: unquoted() and quoted() stop only at a comma, a break or the end
                lineBreak();
                return new Record(fields, start);
            }
            at++;
        }
    }

    /** Steps over the line break at {@code at}: CRLF, LF or CR. */
    private void lineBreak() {
        if (text.charAt(at++) == '\r' && at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        line++;
    }

    /** A field up to the next comma or line break; a quote in it is refused, as RFC 4180 §2.5 has it quoted. */
    private String unquoted() {
        int from = at;
        while (at < text.length() && !ends(text.charAt(at))) {
            if (text.charAt(at) == '"') {
                throw new ClassInputException(file, line, "a quote inside an unquoted field (RFC 4180: a field with a"
                        + " quote is quoted, its quotes doubled)");
            }
            at++;
        }
        return text.substring(from, at);
    }

    /** A quoted field: "" is one quote; line breaks inside are the field's, and counted. */
    private String quoted() {
        int opened = line;
        StringBuilder field = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw new ClassInputException(file, opened, "a quoted field opened on this line is never closed");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    field.append('"');
                    at++;
                    continue;
                }
                if (at < text.length() && !ends(text.charAt(at))) {
                    throw new ClassInputException(file, line, "text after a quoted field's closing quote");
                }
                return field.toString();
            }
            if (c == '\n' || (c == '\r' && (at >= text.length() || text.charAt(at) != '\n'))) {
                line++;
            }
            field.append(c);
        }
    }

    private static boolean ends(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
