package backprop.export.classroom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("class --find: the students whose exam shows a number, at its printed digits")
class FindTest {
    @TempDir
    Path dir;

    private void classFolder() throws IOException {
        Files.writeString(dir.resolve("draws.csv"), "student,name,attempts,rejected,\"W1[1,2]\",x[1]\r\n"
                + "s1,Ada,1,,0.35,0.5\r\n"
                + "s2,Bob,2,1: z(1) entry [1] prints as 0,-0.35,0.47113\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("key.csv"), KeyCsv.HEADER + "\r\n"
                + "s1,Ada,q-z,z(1),[1],0.47113,0.00005,,\r\n"
                + "s1,Ada,q-z,z(1),[2],0.9,0.00005,,\r\n"
                + "s2,Bob,q-z,z(1),[1],0.4712,0.00005,,\r\n"
                + "s2,Bob,q-k,∂f/∂c,,,0.0005,0,1\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void aNumberMatchesEveryValueThatPrintsAsItAtItsDigits() throws IOException {
        classFolder();
        // 0.4711 stands for 0.47105 to 0.47115: s1's z(1)[1] 0.47113 and s2's drawn x[1] 0.47113; s2's 0.4712 is out
        List<Find.Match> m = Find.of("0.4711").in(dir);
        assertThat(m).containsExactly(new Find.Match("s2", "Bob", "x[1]", "0.47113", "drawn"),
                new Find.Match("s1", "Ada", "q-z z(1) [1]", "0.47113", "expected"));
        assertThat(Find.of("0.4711").range()).isEqualTo("0.47105 to 0.47115");
        assertThat(Find.students(m)).containsExactly("s2", "s1");
    }

    @Test
    void moreDigitsNarrowTheMatch() throws IOException {
        classFolder();
        assertThat(Find.of("0.47").in(dir)).extracting(Find.Match::student).containsExactly("s2", "s1", "s2");
        assertThat(Find.of("0.471130").in(dir)).hasSize(2);
        assertThat(Find.of("0.47112").in(dir)).isEmpty();
        assertThat(Find.of("-0.35").in(dir)).extracting(Find.Match::student).containsExactly("s2");
        assertThat(Find.of(".9").in(dir)).extracting(Find.Match::where).containsExactly("q-z z(1) [2]");
    }

    @Test
    void aNameNarrowsTheSearchToOneEntryOrPart() throws IOException {
        classFolder();
        assertThat(Find.of("x[1]=0.4711").in(dir)).extracting(Find.Match::kind).containsExactly("drawn");
        assertThat(Find.of("z(1)=0.4711").in(dir)).extracting(Find.Match::kind).containsExactly("expected");
        assertThat(Find.of("W1[1,2]=0.35").in(dir)).extracting(Find.Match::student).containsExactly("s1");
    }

    @Test
    void aKinksRangeMatchesNothing() throws IOException {
        classFolder();
        // 0.500: 0.4995 to 0.5005, which the range 0 to 1 holds, and s1's x[1] 0.5
        assertThat(Find.of("0.500").in(dir)).extracting(Find.Match::where).containsExactly("x[1]");
    }

    @Test
    void aQueryThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> Find.of("abc")).hasMessageContaining("give a number as printed");
        assertThatThrownBy(() -> Find.of("=0.3")).hasMessageContaining("NAME=NUMBER");
        assertThatThrownBy(() -> Find.of("1e5")).hasMessageContaining("give a number");
    }

    @Test
    void aFolderThatIsNoClassFolderIsRefusedInOneLine() throws IOException {
        assertThatThrownBy(() -> Find.of("0.5").in(dir)).hasMessageContaining("no draws.csv");
        Files.writeString(dir.resolve("draws.csv"), "a,b\r\n1,2\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Find.of("0.5").in(dir)).hasMessage("draws.csv:1: no column \"student\": not a file answer-key class wrote");
        Files.writeString(dir.resolve("draws.csv"), "student,name,attempts,rejected,x\r\ns1,A,1,,zz\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Find.of("0.5").in(dir)).hasMessage("draws.csv:2: x \"zz\" is not a decimal number: not a file answer-key class wrote");
        Files.writeString(dir.resolve("draws.csv"), "student,name,attempts,rejected,x\r\ns1,A,1\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Find.of("0.5").in(dir)).hasMessage("draws.csv:2: 3 fields, the header has 5");
        Files.write(dir.resolve("draws.csv"), new byte[] {'s', (byte) 0xF6, '\n'});
        assertThatThrownBy(() -> Find.of("0.5").in(dir)).hasMessage("draws.csv:1: not UTF-8 text");
        Files.writeString(dir.resolve("draws.csv"), "student,name,attempts,rejected\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("key.csv"), "student,name,x\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Find.of("0.5").in(dir)).hasMessageStartingWith("key.csv:1: the header is not");
    }

    @Test
    void theEndsOfTheRange_match_andNothingBeyond() throws IOException {
        // 0.4711 stands for 0.47105 to 0.47115, both ends included
        Files.writeString(dir.resolve("draws.csv"), "student,name,attempts,rejected,a,b,c,d\r\n"
                + "s1,Ada,1,,0.47104,0.47105,0.47115,0.47116\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("key.csv"), KeyCsv.HEADER + "\r\n", StandardCharsets.UTF_8);
        assertThat(Find.of("0.4711").in(dir)).extracting(Find.Match::where).containsExactly("b", "c");
    }

    @Test
    void aScalarsPlace_isItsQuestionAndPart_withNoEntry() throws IOException {
        Files.writeString(dir.resolve("draws.csv"), "student,name,attempts,rejected\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("key.csv"), KeyCsv.HEADER + "\r\n" + "s1,Ada,q-c,C,,0.125,0.00005,,\r\n",
                StandardCharsets.UTF_8);
        assertThat(Find.of("0.125").in(dir)).containsExactly(new Find.Match("s1", "Ada", "q-c C", "0.125", "expected"));
    }

    @Test
    void aMessagesText_isOneLineOfAtMostEightyCharacters() {
        String eighty = "a".repeat(80);
        assertThat(Find.OneLine.of(eighty)).isEqualTo(eighty);
        assertThat(Find.OneLine.of(eighty + "b")).isEqualTo("a".repeat(77) + "…");
        assertThat(Find.OneLine.of("a\r\n\tb")).isEqualTo("a b");
    }

    @Test
    void aFileOfTheLimitsSize_isRead_oneByteMore_isRefusedUnread() throws IOException {
        // the bound itself, on a limit of 10 bytes: "0123456789" is read, one byte more is refused
        Path file = Files.writeString(dir.resolve("draws.csv"), "0123456789", StandardCharsets.UTF_8);
        assertThat(Find.text(file, 10)).isEqualTo("0123456789");
        Files.writeString(file, "0123456789x", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Find.text(file, 10)).hasMessage("draws.csv:1: over 10 bytes");
        // the class's own limit, 200 MB, named in its refusal: a sparse file one byte past it takes no disk
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Find.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> Find.of("0.5").in(dir)).hasMessage("draws.csv:1: over 200000000 bytes");
    }
}
