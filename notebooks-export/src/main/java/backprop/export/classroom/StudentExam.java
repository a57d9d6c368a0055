package backprop.export.classroom;

import backprop.examples.scenariofile.template.Drawn;
import backprop.examples.scenariofile.template.Template;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.Notebooks;
import backprop.export.notebook.cell.Cell;
import backprop.export.runtime.GradingKey;

import java.util.ArrayList;
import java.util.List;

/**
 * One student's exam: their numbers as drawn, and what the instructor's and the student's files are made of (the
 * chapter, its worked steps, the notebook's cells, first the one that says whose exam it is, the grading key). The
 * draw is kept only when {@link GoodExam} finds nothing wrong with the key it gives, so the key is worked out once
 * per draw and kept for the files.
 */
public record StudentExam(Roster.Student student, Drawn drawn, Chapter chapter, List<Worked> worked, List<Cell> cells,
                          GradingKey key) {

    /** Draws {@code s}'s exam from {@code t}: redrawn until it makes a good exam (the template refuses after its limit). */
    public static StudentExam draw(Template t, Roster.Student s) {
        StudentExam[] last = new StudentExam[1];
        Drawn d = t.draw(s.id(), file -> {
            last[0] = of(s, null, Chapter.of(file));
            return GoodExam.reason(last[0].key(), file.precision());
        });
        StudentExam kept = last[0] != null && last[0].chapter().scenarios().get(0) == d.file().scenario() ? last[0]
                : of(s, d, Chapter.of(d.file()));
        List<Cell> cells = new ArrayList<>();
        cells.add(whose(t, s, d, kept.chapter()));
        cells.addAll(kept.cells());
        return new StudentExam(s, d, kept.chapter(), kept.worked(), List.copyOf(cells), kept.key());
    }

    /**
     * The notebook's first cell: whose exam it is ({@link WhoseExam}). An ordinary Markdown cell, the same in the
     * instructor's and the student's version under one id, which nbgrader's release leaves as it is; no code cell and
     * no part of the grading key, so the grader grades as it did without it.
     */
    private static Cell whose(Template t, Roster.Student s, Drawn d, Chapter c) {
        return Cell.markdown(Notebooks.cellId(c, "student"), WhoseExam.line(s, t.assignment(), d.attempts()));
    }

    private static StudentExam of(Roster.Student s, Drawn d, Chapter c) {
        List<Worked> w = Worked.of(c);
        List<Cell> cells = Notebooks.cells(c, w);
        return new StudentExam(s, d, c, w, cells, Notebooks.gradingKey(cells));
    }
}
