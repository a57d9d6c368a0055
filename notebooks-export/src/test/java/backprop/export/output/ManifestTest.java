package backprop.export.output;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a manifest read accepts: a finished folder's manifest whole (every line ends in a newline, all UTF-8); a
 * staging folder's also with a last line a killed append cut short, when that line can begin a path the tool
 * lists, and nothing looser.
 */
@DisplayName("A manifest is read whole, and a staging folder's last line may be cut short by a kill")
class ManifestTest {

    @TempDir
    Path folder;

    private void manifest(String text) throws IOException {
        manifest(text.getBytes(StandardCharsets.UTF_8));
    }

    private void manifest(byte[] bytes) throws IOException {
        Files.write(folder.resolve(Manifest.NAME), bytes);
    }

    private static byte[] bytes(String text, int... more) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        for (int m : more) {
            b.write(m);
        }
        return b.toByteArray();
    }

    @Test
    void aWholeManifest_listsItsFiles_eitherWay() throws IOException {
        manifest(Manifest.HEADER + "\nb.txt\na/c.md\n");
        assertThat(Manifest.read(folder).orElseThrow().files()).containsExactly("a/c.md", "b.txt");
        assertThat(Manifest.readStaging(folder).orElseThrow().files()).containsExactly("a/c.md", "b.txt");
    }

    @Test
    void theHeaderAlone_isAnEmptyManifest_butAHeaderWithoutItsNewline_isNone() throws IOException {
        manifest(Manifest.HEADER + "\n");
        assertThat(Manifest.read(folder).orElseThrow().files()).isEmpty();
        manifest(Manifest.HEADER);
        assertThat(Manifest.read(folder)).isEmpty();
        assertThat(Manifest.readStaging(folder)).isEmpty();
        manifest("");
        assertThat(Manifest.readStaging(folder)).isEmpty();
    }

    @Test
    void aLastLineCutShort_isNoManifestOfAFinishedFolder_andIsNotListedInAStagingFolders() throws IOException {
        manifest(Manifest.HEADER + "\na.txt\nb.txt");
        assertThat(Manifest.read(folder)).isEmpty();
        // b.txt's line is not whole, so its file was never created: it is not listed, even as a whole name
        assertThat(Manifest.readStaging(folder).orElseThrow().files()).containsExactly("a.txt");
    }

    @Test
    void aLineCutRightAfterTheHeader_leavesAnEmptyManifest() throws IOException {
        manifest(Manifest.HEADER + "\nstud");
        assertThat(Manifest.readStaging(folder).orElseThrow().files()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"s", "students/", "students/00", "students/.", "students/..", ".", "..", "a/b/",
            ".answer-key"})
    void aCutLineThatCanBeginAPath_isAllowed(String cut) throws IOException {
        manifest(Manifest.HEADER + "\nREADME.md\n" + cut);
        assertThat(Manifest.readStaging(folder).orElseThrow().files()).containsExactly("README.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc", "../x", "a/../b", "./a", "a//b", "students/./x", "a\\b", "a\tb", "a\rb",
            "a\u007fb", "/"})
    void aCutLineNoAppendCanLeave_isNoManifest(String cut) throws IOException {
        manifest(Manifest.HEADER + "\nREADME.md\n" + cut);
        assertThat(Manifest.readStaging(folder)).isEmpty();
    }

    @Test
    void aCutLineMayEndInsideAUtf8Character_butHoldNoByteThatIsNotUtf8() throws IOException {
        // "é" is C3 A9, "€" is E2 82 AC: a write cut after their first bytes
        manifest(bytes(Manifest.HEADER + "\nREADME.md\ncaf", 0xC3));
        assertThat(Manifest.readStaging(folder).orElseThrow().files()).containsExactly("README.md");
        manifest(bytes(Manifest.HEADER + "\nREADME.md\nprice-", 0xE2, 0x82));
        assertThat(Manifest.readStaging(folder).orElseThrow().files()).containsExactly("README.md");
        manifest(bytes(Manifest.HEADER + "\nREADME.md\n", 0xE2));
        assertThat(Manifest.readStaging(folder).orElseThrow().files()).containsExactly("README.md");

        manifest(bytes(Manifest.HEADER + "\nREADME.md\ncaf", 0xFF));
        assertThat(Manifest.readStaging(folder)).isEmpty();
        manifest(bytes(Manifest.HEADER + "\nREADME.md\ncaf", 0xC3, 'x'));
        assertThat(Manifest.readStaging(folder)).isEmpty();
    }

    @Test
    void aWholeLineThatIsNotUtf8_isNoManifest() throws IOException {
        manifest(bytes(Manifest.HEADER + "\ncaf", 0xE9, '\n'));
        assertThat(Manifest.read(folder)).isEmpty();
        manifest(bytes(Manifest.HEADER + "\ncaf", 0xC3, '\n'));
        assertThat(Manifest.readStaging(folder)).isEmpty();
        manifest(bytes(Manifest.HEADER + "\ncaf", 0xC3, 0xA9, '\n'));
        assertThat(Manifest.read(folder).map(Manifest::files)).isEqualTo(Optional.of(java.util.Set.of("café")));
    }

    @Test
    void aListedLineThatLeavesTheFolder_isNoManifest_evenInAStagingFolder() throws IOException {
        manifest(Manifest.HEADER + "\n../thesis.tex\nb");
        assertThat(Manifest.readStaging(folder)).isEmpty();
    }

    @Test
    void theLinesItWrites_readBack() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(Manifest.headerLine());
        b.writeBytes(Manifest.line("students/ß/exam.ipynb"));
        b.writeBytes(Manifest.line("README.md"));
        manifest(b.toByteArray());
        assertThat(Manifest.read(folder).orElseThrow().files()).containsExactly("README.md", "students/ß/exam.ipynb");
        assertThat(new Manifest(java.util.Set.of("README.md", "students/ß/exam.ipynb")).bytes())
                .isEqualTo(bytes(Manifest.HEADER + "\nREADME.md\nstudents/ß/exam.ipynb\n"));
    }
}
