package backprop.export.grade;

import backprop.export.model.Escape;
import backprop.export.output.Caller;
import backprop.export.output.OutputFolder;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Reply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code grade --class DIR --submissions SUB --out GRADED}: every student of a class folder ({@link ClassFolder})
 * graded against their own variant, each by the single-notebook grader ({@link Autograder}, the student's code in
 * its own sandboxed process, the expected values only here), {@code workers} students at a time. Writes, as an
 * output folder of the tool (the {@link OutputFolder} rules; never DIR, SUB, nor a folder inside or around them),
 * {@code gradebook.csv} ({@link Gradebook}) and {@code feedback/ID.html} ({@link FeedbackHtml}, nothing of another
 * student's in it); on standard error one line per student whose cell ended its process (time limit, exit, memory,
 * flood), whose notebook could not be read, or whose answers are another student's variant ({@link CopiedAnswers}),
 * then a summary line.
 *
 * <p>What one student does costs only that student: their cells are limited as a single grading limits them, a
 * notebook that cannot be read scores 0 with the reason in the gradebook, and the others are graded all the same.
 * What is wrong with the instructor's side (a missing or broken key, a notebook whose grading cell the key lacks)
 * is found before any student's code runs, one line {@code FILE:LINE: what is wrong}.
 */
public final class ClassGrader {
    /** One student's grading: {@link Autograder#grade(NotebookFile, NotebookFile, GradingKey, String, Autograder.Witness)}. */
    @FunctionalInterface
    interface Grading {
        Grades grade(NotebookFile instructor, NotebookFile student, GradingKey key, String keyFile, Autograder.Witness witness);
    }

    private final Grading grading;
    private final int workers;
    private final PrintStream err;

    /**
     * Grades with the runtime jar of {@code classPath}, each cell within {@code limit}, in the sandbox unless
     * {@code sandboxed} is false, {@code workers} students at a time (the grader uses one per core); the report goes to
     * {@code err}.
     */
    public ClassGrader(List<String> classPath, Duration limit, boolean sandboxed, int workers, PrintStream err) {
        this(new Autograder(classPath, limit, sandboxed)::grade, workers, err);
    }

    /** Grades each student with {@code grading} (the tests' stand-in for a student's process). */
    ClassGrader(Grading grading, int workers, PrintStream err) {
        if (workers < 1) {
            throw new IllegalArgumentException("ClassGrader: at least one worker, not " + workers);
        }
        this.grading = grading;
        this.workers = workers;
        this.err = err;
    }

    /**
     * What one student's grading gave: their row of the gradebook, their feedback page (null when nothing was
     * graded), the answers their answers cell gave, the report's lines on them, and whether a cell ended their
     * process.
     */
    private record Graded(Gradebook.Row row, String feedback, Map<String, CopiedAnswers.Entries> answers,
                          List<String> report, boolean stopped) {
    }

    /**
     * Why {@code out} may not be written as the grades' folder: it is, holds or lies inside one of {@code inputs}
     * (by option), where the file system puts them (links followed); empty otherwise.
     */
    static Optional<String> overlap(Path out, Map<String, Path> inputs) {
        Path o = real(out);
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            Path i = real(input.getValue());
            String how = o.equals(i) ? "is" : o.startsWith(i) ? "is inside" : i.startsWith(o) ? "holds" : null;
            if (how != null) {
                return Optional.of("--out " + out + ": " + how + " " + input.getKey() + " " + input.getValue()
                        + "; the grader does not write over what it reads");
            }
        }
        return Optional.empty();
    }

    /** Where {@code p} is: its longest existing part with every link followed, then the rest of its name. */
    private static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        // the root exists: the loop ends there at the latest
        Path existing = absolute;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + existing, e);
        }
    }

    /**
     * Grades the class in {@code classFolder} from {@code submissions} into {@code out} ({@code caller}'s paths).
     *
     * @throws GradeInputException   for a class folder that cannot be read, or an out folder that overlaps an input
     * @throws backprop.export.output.OutputFolderException for an out folder the tool may not write
     */
    public void grade(Path classFolder, Path submissions, Path out, Caller caller) {
        long started = System.nanoTime();
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--class", caller.resolve(classFolder));
        inputs.put("--submissions", caller.resolve(submissions));
        Optional<String> refused = overlap(caller.resolve(out), inputs);
        if (refused.isPresent()) {
            throw new GradeInputException(refused.get());
        }
        if (!Files.isDirectory(caller.resolve(submissions))) {
            throw new GradeInputException(submissions.toString(), 1, "no such folder: --submissions names the folder"
                    + " of the students' notebooks (SUB/ID/exam.ipynb)");
        }
        OutputFolder.check(out, caller);
        ClassFolder students = ClassFolder.read(caller.resolve(classFolder));
        Map<String, Map<String, CopiedAnswers.Range>> keys = checkedKeys(students);

        Map<String, Graded> graded = gradeAll(students, caller.resolve(submissions));

        OutputFolder folder = new OutputFolder();
        List<Gradebook.Row> rows = new ArrayList<>();
        List<String> report = new ArrayList<>();
        int stopped = 0;
        int copied = 0;
        int missing = 0;
        for (Graded g : graded.values()) {
            List<String> notes = new ArrayList<>(g.row().notes());
            List<CopiedAnswers.Match> sources = CopiedAnswers.sources(g.row().id(), g.answers(), keys);
            report.addAll(g.report());
            stopped += g.stopped() ? 1 : 0;
            if (!sources.isEmpty()) {
                copied++;
                String whose = "answers match the variant of " + String.join(", and of ",
                        sources.stream().map(CopiedAnswers.Match::words).toList()) + ", not their own";
                notes.add(whose);
                report.add(g.row().id() + ": " + whose);
            }
            missing += g.feedback() == null ? 1 : 0;
            rows.add(new Gradebook.Row(g.row().id(), g.row().name(), g.row().scores(), notes));
            if (g.feedback() != null) {
                folder.text("feedback/" + g.row().id() + ".html", g.feedback());
            }
        }
        folder.text("gradebook.csv", Gradebook.csv(rows));
        students.strangers(caller.resolve(submissions)).forEach(s -> report.add(Path.of(submissions.toString(), s)
                + ": no student " + s + " in " + classFolder + ": not graded"));
        report.forEach(line -> err.println(Escape.terminal(line)));
        folder.writeTo(out, caller).forEach(n -> err.println("note: " + Escape.terminal(n)));
        err.println("graded " + (rows.size() - missing) + " of " + rows.size() + " students (" + missing
                + " not graded: no submission or none readable; " + stopped + " with a cell that ended their process; "
                + copied + " with another student's variant) in " + Duration.ofNanos(System.nanoTime() - started).toSeconds()
                + " s: " + out.resolve("gradebook.csv"));
    }

    /**
     * Every student's key read and checked against their notebook before any code runs; each key's answers-cell
     * parts, by student, for {@link CopiedAnswers}.
     */
    private static Map<String, Map<String, CopiedAnswers.Range>> checkedKeys(ClassFolder students) {
        Map<String, Map<String, CopiedAnswers.Range>> keys = new TreeMap<>();
        for (ClassFolder.Student s : students.students()) {
            GradingKey key = key(s);
            for (GradedCell c : NotebookFile.read(s.notebook()).cells()) {
                if (c.grade() && c.code() && !key.questions().containsKey(c.key())) {
                    throw new GradeInputException(s.key().toString(), 1, "no question " + c.key() + " (the grading"
                            + " cell at " + s.notebook() + ":" + c.line() + "): is it this student's key?");
                }
            }
            keys.put(s.id(), CopiedAnswers.answerParts(key));
        }
        return keys;
    }

    private static GradingKey key(ClassFolder.Student s) {
        try {
            return GradingKey.read(s.key());
        } catch (GradingKey.KeyException e) {
            throw new GradeInputException(e.getMessage());
        }
    }

    /** Each student graded, {@link #workers} at a time; by id. */
    private Map<String, Graded> gradeAll(ClassFolder students, Path submissions) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            Map<String, Future<Graded>> pending = new LinkedHashMap<>();
            for (ClassFolder.Student s : students.students()) {
                pending.put(s.id(), pool.submit(() -> gradeOne(s, ClassFolder.submission(submissions, s.id()))));
            }
            Map<String, Graded> graded = new TreeMap<>();
            for (Map.Entry<String, Future<Graded>> p : pending.entrySet()) {
                graded.put(p.getKey(), p.getValue().get());
            }
            return graded;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading the class", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("grading a student failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One student: their submission graded against their variant, or 0 on each question with the reason. */
    private Graded gradeOne(ClassFolder.Student s, ClassFolder.Submission submission) {
        NotebookFile instructor = NotebookFile.read(s.notebook());
        if (submission.file() == null) {
            return ungraded(s, instructor, submission.problem(), List.of());
        }
        NotebookFile handedIn;
        try {
            handedIn = NotebookFile.read(submission.file());
        } catch (GradeInputException e) {
            String why = "not graded: " + OneLine.of(e.getMessage());
            return ungraded(s, instructor, why, List.of(s.id() + ": " + why));
        }
        Map<String, CopiedAnswers.Entries> answers = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Grades grades;
        try {
            grades = grading.grade(instructor, handedIn, key(s),
                    s.key().toString(), new Autograder.Witness() {
                        @Override
                        public void replies(GradingKey.Question question, Map<String, Reply> replies) {
                            CopiedAnswers.answers(question, replies, answers);
                        }

                        @Override
                        public void stopped(String cell, String problem) {
                            report.add(s.id() + ": cell " + cell + ": " + problem);
                            notes.add("cell " + cell + ": " + problem);
                        }
                    });
        } catch (RuntimeException e) {
            // the grader's own failure on one notebook: the class is graded all the same, and the run says so
            String why = "not graded: the grader failed on this notebook: " + OneLine.of(e.toString());
            return ungraded(s, instructor, why, List.of(s.id() + ": " + why));
        }
        String page = FeedbackHtml.page(ClassFolder.NOTEBOOK, instructor, handedIn, grades);
        return new Graded(new Gradebook.Row(s.id(), s.name(), grades.questions(), notes), page, answers, report,
                !report.isEmpty());
    }

    /** A student with nothing graded: 0 on each of their questions, the reason in the gradebook. */
    private static Graded ungraded(ClassFolder.Student s, NotebookFile instructor, String why, List<String> report) {
        List<QuestionScore> zero = instructor.cells().stream().filter(c -> c.grade() && c.code())
                .map(c -> new QuestionScore(c.key(), 0, c.points(), List.of())).toList();
        return new Graded(new Gradebook.Row(s.id(), s.name(), zero, List.of(why)), null, Map.of(), report, false);
    }
}
