package backprop.export.grade;

import backprop.export.grade.session.Sandbox;
import backprop.export.model.Escape;
import backprop.export.runtime.GradingKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import backprop.export.grade.session.Sandbox;
import backprop.export.runtime.GradingKey;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The grader CI uses in place of nbgrader: {@code --instructor I.ipynb --student S.ipynb} runs the student's
 * notebook as nbgrader's autograde would ({@link Autograder}); {@code --answers A.csv --key answer-key.csv}
 * grades a numbers-only hand-in ({@link NumberGrader}). Either prints the score per question with its feedback,
 * then the total, and exits 0; {@code --csv} also writes question,earned,possible,feedback. A file it cannot
 * read is one line {@code grade: FILE:LINE: what is wrong}, exit 2. Also {@code answer-key grade …}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a student's notebook against the instructor's, or a numbers-only hand-in against answer-key.csv.")
public final class Grader implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @Option(names = "--instructor", description = "the instructor's notebook (with hidden tests)")
    Path instructor;

    @Option(names = "--student", description = "the student's notebook, executed or not")
    Path student;

    @Option(names = "--answers", description = "a student's answers, CSV rows id,value")
    Path answers;

    @Option(names = "--key", description = "answer-key.csv, for --answers")
    Path key;

    @Option(names = "--grading-key", description = "the instructor's grading key for --instructor (default: the"
            + " notebook's name in grading-key/ beside the instructor's folder, as the main job writes it)")
    Path gradingKey;

    @Option(names = "--unsandboxed", description = "grade even where no sandbox is available: the student's code then"
            + " runs with your rights (the expected values still never enter its process)")
    boolean unsandboxed;

    @Option(names = "--csv", description = "also write question,earned,possible,feedback to this file")
    Path csv;

    @Option(names = "--time-limit", description = "seconds of CPU time each cell may use (default: ${DEFAULT-VALUE});"
            + " a cell that only waits is stopped after five times that, at least two minutes more",
            defaultValue = "60")
    int timeLimit;

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> classPath;

    /** A grader that prints to {@code out} and {@code err}, with {@code classPath} on the notebooks' class path. */
    public Grader(PrintStream out, PrintStream err, List<String> classPath) {
        this.out = out;
        this.err = err;
        this.classPath = List.copyOf(classPath);
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, ownClassPath(), args));
    }

    /** This process's class path (the answer-key jar when run from it): what the notebooks import. */
    public static List<String> ownClassPath() {
        return classPath(System.getProperty("java.class.path"));
    }

    /** The entries of a class path string, empty ones left out. */
    static List<String> classPath(String path) {
        return Arrays.stream(path.split(File.pathSeparator)).filter(e -> !e.isBlank()).toList();
    }

    /** Runs the command; returns the exit status: 0 graded, 2 bad input, 1 internal error. */
    public static int run(PrintStream out, PrintStream err, List<String> classPath, String... args) {
        CommandLine cli = new CommandLine(new Grader(out, err, classPath));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("grade: " + Escape.terminal(e.getMessage()) + " (grade --help lists the options)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> internalError(e, err));
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli's handler sees only Exceptions; an Error would otherwise end the process with a stack trace
            return internalError(e, err);
        }
    }

    /** What the command did not expect, as one line: the grader has no --debug, the class and message name it. */
    private static int internalError(Throwable e, PrintStream err) {
        err.println("grade: internal error: " + Escape.terminal(e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        return INTERNAL_ERROR;
    }

    @Override
    public Integer call() {
        boolean notebooks = instructor != null || student != null;
        boolean numbers = answers != null || key != null;
        if (notebooks == numbers || notebooks && (instructor == null || student == null)
                || numbers && (answers == null || key == null) || timeLimit < 1) {
            err.println("grade: give --instructor and --student, or --answers and --key (and --time-limit ≥ 1)");
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
            Grades grades = notebooks
                    ? new Autograder(classPath, Duration.ofSeconds(timeLimit), noSandbox == null).grade(
                    NotebookFile.read(instructor), NotebookFile.read(student), readKey(keyPath()), keyPath().toString())
                    : NumberGrader.grade(AnswerKey.parse(key.toString(), text(key)),
                    Answers.parse(answers.toString(), text(answers)));
            Report.print(grades, out);
            if (csv != null) {
                write(csv, Report.csv(grades));
            }
            return 0;
        } catch (GradeInputException e) {
            err.println("grade: " + Escape.terminal(e.getMessage()));
            return BAD_INPUT;
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

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GradeInputException(file.toString(), 1, "cannot read: " + e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GradeInputException(file.toString(), 1, "cannot write the grades: " + e.getMessage());
        }
    }
}
