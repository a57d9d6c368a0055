package backprop.examples.scenariofile.toml;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A scenario file's text")
class ScenarioTextTest {

    @Test
    @DisplayName("a file of exactly " + Limits.MAX_FILE_BYTES + " bytes is read; the limit is on what is over it")
    void exactlyTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.toml");
        Files.write(file, "#".repeat(Limits.MAX_FILE_BYTES).getBytes(StandardCharsets.UTF_8));
        assertThat(ScenarioText.read(file, "big.toml")).hasSize(Limits.MAX_FILE_BYTES);
        Files.write(file, "#".repeat(Limits.MAX_FILE_BYTES + 1).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ScenarioText.read(file, "big.toml"))
                .hasMessage("big.toml:1: is larger than 1000000 bytes, the limit for a scenario file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @DisplayName("a device is not a regular file")
    void device() {
        assertThatThrownBy(() -> ScenarioText.read(Path.of("/dev/null"), "null.toml"))
                .isExactlyInstanceOf(ScenarioFileException.class).hasMessage("null.toml:1: is not a regular file");
    }

    @Test
    @DisplayName("a malformed byte is named with its line: the line breaks before it, counted")
    void malformedByte() {
        byte[] third = {'a', '\n', '\n', 'b', (byte) 0xFF, '\n'};
        assertThatThrownBy(() -> ScenarioText.decode(third, "f.toml"))
                .hasMessage("f.toml:3: not UTF-8 text: byte 0xFF on line 3; save the file as UTF-8");
        // é as ISO-8859-1 writes it, then a line break: the error is on line 1, and the byte is 0xE9
        byte[] latin1 = {'t', '=', (byte) 0xE9, '\n', 'x'};
        assertThatThrownBy(() -> ScenarioText.decode(latin1, "f.toml"))
                .hasMessage("f.toml:1: not UTF-8 text: byte 0xE9 on line 1; save the file as UTF-8");
        // € is E2 82 AC; cut after two bytes at the end of the file, the sequence's first byte is named
        byte[] cut = {'\n', 'a', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> ScenarioText.decode(cut, "f.toml"))
                .hasMessage("f.toml:2: not UTF-8 text: byte 0xE2 on line 2; save the file as UTF-8");
    }

    @Test
    @DisplayName("UTF-8 text, a byte-order mark dropped")
    void decodes() {
        assertThat(ScenarioText.decode("x = \"λ €\"\n".getBytes(StandardCharsets.UTF_8), "f.toml"))
                .isEqualTo("x = \"λ €\"\n");
        assertThat(ScenarioText.withoutByteOrderMark("\uFEFFx")).isEqualTo("x");
        assertThat(ScenarioText.withoutByteOrderMark("")).isEmpty();
    }
}
