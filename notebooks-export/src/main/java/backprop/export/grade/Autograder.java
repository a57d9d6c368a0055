package backprop.export.grade;

import backprop.export.grade.session.CellRun;
import backprop.export.grade.session.ClassDataArchive;
import backprop.export.grade.session.SandboxSession;
import backprop.export.runtime.Grade;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What nbgrader's autograde does, without nbgrader, and without trusting the student: the instructor's code cells
 * run in order in the student's own process ({@link SandboxSession}), each solution cell's source replaced by the
 * student's cell of the same grade_id, every other cell taken from the instructor's version. A grading cell's
 * parts get their inputs from the grading key while that cell runs and send back what the student's methods gave;
 * the scores are computed here, in the grader's process, against the key's expected values, which never enter the
 * student's. Nothing the student's code prints counts. A student cell the instructor's notebook lacks is not run; a
 * solution cell the student's notebook lacks is taken as left empty; either is said in a note.
 *
 * <p>A cell that ends the student's process (the time limit, exit, halt, a flood of output, a flood on the grader's
 * channel) costs the question it was in; a fresh process runs the earlier cells again (not the one that ended it,
 * nor any grading cell) and grading goes on. A cell that runs out of memory ends it too, even when the
 * OutOfMemoryError was only thrown in the cell: the error may have struck the runner's or JShell's own code
 * half-way (a class left uninitialised for good, a reply half sent), and what filled the heap may still be held by
 * a variable of the student's, so that every later cell would run out too. The note names it so
 * ({@link StoppedCell}), as it names the others.
 */
public final class Autograder {
    /**
     * The grading that makes the run's {@link ClassDataArchive}: making it costs about as much CPU as four
     * students' JVMs save with it, so a single notebook's grading, or a few, go without, and a class of 300 saves
     * minutes.
     */
    static final int ARCHIVE_AT = 4;

    private final List<String> classPath;
    private final Duration limit;
    private final boolean sandboxed;
    private final AtomicInteger gradings = new AtomicInteger();
    private volatile ClassDataArchive archive;

    /**
     * Runs cells, each within {@code limit}, with the runtime jar of {@code classPath} (the workbook's) as the student's
     * whole class path: the runtime its cells call, none of the engine or the solutions ({@code RuntimeJar}).
     */
    public Autograder(List<String> classPath, Duration limit, boolean sandboxed) {
        this.classPath = List.copyOf(classPath);
        this.limit = limit;
        this.sandboxed = sandboxed;
    }

    /**
     * What a grading saw besides its scores, for a grader of many students: each grading cell's replies (the
     * values the student's methods gave, which a class grader compares with other students' keys) and each cell
     * that ended the student's process. Called on the grading's own thread, in the notebook's order.
     */
    public interface Witness {
        /** The replies of {@code question}'s grading cell, by part name (a part that sent none is absent). */
        default void replies(GradingKey.Question question, Map<String, Reply> replies) {
        }

        /** Cell {@code cell} (its grade_id) ended the student's process: the time limit, exit, memory, a flood. */
        default void stopped(String cell, String problem) {
        }
    }

    /** Grades {@code student} against {@code instructor}'s cells and {@code key}'s expected values ({@code keyFile} names it). */
    public Grades grade(NotebookFile instructor, NotebookFile student, GradingKey key, String keyFile) {
        return grade(instructor, student, key, keyFile, new Witness() { });
    }

    /** As {@link #grade(NotebookFile, NotebookFile, GradingKey, String)}, telling {@code witness} what it saw. */
    public Grades grade(NotebookFile instructor, NotebookFile student, GradingKey key, String keyFile, Witness witness) {
        List<String> notes = new ArrayList<>(extraCells(instructor, student));
        List<QuestionScore> scores = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        try (SandboxSession session = new SandboxSession(classPath, sandboxed, archive())) {
            for (GradedCell cell : instructor.cells()) {
                String source = cell.code() ? source(cell, student, notes) : null;
                if (source == null) {
                    continue;
                }
                CellRun run;
                if (cell.grade()) {
                    GradingKey.Question q = key.questions().get(cell.key());
                    if (q == null) {
                        throw new GradeInputException(keyFile, 1, "no question " + cell.key() + " (the grading cell at "
                                + instructor.file() + ":" + cell.line() + "): is it this notebook's key?");
                    }
                    Map<String, Reply> replies = new HashMap<>();
                    run = memory(session.run(source, cell.key(), limit, id -> inputs(q), replies::putIfAbsent), session);
                    scores.add(score(cell, q, replies, run, pending));
                    witness.replies(q, java.util.Collections.unmodifiableMap(replies));
                    pending.clear();
                } else {
                    run = memory(session.run(source, null, limit, id -> null, (part, reply) -> { }), session);
                    if (!run.completed()) {
                        pending.add((cell.solution() ? "your cell \"" : "cell \"") + cell.key() + "\" " + run.problem());
                    }
                }
                if (run.restarted()) {
                    witness.stopped(cell.key(), run.problem());
                    notes.add(StoppedCell.note(cell.key(), run.problem(), ran.size()));
                    replay(session, ran);
                } else if (!cell.grade()) {
                    ran.add(source);
                }
            }
        }
        return new Grades(scores, notes);
    }

    /**
     * The archive of the student JVM's classes: made, sandboxed, by the {@link #ARCHIVE_AT}th grading, on its own
     * thread, while the others go on without it; deleted when the grader's JVM exits. Null before, or when it could
     * not be made. A student's JVM with or without it runs the same cells to the same replies.
     */
    private ClassDataArchive archive() {
        if (sandboxed && gradings.incrementAndGet() == ARCHIVE_AT) {
            ClassDataArchive made = ClassDataArchive.make(classPath);
            if (made != null) {
                Runtime.getRuntime().addShutdownHook(new Thread(made::close, "answer-key-class-data"));
                archive = made;
            }
        }
        return archive;
    }

    /** Runs the earlier cells again in a fresh process; one that ends that process too is left out from then on. */
    private void replay(SandboxSession session, List<String> ran) {
        for (int i = 0; i < ran.size(); i++) {
            if (memory(session.run(ran.get(i), null, limit, id -> null, (part, reply) -> { }), session).restarted()) {
                ran.remove(i--);
            }
        }
    }

    /** {@code run}, or where it ran out of memory, the end of {@code session}'s process, said so. */
    private static CellRun memory(CellRun run, SandboxSession session) {
        if (!StoppedCell.outOfMemory(run.problem())) {
            return run;
        }
        if (!run.restarted()) {
            session.end();
        }
        return new CellRun(StoppedCell.OUT_OF_MEMORY, true);
    }

    /** Each part's inputs, by part name: all the student's process is given of the question. */
    private static JsonNode inputs(GradingKey.Question q) {
        ObjectNode parts = JsonNodeFactory.instance.objectNode();
        q.parts().forEach((name, part) -> parts.putObject(name).setAll(part.inputs()));
        return parts;
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

    /** The question scored here, against the key, from the replies the student's process sent. */
    private static QuestionScore score(GradedCell cell, GradingKey.Question q, Map<String, Reply> replies, CellRun run,
                                       List<String> pending) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Grade g = Grade.question(q.id(), q.title(), cell.points(), new GradingKey(Map.of(q.id(), q)),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        for (GradingKey.Part part : q.parts().values()) {
            Reply r = replies.get(part.name());
            g.reply(part.name(), r != null ? r : Reply.problem("was not run"), part);
        }
        double earned = g.done();
        List<String> feedback = new ArrayList<>(pending);
        String prefix = "FEEDBACK " + q.id() + " ";
        printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(prefix))
                .forEach(l -> feedback.add(l.substring(prefix.length())));
        if (!run.completed()) {
            feedback.add("the grading cell stopped: " + run.problem());
        }
        return new QuestionScore(q.id(), earned, cell.points(), feedback);
    }
}
