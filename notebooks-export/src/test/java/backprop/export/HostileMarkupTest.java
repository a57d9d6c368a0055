package backprop.export;

import backprop.examples.format.Precision;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.work.GraphWork;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import backprop.export.notebook.Notebooks;
import backprop.export.model.Chapter;
import backprop.export.model.Maths;
import backprop.export.model.Worked;
import backprop.export.markdown.AnswerKeyMarkdown;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Scenario data reaches the Markdown, the notebooks and the figures only escaped")
class HostileMarkupTest {
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern OUR_IMAGE = Pattern.compile("<img alt=\"[^\"<>]*\" src=\"data:image/svg\\+xml;base64,[A-Za-z0-9+/=]+\"/>");

    /** A scenario whose every string is {@code hostile}: title, section, inputs, printed values, node labels, names. */
    private record HostileScenario(String hostile) implements Scenario {
        @Override public String id() { return "hostile.1"; }
        @Override public Document document() { return Document.D003; }
        @Override public String title() { return hostile; }
        @Override public String section() { return hostile; }
        @Override public String formula() { return "f = x y"; }
        @Override public List<Input> inputs() {
            return List.of(new Input(hostile, hostile, Provenance.STATED, hostile));
        }
        @Override public List<PublishedValue> published() {
            return List.of(new PublishedValue("hostile.1.f", Document.D003, hostile, hostile, "6", "",
                    Status.REPRODUCED, hostile));
        }
        @Override public ScenarioResult compute() {
            Graph g = new Graph();
            Node x = g.input(hostile + "x", 2);
            Node y = g.input(hostile + "y", 3);
            Node f = g.multiply(hostile + "f", x, y);
            return new ScenarioResult().value("hostile.1.f", new Computed(6, null, null))
                    .derived("hostile.1." + hostile, hostile, 6).graph(GraphWork.of(hostile, f, x, y));
        }
    }

    private static final String[] HOSTILE = {
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        "a\n\n# INJECTED\n\n<img src=x onerror=alert(3)>",
        "costs $5 and $6, \\(x\\), $$\\begin{bmatrix} 1 \\end{bmatrix}$$ <script>alert(4)</script>",
        "</textarea><!-- ]]> <style>*{}</style> [x](javascript:alert(5)) ![y](javascript:alert(6))",
        "| a | b | `code` *em* _em_ ~~del~~ &amp; &lt;script&gt; \\end{bmatrix} \r\n# INJECTED",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    @DisplayName("the answer key and both notebooks hold no live markup, heading, link or maths of the data")
    void noLiveMarkup(int which) throws Exception {
        String hostile = HOSTILE[which];
        Chapter chapter = new Chapter("hostile", hostile, "seeds/" + hostile + ".txt", List.of(new HostileScenario(hostile)),
                Precision.DOCUMENTS, null);
        List<Worked> worked = Worked.of(chapter);
        List<String> markdown = new ArrayList<>();
        markdown.add(AnswerKeyMarkdown.render(chapter, worked));
        List<Cell> cells = Notebooks.cells(chapter, worked);
        for (boolean instructor : new boolean[] {true, false}) {
            JsonNode nb = new ObjectMapper().readTree(NotebookJson.write(cells, instructor));
            for (JsonNode cell : nb.get("cells")) {
                if (cell.get("cell_type").asText().equals("markdown")) {
                    StringBuilder source = new StringBuilder();
                    cell.get("source").forEach(line -> source.append(line.asText()));
                    markdown.add(source.toString());
                }
            }
        }
        for (String md : markdown) {
            String live = OUR_IMAGE.matcher(CODE_SPAN.matcher(md).replaceAll("CODE")).replaceAll("IMAGE")
                    .replace("$$f = x y$$", "FORMULA").replace(Maths.displayed("f = x y"), "FORMULA")
                    // the written-answer cells' own solution markers (Cell.answer), never the data's
                    .replace("<!-- BEGIN SOLUTION -->", "BEGIN").replace("<!-- END SOLUTION -->", "END");
            // escaped text such as "&lt;img src=x onerror=…" or "\\[x\\](…)" is text; live markup needs a bare < or ](
            assertThat(live).doesNotContain("<", "$", "\\(", "\\begin", "\\end", "\r")
                    .doesNotContainPattern("(?<!\\\\)\\]\\(")
                    .doesNotContainPattern("(?m)^\\s*#+\\s*INJECTED").doesNotContainPattern("(?m)^\\s*<");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    @DisplayName("the graph figure is well-formed SVG of boxes, arcs with an arrowhead and text only, its labels the data as text")
    void figureHoldsLabelsAsText(int which) throws Exception {
        String hostile = HOSTILE[which];
        GraphWork work = new HostileScenario(hostile).compute().graphs().get(0);
        String svg = backprop.export.notebook.figure.GraphFigure.svg(work);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        NodeList all = doc.getElementsByTagName("*");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertThat(e.getTagName()).isIn("svg", "defs", "marker", "path", "rect", "polyline", "text");
            if (e.getTagName().equals("text")) {
                texts.add(e.getTextContent());
            }
        }
        assertThat(texts).contains(hostile + "x", hostile + "y", hostile + "f");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    @DisplayName("an image's alt text cannot end its attribute, its tag or its paragraph")
    void altTextStaysInItsAttribute(int which) {
        String image = Notebooks.image("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", HOSTILE[which]);
        assertThat(image).matches(OUR_IMAGE.pattern()).doesNotContain("\n", "$", "\\");
        Matcher alt = Pattern.compile("alt=\"([^\"]*)\"").matcher(image);
        assertThat(alt.find()).isTrue();
        assertThat(Base64.getDecoder().decode(image.replaceAll(".*base64,|\"/>$", ""))).isNotEmpty();
    }
}
