package backprop.export.classroom;

import backprop.export.classroom.Roster.Student;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A class roster, read as an instructor's LMS writes it: our own {@code id,name}, Canvas's gradebook export, Moodle's
 * grade export and participant list; every refusal one line, {@code FILE:LINE: what is wrong}.
 */
@Timeout(60)
@DisplayName("The roster: our id,name, Canvas's and Moodle's exports as they are, and every bad file refused by its line")
class RosterTest {
    @TempDir
    Path dir;

    private List<Student> read(String text) throws IOException {
        return Roster.read(write("roster.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private String refusal(String text) throws IOException {
        Path f = write("roster.csv", text.getBytes(StandardCharsets.UTF_8));
        return message(f);
    }

    private static String message(Path f) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Roster.read(f));
        assertThat(t).as("refused").isInstanceOf(ClassInputException.class);
        return t.getMessage();
    }

    @Nested
    @DisplayName("our own id,name")
    class Ours {
        @Test
        void idAndName_areReadInOrder_withTheirLines() throws IOException {
            assertThat(read("id,name\ns1,Ada Lovelace\ns2,Alan Turing\n")).containsExactly(
                    new Student("s1", "Ada Lovelace", 2), new Student("s2", "Alan Turing", 3));
        }

        @Test
        void theHeader_isMatchedTrimmedAndIgnoringCase_otherColumnsIgnored_fieldsTrimmed() throws IOException {
            assertThat(read(" Name ,email, ID \n Ada , a@x.org , s1 \n")).containsExactly(new Student("s1", "Ada", 2));
        }

        @Test
        void crlf_aByteOrderMark_andNoFinalLineBreak_readAsLf() throws IOException {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] text = "id,name\r\ns1,Ada\r\ns2,Alan".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(text, 0, all, bom.length, text.length);
            assertThat(Roster.read(write("bom.csv", all))).containsExactly(new Student("s1", "Ada", 2),
                    new Student("s2", "Alan", 3));
        }

        @Test
        void rfc4180_quotedCommasQuotesAndLineBreaks_areOneField_andTheNextRecordKeepsItsPhysicalLine() throws IOException {
            // RFC 4180 §2.6, §2.7: a field holding a comma, a quote or a line break is quoted, its quotes doubled
            assertThat(read("id,name\ns1,\"Lovelace, Ada \"\"the Countess\"\"\"\ns2,\"two\r\nlines\"\ns3,Alan\n"))
                    .containsExactly(new Student("s1", "Lovelace, Ada \"the Countess\"", 2),
                            new Student("s2", "two\r\nlines", 3), new Student("s3", "Alan", 5));
        }

        @Test
        void loneCarriageReturns_asOldMacSpreadsheetsWrite_endRecords_alsoInsideQuotesTheyCountLines() throws IOException {
            assertThat(read("id,name\rs1,\"two\rlines\"\rs2,Alan\r")).containsExactly(
                    new Student("s1", "two\rlines", 2), new Student("s2", "Alan", 4));
        }

        @Test
        void aRowOfEmptyFields_asSpreadsheetsLeaveThem_isSkipped() throws IOException {
            assertThat(read("id,name\ns1,Ada\n,\n\ns2,Alan\n")).containsExactly(new Student("s1", "Ada", 2),
                    new Student("s2", "Alan", 5));
        }

        @Test
        void everyAllowedCharacter_andSixtyFourOfThem_makeAnId() throws IOException {
            String longest = "a".repeat(64);
            assertThat(read("id,name\nA.b_c-9@x.org,Ada\n" + longest + ",Alan\n")).extracting(Student::id)
                    .containsExactly("A.b_c-9@x.org", longest);
        }

        @Test
        void anEmptyName_isRead_theIdStandsForTheStudent() throws IOException {
            assertThat(read("id,name\ns1,\n")).containsExactly(new Student("s1", "", 2));
        }
    }

    @Nested
    @DisplayName("Canvas's gradebook export")
    class Canvas {
        // the columns of Canvas's gradebook export, then one per assignment "Name (id)", then the scores: see Roster
        private static final String HEADER = "Student,ID,SIS User ID,SIS Login ID,Section,Midterm (87568490),Current Score\n";

        @Test
        void theIdIsCanvasId_theNameLastCommaFirstTurnedRound_pointsPossibleAndIdlessRowsSkipped() throws IOException {
            assertThat(read(HEADER
                    + ",,,,,Manual Posting,\n"
                    + "    Points Possible,,,,,10.00,(read only)\n"
                    + "\"Lovelace, Ada\",1001,S-1,ada,Section 1,,\n"
                    + "\"Hopper, Jr., Grace\",1002,,,Section 2,,\n"
                    + "Test Student,1003,,,,,\n"))
                    .containsExactly(new Student("1001", "Ada Lovelace", 4), new Student("1002", "Grace Hopper, Jr.", 5),
                            new Student("1003", "Test Student", 6));
        }

        @Test
        void aSortableNameWithAnEmptyPartBeforeOrAfterItsComma_isTheOtherPart() {
            // "Last, First" split at its comma: ", Ada" has no last name, "Lovelace," no first
            assertThat(RosterColumns.firstLast(", Ada")).isEqualTo("Ada");
            assertThat(RosterColumns.firstLast("Lovelace,")).isEqualTo("Lovelace");
            assertThat(RosterColumns.firstLast("Ada")).isEqualTo("Ada");
        }

        @Test
        void thePointsPossibleRow_isSkippedEvenWithSomethingInItsIdColumn() throws IOException {
            assertThat(read(HEADER + "Points Possible,0,,,,10.00,\n\"Lovelace, Ada\",1001,,,,,\n"))
                    .containsExactly(new Student("1001", "Ada Lovelace", 3));
        }
    }

    @Nested
    @DisplayName("Moodle's grade export and participant list")
    class Moodle {
        @Test
        void theIdIsTheIdNumber_orTheEmailWhereItIsEmpty_theNameFirstThenLast() throws IOException {
            assertThat(read("First name,Last name,ID number,Institution,Department,Email address,Quiz: One (Real)\n"
                    + "Ada,Lovelace,S001,,,ada@uni.example,7.00\n"
                    + "Alan,Turing,,,,alan@uni.example,-\n"))
                    .containsExactly(new Student("S001", "Ada Lovelace", 2), new Student("alan@uni.example", "Alan Turing", 3));
        }

        @Test
        void surname_andNoIdNumberColumn_theEmailIsTheId() throws IOException {
            assertThat(read("Surname,First name,Email address\nLovelace,Ada,ada@uni.example\n"))
                    .containsExactly(new Student("ada@uni.example", "Ada Lovelace", 2));
        }

        @Test
        void anIdNumberColumn_andNoEmailColumn() throws IOException {
            assertThat(read("First name,Last name,ID number\nAda,Lovelace,S001\n"))
                    .containsExactly(new Student("S001", "Ada Lovelace", 2));
        }

        @Test
        void theEmailAsTheFirstColumn_isTheIdWhereTheIdNumberIsEmpty() throws IOException {
            assertThat(read("Email address,First name,Last name,ID number\nada@uni.example,Ada,Lovelace,\n"))
                    .containsExactly(new Student("ada@uni.example", "Ada Lovelace", 2));
        }

        @Test
        void neitherAnIdNumberNorAnEmail_isAnEmptyId() throws IOException {
            assertThat(refusal("First name,Surname,ID number,Email address\nAda,Lovelace,,\n"))
                    .endsWith("roster.csv:2: empty id: neither ID number nor Email address");
        }
    }

    @Nested
    @DisplayName("refused, each by its line")
    class Refused {
        @Test
        void noIdOrNameColumn_namesTheHeaderFound() throws IOException {
            assertThat(refusal("student number,full name\n1,Ada\n")).isEqualTo(dir.resolve("roster.csv")
                    + ":1: no id and name columns: the header is \"student number\", \"full name\"; a roster has"
                    + " id,name (ours), Canvas's gradebook export (Student, ID, …) or Moodle's (First name, Last name or"
                    + " Surname, ID number or Email address)");
        }

        @Test
        void aLongHeader_isListedUpToTen() throws IOException {
            assertThat(refusal("c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12\n")).contains("\"c10\", … (2 more);");
        }

        @Test
        void aHeaderOfTen_isListedWhole() throws IOException {
            assertThat(refusal("c1,c2,c3,c4,c5,c6,c7,c8,c9,c10\n")).contains("the header is \"c1\", \"c2\", \"c3\", \"c4\","
                    + " \"c5\", \"c6\", \"c7\", \"c8\", \"c9\", \"c10\"; a roster has");
        }

        @Test
        void anEmptyFile_hasNoHeader_andAHeaderAlone_hasNoStudent() throws IOException {
            assertThat(refusal("")).endsWith("roster.csv:1: empty: no header line");
            assertThat(refusal("id,name\n\n")).endsWith("roster.csv:1: no student: the header is all there is");
        }

        @Test
        void anEmptyId() throws IOException {
            assertThat(refusal("id,name\ns1,Ada\n ,Alan\n")).endsWith("roster.csv:3: empty id");
        }

        @Test
        void aDuplicateId_namesTheEarlierLine() throws IOException {
            assertThat(refusal("id,name\ns1,Ada\ns2,Alan\ns1,Grace\n"))
                    .endsWith("roster.csv:4: id \"s1\" again: line 2 has it (Ada)");
        }

        @Test
        void twoIdsEqualIgnoringCase_areOneFolderOnWindowsAndMacos() throws IOException {
            assertThat(refusal("id,name\nab1,Ada\nAB1,Alan\n")).endsWith("roster.csv:3: id \"AB1\" differs from line 2's"
                    + " \"ab1\" only in case: one folder on Windows and macOS");
        }

        @ParameterizedTest
        @ValueSource(strings = {"con", "CON", "Nul.txt", "com1", "LPT9.x", "aux", "prn", "com0"})
        void aWindowsDeviceName_withOrWithoutAnExtension(String id) throws IOException {
            assertThat(refusal("id,name\n" + id + ",Ada\n")).endsWith(":2: id \"" + id + "\" cannot name a folder: "
                    + id.split("\\.")[0].toUpperCase(java.util.Locale.ROOT) + " is a Windows device name");
        }

        @Test
        void theEndsOfEachRange_areAllowed_theCharactersNextToThemAreNot() {
            // a-z, A-Z, 0-9 to their last letter or digit; '`' '{' '[' '/' ':' lie just outside ('@' is allowed)
            assertThat(StudentId.problem("azAZ09")).isNull();
            for (String c : List.of("`", "{", "[", "/", ":")) {
                assertThat(StudentId.problem("s" + c)).as(c).isEqualTo("'" + c + "' is not allowed (an id is ASCII letters,"
                        + " digits, '.', '_', '-' and '@')");
            }
        }

        @Test
        void nearADeviceName_isAnId() throws IOException {
            assertThat(read("id,name\ncon1,Ada\ncom10,Alan\nlpt,Grace\nxcon,Ken\n")).hasSize(4);
        }

        @Test
        void dotAndDotDot_aLeadingOrTrailingDot() throws IOException {
            assertThat(refusal("id,name\n.,Ada\n")).endsWith(":2: id \".\" cannot name a folder: it is the folder itself");
            assertThat(refusal("id,name\n..,Ada\n")).endsWith(":2: id \"..\" cannot name a folder: it is the folder above");
            assertThat(refusal("id,name\n.s1,Ada\n")).endsWith(":2: id \".s1\" cannot name a folder: it starts with a dot"
                    + " (a hidden folder on Linux and macOS)");
            assertThat(refusal("id,name\ns1.,Ada\n")).endsWith(":2: id \"s1.\" cannot name a folder: it ends with a dot"
                    + " (Windows drops it)");
        }

        @Test
        void aCharacterOutsideTheSet_isNamed_controlCharactersEscaped() throws IOException {
            assertThat(refusal("id,name\ns/1,Ada\n")).endsWith(":2: id \"s/1\" cannot name a folder: '/' is not"
                    + " allowed (an id is ASCII letters, digits, '.', '_', '-' and '@')");
            assertThat(refusal("id,name\ns 1,Ada\n")).endsWith("' ' is not allowed (an id is ASCII letters, digits, '.',"
                    + " '_', '-' and '@')");
            assertThat(refusal("id,name\nsé,Ada\n")).contains("'é' is not allowed");
            assertThat(refusal("id,name\n\"s\u001b[2J\",Ada\n")).contains("id \"s\\u001b[2J\"").contains("'\\u001b' is not");
        }

        @Test
        void sixtyFiveCharacters_isTooLong() throws IOException {
            String id = "a".repeat(65);
            assertThat(refusal("id,name\n" + id + ",Ada\n")).endsWith(":2: id \"" + id + "\" cannot name a folder: 65"
                    + " characters, more than 64");
        }

        @Test
        void aRowWithAnotherFieldCount() throws IOException {
            assertThat(refusal("id,name\ns1,Ada\ns2,Alan,extra\n")).endsWith(":3: 3 fields; the header has 2");
            assertThat(refusal("id,name,email\ns1,Ada\n")).endsWith(":2: 2 fields; the header has 3");
        }

        @Test
        void anUnclosedQuote_isNamedAtItsOpeningLine() throws IOException {
            assertThat(refusal("id,name\ns1,\"Ada\ns2,Alan\n")).endsWith(":2: a quoted field opened on this line is"
                    + " never closed");
        }

        @Test
        void aQuoteInsideAnUnquotedField_orTextAfterAClosingQuote() throws IOException {
            assertThat(refusal("id,name\ns1,Ada \"Countess\"\n")).endsWith(":2: a quote inside an unquoted field"
                    + " (RFC 4180: a field with a quote is quoted, its quotes doubled)");
            assertThat(refusal("id,name\ns1,\"Ada\" Lovelace\n")).endsWith(":2: text after a quoted field's closing quote");
        }

        @Test
        void notUtf8_isNamedByItsByteAndLine_asTheScenarioReaderSaysIt() throws IOException {
            byte[] latin1 = "id,name\ns1,Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
            assertThat(message(write("latin1.csv", latin1))).isEqualTo(dir.resolve("latin1.csv")
                    + ":2: not UTF-8 text: byte 0xE9 on line 2; save the file as UTF-8");
        }

        @Test
        void aNulByte_isBinary_utf16Included() throws IOException {
            byte[] utf16 = "id,name\ns1,Ada\n".getBytes(StandardCharsets.UTF_16LE);
            assertThat(message(write("utf16.csv", utf16))).isEqualTo(dir.resolve("utf16.csv")
                    + ":1: a NUL byte: binary or UTF-16, not a CSV text; save the file as CSV in UTF-8");
            assertThat(message(write("nul.csv", "id,name\ns1,A\0da\n".getBytes(StandardCharsets.UTF_8)))).endsWith("nul.csv:2:"
                    + " a NUL byte: binary or UTF-16, not a CSV text; save the file as CSV in UTF-8");
        }

        @Test
        void overTenMegabytes_isRefusedBeforeItIsRead_exactlyTenIsRead() throws IOException {
            String head = "id,name\ns1,";
            byte[] exact = (head + "a".repeat(Roster.MAX_BYTES - head.length())).getBytes(StandardCharsets.US_ASCII);
            assertThat(Roster.read(write("exact.csv", exact))).hasSize(1);
            byte[] over = (head + "a".repeat(Roster.MAX_BYTES - head.length() + 1)).getBytes(StandardCharsets.US_ASCII);
            assertThat(message(write("over.csv", over))).endsWith("over.csv:1: larger than 10485760 bytes (10 MiB),"
                    + " the limit for a roster");
        }

        @Test
        void moreThanAHundredThousandStudents_isNamedAtTheFirstOneTooMany() throws IOException {
            StringBuilder s = new StringBuilder("id,name\n");
            for (int i = 1; i <= Roster.MAX_STUDENTS; i++) {
                s.append(i).append(",\n");
            }
            assertThat(read(s.toString())).hasSize(Roster.MAX_STUDENTS);
            s.append("x,\n");
            assertThat(refusal(s.toString())).endsWith(":" + (Roster.MAX_STUDENTS + 2) + ": more than 100000 students,"
                    + " the limit for a roster");
        }

        @Test
        void aMillionLineBreaks_areAMillionBlankRows_readOneAtATime_toNoStudent() throws IOException {
            byte[] breaks = new byte[1 << 20];
            java.util.Arrays.fill(breaks, (byte) '\n');
            System.arraycopy("id,name".getBytes(StandardCharsets.US_ASCII), 0, breaks, 0, 7);
            assertThat(message(write("breaks.csv", breaks))).endsWith("breaks.csv:1: no student: the header is all there is");
        }

        @Test
        void aLineOfMoreThanTenThousandFields_isRefusedAtIt_tenThousandAreRead() throws IOException {
            String header = "id,name" + ",c".repeat(CsvRecords.MAX_FIELDS - 2);
            assertThat(read(header + "\ns1,Ada" + ",".repeat(CsvRecords.MAX_FIELDS - 2) + "\n")).hasSize(1);
            assertThat(refusal("id,name\ns1,Ada" + ",".repeat(CsvRecords.MAX_FIELDS - 1) + "\n"))
                    .endsWith(":2: more than 10000 fields, the limit for a roster's line");
        }

        @Test
        void aFolder_aMissingFile_andAFifo_areRefusedWithoutWaiting() throws Exception {
            assertThat(message(dir)).isEqualTo(dir + ":1: is a folder, not a roster file");
            assertThat(message(dir.resolve("none.csv"))).isEqualTo(dir.resolve("none.csv") + ":1: no such file");
            Path fifo = dir.resolve("fifo");
            assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
            assertThat(message(fifo)).isEqualTo(fifo + ":1: is not a regular file (a FIFO, a device or a socket)");
        }
    }
}
