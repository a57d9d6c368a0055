package backprop.export.classroom;

import backprop.examples.Document;
import backprop.examples.Input;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.scenariofile.ExamFile;
import backprop.export.classroom.Roster.Student;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.Notebooks;
import backprop.export.notebook.cell.Cell;
import backprop.export.runtime.GradingKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The printed exam sheet: the student's inputs and every answer asked, with a box, and no expected value")
class ExamSheetTest {
    private static final Student ADA = new Student("s001", "Ada Lovelace", 2);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    private static Chapter variant(String name) throws IOException {
        return Chapter.of(ExamFile.read(name, Files.readString(Path.of("..", "variants", name), StandardCharsets.UTF_8)));
    }

    /** The grading key as the main job writes it (notebooks/grading-key/NAME.json), parsed as JSON. */
    private static JsonNode gradingKey(Chapter chapter, List<Worked> worked) throws IOException {
        Map<String, GradingKey.Question> key = new LinkedHashMap<>();
        Notebooks.cells(chapter, worked).stream().filter(c -> c.key() != null).forEach(c -> key.put(c.id(), c.key()));
        return new ObjectMapper().readTree(new GradingKey(key).json());
    }

    /**
     * Every number under an "expected" or "upper" field of the key (a kink's range has both), or a slip's "value" (what
     * a known mistake gives, which the feedback names), wherever it sits.
     */
    private static void hidden(JsonNode node, boolean under, List<Double> into) {
        if (node.isNumber() && under) {
            into.add(node.doubleValue());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            hidden(f.getValue(), under || f.getKey().equals("expected") || f.getKey().equals("upper")
                    || f.getKey().equals("value"), into);
        }
        if (node.isArray()) {
            node.forEach(e -> hidden(e, under, into));
        }
    }

    private static String fourFigures(double v) {
        return v == 0 ? "0" : new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** What a reader of the page sees: the style and the tags dropped, the entities read. */
    private static String text(String html) {
        String text = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"");
        return Pattern.compile("&#(\\d+);").matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                new String(Character.toChars(Integer.parseInt(r.group(1)))))).replace("&amp;", "&");
    }

    /** Every number the page's text shows, at 4 significant figures. */
    private static Set<String> numbersShown(String html) {
        Set<String> shown = new TreeSet<>();
        Matcher m = NUMBER.matcher(text(html));
        while (m.find()) {
            shown.add(fourFigures(Double.parseDouble(m.group())));
        }
        return shown;
    }

    /** The expected values of the key at 4 significant figures that the page shows, leaving out those that are inputs. */
    private static Set<String> leaked(String html, JsonNode key, Set<String> inputs) {
        List<Double> expected = new ArrayList<>();
        hidden(key, false, expected);
        assertThat(expected).as("the key's expected values").hasSizeGreaterThan(20);
        Set<String> leaked = new TreeSet<>(numbersShown(html));
        leaked.retainAll(expected.stream().map(ExamSheetTest::fourFigures).toList());
        leaked.removeAll(inputs);
        return leaked;
    }

    private static Set<String> inputNumbers(List<Worked> worked) {
        Set<String> in = new TreeSet<>();
        for (Worked w : worked) {
            for (Input i : w.scenario().inputs()) {
                Matcher m = NUMBER.matcher(i.value());
                while (m.find()) {
                    in.add(fourFigures(Double.parseDouble(m.group())));
                }
            }
        }
        return in;
    }

    @Test
    void examNetwork_holdsEveryInput_andNoExpectedValueOfItsGradingKey() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        List<Worked> worked = Worked.of(chapter);
        String html = ExamSheet.html(ADA, "Midterm 2026", chapter, worked);
        String text = text(html);

        for (Input i : worked.get(0).scenario().inputs()) {
            assertThat(text).as("input " + i.symbol()).contains(i.value());
        }
        Set<String> inputs = inputNumbers(worked);
        assertThat(leaked(html, gradingKey(chapter, worked), inputs)).isEmpty();
    }

    @Test
    void theLeakCheck_findsAnExpectedValuePlantedInTheSheet_atFullPrecisionOrRounded() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        List<Worked> worked = Worked.of(chapter);
        JsonNode key = gradingKey(chapter, worked);
        List<Double> expected = new ArrayList<>();
        hidden(key, false, expected);
        Set<String> inputs = inputNumbers(worked);
        double planted = expected.stream().filter(v -> !inputs.contains(fourFigures(v))).findFirst().orElseThrow();
        String html = ExamSheet.html(ADA, "Midterm 2026", chapter, worked);

        assertThat(leaked(html.replace("</body>", "<p>" + planted + "</p></body>"), key, inputs))
                .containsExactly(fourFigures(planted));
        assertThat(leaked(html.replace("</body>", "<p>" + fourFigures(planted) + "</p></body>"), key, inputs))
                .containsExactly(fourFigures(planted));
    }

    @Test
    void everyAnswerTheNotebookGrades_isAsked_inItsOrder_withTheQuantityItNames_andABox() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        List<Worked> worked = Worked.of(chapter);
        String html = ExamSheet.html(ADA, "Midterm 2026", chapter, worked);
        List<String> graded = new ArrayList<>();
        for (JsonNode q : gradingKey(chapter, worked).get("questions")) {
            if (q.get("id").asText().equals("variant-exam-network-1-grade")) {
                q.get("parts").forEach(part -> graded.add(part.get("name").asText()));
            }
        }
        assertThat(graded).as("what the answers cell grades").hasSizeGreaterThan(5).contains("variant.exam-network.dL_dW1[1,1]");

        List<String> asked = new ArrayList<>();
        Matcher m = Pattern.compile("<tr><td><code class=\"id\">(.*?)</code></td><td>[^<]*(?:<su[bp]>[^<]*</su[bp]>[^<]*)*</td>"
                + "<td class=\"box\"></td></tr>").matcher(html);
        while (m.find()) {
            asked.add(text(m.group(1)).replace(" ", ""));
        }
        assertThat(asked).containsExactlyElementsOf(graded);
    }

    @Test
    void theMethodsQuestions_areListedByTitle() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        List<Worked> worked = Worked.of(chapter);
        String text = text(ExamSheet.html(ADA, "Midterm 2026", chapter, worked));
        List<String> titles = new ArrayList<>();
        for (Cell c : Notebooks.cells(chapter, worked)) {
            if (c.key() != null && !c.id().endsWith("-grade")) {
                titles.add(c.key().title());
            }
        }
        assertThat(titles).hasSizeGreaterThan(3);
        assertThat(text).contains(titles);
    }

    @Test
    void aDocumentsScenarios_eachStartANewPage_andTheNamesAndIdsAreOnEveryPage() {
        Chapter chapter = Chapter.documents().get(3);
        List<Worked> worked = Worked.of(chapter);
        String html = ExamSheet.html(ADA, "Midterm 2026", chapter, worked);
        assertThat(worked).hasSizeGreaterThan(1);
        assertThat(html.split("<section class=\"scenario\">", -1)).hasSize(worked.size() + 1);
        assertThat(html.split("<div class=\"running\">Midterm 2026 · Ada Lovelace \\(s001\\)</div>", -1))
                .hasSize(worked.size() + 1);
        assertThat(html).contains("section.scenario { break-before: page; page-break-before: always; }")
                .contains("@page { size: A4; margin:")
                .contains("@top-right { content: \"Ada Lovelace \\28 s001\\29 \"; font-size: 9pt; }");
    }

    @Test
    void theSheetIsSelfContained_noScriptNoLinkNoExternalResource() throws IOException {
        for (Chapter chapter : List.of(variant("exam-network.toml"), variant("exam-expression.toml"), Chapter.documents().get(0))) {
            String html = ExamSheet.html(ADA, "Midterm", chapter, Worked.of(chapter)).toLowerCase(java.util.Locale.ROOT);
            assertThat(html).doesNotContain("<script", "<link", "<iframe", "<object", "<embed", "@import", "url(",
                    "src=", "href=", "http:", "https:", "javascript:");
        }
    }

    @Test
    void theStudentsNameAndTheTitle_areEscaped() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        Student mallory = new Student("m1", "<script>alert(1)</script> & \"Bobby\"", 2);
        String html = ExamSheet.html(mallory, "</title><script>x()</script>", chapter, Worked.of(chapter));
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Bobby&quot;")
                .contains("<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; — &lt;script&gt;");
        assertThat(html.split("</style>", -1)).as("one style element, which the name in its page rule cannot end").hasSize(2);
    }

    @Test
    void aCssString_escapesAllButLettersDigitsAndSpaces() {
        // CSS Syntax §4.3.7: a backslash, 1-6 hex digits and one space stand for that code point
        assertThat(ExamSheet.cssString("Ada (s1)")).isEqualTo("\"Ada \\28 s1\\29 \"");
        assertThat(ExamSheet.cssString("a</style>\"\\\n@é")).isEqualTo("\"a\\3c \\2f style\\3e \\22 \\5c \\a \\40 \\e9 \"");
    }

    @Test
    void aVariantsFileName_isGivenInTheExam_asInTheStudentNotebook() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        String text = text(ExamSheet.html(ADA, "Midterm", chapter, Worked.of(chapter)));
        assertThat(text).doesNotContain("exam-network.toml").contains("given in the exam");
    }

    @Test
    void anEmptyName_showsTheIdAlone() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        String html = ExamSheet.html(new Student("s9", "", 3), "Midterm", chapter, Worked.of(chapter));
        assertThat(html).contains("<title>Midterm — s9</title>").contains("<div class=\"running\">Midterm · s9</div>");
    }

    @Test
    void aSheetFromTheCellsAlreadyMade_isTheSameBytes() throws IOException {
        Chapter chapter = variant("exam-kink.toml");
        List<Worked> worked = Worked.of(chapter);
        List<Notebooks.Asked> asked = Notebooks.asked(chapter, worked, Notebooks.cells(chapter, worked));
        assertThat(ExamSheet.html(ADA, "Midterm", chapter, worked, asked)).isEqualTo(ExamSheet.html(ADA, "Midterm", chapter, worked));
    }

    @Test
    void theSameStudent_getsTheSameBytes() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        assertThat(ExamSheet.html(ADA, "Midterm", chapter, Worked.of(chapter)))
                .isEqualTo(ExamSheet.html(ADA, "Midterm", chapter, Worked.of(chapter)));
    }

    @Test
    void aCssString_keepsTheEndsOfEachRange_andEscapesTheCharactersNextToThem() {
        // the ranges a-z, A-Z, 0-9 kept to their last letter or digit; '`' '{' '@' '[' '/' ':' lie just outside them
        assertThat(ExamSheet.cssString("azAZ09")).isEqualTo("\"azAZ09\"");
        assertThat(ExamSheet.cssString("`{@[/:")).isEqualTo("\"\\60 \\7b \\40 \\5b \\2f \\3a \"");
    }

    /** The cover's paragraph, in the page's text with its white space as one space. */
    private static String coverText(Chapter chapter, List<Worked> worked) {
        String html = ExamSheet.html(ADA, "Midterm 2026", chapter, worked, nothingAsked(worked.size()));
        assertThat(html).contains("<body>\n<header>\n<h1>Midterm 2026</h1>\n");
        return text(html.substring(html.indexOf("<header>"), html.indexOf("</header>"))).replaceAll("\\s+", " ").strip();
    }

    private static List<Notebooks.Asked> nothingAsked(int scenarios) {
        return java.util.Collections.nCopies(scenarios, new Notebooks.Asked(List.of(), Map.of(), List.of()));
    }

    private static Chapter withPrecision(Chapter c, Precision p) {
        return new Chapter(c.fileStem(), c.heading(), c.source(), c.scenarios(), p, c.variantText());
    }

    @Test
    void theCover_namesTheAssignmentTheChapterAndTheStudent_andSaysWhatToDo_forOneScenario() throws IOException {
        Chapter chapter = variant("exam-network.toml"); // one scenario; precision = 4, significant figures (Precision)
        assertThat(coverText(chapter, Worked.of(chapter))).isEqualTo("Midterm 2026 Exam variant — A 2-2-2 network in the"
                + " style of 004 Name Ada Lovelace Student id s001 These are your own numbers: the scenario is on the"
                + " following page, one to a page. Work the forward pass, the backward pass and the update by hand from"
                + " the inputs given, and write each answer asked for in its box, to 4 significant figures. Your notebook"
                + " asks for the same answers, under the same ids, and for the methods listed under each scenario.");
    }

    @Test
    void theCover_ofADocumentsScenarios_saysPages_andTheDocumentsEightFigures() {
        Chapter chapter = Chapter.documents().get(3);
        List<Worked> worked = Worked.of(chapter);
        assertThat(worked).hasSizeGreaterThan(1);
        assertThat(coverText(chapter, worked)).contains(": the scenarios are on the following pages, one to a page.")
                .contains(" in its box, to 8 significant figures. ");
    }

    @Test
    void theCover_namesThePrecision_inTheSingularForOneDigit() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        List<Worked> worked = Worked.of(chapter);
        assertThat(coverText(withPrecision(chapter, Precision.significant(1)), worked)).contains(" to 1 significant figure. ");
        assertThat(coverText(withPrecision(chapter, Precision.decimals(1)), worked)).contains(" to 1 decimal. ");
        assertThat(coverText(withPrecision(chapter, Precision.decimals(3)), worked)).contains(" to 3 decimals. ");
    }

    @Test
    void aScenarioThatAsksNoAnswer_saysSo_andDrawsNoTable() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        String html = ExamSheet.html(ADA, "Midterm", chapter, Worked.of(chapter), nothingAsked(1));
        assertThat(html).contains("<h3>Your answers</h3>\n<p>Nothing to write here: no answer of this scenario is a step"
                + " the questions ask for.</p>\n</section>").doesNotContain("your answer</th>");
    }

    @Test
    void aQuantityWithADollarOrABackslash_isPrintedAsCode_anyOtherWithItsScripts() throws IOException {
        Chapter chapter = variant("exam-network.toml");
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("q.a", "$x$");
        answers.put("q.b", "\\delta");
        answers.put("q.c", "W_{11} & y");
        String html = ExamSheet.html(ADA, "Midterm", chapter, Worked.of(chapter),
                List.of(new Notebooks.Asked(List.of(), answers, List.of())));
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<tr><td><code class=\"id\">(.*?)</code></td><td>(.*?)</td><td class=\"box\"></td></tr>")
                .matcher(html);
        while (row.find()) {
            cells.put(text(row.group(1)).replace(" ", ""), row.group(2));
        }
        assertThat(cells).containsOnlyKeys("q.a", "q.b", "q.c");
        // code, so that neither MathJax nor a reader takes the TeX for maths: the words as they are
        assertThat(cells.get("q.a")).startsWith("<code>").endsWith("</code>").satisfies(c -> assertThat(text(c).strip()).isEqualTo("$x$"));
        assertThat(cells.get("q.b")).startsWith("<code>").endsWith("</code>").satisfies(c -> assertThat(text(c).strip()).isEqualTo("\\delta"));
        // braced scripts as HTML's: W_{11} is W with the subscript 11
        assertThat(cells.get("q.c")).doesNotContain("<code>").contains("W<sub>11</sub>")
                .satisfies(c -> assertThat(text(c.replaceAll("</?sub>", ""))).isEqualTo("W11 & y"));
    }

    @Test
    void aDocumentsNotes_arePrintedAsTheyAre_evenNamingItsFile() throws IOException {
        // a document's student has the document: only an exam variant's file name is "given in the exam"
        Chapter v = variant("exam-network.toml");
        List<Worked> worked = Worked.of(v);
        assertThat(worked.get(0).scenario().inputs()).extracting(Input::note).anyMatch(n -> n.contains("from exam-network.toml"));
        Chapter document = new Chapter(v.fileStem(), v.heading(), v.source(), v.scenarios(), v.precision(), null);
        assertThat(text(ExamSheet.html(ADA, "Midterm", document, worked, nothingAsked(1))))
                .contains("from exam-network.toml").doesNotContain("given in the exam");
    }

    @Test
    void aDocumentsNote_isPrintedAsItIs_whateverItSays() throws IOException {
        Chapter v = variant("exam-network.toml");
        Worked w = Worked.of(v).get(0);
        Input first = w.scenario().inputs().get(0);
        Scenario noted = noted(w.scenario(), new Input(first.symbol(), first.value(), first.provenance(), "carried from null"));
        Chapter document = new Chapter("doc", "A document", "shared/seeds/doc.txt", List.of(noted), Precision.DOCUMENTS, null);
        String html = ExamSheet.html(ADA, "Midterm", document, List.of(new Worked(noted, w.result(), w.rows())), nothingAsked(1));
        assertThat(html).contains("<td>carried from null</td></tr>");
    }

    /** {@code s} with {@code input} as its only input. */
    private static Scenario noted(Scenario s, Input input) {
        return new Scenario() {
            public String id() {
                return s.id();
            }

            public Document document() {
                return s.document();
            }

            public String title() {
                return s.title();
            }

            public String section() {
                return s.section();
            }

            public String formula() {
                return s.formula();
            }

            public List<Input> inputs() {
                return List.of(input);
            }

            public List<PublishedValue> published() {
                return s.published();
            }

            public ScenarioResult compute() {
                return s.compute();
            }
        };
    }
}
