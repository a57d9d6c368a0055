package backprop.export.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback page on its own (no grading runs here): which cell comes from whom, the result under each grading
 * cell, and a hostile student whose cells are shown as text, never as markup.
 */
class FeedbackHtmlTest {
    private static final String SVG = "data:image/svg+xml;base64,PHN2Zy8+";
    /** What the instructor's notebook holds besides Squares': a figure of theirs, and a text answer with its solution. */
    private static final String FIGURE = "The graph:\n\n<img alt=\"the graph\" src=\"" + SVG + "\">\n";
    private static final String ANSWER = "**Explain**: why?\n\n### BEGIN SOLUTION\nBecause 0.73105857863.\n### END SOLUTION\n";

    private static NotebookFile instructor() {
        return NotebookFile.parse("instructor.ipynb", Squares.instructor().markdown("figure", FIGURE)
                .answer("why", ANSWER).json());
    }

    private static NotebookFile student(TestNotebook n) {
        return NotebookFile.parse("student.ipynb", n.json());
    }

    private static final Grades SOME = new Grades(List.of(
            new QuestionScore("q1", 1, 2, List.of("negative: -4.0 is not the square's value")),
            new QuestionScore("q2", 1, 1, List.of()),
            new QuestionScore("q3", 0, 1, List.of("answer: throws UnsupportedOperationException: not written yet")),
            new QuestionScore("q4", 0.5, 1, List.of("<b>half</b> & more"))),
            List.of("student.ipynb:9: a cell \"<i>x</i>\" the instructor's notebook does not have: not run"));

    private static String page(TestNotebook student) {
        return FeedbackHtml.page("squares.ipynb", instructor(), student(student), SOME);
    }

    private static TestNotebook slipped() {
        return Squares.notebook("double square(double x) {\n    return x * Math.abs(x);\n}", Squares.TWICE,
                "int answer() {\n" + Squares.STUB + "}", Squares.HALF).markdown("figure", FIGURE)
                .answer("why", "**Explain**: why?\n\nI do not know.");
    }

    /** The tags a page may hold: the page's own, commonmark's for Markdown, the instructor's figure. */
    private static final List<String> TAGS = List.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body",
            "header", "h1", "h2", "h3", "p", "strong", "em", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
            "main", "section", "pre", "code", "div", "img", "a", "br", "hr");

    private static TreeSet<String> tags(String html) {
        TreeSet<String> tags = new TreeSet<>();
        Matcher m = Pattern.compile("<(!?[A-Za-z][A-Za-z0-9]*)").matcher(html);
        while (m.find()) {
            tags.add(m.group(1));
        }
        return tags;
    }

    @Test
    void theCellsComeInTheInstructorsOrder_solutionsFromTheStudent_everyOtherCellFromTheRelease() {
        String html = page(slipped());
        // the student's square, not the instructor's; the grading cell with its hidden tests
        assertThat(html).contains("return x * Math.abs(x);").doesNotContain("return x * x;")
                .contains("// BEGIN HIDDEN TESTS\nq.part(&quot;positive&quot;".replace("&quot;", "\""))
                .contains("I do not know.").doesNotContain("Because 0.73105857863");
        int title = html.indexOf("<h1>Squares</h1>");
        int imports = html.indexOf("import java.util.Map;");
        int square = html.indexOf("return x * Math.abs(x);");
        int tests = html.indexOf("q.part(\"positive\"");
        int half = html.indexOf("return x / 2;");
        int figure = html.indexOf("The graph:");
        int why = html.indexOf("I do not know.");
        assertThat(List.of(title, imports, square, tests, half, figure, why)).isSorted().doesNotContain(-1);
        assertThat(html).contains("<section class=\"cell code grading\">\n<p class=\"label\">tests of q1,")
                .contains("<section class=\"cell code\">\n<pre><code>import java.util.Map;")
                .contains("<section class=\"cell markdown\">\n<h1>Squares</h1>")
                .contains("<section class=\"cell markdown student\">\n<p class=\"label\">your cell why</p>")
                .contains("<section class=\"cell code student\">\n<p class=\"label\">your cell q1-solution</p>");
        // the one text answer is read by the instructor; no other cell says so
        assertThat(html.split("read by your instructor", -1)).hasSize(2);
        assertThat(html).contains("<p class=\"label\">your cell q1-solution</p>")
                .contains("<p class=\"label\">tests of q1, hidden tests restored</p>");
        // a student's code is shown as code, verbatim in <pre>, not read as Markdown (where x * y * z is emphasis)
        assertThat(html).contains("<p class=\"label\">your cell q1-solution</p>\n<pre><code>double square(double x) {\n"
                + "    return x * Math.abs(x);\n}");
    }

    @Test
    void underEachGradingCell_itsResult_pointsAndEachFeedbackLine_andAHeaderWithTheTotal() {
        String html = page(slipped());
        assertThat(html).contains("<p class=\"total\">Total: <strong>2.5/5</strong> points</p>")
                .contains("<tr><td>q1</td><td>1/2</td></tr>\n<tr><td>q2</td><td>1/1</td></tr>")
                .contains("<div class=\"result lost\">\n<p class=\"score\">1/2 points</p>\n<ul class=\"feedback\">\n"
                        + "<li>negative: -4.0 is not the square's value</li>\n</ul>\n</div>")
                .contains("<div class=\"result full\">\n<p class=\"score\">1/1 points</p>\n</div>")
                .contains("<li>&lt;b&gt;half&lt;/b&gt; &amp; more</li>")
                .contains("<li>student.ipynb:9: a cell \"&lt;i&gt;x&lt;/i&gt;\" the instructor's notebook does not have: not run</li>");
        // each result sits right after its own tests, before the next cell
        int q1 = html.indexOf("q.part(\"negative\"");
        int result = html.indexOf("<p class=\"score\">1/2 points</p>");
        int next = html.indexOf("<section", q1);
        assertThat(q1).isLessThan(result);
        assertThat(result).isLessThan(next);
        assertThat(html).contains("<p class=\"label\">read by your instructor, not by the grader</p>");
    }

    @Test
    void aResultOnTheLineBetweenFullAndLost_isFullOnlyAtEveryPoint() {
        Grades edge = new Grades(List.of(new QuestionScore("q1", 2, 2, List.of()),
                new QuestionScore("q2", 0.999, 1, List.of()), new QuestionScore("q3", 0, 1, List.of())), List.of());
        String html = FeedbackHtml.page("s", instructor(), student(Squares.instructor()), edge);
        assertThat(html).contains("<div class=\"result full\">\n<p class=\"score\">2/2 points</p>")
                .contains("<div class=\"result lost\">\n<p class=\"score\">0.999/1 points</p>")
                .contains("<div class=\"result lost\">\n<p class=\"score\">0/1 points</p>")
                .doesNotContain("<ul class=\"notes\">").doesNotContain("<ul class=\"feedback\">");
    }

    @Test
    void noGradesAtAll_isATotalOfNothing_withoutAnEmptyTable() {
        String html = FeedbackHtml.page("s", instructor(), student(Squares.instructor()), new Grades(List.of(), List.of()));
        assertThat(html).contains("Total: <strong>0/0</strong>").doesNotContain("<table class=\"summary\">")
                .doesNotContain("class=\"result");
    }

    @Test
    void aMissingSolutionCell_isSaidToBeGradedAsLeftEmpty_andAStudentsExtraCellIsNotShown() {
        TestNotebook n = Squares.notebook(null, Squares.TWICE, Squares.ANSWER, Squares.HALF)
                .plain("scratch", "int scratchPad = 1;");
        // their q4 as text where the instructor's is code: not their code cell
        String html = FeedbackHtml.page("s", instructor(), student(n), SOME);
        assertThat(html).contains("<p class=\"missing\">your notebook has no code cell q1-solution: graded as if left empty</p>")
                .contains("<p class=\"missing\">your notebook has no text cell why: graded as if left empty</p>")
                .doesNotContain("scratchPad").doesNotContain("return x * x;").doesNotContain("Because 0.73105857863");
    }

    @Test
    void aSolutionCellOfTheOtherKind_isMissing_notShown() {
        String json = Squares.notebook(Squares.SQUARE, Squares.TWICE, Squares.ANSWER, Squares.HALF).json()
                .replaceFirst("\"cell_type\" : \"code\",\n    \"id\" : \"q1-solution\"",
                        "\"cell_type\" : \"markdown\",\n    \"id\" : \"q1-solution\"");
        assertThat(json).contains("\"cell_type\" : \"markdown\",\n    \"id\" : \"q1-solution\"");
        List<AutogradedCell> cells = AutogradedCell.of(instructor(), NotebookFile.parse("s.ipynb", json));
        AutogradedCell q1 = cells.stream().filter(c -> c.cell().key().equals("q1-solution")).findFirst().orElseThrow();
        assertThat(q1.origin()).isEqualTo(AutogradedCell.Origin.MISSING);
        assertThat(q1.cell().source()).isEmpty();
        assertThat(q1.cell().code()).isTrue();
        assertThat(q1.cell().line()).isEqualTo(instructor().cell("q1-solution").line());
    }

    @Test
    void aStudentsCellKeepsTheInstructorsRoles_whateverItsOwnMetadataSays() {
        // the student marks their solution a grading cell worth 100 points, and a given cell a solution
        // (three blank lines first: their cells start at other lines than the instructor's)
        String json = slipped().json().replace("\"cells\" : [ {", "\"cells\" : [\n\n\n {").replace("\"points\" : 2,", "\"points\" : 100,")
                .replaceFirst("\"grade\" : false,\n        \"grade_id\" : \"q1-solution\"",
                        "\"grade\" : true, \"points\" : 100,\n        \"grade_id\" : \"q1-solution\"");
        List<AutogradedCell> cells = AutogradedCell.of(instructor(), NotebookFile.parse("s.ipynb", json));
        AutogradedCell q1 = cells.stream().filter(c -> c.cell().key().equals("q1-solution")).findFirst().orElseThrow();
        assertThat(q1.origin()).isEqualTo(AutogradedCell.Origin.STUDENT);
        assertThat(q1.cell().grade()).isFalse();
        assertThat(q1.cell().points()).isZero();
        assertThat(q1.cell().solution()).isTrue();
        assertThat(q1.cell().source()).contains("Math.abs");
        assertThat(q1.cell().line()).isEqualTo(NotebookFile.parse("s.ipynb", json).cell("q1-solution").line())
                .isNotEqualTo(instructor().cell("q1-solution").line());
        AutogradedCell tests = cells.stream().filter(c -> c.cell().key().equals("q1")).findFirst().orElseThrow();
        assertThat(tests.origin()).isEqualTo(AutogradedCell.Origin.INSTRUCTOR);
        assertThat(tests.cell().points()).isEqualTo(2);
        assertThat(cells).extracting(c -> c.cell().key()).containsExactly("title", "imports", "q1-solution", "q1",
                "q2-solution", "q2", "q3-solution", "q3", "q4-solution", "q4", "figure", "why");
    }

    @Test
    void whatTheStudentPrinted_isNeverShown() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode nb = (ObjectNode) json.readTree(slipped().json());
        for (var cell : nb.withArray("cells")) {
            if (cell.path("cell_type").asText().equals("code")) {
                ArrayNode outputs = ((ObjectNode) cell).putArray("outputs");
                outputs.addObject().put("output_type", "stream").put("name", "stdout").put("text", "PRINTED 0.7310585786300049");
                outputs.addObject().put("output_type", "execute_result").putObject("data")
                        .put("text/html", "<b>SHOWN 0.7310585786300049</b>");
            }
        }
        String html = FeedbackHtml.page("s", instructor(), NotebookFile.parse("s.ipynb", json.writeValueAsString(nb)), SOME);
        assertThat(html).doesNotContain("PRINTED").doesNotContain("SHOWN").doesNotContain("0.731");
    }

    @Test
    void aHostileStudentsCells_areText_neverMarkup() {
        String code = "double square(double x) {\n    // </code></pre><script>alert(1)</script>\n    return x * x;\n}";
        String markdown = """
                <script>alert("md")</script>

                <img src=x onerror=alert(2)>

                [click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.org/a?b=1)
                ![tracker](http://evil.example/pixel.png "t")
                <a href="javascript:alert(4)">raw link</a>

                $$\\frac{a}{b}$$ and $x$ cost \\$5

                <style>body{display:none}</style><iframe src="http://evil.example/"></iframe>
                """;
        TestNotebook n = Squares.notebook(code, Squares.TWICE, Squares.ANSWER, Squares.HALF).answer("why", markdown);
        String html = FeedbackHtml.page("s", instructor(), student(n), SOME);
        // no tag but the page's own, commonmark's and the instructor's figure; one <img>, theirs; one <style>, ours
        assertThat(tags(html)).isSubsetOf(TAGS).doesNotContain("script", "iframe");
        assertThat(html.split("<img", -1)).hasSize(2);
        assertThat(html).contains("<img alt=\"the graph\" src=\"" + SVG + "\">");
        assertThat(html.split("<style>", -1)).hasSize(2);
        assertThat(html).contains("// &lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;script&gt;alert(&quot;md&quot;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("href=\"javascript").doesNotContain("href=\"data:")
                .contains("<a rel=\"nofollow\" href=\"\">click</a> <a rel=\"nofollow\" href=\"\">data</a>")
                .contains("<a rel=\"nofollow\" href=\"https://example.org/a?b=1\">ok</a>")
                .contains("[image: tracker]").doesNotContain("src=\"http")
                .contains("&lt;a href=&quot;javascript:alert(4)&quot;&gt;raw link&lt;/a&gt;")
                // maths is text: no typesetting, no script to do it
                .contains("$$\\frac{a}{b}$$ and $x$ cost $5");
    }

    @Test
    void theInstructorsMarkdownIsRendered_tablesIncluded() {
        NotebookFile mine = NotebookFile.parse("i.ipynb", new TestNotebook()
                .markdown("t", "## Inputs\n\n| symbol | value |\n|---|---|\n| x | 0.5 |\n").json());
        String html = FeedbackHtml.page("i", mine, mine, new Grades(List.of(), List.of()));
        assertThat(html).contains("<h2>Inputs</h2>").contains("<table>").contains("<td>x</td>");
        // a student's table is rendered as a table too: structure, not markup of theirs
        NotebookFile asked = NotebookFile.parse("i.ipynb", new TestNotebook().answer("a", "?").json());
        NotebookFile theirs = NotebookFile.parse("s.ipynb", new TestNotebook().answer("a", "| q | v |\n|---|---|\n| <b>1</b> | 2 |\n").json());
        assertThat(FeedbackHtml.page("i", asked, theirs, new Grades(List.of(), List.of())))
                .contains("<td>&lt;b&gt;1&lt;/b&gt;</td>");
    }

    @Test
    void theTitleAndEveryStudentCharacterAreEscaped_controlCharactersReplaced() {
        TestNotebook n = Squares.notebook("double square(double x) { return x * x; } // \u0007\u001b[31m bell \uD83D\uDE00 \uD800",
                Squares.TWICE, Squares.ANSWER, Squares.HALF).answer("why", "text\u0000with\u0008controls \uDFFF \uD83D\uDE00");
        String html = FeedbackHtml.page("<b>&", instructor(), student(n), SOME);
        assertThat(html).contains("<title>Feedback: &lt;b&gt;&amp;</title>").contains("<h1>Feedback: &lt;b&gt;&amp;</h1>")
                .contains("// \uFFFD\uFFFD[31m bell \uD83D\uDE00 \uFFFD")
                .contains("text\uFFFDwith\uFFFDcontrols \uFFFD \uD83D\uDE00");
        assertThat(html.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')).isEmpty();
        assertThat(FeedbackHtml.text("a\tb\r\nc\uFFFE\uFFFF\u001f ")).isEqualTo("a\tb\r\nc\uFFFD\uFFFD\uFFFD ");
        assertThat(FeedbackHtml.text("\uD83D")).isEqualTo("\uFFFD");
        assertThat(FeedbackHtml.text("x\uDE00")).isEqualTo("x\uFFFD");
    }

    @Test
    void thePageLoadsNothing_andIsTheSameBytesEachTime() {
        String html = page(slipped());
        assertThat(html).isEqualTo(page(slipped()))
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .endsWith("</main>\n</body>\n</html>\n")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(")
                .doesNotContain("@font-face").doesNotContain("src=\"http").doesNotContain("\r");
        assertThat(html).contains("@media print");
    }
}
