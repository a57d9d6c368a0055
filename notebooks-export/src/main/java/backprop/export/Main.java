package backprop.export;

import backprop.examples.Status;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The main job: writes the answer key (Markdown per chapter, answer-key.csv) and the notebooks for the five
 * documents and for every exam-variant file given, into one output folder, all or nothing.
 */
@Command(name = "answer-key", mixinStandardHelpOptions = true,
        description = "Writes the instructor answer key and the notebooks for every document and exam variant.")
public final class Main implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "answer-key-out")
    Path out;

    @Option(names = {"-v", "--variant"}, description = "an exam-variant scenario file (TOML); repeatable")
    List<Path> variants = new ArrayList<>();

    private final PrintStream progress;

    Main(PrintStream progress) {
        this.progress = progress;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command; returns the exit code (0 done, 1 failed, 2 bad usage). Nothing is written on failure. */
    static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new Main(out));
        cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("answer-key: " + e.getMessage());
            err.println("answer-key: nothing was written");
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        List<Chapter> chapters = new ArrayList<>(Chapter.documents());
        for (Path v : variants) {
            chapters.add(backprop.export.exam.ExamFile.read(v));
        }
        OutputFolder folder = new OutputFolder();
        List<List<Worked>> worked = new ArrayList<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int printed = 0;
        for (Chapter c : chapters) {
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
        folder.text("answer-key.csv", AnswerKeyCsv.render(chapters, worked));
        folder.writeTo(out);
        progress.println();
        progress.println(chapters.size() + " chapters (" + (chapters.size() - variants.size()) + " documents, "
                + variants.size() + " exam variants), " + printed + " printed values: " + breakdown(counts));
        progress.println(folder.files().size() + " files written to " + out.toAbsolutePath().normalize());
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
