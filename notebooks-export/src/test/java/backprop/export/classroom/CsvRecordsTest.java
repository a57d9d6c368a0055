package backprop.export.classroom;

import backprop.export.classroom.CsvRecords.Record;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSV reader by itself, record by record (RosterTest reads it through a roster, which skips blank rows and so
 * cannot see a blank record too many): RFC 4180's records and fields, and each record's first physical line.
 */
@DisplayName("CSV records as RFC 4180 writes them, each with the line it starts on, at the text's end too")
class CsvRecordsTest {
    /** Every record of {@code text}; a reader that stops advancing fails at once, not when the heap is full. */
    private static List<Record> all(String text) {
        CsvRecords csv = CsvRecords.of(text, "f.csv");
        List<Record> records = new ArrayList<>();
        for (Record r = csv.next(); r != null; r = csv.next()) {
            records.add(r);
            assertThat(records.size()).as("records, at most one per character").isLessThanOrEqualTo(text.length());
        }
        return records;
    }

    private static Record record(int line, String... fields) {
        return new Record(List.of(fields), line);
    }

    @Test
    void lfCrlfAndALoneCr_eachEndOneRecord_theLastMayEndWithout() {
        assertThat(all("a,b\nc\r\nd\re")).containsExactly(record(1, "a", "b"), record(2, "c"), record(3, "d"),
                record(4, "e"));
    }

    @Test
    void anEmptyLine_isOneRecordOfOneEmptyField_whateverItsBreak() {
        assertThat(all("\n\r\n\ra\n")).containsExactly(record(1, ""), record(2, ""), record(3, ""), record(4, "a"));
    }

    @Test
    void aCommaAtTheTextsEnd_isFollowedByAnEmptyField() {
        // RFC 4180 §2.4: fields are separated by commas, so "a," is two fields, the second empty
        assertThat(all("a,")).containsExactly(record(1, "a", ""));
        assertThat(all("a,\nb")).containsExactly(record(1, "a", ""), record(2, "b"));
    }

    @Test
    void aQuotedField_closedAtTheTextsEnd() {
        assertThat(all("\"a\"")).containsExactly(record(1, "a"));
        assertThat(all("x,\"a\"\"\"")).containsExactly(record(1, "x", "a\""));
    }

    @Test
    void aQuotedLineBreak_isTheFieldsOwn_andTheNextRecordStartsOnTheLineAfterIt() {
        assertThat(all("\"a\r\nb\",c\nd")).containsExactly(record(1, "a\r\nb", "c"), record(3, "d"));
        assertThat(all("\"a\rb\"\nd")).containsExactly(record(1, "a\rb"), record(3, "d"));
    }

    @Test
    void aQuoteLeftOpen_byALineBreakAtTheTextsEnd_isNeverClosed() {
        assertThatThrownBy(() -> all("\"a\r")).isInstanceOf(ClassInputException.class)
                .hasMessage("f.csv:1: a quoted field opened on this line is never closed");
        assertThatThrownBy(() -> all("x\n\"a\n")).isInstanceOf(ClassInputException.class)
                .hasMessage("f.csv:2: a quoted field opened on this line is never closed");
    }
}
