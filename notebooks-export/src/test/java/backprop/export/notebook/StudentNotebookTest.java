package backprop.export.notebook;

import backprop.core.network.ForwardPass;
import backprop.examples.PublishedValue;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.work.NetworkWork;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The student notebook can be worked through alone: it names what it asks, points at nothing the student lacks, repeats no variant's printed value")
class StudentNotebookTest {

    /** The five documents and every variant file, as the main job writes them. */
    static Stream<Named<Chapter>> chapters() throws IOException {
        List<Chapter> all = new ArrayList<>(Chapter.documents());
        try (Stream<Path> files = Files.list(Path.of("..", "variants"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".toml")).sorted().toList()) {
                all.add(Chapter.of(ExamFile.read(file)));
            }
        }
        return all.stream().map(c -> Named.of(c.fileStem(), c));
    }

    private static String studentText(List<Cell> cells) {
        StringBuilder s = new StringBuilder();
        cells.forEach(c -> s.append(c.student()).append('\n'));
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    @DisplayName("no word of a file, a variable or a document the student is not given")
    void mentionsNothingTheStudentLacks(Chapter chapter) {
        String student = studentText(Notebooks.cells(chapter, Worked.of(chapter)));
        // each was in the student notebook before issue 20: the CI's kernel setup, the build's jar, the seeds folder,
        // the instructor's answer key, and a figure that only the instructor's version draws
        if (chapter.variantText() != null) {
            // the exam's file stays with the instructor: the notebook gives its numbers
            assertThat(student).doesNotContain(chapter.source().substring(chapter.source().lastIndexOf('/') + 1));
        }
        assertThat(student).doesNotContain(".ci/", "RJK_CLASSPATH", "shared/seeds", "answer-key.jar", "target/",
                "the answer key lists", "drawn above");
        // nor anything of the engine, which is not on the student's class path (workbook-runtime.jar)
        assertThat(student).doesNotContain("NotebookCells", "ExamFile", "Catalogue", "Scenario scenario", "backprop.core",
                "backprop.examples");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    @DisplayName("every answer id a grading cell checks is named, with its quantity, in the prompt above the answers cell")
    void namesEveryAnswerIdItAsks(Chapter chapter) {
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.id().endsWith("-grade") && c.key() != null) {
                Cell prompt = cells.get(i - 2);
                assertThat(prompt.id()).isEqualTo(c.id().replace("-grade", "-solve-prompt"));
                for (String id : c.key().parts().keySet()) {
                    assertThat(prompt.student()).as(c.id()).contains("`" + id + "`");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    @DisplayName("a variant's student notebook repeats none of the numbers its file prints (≥ 4 significant digits)")
    void aVariantsPrintedValuesStayWithTheInstructor(Chapter chapter) {
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        String student = studentText(cells);
        for (var scenario : chapter.scenarios()) {
            for (PublishedValue v : scenario.published()) {
                String digits = v.printed().replaceAll("[^0-9]", "").replaceFirst("^0+", "");
                if (chapter.variantText() != null && digits.length() >= 4) {
                    assertThat(student).as(v.id()).doesNotContain(v.printed());
                }
            }
        }
        // the documents' own printed values stay: the student reads the document, and compares
        assertThat(cells.stream().anyMatch(c -> c.id().endsWith("-printed"))).isEqualTo(chapter.variantText() == null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    @DisplayName("no nbgrader marker shows as a heading in the instructor's Markdown")
    void solutionMarkersAreHidden(Chapter chapter) {
        for (Cell c : Notebooks.cells(chapter, Worked.of(chapter))) {
            if (c.markdown()) {
                assertThat(c.instructor().lines()).as(c.id()).noneMatch(l -> l.startsWith("#") && l.contains("SOLUTION"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    @DisplayName("the local-gradient question asks no node kind whose rule is g′, which Given.derivative gives the student")
    void asksNoLocalRuleTheRuntimeGives(Chapter chapter) {
        for (Cell c : Notebooks.cells(chapter, Worked.of(chapter))) {
            if (c.id().endsWith("-local") && c.key() != null) {
                // a part is named "kind (label)"; sigmoid, tanh and relu are g′ of an activation (Given.derivative)
                assertThat(c.key().parts().keySet()).as(c.id())
                        .noneMatch(p -> p.startsWith("sigmoid (") || p.startsWith("tanh (") || p.startsWith("relu ("));
            }
        }
    }

    private static final Pattern LAYER = Pattern.compile("^layer (\\d+): z = \\[([^]]*)], a = \\[([^]]*)], δ = \\[([^]]*)]$",
            Pattern.MULTILINE);

    @Tag("jshell")
    @Test
    @DisplayName("the steps exercise's solution prints each layer's z, a and δ of the student's methods: the engine's values (exam-network)")
    void theStepsPrintWhatTheEngineComputes() throws IOException {
        String name = "exam-network.toml";
        Chapter chapter = Chapter.of(ExamFile.read(name, Files.readString(Path.of("..", "variants", name), StandardCharsets.UTF_8)));
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        JShellCells.useKeyOf(cells);
        Cell steps = cells.stream().filter(c -> c.id().endsWith("-steps")).findFirst().orElseThrow();
        assertThat(steps.student()).doesNotContain("println");
        String printed = JShellCells.runAll(cells.stream().filter(c -> !c.markdown()).map(Cell::instructor).toList());
        NetworkWork work = Worked.of(chapter).get(0).result().networks().get(0);
        ForwardPass forward = work.forward();
        Matcher m = LAYER.matcher(printed);
        int layers = 0;
        while (m.find()) {
            int k = Integer.parseInt(m.group(1));
            layers++;
            // Solutions' loops and core's Network sum the same terms in the same order; 1e-12 leaves room for a
            // reordered sum (a few ulps of values of order 1) and is far below any slip
            assertThat(parse(m.group(2))).containsExactly(forward.z(k), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(parse(m.group(3))).containsExactly(forward.a(k), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(parse(m.group(4))).containsExactly(work.backward().delta(k), org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(layers).isEqualTo(forward.layers());
    }

    private static double[] parse(String list) {
        return Arrays.stream(list.split(", ")).mapToDouble(Double::parseDouble).toArray();
    }
}
