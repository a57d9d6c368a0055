package backprop.export.grade.session;

/**
 * What running one cell gave: the lines it printed on System.out (captured for this cell alone) and how it ended.
 *
 * @param printed the cell's own output
 * @param problem null when every snippet ran; else one line saying what stopped the cell (an exception's class
 *                and message, a compile error, the time limit), never a stack trace
 * @param restarted true when the cell ended its session (it ran past the time limit and was stopped, or its VM
 *                  ended): the session is a fresh one, without what the earlier cells defined
 */
public record CellRun(String printed, String problem, boolean restarted) {
    public boolean completed() {
        return problem == null;
    }
}
