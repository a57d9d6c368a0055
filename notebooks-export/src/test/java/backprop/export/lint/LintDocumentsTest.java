package backprop.export.lint;

import backprop.examples.Document;
import backprop.examples.PublishedValue;
import backprop.examples.catalogue.Catalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * lint on the five documents, measured against the published values the examples module lists (every one with
 * its document, section and printed text, encoded and reviewed by hand, independently of lint):
 *
 * <ul>
 *   <li><b>recall as a claim's value</b>: a published value is found if lint prints a row for it (the number a
 *       claim prints);</li>
 *   <li><b>recall as a claim's value or input</b>: or if a claim lint checks prints it among its inputs
 *       (003's 1.22 in "−1/1.22² (1.00) = −0.67", 004's 0.77 in "(1 − 0.77)²");</li>
 *   <li><b>recall of the printed arithmetic</b> (the issue's measure): the same, over the published values the
 *       examples module reviewed beside a printed expression; the README quotes it;</li>
 *   <li><b>false flags</b>: claims flagged inconsistent that are not 004's known typo.</li>
 * </ul>
 *
 * A value counts only when the row stands in the value's section (so a 1 of one example is not found in another).
 * Measured (and pinned below): 42 of 53 (79.2 %) as a value; 50 of 53 (94.3 %) as a value or an input printed
 * as the document prints it, a decimal (until 2026-12-06 any number, and 003's local gradient 1, printed only as
 * "1*0.15", was matched by coincidence with the 1 of another claim: 51 by that rule); no false flag; the typo
 * caught. 000's 0.48 and 0.66 are the
 * values of a diagram's nodes, described in prose ("contains the value 0.48"), no arithmetic claim: the examples
 * module lists them with no expression, so of the 51 printed in arithmetic 50 (98.0 %) are found. The documents are read from {@code ../../shared/seeds/} (beside the repository, as the
 * README's table of documents says), or from the system property {@code seeds.dir}; without them the test is
 * skipped, saying so.
 */
@DisplayName("answer-key lint on the five documents: recall against the published values, false flags")
class LintDocumentsTest {
    private static final Pattern NUMBER = Pattern.compile("[-−]?[0-9]+(\\.[0-9]+)?");
    private static final Map<Document, List<ClaimRow>> ROWS = new EnumMap<>(Document.class);
    private static final Map<Document, List<String>> LINES = new EnumMap<>(Document.class);

    @BeforeAll
    static void lintTheDocuments() throws Exception {
        Path seeds = Path.of(System.getProperty("seeds.dir", "../../shared/seeds"));
        assumeTrue(Files.isDirectory(seeds), "the five documents are not at " + seeds.toAbsolutePath()
                + " (set -Dseeds.dir)");
        for (Document d : Document.values()) {
            ROWS.put(d, Lint.check(d.number(), seeds.resolve(d.fileName())));
            LINES.put(d, Files.readAllLines(seeds.resolve(d.fileName())));
        }
    }

    private static boolean samePrint(String a, String b) {
        return a.replace('−', '-').equals(b.replace('−', '-'));
    }

    private static boolean sameNumber(String a, String b) {
        return new BigDecimal(a.replace('−', '-')).compareTo(new BigDecimal(b.replace('−', '-'))) == 0;
    }

    /**
     * The rows standing in {@code v}'s section: from a heading with the section's (last) name to the next heading
     * that names any published value's section, so that a 1 printed in one example is not found in another.
     */
    private static List<ClaimRow> inSection(PublishedValue v) {
        List<String> lines = LINES.get(v.document());
        List<String> sections = Catalogue.publishedValues().stream().filter(p -> p.document() == v.document())
                .map(LintDocumentsTest::heading).distinct().toList();
        String mine = heading(v);
        boolean inside = false;
        List<Integer> mineLines = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String h = lines.get(k).startsWith("#") ? lines.get(k).replaceAll("[#*]", "").strip() : null;
            if (h != null && sections.contains(h)) {
                inside = h.equals(mine);
            }
            if (inside) {
                mineLines.add(k + 1);
            }
        }
        return ROWS.get(v.document()).stream().filter(r -> mineLines.contains(r.line())).toList();
    }

    private static String heading(PublishedValue v) {
        String[] parts = v.section().split(" / ");
        return parts[parts.length - 1].strip();
    }

    private static boolean asValue(PublishedValue v) {
        return inSection(v).stream().anyMatch(r -> sameNumber(r.printed(), v.printed()));
    }

    /**
     * Found as a value, or printed among a checked claim's inputs: a decimal as the document prints it (the same
     * text); an integer only within the expression the examples module reviewed it in ({@code (−1)(−0.15)} for
     * 003's local gradient −1), since an integer such as 003's local gradient "1" is among the inputs of half its
     * section's claims (the 1 of 1 + e^…) by coincidence.
     */
    private static boolean asValueOrInput(PublishedValue v) {
        if (asValue(v)) {
            return true;
        }
        List<ClaimRow> checked = inSection(v).stream().filter(r -> !r.computed().isEmpty()).toList();
        if (!v.printed().contains(".")) {
            String expression = squeeze(v.expression().replaceAll("=.*", ""));
            return !expression.isEmpty() && checked.stream().anyMatch(r -> squeeze(r.claim()).contains(expression));
        }
        return checked.stream().anyMatch(r -> {
            Matcher m = NUMBER.matcher(r.claim());
            while (m.find()) {
                if (samePrint(m.group(), v.printed())) {
                    return true;
                }
            }
            return false;
        });
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "").replace('−', '-');
    }

    @Test
    void recall_andFalseFlags_asMeasured() {
        List<PublishedValue> published = Catalogue.publishedValues();
        List<String> missed = new ArrayList<>();
        long values = published.stream().filter(LintDocumentsTest::asValue).count();
        for (PublishedValue v : published) {
            if (!asValueOrInput(v)) {
                missed.add(v.id() + " " + v.printed());
            }
        }
        long found = published.size() - missed.size();
        // the issue's measure, "the fraction of their printed arithmetic found": the published values the examples
        // module reviewed beside a printed expression (PublishedValue.expression, "" when the text prints none)
        List<PublishedValue> arithmetic = published.stream().filter(v -> !v.expression().isEmpty()).toList();
        long arithmeticFound = arithmetic.stream().filter(LintDocumentsTest::asValueOrInput).count();
        List<ClaimRow> flags = ROWS.values().stream().flatMap(List::stream)
                .filter(r -> r.status() == ClaimStatus.INCONSISTENT).toList();
        System.out.println(String.format(Locale.ROOT, "lint on the five documents: %d published values; found as a"
                        + " claim's value %d (%.1f %%), as a value or an input %d (%.1f %%); of the %d printed in"
                        + " arithmetic %d (%.1f %%); missed %s; flags %d",
                published.size(), values, 100.0 * values / published.size(), found, 100.0 * found / published.size(),
                arithmetic.size(), arithmeticFound, 100.0 * arithmeticFound / arithmetic.size(), missed, flags.size()));

        assertThat(published).hasSize(53);
        assertThat(values).isEqualTo(42);
        // 50 of 53 (94.3 %): below the issue's 95 %. The three not found print no arithmetic: 000's 0.48 and 0.66
        // are a diagram's node values described in prose, 003's add_local "1" is printed only as "1*0.15", a
        // product with no "=" and no value
        assertThat(found).isEqualTo(50);
        assertThat(missed).containsExactlyInAnyOrder("000.single-neuron.a_L 0.66", "000.single-neuron.a_L-1 0.48",
                "003.sigmoid-gate.add_local 1");
        // of the published values printed in arithmetic, all but 003's "1*0.15" (a product printed without its value)
        assertThat(arithmetic).hasSize(51);
        assertThat(arithmeticFound).isEqualTo(50);
        assertThat(flags).as("the only flag is 004's typo: no false flag").hasSize(1);
    }

    @Test
    void theTypoOf004_isFlagged_withTheValueItShouldBe() {
        // 004 line 250: L(Θ) = (1 − 0.77)² + (1 − 0.23)² = 0.1058, where (1 − 0.23)² is a typo for (0 − 0.23)²:
        // as printed it is 0.0529 + 0.5929 = 0.6458
        ClaimRow typo = ROWS.get(Document.D004).stream().filter(r -> r.status() == ClaimStatus.INCONSISTENT)
                .findFirst().orElseThrow();
        assertThat(typo.line()).isEqualTo(250);
        assertThat(typo.printed()).isEqualTo("0.1058");
        assertThat(typo.computed()).isEqualTo("0.6458");
        assertThat(typo.note()).startsWith("should be 0.6458");
        assertThat(typo.isNewError()).isTrue();
    }

    @Test
    void thePrintedExpressionsTheExamplesList_areEachAClaimOfTheirDocument_andAgreeWithTheirReview() {
        // examples' PrintedExpression: each printed expression, reviewed by hand as consistent or not
        for (var scenario : Catalogue.scenarios()) {
            for (var e : scenario.expressions()) {
                if (e.printed().contains("[")) {
                    continue; // a1, a2: vectors whose first entry alone is reviewed, with the stated bias
                }
                String value = e.printed().replaceAll(".*(=|~) *", "").strip();
                List<ClaimRow> rows = ROWS.get(scenario.document()).stream()
                        .filter(r -> sameNumber(r.printed(), value)).toList();
                assertThat(rows).as(e.printed()).isNotEmpty();
                // 004 prints no sum of the paths ("Sum of the paths is ∂L/∂w131 = 0.001595"): the examples module's
                // expression is its own reading, which lint cannot check in the text
                boolean unprinted = e.valueId().equals("004.w131.dL_dw131");
                assertThat(rows).as(e.printed()).anyMatch(r -> unprinted ? r.status() == ClaimStatus.NOT_CHECKABLE
                        : e.consistent()
                        ? r.status() == ClaimStatus.CONSISTENT || r.status() == ClaimStatus.CONSISTENT_WITH_ROUNDING
                        : r.status() == ClaimStatus.INCONSISTENT);
            }
        }
    }
}
