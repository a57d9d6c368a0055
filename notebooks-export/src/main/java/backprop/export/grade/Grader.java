package backprop.export.grade;

import backprop.export.grade.session.Sandbox;
import backprop.export.model.Escape;
import backprop.export.output.Caller;
import backprop.export.output.OutputFolderException;
import backprop.export.runtime.GradingKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The grader CI uses in place of nbgrader: {@code --instructor I.ipynb --student S.ipynb} runs the student's
 * notebook as nbgrader's autograde would ({@link Autograder}); {@code --answers A.csv --key answer-key.csv}
 * grades a numbers-only hand-in ({@link NumberGrader}). Either prints the score per question with its feedback,
 * then the total, and exits 0; {@code --csv} also writes question,earned,possible,feedback. Its inputs are
 * checked before anything is opened ({@link GradeInput}: regular files within their bounds; a {@code --csv} that
 * is no input), each refusal one line {@code grade: --option FILE: why}; a file it cannot read is one line
 * {@code grade: FILE:LINE: what is wrong}; both exit 2. {@code --debug} adds the stack trace to an internal
 * error. {@code --feedback} writes the graded notebook as one HTML page ({@link FeedbackHtml}), as nbgrader's
 * generate_feedback does; each file the grader writes is written whole or not at all. {@code --class DIR
 * --submissions SUB --out GRADED} grades a whole class, each student against their own variant, side by side on the
 * machine's cores ({@link ClassGrader}). Also {@code answer-key grade …}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a student's notebook against the instructor's, or a numbers-only hand-in against answer-key.csv.")
public final class Grader implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @Option(names = "--instructor", paramLabel = "FILE", description = "the instructor's notebook (with hidden tests), at most 50 MB")
    Path instructor;

    @Option(names = "--student", paramLabel = "FILE", description = "the student's notebook, executed or not, at most 50 MB")
    Path student;

    @Option(names = "--answers", paramLabel = "FILE", description = "a student's answers, CSV rows id,value, at most 10 MB")
    Path answers;

    @Option(names = "--key", paramLabel = "FILE", description = "answer-key.csv, for --answers, at most 10 MB")
    Path key;

    @Option(names = "--grading-key", paramLabel = "FILE", description = "the instructor's grading key for"
            + " --instructor (default: the notebook's name in grading-key/ beside the instructor's folder, as the main"
            + " job writes it)")
    Path gradingKey;

    @Option(names = "--class", paramLabel = "DIR", description = "a class folder answer-key class wrote: grade every"
            + " student in it against their own variant (DIR/instructor/ID/), with --submissions and --out")
    Path classFolder;

    @Option(names = "--submissions", paramLabel = "DIR", description = "for --class: the folder of the students'"
            + " notebooks, one each in SUB/ID/exam.ipynb or, as nbgrader collects them, in SUB/ID/ASSIGNMENT/exam.ipynb")
    Path submissions;

    @Option(names = "--out", paramLabel = "DIR", description = "for --class: the folder for gradebook.csv and each"
            + " student's feedback page: a new folder, an empty one, or one an earlier run wrote; not in or around"
            + " --class or --submissions")
    Path graded;

    @Option(names = "--unsandboxed", description = "grade even where no sandbox is available: the student's code then"
            + " runs with your rights (the expected values still never enter its process)")
    boolean unsandboxed;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write question,earned,possible,feedback to this file (not"
            + " one of the inputs)")
    Path csv;

    @Option(names = "--feedback", paramLabel = "FILE", description = "also write the feedback as nbgrader makes it, for"
            + " --instructor and --student: the graded notebook as one HTML page, each question's result under its"
            + " tests (not one of the inputs)")
    Path feedback;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "seconds of CPU time each cell may use (default:"
            + " ${DEFAULT-VALUE}); a cell that only waits is stopped after five times that, at least two minutes more",
            defaultValue = "60")
    int timeLimit;

    @Option(names = "--debug", description = "on an internal error, print the stack trace too")
    boolean debug;

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> classPath;

    /**
     * A grader that prints to {@code out} and {@code err}, taking the student's runtime jar from {@code classPath}
     * (the workbook's: the answer-key jar, or the modules' classes and their libraries).
     */
    public Grader(PrintStream out, PrintStream err, List<String> classPath) {
        this.out = out;
        this.err = err;
        this.classPath = List.copyOf(classPath);
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, ownClassPath(), args));
    }

    /** This process's class path (the answer-key jar when run from it): where the student's runtime jar is taken from. */
    public static List<String> ownClassPath() {
        return classPath(System.getProperty("java.class.path"));
    }

    /** The entries of a class path string, empty ones left out. */
    static List<String> classPath(String path) {
        return Arrays.stream(path.split(File.pathSeparator)).filter(e -> !e.isBlank()).toList();
    }

    /** Runs the command; returns the exit status: 0 graded, 2 bad input, 1 internal error. */
    public static int run(PrintStream out, PrintStream err, List<String> classPath, String... args) {
        Grader grader = new Grader(out, err, classPath);
        CommandLine cli = new CommandLine(grader);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("grade: " + Escape.terminal(e.getMessage()) + " (grade --help lists the options)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> grader.internalError(e));
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli's handler sees only Exceptions; an Error would otherwise end the process with a stack trace
            return grader.internalError(e);
        }
    }

    /**
     * What the command did not expect, as one line naming its class and message, and the stack trace below it
     * with {@code --debug}; returns the exit status, 1. Also for {@code answer-key grade}.
     */
    public int internalError(Throwable e) {
        err.println("grade: internal error: " + Escape.terminal(e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())) + (debug ? "" : "; run again with --debug for the details"));
        if (debug) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    @Override
    public Integer call() {
        if (classFolder != null || submissions != null || graded != null) {
            return gradeClass();
        }
        boolean notebooks = instructor != null || student != null;
        boolean numbers = answers != null || key != null;
        if (notebooks == numbers || notebooks && (instructor == null || student == null)
                || numbers && (answers == null || key == null) || timeLimit < 1) {
            err.println("grade: give --instructor and --student, or --answers and --key (and --time-limit ≥ 1)");
            return BAD_INPUT;
        }
        if (feedback != null && !notebooks) {
            err.println("grade: --feedback is for a notebook (--instructor and --student): a numbers-only hand-in has no"
                    + " cells to show");
            return BAD_INPUT;
        }
        Optional<String> refused = refusal();
        if (refused.isPresent()) {
            err.println("grade: " + Escape.terminal(refused.get()));
            return BAD_INPUT;
        }
        String noSandbox = notebooks ? Sandbox.unavailable() : null;
        if (noSandbox != null && !unsandboxed) {
            err.println("grade: no sandbox here: " + noSandbox + "; the student's code would run with your rights."
                    + " Give --unsandboxed to grade anyway.");
            return BAD_INPUT;
        }
        if (noSandbox != null) {
            out.println("note: not sandboxed (" + Escape.terminal(noSandbox) + "): the student's code runs with your rights");
        }
        try {
            NotebookFile graded = notebooks ? NotebookFile.read(instructor) : null;
            NotebookFile handedIn = notebooks ? NotebookFile.read(student) : null;
            Grades grades = notebooks
                    ? new Autograder(classPath, Duration.ofSeconds(timeLimit), noSandbox == null).grade(
                    graded, handedIn, readKey(keyPath()), keyPath().toString())
                    : NumberGrader.grade(AnswerKey.parse(key.toString(), text(key)),
                    Answers.parse(answers.toString(), text(answers)));
            Report.print(grades, out);
            if (csv != null) {
                GradeOutput.write(csv, Report.csv(grades), "the grades");
            }
            if (feedback != null) {
                GradeOutput.write(feedback, FeedbackHtml.page(instructor.getFileName().toString(), graded, handedIn,
                        grades), "the feedback");
            }
            return 0;
        } catch (GradeInputException e) {
            err.println("grade: " + Escape.terminal(e.getMessage()));
            return BAD_INPUT;
        }
    }

    /**
     * {@code --class DIR --submissions SUB --out GRADED}: the three together, with none of a single grading's files;
     * each student's grading as {@code --instructor}/{@code --student} grades, one per core at a time.
     */
    private int gradeClass() {
        if (classFolder == null || submissions == null || graded == null || timeLimit < 1 || instructor != null
                || student != null || answers != null || key != null || gradingKey != null || csv != null
                || feedback != null) {
            err.println("grade: give --class, --submissions and --out together (and --time-limit ≥ 1), without the"
                    + " options of one notebook's grading");
            return BAD_INPUT;
        }
        String noSandbox = Sandbox.unavailable();
        if (noSandbox != null && !unsandboxed) {
            err.println("grade: no sandbox here: " + noSandbox + "; the students' code would run with your rights."
                    + " Give --unsandboxed to grade anyway.");
            return BAD_INPUT;
        }
        if (noSandbox != null) {
            err.println("note: not sandboxed (" + Escape.terminal(noSandbox) + "): the students' code runs with your rights");
        }
        try {
            new ClassGrader(classPath, Duration.ofSeconds(timeLimit), noSandbox == null,
                    Runtime.getRuntime().availableProcessors(), err).grade(classFolder, submissions, graded, Caller.current());
            return 0;
        } catch (GradeInputException e) {
            err.println("grade: " + Escape.terminal(e.getMessage()));
            return BAD_INPUT;
        } catch (OutputFolderException e) {
            err.println("grade: --out " + Escape.terminal(graded + ": " + e.getMessage()));
            return e.refused() ? BAD_INPUT : INTERNAL_ERROR;
        }
    }

    /** --grading-key, or where the main job puts the instructor notebook's key: ../grading-key/NAME.json. */
    private Path keyPath() {
        if (gradingKey != null) {
            return gradingKey;
        }
        Path folder = instructor.toAbsolutePath().getParent();
        String name = instructor.getFileName().toString().replaceFirst("\\.ipynb$", "");
        return folder.resolveSibling("grading-key").resolve(name + ".json");
    }

    private static GradingKey readKey(Path file) {
        try {
            return GradingKey.read(file);
        } catch (GradingKey.KeyException e) {
            throw new GradeInputException(e.getMessage());
        }
    }

    /**
     * The first input that is not a regular file within its bound (notebooks {@value GradeInput#NOTEBOOK_BYTES}
     * bytes, CSV files {@value GradeInput#CSV_BYTES}), or a {@code --csv} that would write over an input or is a
     * folder, or a {@code --feedback} that would write over an input or the {@code --csv}: one line
     * {@code --option FILE: why}, checked before anything is opened.
     */
    private Optional<String> refusal() {
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--instructor", instructor);
        inputs.put("--student", student);
        inputs.put("--answers", answers);
        inputs.put("--key", key);
        if (instructor != null && !Files.isDirectory(keyPath())) {
            inputs.put("--grading-key", keyPath());
        }
        inputs.values().removeIf(Objects::isNull);
        for (Map.Entry<String, Path> e : inputs.entrySet()) {
            int bound = e.getKey().equals("--instructor") || e.getKey().equals("--student") ? GradeInput.NOTEBOOK_BYTES
                    : GradeInput.CSV_BYTES;
            Optional<String> why = GradeInput.refusal(e.getKey(), e.getValue(), bound);
            if (why.isPresent()) {
                return why;
            }
        }
        Optional<String> refused = csv == null ? Optional.empty() : GradeInput.outputRefusal(csv, inputs);
        if (refused.isEmpty() && feedback != null) {
            if (csv != null) {
                inputs.put("--csv", csv);
            }
            refused = GradeInput.outputRefusal("--feedback", feedback, inputs);
        }
        return refused;
    }

    private static String text(Path file) {
        return GradeInput.text(file, GradeInput.CSV_BYTES);
    }
}
