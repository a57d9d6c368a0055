package backprop.export;

import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import backprop.export.notebook.Notebooks;
import backprop.export.output.OutputFolder;

import java.util.List;

/** The files one chapter contributes to the output folder: its answer key and its two notebooks. */
final class Exports {
    private Exports() {
    }

    static void chapter(OutputFolder folder, Chapter chapter, List<Worked> worked) {
        folder.text("answer-key/" + chapter.fileStem() + ".md", AnswerKeyMarkdown.render(chapter, worked));
        List<Cell> cells = Notebooks.cells(chapter, worked);
        folder.text("notebooks/instructor/" + chapter.fileStem() + ".ipynb", NotebookJson.write(cells, true));
        folder.text("notebooks/student/" + chapter.fileStem() + ".ipynb", NotebookJson.write(cells, false));
    }
}
