package backprop.export.grade;

import backprop.export.grade.session.CellRun;
import backprop.export.grade.session.CellSession;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What nbgrader's autograde does, without nbgrader: the instructor's code cells run in order in one JShell
 * session, each solution cell's source replaced by the student's cell of the same grade_id, every other cell
 * (grading cells with their hidden tests, given cells) taken from the instructor's version. A student cell the
 * instructor's notebook lacks is not run; a solution cell the student's notebook lacks is taken as left empty;
 * either is said in a note.
 *
 * <p>A grading cell's verdict is what it prints ({@link ScoreLines}); a cell written to the contract (its source
 * prints {@code SCORE}) that prints no SCORE line for its question earns 0. A grading cell that prints no SCORE
 * by design is graded as nbgrader grades it: its points if it runs without error, else 0. Where student code
 * run by the grading cell prints a SCORE line of its own, the lowest earned counts, so printing cannot raise a
 * score. Code that replaces System.out in a later thread or by reflection is beyond this guard.
 */
public final class Autograder {
    private final List<String> classPath;
    private final Duration limit;

    /** Runs cells with {@code classPath} (the workbook) on the session's class path, each within {@code limit}. */
    public Autograder(List<String> classPath, Duration limit) {
        this.classPath = List.copyOf(classPath);
        this.limit = limit;
    }

    public Grades grade(NotebookFile instructor, NotebookFile student) {
        List<String> notes = new ArrayList<>(extraCells(instructor, student));
        List<QuestionScore> scores = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        try (CellSession session = new CellSession(classPath)) {
            for (GradedCell cell : instructor.cells()) {
                String source = cell.code() ? source(cell, student, notes) : null;
                if (source == null) {
                    continue;
                }
                if (cell.grade()) {
                    session.restoreOutput();
                }
                CellRun run = session.run(source, limit);
                if (run.restarted()) {
                    notes.add("cell \"" + cell.key() + "\": " + run.problem() + "; a fresh session runs the rest,"
                            + " after the " + ran.size() + " cells before it");
                    ran.forEach(earlier -> session.run(earlier, limit));
                }
                if (cell.grade()) {
                    scores.add(score(cell, run, pending));
                    pending.clear();
                } else {
                    if (!run.completed()) {
                        pending.add((cell.solution() ? "your cell \"" : "cell \"") + cell.key() + "\" " + run.problem());
                    }
                    if (!run.restarted()) {
                        ran.add(source);
                    }
                }
            }
        }
        return new Grades(scores, notes);
    }

    /** The source to run for the instructor's {@code cell}: the student's for a solution cell. */
    private static String source(GradedCell cell, NotebookFile student, List<String> notes) {
        if (!cell.solution()) {
            return cell.source();
        }
        GradedCell theirs = student.cell(cell.key());
        if (theirs == null || !theirs.code()) {
            notes.add(student.file() + ": no code cell \"" + cell.key() + "\" (the instructor's is at line "
                    + cell.line() + "): graded as if left empty");
            return null;
        }
        return theirs.source();
    }

    /** The student's code cells that match no cell of the instructor's: not run, and said so. */
    private static List<String> extraCells(NotebookFile instructor, NotebookFile student) {
        List<String> notes = new ArrayList<>();
        for (GradedCell c : student.cells()) {
            if (c.code() && (c.key().isEmpty() || instructor.cell(c.key()) == null)) {
                notes.add(student.file() + ":" + c.line() + ": a cell" + (c.key().isEmpty() ? "" : " \"" + c.key() + "\"")
                        + " the instructor's notebook does not have: not run");
            }
        }
        return notes;
    }

    private static QuestionScore score(GradedCell cell, CellRun run, List<String> pending) {
        String question = cell.key();
        ScoreLines lines = ScoreLines.of(run.printed(), question, cell.points());
        List<String> feedback = new ArrayList<>(pending);
        feedback.addAll(lines.feedback());
        lines.refused().forEach(l -> feedback.add("not counted: \"" + l + "\" (not this grading cell's verdict)"));
        if (lines.earned().size() > 1) {
            feedback.add(lines.earned().size() + " SCORE lines for " + question + ": the lowest counts");
        }
        if (!run.completed()) {
            feedback.add("the grading cell stopped: " + run.problem());
        }
        double earned = lines.earned().stream().mapToDouble(Double::doubleValue).min()
                .orElse(run.completed() && !cell.source().contains("SCORE") ? cell.points() : 0);
        if (lines.earned().isEmpty() && run.completed() && cell.source().contains("SCORE")) {
            feedback.add("the grading cell printed no SCORE line for " + question);
        }
        return new QuestionScore(question, earned, cell.points(), feedback);
    }
}
