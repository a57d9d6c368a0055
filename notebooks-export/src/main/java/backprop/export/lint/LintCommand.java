package backprop.export.lint;

import backprop.export.model.Escape;
import backprop.export.output.Caller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code answer-key lint FILE... [--csv OUT.csv] [--draft OUT.toml]}: finds every arithmetic claim the files
 * print and checks it at the printed precision; {@code --draft} also drafts a scenario file from them ({@link Draft}). Exit 0 when it ran, whatever it found; 2 on bad input (a folder, an unreadable, binary or
 * over-large file, a FIFO or a device, a file not in UTF-8, a --csv or --draft that is an input, a folder or a device),
 * one line on standard error, nothing written; 1 on an internal error. The CSV and the draft are each written
 * to a temporary file beside it and moved into place, so a failed run leaves no partial file.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks the arithmetic a lecture prints (Markdown, LaTeX or plain text): every claim"
                + " 'expression = value', each at the printed precision.")
public final class LintCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "a lecture's text, at most 5 MB each")
    List<Path> files = new ArrayList<>();

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "also write file,line,claim,printed,computed,"
            + "status,note, one row per claim, to this file (not one of the inputs)")
    Path csv;

    @Option(names = "--draft", paramLabel = "OUT.toml", description = "also draft a scenario file from the text:"
            + " the values it gives names, and each printed value as a [[published]] entry with its line; what lint"
            + " cannot tell is a '# TODO' comment for you to complete (not one of the inputs)")
    Path draft;

    @Option(names = "--debug", description = "on an internal error, print the stack trace too")
    boolean debug;

    private final Caller caller;
    private final PrintStream out;
    private final PrintStream err;

    public LintCommand(Caller caller, PrintStream out, PrintStream err) {
        this.caller = caller;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        List<ClaimRow> rows = new ArrayList<>();
        List<Draft.Reading> readings = new ArrayList<>();
        try {
            List<Source> sources = new ArrayList<>();
            for (Path f : files) {
                sources.add(Source.read(f.toString(), caller.resolve(f)));
            }
            checkCsv();
            checkDraft();
            for (Source s : sources) {
                Checker read = Lint.read(s);
                rows.addAll(read.rows());
                readings.add(new Draft.Reading(s.name(), s.text(), read.givens(), read.rows()));
            }
        } catch (LintInputException e) {
            err.println("answer-key: lint: " + Escape.terminal(e.getMessage()));
            return BAD_INPUT;
        }
        if (csv != null) {
            write(caller.resolve(csv), LintReport.csv(rows));
        }
        if (draft != null) {
            write(caller.resolve(draft), Draft.toml(readings));
        }
        out.println(LintReport.summary(files.size(), rows));
        LintReport.problems(rows).forEach(line -> out.println(Escape.terminal(line)));
        return 0;
    }

    /** --csv must be neither a folder nor one of the inputs (it would be overwritten). */
    private void checkCsv() throws LintInputException {
        if (csv != null) {
            checkOutput("--csv", csv);
        }
    }

    /** --draft: as --csv, and not the --csv file itself. */
    private void checkDraft() throws LintInputException {
        if (draft == null) {
            return;
        }
        checkOutput("--draft", draft);
        if (csv != null && caller.resolve(csv).toAbsolutePath().normalize()
                .equals(caller.resolve(draft).toAbsolutePath().normalize())) {
            throw new LintInputException("--draft " + draft + ": is the --csv file too; give them different names");
        }
    }

    /**
     * An output file ({@code option}'s {@code file}) must be a regular file or not exist yet, in a folder that
     * exists, and be none of the inputs: it is replaced by a rename, which as root would replace even a FIFO or
     * /dev/null with a file.
     */
    private void checkOutput(String option, Path file) throws LintInputException {
        Path target = caller.resolve(file).toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new LintInputException(option + " " + file + ": is a folder");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new LintInputException(option + " " + file + ": is not a regular file (a FIFO, a device or a"
                    + " socket); lint writes files only");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new LintInputException(option + " " + file + ": its folder does not exist");
        }
        for (Path f : files) {
            Path input = caller.resolve(f).toAbsolutePath().normalize();
            boolean same = input.equals(target);
            try {
                same = same || Files.exists(target) && Files.isSameFile(input, target);
            } catch (IOException e) {
                // a target that cannot be compared is not the input
            }
            if (same) {
                throw new LintInputException(option + " " + file + ": is one of the input files; it would be"
                        + " overwritten");
            }
        }
    }

    private static void write(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".lint-new");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** An internal error as one line (its stack trace with --debug); returns the exit status 1. */
    public int internalError(Throwable e) {
        err.println("answer-key: lint: internal error: " + Escape.terminal(e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())) + "; run again with --debug for the details");
        if (debug) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }
}
