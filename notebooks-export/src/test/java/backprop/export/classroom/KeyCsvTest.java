package backprop.export.classroom;

import backprop.examples.format.Precision;
import backprop.export.runtime.GradingKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("key.csv: one row per asked entry, the exact value and its printed tolerance, a kink's range")
class KeyCsvTest {
    private static GradingKey key() {
        Map<String, GradingKey.Part> parts = new LinkedHashMap<>();
        parts.put("z(1)", new GradingKey.Part("z(1)", Map.of(), new double[] {0.14914, -2.5}, null, List.of()));
        parts.put("∂f/∂c", new GradingKey.Part("∂f/∂c", Map.of(), 0.0, 1.0, List.of()));
        parts.put("W(1)", new GradingKey.Part("W(1)", Map.of(), new double[][] {{0.1, 0.2}, {0.3, 0.4}}, null, List.of()));
        return new GradingKey(Map.of("ex-1-n1-z", new GradingKey.Question("ex-1-n1-z", "z", 2, parts)));
    }

    @Test
    void theHeaderAndEveryEntryInOrder() {
        assertThat(KeyCsv.header()).isEqualTo("student,name,question,part,entry,expected,tolerance,lower,upper\r\n");
        assertThat(KeyCsv.rows("s1", "Ada Lovelace", key(), Precision.significant(4))).isEqualTo(
                "s1,Ada Lovelace,ex-1-n1-z,z(1),[1],0.14914,0.00005,,\r\n"
                        + "s1,Ada Lovelace,ex-1-n1-z,z(1),[2],-2.5,0.0005,,\r\n"
                        + "s1,Ada Lovelace,ex-1-n1-z,∂f/∂c,,,0.0005,0,1\r\n"
                        + "s1,Ada Lovelace,ex-1-n1-z,W(1),\"[1,1]\",0.1,0.00005,,\r\n"
                        + "s1,Ada Lovelace,ex-1-n1-z,W(1),\"[1,2]\",0.2,0.00005,,\r\n"
                        + "s1,Ada Lovelace,ex-1-n1-z,W(1),\"[2,1]\",0.3,0.00005,,\r\n"
                        + "s1,Ada Lovelace,ex-1-n1-z,W(1),\"[2,2]\",0.4,0.00005,,\r\n");
    }

    @Test
    void aNameIsQuotedAndNeverAFormula() {
        String rows = KeyCsv.rows("s2", "=HYPERLINK(\"http://x\"), Bob", key(), Precision.significant(4));
        assertThat(rows).startsWith("s2,\"'=HYPERLINK(\"\"http://x\"\"), Bob\",ex-1-n1-z,");
        assertThat(KeyCsv.cell("-1")).isEqualTo("'-1");
        assertThat(KeyCsv.cell("@x")).isEqualTo("'@x");
        assertThat(KeyCsv.cell("+x")).isEqualTo("'+x");
        assertThat(KeyCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(KeyCsv.cell("Ann")).isEqualTo("Ann");
        assertThat(KeyCsv.cell("")).isEqualTo("");
    }
}
