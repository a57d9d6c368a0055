package backprop.export;

import backprop.examples.scenariofile.ScenarioFile;
import backprop.examples.scenariofile.template.Template;
import backprop.export.classroom.ClassFiles;
import backprop.export.classroom.ClassInputException;
import backprop.export.classroom.Find;
import backprop.export.classroom.Roster;
import backprop.export.classroom.StudentExam;
import backprop.export.grade.session.RuntimeJar;
import backprop.export.model.Escape;
import backprop.export.output.Caller;
import backprop.export.output.OutputFolder;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.export.output.OutputFolderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code answer-key class --template T.toml --roster roster.csv --out DIR}: every student of the roster gets their
 * own numbers, drawn from the template ({@link Template}: seeded by the assignment and the student's id, redrawn
 * until the exam is good, {@link backprop.export.classroom.GoodExam}), and their own notebook and exam sheet; the
 * instructor gets the key ({@code key.csv}), the draws, each student's answer key and grading key, and statistics
 * ({@link ClassFiles} says what is where). Students are worked out in parallel on the available cores and written in
 * the roster's order, each as soon as it is done, through a streaming output folder: memory does not grow with the
 * class, and the same template and roster give the same bytes. {@code --find VALUE --class DIR} names the students whose
 * exam shows a number ({@link Find}).
 */
@Command(name = "class", mixinStandardHelpOptions = true,
        description = "Draws each student's own numbers from one template and writes each student's notebook and"
                + " exam sheet and the instructor's key; or, with --find, names the students whose exam shows a number.")
final class ClassCommand implements Callable<Integer> {
    @Option(names = "--template", paramLabel = "FILE", description = "the template: a scenario file with [template]"
            + " and [draw] tables (variants/README.md, \"Templates\")")
    Path template;

    @Option(names = "--roster", paramLabel = "FILE", description = "the class: a CSV file with an id and a name column,"
            + " or Canvas's or Moodle's export as it is")
    Path roster;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder: a new or empty folder, or one an"
            + " earlier run wrote")
    Path out;

    @Option(names = "--find", paramLabel = "VALUE", description = "name the students whose exam shows VALUE (a drawn"
            + " number or an expected answer, at VALUE's digits), or NAME=VALUE for one entry; with --class")
    String find;

    @Option(names = "--class", paramLabel = "DIR", description = "for --find: the folder an earlier class run wrote")
    Path classDir;

    @Option(names = "--debug", description = "on a failure, print the stack trace too")
    boolean debug;

    private final Caller caller;
    private final PrintStream progress;
    private final PrintStream warnings;
    private final VariantGradients gradients;

    ClassCommand(Caller caller, PrintStream progress, PrintStream warnings, VariantGradients gradients) {
        this.caller = caller;
        this.progress = progress;
        this.warnings = warnings;
        this.gradients = gradients;
    }

    @Override
    public Integer call() throws Exception {
        if (find != null) {
            return find();
        }
        if (template == null || roster == null || out == null || classDir != null) {
            throw new ClassInputException("give --template, --roster and --out (or --find with --class)");
        }
        OutputFolder.putBackInterruptedSwap(out, caller).ifPresent(n -> progress.println("note: " + n));
        OutputFolder.check(out, caller);
        Template t = Template.read(caller.resolve(template));
        List<Roster.Student> students = Roster.read(caller.resolve(roster));
        ScenarioFile master = t.master();
        gradients.check(template.toString(), master, warnings);
        ClassFiles files = new ClassFiles(t, template.getFileName().toString(), roster.getFileName().toString());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> notes;
        try (OutputFolder.Stream folder = OutputFolder.stream(out, caller)) {
            folder.bytes(ClassFiles.RUNTIME, RuntimeJar.bytes(RuntimeJar.running()));
            files.start(folder, students.size());
            // a window of students in flight: the pool busy, memory bounded by the window, output in roster order
            int window = 4 * threads;
            List<Future<StudentExam>> inFlight = new ArrayList<>();
            int next = 0;
            for (int done = 0; done < students.size(); done++) {
                while (next < students.size() && inFlight.size() < window) {
                    Roster.Student s = students.get(next++);
                    inFlight.add(pool.submit(() -> exam(t, s)));
                }
                StudentExam e = take(inFlight.remove(0));
                files.student(folder, e);
            }
            files.finish(folder);
            notes = folder.commit();
        } finally {
            pool.shutdownNow();
        }
        progress.println(files.summary());
        progress.println(files.count() + " files written to " + caller.resolve(out).toAbsolutePath().normalize());
        notes.forEach(n -> progress.println("note: " + n));
        return 0;
    }

    private StudentExam exam(Template t, Roster.Student s) {
        StudentExam e = StudentExam.draw(t, s);
        gradients.check(template + " (student " + s.id() + ", draw " + e.drawn().attempts() + ")", e.drawn().file(),
                warnings);
        return e;
    }

    private static StudentExam take(Future<StudentExam> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
        }
    }

    private int find() {
        if (classDir == null || template != null || roster != null || out != null) {
            throw new ClassInputException("--find takes --class DIR only (the folder an earlier class run wrote)");
        }
        Find f = Find.of(find);
        List<Find.Match> matches = f.in(caller.resolve(classDir));
        for (Find.Match m : matches) {
            progress.println(Escape.terminal(m.student() + " (" + m.name() + "): " + m.where() + " = " + m.value()
                    + ", " + m.kind()));
        }
        int n = Find.students(matches).size();
        progress.println(n + " student" + (n == 1 ? "" : "s") + " show " + find + " (" + f.range() + ")");
        return 0;
    }

    /** Reports {@code e} as one line (and its stack trace with --debug); returns the exit status. */
    int fail(Throwable e, PrintStream err) {
        boolean badInput = e instanceof ScenarioFileException || e instanceof ClassInputException
                || e instanceof OutputFolderException o && o.refused();
        String line = badInput && !(e instanceof OutputFolderException) || e instanceof VariantGradients.GradientCheckFailure
                ? e.getMessage()
                : e instanceof OutputFolderException ? "--out " + out + ": " + e.getMessage()
                : "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                + e.getMessage()) + "; run again with --debug for the details";
        err.println("answer-key: class: " + Escape.terminal(line));
        if (debug) {
            e.printStackTrace(err);
        }
        return badInput ? Main.BAD_INPUT : Main.INTERNAL_ERROR;
    }
}
