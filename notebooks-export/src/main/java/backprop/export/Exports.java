package backprop.export;

import java.util.List;

/** The files one chapter contributes to the output folder. */
final class Exports {
    private Exports() {
    }

    static void chapter(OutputFolder folder, Chapter chapter, List<Worked> worked) {
        folder.text("answer-key/" + chapter.fileStem() + ".md", AnswerKeyMarkdown.render(chapter, worked));
        java.util.List<backprop.export.notebook.Cell> cells = backprop.export.notebook.Notebooks.cells(chapter, worked);
        folder.text("notebooks/instructor/" + chapter.fileStem() + ".ipynb",
                backprop.export.notebook.NotebookJson.write(cells, true));
        folder.text("notebooks/student/" + chapter.fileStem() + ".ipynb",
                backprop.export.notebook.NotebookJson.write(cells, false));
    }
}
