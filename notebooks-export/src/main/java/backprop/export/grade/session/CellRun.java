package backprop.export.grade.session;

/**
 * How running one cell ended.
 *
 * @param problem   null when every snippet ran; else one line saying what stopped the cell (an exception's class
 *                  and message, a compile error, the time limit, the end of the student's process), never a stack
 *                  trace and never a grading cell's source
 * @param restarted true when the cell ended the student's process (it ran past the time limit, printed more than
 *                  the grader reads, exited, halted, died of running out of memory, or wrote on the channel what
 *                  the grader does not read): the next cell starts a fresh one, without what the earlier cells defined
 */
public record CellRun(String problem, boolean restarted) {
    public boolean completed() {
        return problem == null;
    }
}
