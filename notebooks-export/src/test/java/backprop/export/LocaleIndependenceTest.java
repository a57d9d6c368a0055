package backprop.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
}
