package backprop.export;

import backprop.export.grade.session.RuntimeJar;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.NotebookJson;
import backprop.export.notebook.Notebooks;
import backprop.export.output.OutputFolder;

import java.util.List;

/**
 * The files one chapter contributes to the output folder: its answer key, its two notebooks, and the grading key
 * its grading cells read (inputs, expected values, slips), which stays with the instructor: it is in neither
 * notebook, so releasing the student notebook, or returning nbgrader's feedback, gives no expected value away. And
 * once per run the runtime jar the notebooks run with.
 */
final class Exports {
    /** Where {@link #runtime} puts the jar in the output folder. */
    static final String RUNTIME = "notebooks/" + RuntimeJar.FILE_NAME;

    private Exports() {
    }

    static void chapter(OutputFolder folder, Chapter chapter, List<Worked> worked) {
        folder.text("answer-key/" + chapter.fileStem() + ".md", AnswerKeyMarkdown.render(chapter, worked));
        List<Cell> cells = Notebooks.cells(chapter, worked);
        folder.text("notebooks/instructor/" + chapter.fileStem() + ".ipynb", NotebookJson.write(cells, true));
        folder.text("notebooks/student/" + chapter.fileStem() + ".ipynb", NotebookJson.write(cells, false));
        folder.text("notebooks/grading-key/" + chapter.fileStem() + ".json", Notebooks.gradingKey(cells).json());
    }

    /**
     * The runtime jar beside the notebooks, {@value #RUNTIME}: what a Jupyter kernel puts on its class path to run
     * either notebook, and all of the workbook it gets (the given helpers, the grading calls, jackson; no engine and
     * no solution, see {@link RuntimeJar}), written from this program's own class path, the same bytes every run.
     */
    static void runtime(OutputFolder folder) {
        folder.bytes(RUNTIME, RuntimeJar.bytes(RuntimeJar.running()));
    }
}
