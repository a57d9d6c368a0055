package backprop.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** The output is the same bytes whatever the default locale and time zone. */
class LocaleIndependenceTest {

    @TempDir
    Path temp;

    private Map<String, String> runUnder(Locale locale, TimeZone zone, String name) throws IOException {
        Locale locales = Locale.getDefault();
        TimeZone zones = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            Path out = temp.resolve(name);
            Runs.Result r = Runs.run(Runs.callerIn(temp), "--out", out, "--variant", Runs.NETWORK_EXAMPLE,
                    "--variant", Runs.EXPRESSION_EXAMPLE);
            assertThat(r.status()).as(r.err()).isZero();
            return Runs.tree(out);
        } finally {
            Locale.setDefault(locales);
            TimeZone.setDefault(zones);
        }
    }

    @Test
    void turkishLocaleAndAFarTimeZone_giveTheSameBytesAsRootAndUtc() throws IOException {
        Map<String, String> root = runUnder(Locale.ROOT, TimeZone.getTimeZone("UTC"), "root");
        Map<String, String> turkish = runUnder(Locale.forLanguageTag("tr-TR"), TimeZone.getTimeZone("Pacific/Kiritimati"),
                "tr");
        assertThat(root).hasSizeGreaterThan(20);
        assertThat(turkish.keySet()).isEqualTo(root.keySet());
        assertThat(turkish).allSatisfy((file, text) -> assertThat(text).as(file).isEqualTo(root.get(file)));
        assertThat(Files.exists(temp.resolve("caller"))).isTrue();
    }

    @Test
    void aProcessWithLatin1FileEncodingTurkishLocaleAndAnotherTimeZone_writesTheSameBytes() throws Exception {
        Map<String, String> root = runUnder(Locale.ROOT, TimeZone.getTimeZone("UTC"), "root");
        Path out = temp.resolve("latin1");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Runs.SHORT_JVM);
        command.addAll(List.of("-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1", "-Duser.language=tr",
                "-Duser.country=TR", "-Duser.timezone=America/St_Johns", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--out", out.toString(), "--variant", Runs.NETWORK_EXAMPLE.toString(),
                "--variant", Runs.EXPRESSION_EXAMPLE.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Map<String, String> latin1 = Runs.tree(out);
        assertThat(latin1.keySet()).isEqualTo(root.keySet());
        assertThat(latin1).allSatisfy((file, text) -> assertThat(text).as(file).isEqualTo(root.get(file)));
    }
}
