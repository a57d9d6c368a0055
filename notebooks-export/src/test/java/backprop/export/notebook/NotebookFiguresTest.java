package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure as the notebooks embed it (five documents and the two example variants), read back from the
 * cells' base64 data URIs: what a reader sees, whatever class drew it.
 */
@DisplayName("Notebook figures: text at least 10 px at 800 px display width, no two texts overlapping")
class NotebookFiguresTest {
    /** The width a notebook page gives a figure; wider figures are scaled down to it. */
    private static final double PAGE = 800;
    private static final Pattern IMAGE = Pattern.compile("alt=\"([^\"]*)\" src=\"data:image/svg\\+xml;base64,([^\"]+)\"");

    /** A figure: the cell it is in, its alt text, its SVG. */
    record Figure(String cell, String alt, String svg) {
        @Override
        public String toString() {
            return cell + " " + alt;
        }
    }

    static Stream<Figure> everyFigure() {
        List<Chapter> chapters = new ArrayList<>(Chapter.documents());
        for (String f : new String[] {"../variants/exam-network.toml", "../variants/exam-expression.toml"}) {
            chapters.add(Chapter.of(ExamFile.read(Path.of(f))));
        }
        List<Figure> figures = new ArrayList<>();
        for (Chapter c : chapters) {
            for (Cell cell : Notebooks.cells(c, Worked.of(c))) {
                for (String text : new String[] {cell.instructor(), cell.student()}) {
                    Matcher m = IMAGE.matcher(text == null ? "" : text);
                    while (m.find()) {
                        figures.add(new Figure(cell.id(), m.group(1),
                                new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return figures.stream();
    }

    @Test
    @DisplayName("the notebooks do carry figures: at least one per document with a graph, loss curves included")
    void figuresAreThere() {
        List<Figure> all = everyFigure().toList();
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(all).anyMatch(f -> f.cell().startsWith("000-4-"));
        assertThat(all).anyMatch(f -> f.cell().startsWith("004-2-") || f.cell().startsWith("004-3-"));
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("everyFigure")
    @DisplayName("every figure's text is at least 10 px tall when the figure is shown 800 px wide")
    void text_isAtLeastTenPixels_at800(Figure f) {
        Element svg = SvgText.parse(f.svg()).getDocumentElement();
        double width = Double.parseDouble(svg.getAttribute("width"));
        double font = Double.parseDouble(svg.getAttribute("font-size"));
        for (Element t : SvgText.elements(SvgText.parse(f.svg()), "text")) {
            assertThat(t.hasAttribute("font-size")).as("%s: text '%s' sets its own size", f, t.getTextContent()).isFalse();
        }
        assertThat(font * PAGE / Math.max(width, PAGE)).as("%s: %s px font in a %s px wide figure", f, font, width)
                .isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("everyFigure")
    @DisplayName("every figure: no two texts overlap, and each text is inside a box or clear of it")
    void labels_doNotOverlap(Figure f) {
        Document svg = SvgText.parse(f.svg());
        List<Rectangle2D> texts = SvgText.elements(svg, "text").stream().map(SvgText::extent).toList();
        List<Rectangle2D> boxes = SvgText.boxes(svg);
        SvgText.assertNoOverlap(f.toString(), texts, boxes);
    }
}
