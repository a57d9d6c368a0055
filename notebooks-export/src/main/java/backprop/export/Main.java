package backprop.export;

import backprop.examples.Status;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.export.model.Chapter;
import backprop.export.model.Escape;
import backprop.export.model.Worked;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.markdown.AnswerKeyCsv;
import backprop.export.grade.Grader;
import backprop.export.lint.LintCommand;
import backprop.export.output.Caller;
import backprop.export.output.OutputFolder;
import backprop.export.output.OutputFolderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The main job: writes the answer key (Markdown per chapter, answer-key.csv) and the notebooks for the five
 * documents and for every exam-variant file given, into one output folder, all or nothing.
 *
 * <p>Every failure is one line on standard error, {@code answer-key: FILE:LINE: what is wrong} or
 * {@code answer-key: --out DIR: why}, with exit status 2 for bad input (an option, a scenario file, a refused
 * or locked output folder) and 1 for anything else, among them {@code answer-key: FILE: gradient check failed:
 * ENTRY …} when a scenario file's gradient fails an oracle ({@link VariantGradients}); {@code --debug} adds the
 * stack trace. {@code answer-key grade …} is the grader ({@link Grader}), {@code answer-key lint …} the check of
 * a lecture's printed arithmetic ({@link LintCommand}).
 */
@Command(name = "answer-key", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Writes the instructor answer key and the notebooks for every document and exam variant.")
public final class Main implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder: a new or empty folder, or one an earlier run"
            + " wrote (default: ${DEFAULT-VALUE})", defaultValue = "answer-key-out")
    Path out;

    @Option(names = {"-v", "--variant"}, paramLabel = "FILE", description = "an exam-variant scenario file (TOML); repeatable. The"
            + " answer-key script gives every variants/*.toml when no --variant is given")
    List<Path> variants = new ArrayList<>();

    @Option(names = "--debug", description = "on a failure, print the stack trace too")
    boolean debug;

    /** A run this long gets progress lines on standard error ({@link Progress}), then one every {@link #PROGRESS_EVERY}. */
    static final Duration PROGRESS_AFTER = Duration.ofSeconds(3);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final Caller caller;
    private final PrintStream progress;
    private final PrintStream warnings;
    private final VariantGradients gradients;
    private final Progress stage;

    Main(Caller caller, PrintStream progress, VariantGradients gradients) {
        this(caller, progress, progress, gradients, Progress.off());
    }

    Main(Caller caller, PrintStream progress, PrintStream warnings, VariantGradients gradients, Progress stage) {
        this.caller = caller;
        this.progress = progress;
        this.warnings = warnings;
        this.gradients = gradients;
        this.stage = stage;
    }

    public static void main(String[] args) {
        int status;
        try (Progress stage = Progress.on(System.err, PROGRESS_AFTER, PROGRESS_EVERY)) {
            status = run(Caller.current(), System.out, System.err, VariantGradients.bothOracles(), stage, args);
        }
        System.exit(status);
    }

    /** Runs the command for the process's own caller; see {@link #run(Caller, PrintStream, PrintStream, String...)}. */
    static int run(PrintStream out, PrintStream err, String... args) {
        return run(Caller.current(), out, err, args);
    }

    /**
     * Runs the command, relative paths meaning {@code caller}'s; returns the exit status: 0 done, 2 bad input,
     * 1 internal error. Nothing is written on failure.
     */
    static int run(Caller caller, PrintStream out, PrintStream err, String... args) {
        return run(caller, out, err, VariantGradients.bothOracles(), args);
    }

    /**
     * As {@link #run(Caller, PrintStream, PrintStream, String...)}, the scenario files' gradients checked by
     * {@code gradients} (a test swaps in a wrong gradient to see the run stop).
     */
    static int run(Caller caller, PrintStream out, PrintStream err, VariantGradients gradients, String... args) {
        return run(caller, out, err, gradients, Progress.off(), args);
    }

    /** As {@link #run(Caller, PrintStream, PrintStream, VariantGradients, String...)}, with progress lines. */
    static int run(Caller caller, PrintStream out, PrintStream err, VariantGradients gradients, Progress stage,
                   String... args) {
        Main main = new Main(caller, out, err, gradients, stage);
        Grader grader = new Grader(out, err, Grader.ownClassPath());
        CommandLine cli = new CommandLine(main);
        cli.addSubcommand("grade", grader);
        cli.getSubcommands().get("grade").getCommandSpec().versionProvider(new Version());
        LintCommand lint = new LintCommand(caller, out, err);
        cli.addSubcommand("lint", lint);
        cli.getSubcommands().get("lint").getCommandSpec().versionProvider(new Version());
        ClassCommand klass = new ClassCommand(caller, out, err, gradients);
        cli.addSubcommand("class", klass);
        cli.getSubcommands().get("class").getCommandSpec().versionProvider(new Version());
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("answer-key: " + Escape.terminal(e.getMessage()) + " (answer-key --help lists the options)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> line.getCommand() == grader ? grader.internalError(e)
                : line.getCommand() == lint ? lint.internalError(e) : line.getCommand() == klass ? klass.fail(e, err)
                : main.fail(e, err));
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli's handler sees only Exceptions; an Error (a deep recursion, memory, a jar missing a class)
            // would otherwise end the process with a stack trace
            CommandLine.ParseResult parsed = cli.getParseResult();
            if (parsed != null && parsed.hasSubcommand()) {
                Object sub = parsed.subcommand().commandSpec().userObject();
                return sub == lint ? lint.internalError(e) : sub == klass ? klass.fail(e, err) : grader.internalError(e);
            }
            return main.fail(e, err);
        }
    }

    /** {@code --version}: the workbook's version, from the {@value #VERSION_RESOURCE} resource Maven writes. */
    static final class Version implements CommandLine.IVersionProvider {
        static final String VERSION_RESOURCE = "/backprop/export/version.properties";

        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream(VERSION_RESOURCE)) {
                if (in == null) {
                    throw new IOException("no " + VERSION_RESOURCE + " on the class path");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return new String[] {"answer-key " + p.getProperty("version")};
        }
    }

    /** Reports {@code e} as one line (and its stack trace with --debug); returns the exit status. */
    int fail(Throwable e, PrintStream err) {
        boolean badInput = e instanceof ScenarioFileException
                || e instanceof OutputFolderException o && o.refused();
        String line = e instanceof ScenarioFileException || e instanceof VariantGradients.GradientCheckFailure
                ? e.getMessage()
                : e instanceof OutputFolderException ? "--out " + out + ": " + e.getMessage()
                : "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                + e.getMessage()) + "; run again with --debug for the details";
        err.println("answer-key: " + Escape.terminal(line));
        if (debug) {
            e.printStackTrace(err);
        }
        return badInput ? BAD_INPUT : INTERNAL_ERROR;
    }

    @Override
    public Integer call() {
        OutputFolder.putBackInterruptedSwap(out, caller).ifPresent(n -> progress.println("note: " + n));
        stage.start();
        OutputFolder.check(out, caller);
        List<Chapter> chapters = new ArrayList<>(Chapter.documents());
        List<Path> paths = variants.stream().map(caller::resolve).toList();
        stage.stage("reading " + paths.size() + " scenario file" + (paths.size() == 1 ? "" : "s"));
        List<ScenarioFile> files = ExamFile.readAll(paths);
        gradients.checkAll(paths, files, progress, warnings, stage);
        stage.stage("computing the exam variants' chapters");
        chapters.addAll(files.stream().map(Chapter::of).toList());
        OutputFolder folder = new OutputFolder();
        List<List<Worked>> worked = new ArrayList<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int printed = 0;
        for (Chapter c : chapters) {
            stage.stage("writing chapter " + c.fileStem() + " (" + (worked.size() + 1) + " of " + chapters.size() + ")");
            List<Worked> w = Worked.of(c);
            worked.add(w);
            Exports.chapter(folder, c, w);
            for (Worked s : w) {
                for (Worked.Row r : s.rows()) {
                    counts.merge(r.status(), 1, Integer::sum);
                    printed++;
                }
            }
            String summary = AnswerKeyMarkdown.summary(w);
            progress.println(c.fileStem() + ": " + w.size() + " scenario" + (w.size() == 1 ? "" : "s") + "; "
                    + Character.toLowerCase(summary.charAt(0)) + summary.substring(1));
        }
        stage.stage("writing answer-key.csv and the output folder");
        folder.text("answer-key.csv", AnswerKeyCsv.render(chapters, worked));
        Exports.runtime(folder);
        List<String> notes = folder.writeTo(out, caller);
        progress.println();
        progress.println(chapters.size() + " chapters (" + (chapters.size() - variants.size()) + " documents, "
                + variants.size() + " exam variants), " + printed + " printed values: " + breakdown(counts));
        progress.println(folder.files().size() + " files written to "
                + caller.resolve(out).toAbsolutePath().normalize());
        notes.forEach(n -> progress.println("note: " + n));
        return 0;
    }

    private static String breakdown(Map<Status, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            if (s != Status.DERIVED) {
                parts.add(counts.getOrDefault(s, 0) + " " + s.label());
            }
        }
        return String.join(", ", parts);
    }
}
