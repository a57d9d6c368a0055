package backprop.export.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of the notebook nbgrader's autograde makes of a submission, and so of its feedback: the instructor's
 * cells in the instructor's order, each cell the student may edit (nbgrader's "solution") taken from the student's
 * notebook by its grade_id, every other cell (read-only text, locked code, grading cells with their hidden tests)
 * from the instructor's release. A student's cell the release lacks is left out, as the grader leaves it unrun.
 *
 * @param cell    the cell as it is shown: for a solution cell the student's text (empty when missing) under the
 *                instructor's roles and points, else the instructor's cell
 * @param origin  whose text {@code cell} holds, which decides how much of it may be rendered as markup
 */
public record AutogradedCell(GradedCell cell, Origin origin) {

    /** Whose text a cell holds. */
    public enum Origin {
        /** The instructor's release: its markup is the instructor's own (figures as SVG data images). */
        INSTRUCTOR,
        /** The student's solution cell: text only, never markup. */
        STUDENT,
        /** A solution cell the student's notebook lacks (or holds as another kind): graded as if left empty. */
        MISSING
    }

    /**
     * The autograded notebook's cells: {@code instructor}'s, each solution cell replaced by {@code student}'s of the
     * same grade_id and kind (code or text); the instructor's own solution cell is never shown (it holds the
     * answers), a missing one stands as {@link Origin#MISSING} with the instructor's cell for its key and kind only.
     */
    public static List<AutogradedCell> of(NotebookFile instructor, NotebookFile student) {
        List<AutogradedCell> cells = new ArrayList<>();
        for (GradedCell mine : instructor.cells()) {
            if (!mine.solution()) {
                cells.add(new AutogradedCell(mine, Origin.INSTRUCTOR));
                continue;
            }
            GradedCell theirs = student.cell(mine.key());
            // the student's text under the instructor's roles: their metadata says nothing here
            boolean kept = theirs != null && theirs.code() == mine.code();
            cells.add(new AutogradedCell(new GradedCell(kept ? theirs.line() : mine.line(), mine.code(), mine.key(),
                    kept ? theirs.source() : "", true, mine.grade(), mine.points()), kept ? Origin.STUDENT : Origin.MISSING));
        }
        return cells;
    }
}
