package backprop.examples.scenariofile.printed;

import backprop.examples.Input;
import backprop.examples.PrintedExpression;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.Status;
import backprop.examples.scenariofile.ExamFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An expression file with printed values: the variant it describes, its printed values and their expressions. */
@DisplayName("A file's printed values beside its variant")
class PrintedVariantTest {

    /** f = x at x = 0.125, with {@code published} entries. */
    private static Scenario file(String published) {
        return ExamFile.read("p.toml", "title = \"p\"\nkind = \"expression\"\nprecision = 4\nexpression = \"x\"\n"
                + "[inputs]\nx = 0.125\n[names]\ng = \"f\"\n" + published).scenario();
    }

    private static String entry(String printed, String expression) {
        return "[[published]]\nquantity = \"g\"\nprinted = \"" + printed + "\"\nwhere = \"p. 1\"\n"
                + (expression == null ? "" : "expression = \"" + expression + "\"\n");
    }

    @Test
    @DisplayName("its id, title, section, formula and inputs are the variant's, and each source name is listed")
    void theVariantsOwn() {
        Scenario s = file(entry("0.125", null));
        assertThat(s).isInstanceOf(PrintedVariant.class);
        assertThat(List.of(s.id(), s.title(), s.section(), s.formula()))
                .containsExactly("variant.p", "p", "exam variant", "f = \\mathrm{x}");
        assertThat(s.inputs()).containsExactly(new Input("x", "0.125", Provenance.STATED, "from p.toml"),
                new Input("g", "f", Provenance.STATED, "the source's name for f, from [names]"));
        assertThat(s.published()).singleElement().extracting(PublishedValue::quantity).isEqualTo("g (f)");
    }

    @Test
    @DisplayName("0.12 is 0.125 to two decimals: within half a unit, though in binary 0.125 − 0.12 is 0.0050000000000000044")
    void halfAUnitAway() {
        assertThat(file(entry("0.12", null)).published()).singleElement().extracting(PublishedValue::expected)
                .isEqualTo(Status.REPRODUCED);
        // so is 0.13 (either rounding of a tie); 0.14 is not
        assertThat(file(entry("0.13", null)).published()).singleElement().extracting(PublishedValue::expected)
                .isEqualTo(Status.REPRODUCED);
        assertThat(file(entry("0.14", null)).published()).singleElement().extracting(PublishedValue::expected)
                .isEqualTo(Status.ERRATUM);
    }

    @Test
    @DisplayName("a printed expression evaluated with its printed numbers comes to its printed value, or does not")
    void expressions() {
        List<PrintedExpression> e = file(entry("0.12", "0.25/2") + entry("0.12", "0.13")).expressions();
        assertThat(e).extracting(PrintedExpression::valueId).containsExactly("variant.p.printed1", "variant.p.printed2");
        assertThat(e.get(0).consistent()).isTrue();
        assertThat(e.get(0).reason()).isEqualTo("evaluated with the printed numbers, it comes to the printed value");
        assertThat(e.get(0).asPrinted().getAsDouble()).isEqualTo(0.125);
        assertThat(e.get(1).consistent()).isFalse();
        assertThat(e.get(1).reason()).isEqualTo("evaluated with the printed numbers, it does not come to 0.12");
    }

    @Test
    @DisplayName("at exactly half a unit (with its 1e-12 of slack) an expression still comes to the printed value")
    void exactlyAtTheTolerance() {
        // "0" has half a unit 0.5; 0.5·(1 + 1e-12) is the double 0.5 + 4504·2⁻⁵³, and so is 0.5000000000005
        assertThat(0.5000000000005).isEqualTo(0.5 * (1 + 1e-12));
        List<PrintedExpression> e = file(entry("0", "0.5000000000005")).expressions();
        assertThat(e).singleElement().extracting(PrintedExpression::consistent).isEqualTo(true);
    }
}
