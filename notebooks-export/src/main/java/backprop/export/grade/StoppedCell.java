package backprop.export.grade;

import backprop.export.grade.session.Sandbox;
import backprop.export.grade.session.SandboxSession;

/**
 * A cell that ended the student's process, in words: the session's one line (the time limit, a flood, the end of
 * Java), an OutOfMemoryError recognised in it, and what each means in words a student reads on their feedback page.
 * The runner reports an exception a cell threw as {@code threw} and the exception's simple class name, then
 * {@code ": "} and its message if it has one; the session reports a process that ended as {@code the Java session
 * ended (exit status N)}, with {@code , out of memory} where its last words on standard error named OutOfMemoryError.
 */
final class StoppedCell {
    /** How a cell that ran out of memory is reported, whichever way it did. */
    static final String OUT_OF_MEMORY = "ran out of memory (OutOfMemoryError)";
    private static final String THREW = "threw OutOfMemoryError";
    private static final String ENDED = "the Java session ended (";

    private StoppedCell() {
    }

    /**
     * True when {@code problem} (a cell's run; null for one that ran) says the cell ran out of memory: it threw
     * OutOfMemoryError, with or without a message, or its process died of it. An exception that only mentions the
     * name in its message, or a class whose name merely starts so, is not.
     */
    static boolean outOfMemory(String problem) {
        if (problem == null) {
            return false;
        }
        return problem.equals(OUT_OF_MEMORY) || problem.equals(THREW) || problem.startsWith(THREW + ": ")
                || problem.startsWith(ENDED) && problem.endsWith(", out of memory)");
    }

    /**
     * The note on cell {@code cell} that ended the student's process with {@code problem}: what stopped it, what that
     * means for the student's code where it is one of the known stops, and what the grader did then, having run the
     * {@code before} cells before it again.
     */
    static String note(String cell, String problem, int before) {
        String meaning = meaning(problem);
        return "cell \"" + cell + "\": " + problem + (meaning.isEmpty() ? "" : ": " + meaning)
                + "; a fresh process runs the rest, after the " + before + " cells before it";
    }

    /** What {@code problem} means for the student's code, in their words; "" for a stop the grader has no words for. */
    private static String meaning(String problem) {
        if (problem.equals(SandboxSession.FLOOD)) {
            return "your code kept printing, as a print in a loop that does not end does (what a notebook prints earns"
                    + " no marks)";
        }
        if (outOfMemory(problem)) {
            return "your code asked for more than the " + Sandbox.HEAP_MEGABYTES + " MB of memory a notebook is given,"
                    + " as a list or an array that grows without end does";
        }
        if (problem.startsWith("stopped after ") && problem.endsWith(", the time limit")) {
            return "your code kept running, as a loop that does not end does";
        }
        if (problem.startsWith(ENDED)) {
            return "your code ended Java itself, as System.exit and Runtime.halt do";
        }
        return "";
    }
}
