package backprop.export.notebook;

import backprop.examples.scenariofile.ExamFile;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("What a student notebook asks, for a printed sheet: each scenario's questions and answers, and no figure")
class NotebooksAskedTest {
    private static List<Chapter> chapters() throws IOException {
        List<Chapter> all = new ArrayList<>(Chapter.documents());
        for (String name : List.of("exam-network.toml", "exam-kink.toml", "exam-expression.toml")) {
            all.add(Chapter.of(ExamFile.read(name, Files.readString(Path.of("..", "variants", name), StandardCharsets.UTF_8))));
        }
        return all;
    }

    @Test
    void eachScenario_asksWhatItsGradingCellsGrade_theAnswersCellsPartsInOrder_andEveryQuestionByTitle() throws IOException {
        for (Chapter chapter : chapters()) {
            List<Worked> worked = Worked.of(chapter);
            List<Cell> cells = Notebooks.cells(chapter, worked);
            List<Notebooks.Asked> asked = Notebooks.asked(chapter, worked);
            assertThat(asked).as(chapter.fileStem()).hasSize(worked.size());
            List<String> allTitles = new ArrayList<>();
            List<String> allAnswers = new ArrayList<>();
            for (Cell c : cells) {
                if (c.key() != null && c.id().endsWith("-grade")) {
                    allAnswers.addAll(c.key().parts().keySet());
                } else if (c.key() != null) {
                    allTitles.add(c.key().title());
                }
            }
            assertThat(asked.stream().flatMap(a -> a.questions().stream()).toList()).as(chapter.fileStem())
                    .isEqualTo(allTitles);
            assertThat(asked.stream().flatMap(a -> a.answers().keySet().stream()).toList()).as(chapter.fileStem())
                    .isEqualTo(allAnswers);
        }
    }

    @Test
    void noStudentNotebook_showsAFigure_theInstructorsDrawingHoldsTheAnswers() throws IOException {
        for (Chapter chapter : chapters()) {
            assertThat(Notebooks.asked(chapter, Worked.of(chapter))).as(chapter.fileStem())
                    .allSatisfy(a -> assertThat(a.figures()).isEmpty());
        }
    }

    @Test
    void anAnswer_isNamedByItsQuantitysWords() throws IOException {
        Chapter network = chapters().stream().filter(c -> c.fileStem().equals("variant-exam-network")).findFirst().orElseThrow();
        Notebooks.Asked asked = Notebooks.asked(network, Worked.of(network)).get(0);
        assertThat(asked.answers()).containsEntry("variant.exam-network.dL_dW1[1,1]", "∂L/∂W1[1,1]")
                .containsEntry("variant.exam-network.W1[1,1]_new", "W1[1,1] after the update");
        assertThat(asked.questions()).contains("the update");
    }

    @Test
    void svgs_decodesEveryEmbeddedImage_inOrder() {
        String text = "**a**\n\n" + Notebooks.image("<svg>one</svg>", "a") + " and " + Notebooks.image("<svg>ü</svg>", "b");
        assertThat(Notebooks.svgs(text)).containsExactly("<svg>one</svg>", "<svg>ü</svg>");
        assertThat(Notebooks.svgs("no image")).isEmpty();
    }
}
