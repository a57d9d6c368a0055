package backprop.export.notebook;

import backprop.core.graph.Kinks;
import backprop.examples.Input;
import backprop.examples.Scenario;
import backprop.examples.format.Precision;
import backprop.examples.format.Table;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import backprop.export.model.Chapter;
import backprop.export.model.Escape;
import backprop.export.model.Maths;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.Regions;
import backprop.export.notebook.figure.GraphFigure;
import backprop.export.notebook.figure.LossCurve;
import backprop.export.notebook.figure.NetworkFigure;
import backprop.export.notebook.question.GraphQuestions;
import backprop.export.notebook.question.NetworkQuestions;
import backprop.export.notebook.question.Question;
import backprop.export.runtime.GradingKey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A chapter's notebook, as cells that exist in an instructor and a student version: the scenario's
 * inputs, the lost figures redrawn, the code that computes every answer (from {@link NotebookCells}), a
 * grading cell per scenario, and the printed values with their classification.
 */
public final class Notebooks {
    private static final Regions CELLS = Regions.of("backprop/export/notebook/NotebookCells.java");
    /** The jar the notebooks run with, written beside them by the main job: the runtime, not the engine. */
    public static final String RUNTIME_JAR = "workbook-runtime.jar";

    private Notebooks() {
    }

    /** The cells of {@code chapter}'s notebook. */
    public static List<Cell> cells(Chapter chapter, List<Worked> worked) {
        List<Cell> cells = new ArrayList<>();
        String stem = stem(chapter);
        cells.add(Cell.markdown(stem + "-title", "# " + Escape.markdown(chapter.heading()) + "\n\nRun this notebook in a"
                + " Java kernel (Java 17 or later) with the workbook's notebook runtime, `" + RUNTIME_JAR + "`, on the kernel's"
                + " class path: it holds the helpers the questions name (`Given`, `Grade`) and nothing that computes a step"
                + " for you. Each question asks for one Java method, one step of the forward or backward pass; its grading"
                + " cell checks it part by part. Then each scenario's answers cell runs your methods on the scenario's"
                + " numbers and puts each answer under its id, and the grading cell after it checks those."));
        cells.add(Cell.code(stem + "-imports", CELLS.get("imports"), Cell.Grading.READ_ONLY));
        Set<String> declared = new HashSet<>();
        for (int s = 0; s < worked.size(); s++) {
            scenario(cells, stem + "-" + (s + 1), worked.get(s), chapter.precision(), declared,
                    chapter.variantText() == null ? null : chapter.source().substring(chapter.source().lastIndexOf('/') + 1));
        }
        return cells;
    }

    /** The grading key of a notebook's cells: every grading cell's question, by its cell id, in the notebook's order. */
    public static GradingKey gradingKey(List<Cell> cells) {
        Map<String, GradingKey.Question> key = new LinkedHashMap<>();
        cells.stream().filter(c -> c.key() != null).forEach(c -> key.put(c.id(), c.key()));
        return new GradingKey(key);
    }

    /**
     * The id of a cell that a caller adds to {@code chapter}'s notebook, named {@code name} ({@code "student"}: a
     * class's exam names its student): under the notebook's prefix as its own cells are, apart from theirs (whose
     * names are "title", "imports" and a scenario's number).
     */
    public static String cellId(Chapter chapter, String name) {
        return stem(chapter) + "-" + name;
    }

    /** The prefix of every cell id of the chapter's notebook: its file stem, fit for nbgrader's ids. */
    private static String stem(Chapter chapter) {
        return chapter.fileStem().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /**
     * Each network's questions, then its first graph's, in the documents' order: the student writes the method of
     * one step, the grading cell scores it part by part on the scenario's exact inputs. {@code declared} holds the methods asked for by
     * earlier questions of the notebook.
     */
    private static void questions(List<Cell> cells, String id, Worked w, Set<String> declared) {
        List<NetworkWork> networks = w.result().networks();
        for (int n = 0; n < networks.size(); n++) {
            for (Question q : NetworkQuestions.of(id + "-n" + (n + 1), networks.get(n), declared)) {
                cells.addAll(q.cells());
            }
        }
        // a scenario's graphs are one expression at several points (000: x = 0.5, 1, 3) or its steps: the first asks
        if (!w.result().graphs().isEmpty()) {
            for (Question q : GraphQuestions.of(id + "-g1", w.result().graphs().get(0), declared)) {
                cells.addAll(q.cells());
            }
        }
    }

    /**
     * One scenario's cells; {@code variantFile} is an exam variant's file name (null for a document), which the
     * student does not have: the inputs table says "given in the exam" where the answer key names the file.
     */
    private static void scenario(List<Cell> cells, String id, Worked w, Precision p, Set<String> declared,
                                 String variantFile) {
        boolean variant = variantFile != null;
        Scenario s = w.scenario();
        StringBuilder intro = new StringBuilder("## " + Escape.markdown(s.title()) + "\n\n*"
                + Escape.markdown(s.section()) + "*\n\n" + Maths.displayed(s.formula())
                + "\n\n| symbol | value | provenance | where it comes from |\n|---|---|---|---|\n");
        for (Input i : s.inputs()) {
            intro.append("| ").append(Escape.markdownCell(i.symbol())).append(" | ").append(Escape.markdownCell(i.value())).append(" | ")
                    .append(i.provenance().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(Escape.markdownCell(variant ? i.note().replace("from " + variantFile, "given in the exam") : i.note()))
                    .append(" |\n");
        }
        cells.add(Cell.markdown(id + "-intro", intro.toString()));
        figures(cells, id, w);
        questions(cells, id, w, declared);
        AnswerCell.Built answers = AnswerCell.build(w, declared, CELLS.get("show"));
        Cell grading = checks(id, w, answers.asked().keySet());
        cells.add(Cell.markdown(id + "-solve-prompt", solvePrompt(w, grading)));
        cells.add(Cell.code(id + "-solve", answers.source(), Cell.Grading.SOLUTION));
        cells.add(grading);
        StepsCell steps = StepsCell.of(w, declared);
        if (steps != null) {
            cells.add(Cell.markdown(id + "-steps-prompt", steps.prompt()));
            cells.add(Cell.work(id + "-steps", steps.source()));
        }
        // a variant's printed values are the instructor's check on their own notes (the answer key shows them), not
        // student material: at the printed precision some fall inside the grading tolerance
        if (!variant) {
            cells.add(w.rows().isEmpty() ? Cell.markdown(id + "-printed", printedTable(w, p, false))
                    : Cell.answer(id + "-printed", printedTable(w, p, true), printedTable(w, p, false)));
        }
    }

    /**
     * The scenario's figures: each network layer by layer; each scalar graph node by node, unless it is a
     * network's own graph too wide for one band (the layer drawing shows it) or too large to draw; each
     * training run's cost curve. The student is asked for the drawing the instructor version shows.
     */
    private static void figures(List<Cell> cells, String id, Worked w) {
        int n = 0;
        List<NetworkWork> networks = w.result().networks();
        for (NetworkWork net : networks) {
            n++;
            cells.add(Cell.answer(id + "-figure-" + n, "**" + Escape.markdown(net.title()) + "**, layer by layer: each"
                    + " vector one box, values in black, gradients in red (∂L/∂a, δ = ∂L/∂z, the rows of ∂L/∂W = δ·aᵀ),"
                    + " each arrow labelled with its forward step and its backward rule.\n\n"
                    + image(NetworkFigure.svg(net), net.title()), "**" + Escape.markdown(net.title()) + "**: draw the"
                    + " network layer by layer, one box per vector (x, each z and a, ŷ, L), with its values, its"
                    + " gradient (∂L/∂a or δ) and ∂L/∂W = δ·aᵀ, and on each arrow the forward step and the backward rule."));
        }
        for (GraphWork g : w.result().graphs()) {
            n++;
            String title = "**" + Escape.markdown(g.title()) + "**: ";
            GraphFigure.Figure figure = GraphFigure.layout(g);
            if (figure.drawable() && (networks.isEmpty() || !figure.wraps())) {
                cells.add(Cell.answer(id + "-figure-" + n, title + "forward values in black, gradients in red, each arc"
                        + " labelled local gradient × upstream gradient.\n\n" + image(figure.svg(), g.title()),
                        title + "draw the graph, with each node's value and each arc's local gradient × upstream gradient."));
            } else {
                String why = networks.isEmpty() ? "too many to draw node by node."
                        : "too many to draw node by node: the network's figure cell above, layer by layer, a vector as"
                        + " one box, stands for them.";
                cells.add(Cell.markdown(id + "-figure-" + n, title + (g.output().index() + 1) + " scalar nodes, " + why));
            }
        }
        for (NetworkWork net : networks) {
            if (net.costs().size() >= 2) {
                n++;
                cells.add(Cell.answer(id + "-figure-" + n, "**Training**: the cost J per epoch.\n\n"
                        + image(LossCurve.svg(net.costs()), "cost per epoch"), "**Training**: plot the cost J per epoch."));
            }
        }
    }

    /** An SVG as an embedded image: survives nbconvert's HTML, JupyterLab and notebook viewers alike. */
    public static String image(String svg, String alt) {
        return "<img alt=\"" + Escape.html(alt) + "\" src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)) + "\"/>";
    }

    /**
     * What the answers cell asks: every id its grading cell checks, with the quantity it names, so that a student
     * knows each id without the hidden tests or the feedback.
     */
    static String solvePrompt(Worked w, Cell grading) {
        if (grading.key() == null) {
            return "Run your methods on the scenario's numbers below: the forward pass, the backward pass and the update.";
        }
        StringBuilder t = new StringBuilder("Fill `answers` with your methods: run the forward pass, the backward pass"
                + " and the update on the scenario's numbers below, and put each answer under its id"
                + " (`answers.put(id, value)`):\n\n| id | the quantity |\n|---|---|\n");
        words(w, grading.key().parts().keySet()).forEach((id, quantity) -> t.append("| ")
                .append(Escape.markdownCode(id).replace("|", "\\|")).append(" | ").append(Maths.scripts(quantity))
                .append(" |\n"));
        return t.toString();
    }

    /** Each of {@code ids}, in their order, with the quantity it names (a printed value's or a derived one's; else the id). */
    private static java.util.Map<String, String> words(Worked w, java.util.Collection<String> ids) {
        java.util.Map<String, String> quantity = new java.util.HashMap<>();
        w.scenario().published().forEach(v -> quantity.put(v.id(), v.quantity()));
        w.result().derived().forEach(d -> quantity.put(d.name(), d.quantity()));
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        ids.forEach(id -> words.put(id, quantity.getOrDefault(id, id)));
        return words;
    }

    /**
     * What a scenario's part of the student notebook asks, for a sheet printed from it.
     *
     * @param questions the titles of its questions, each one method to write, in the notebook's order
     * @param answers   its answers cell's ids, in the order its table lists them, each with the quantity it names (as
     *                  the scenario's file or document words it: plain text, TeX scripts {@code a_{11}} and all)
     * @param figures   the SVG figures its student version shows, in order: none today, since each figure cell shows the
     *                  student only what to draw (the instructor's drawing holds the values and gradients asked for)
     */
    public record Asked(List<String> questions, java.util.Map<String, String> answers, List<String> figures) {
        public Asked {
            figures = List.copyOf(figures);
            questions = List.copyOf(questions);
            answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        }
    }

    /**
     * What the student notebook of {@code chapter} asks, one {@link Asked} per scenario of {@code worked}, in order:
     * read from the notebook's own cells (its question cells' titles, its answers grading cell's parts), so that a
     * sheet asks exactly what the notebook grades. No expected value is in it.
     */
    public static List<Asked> asked(Chapter chapter, List<Worked> worked) {
        return asked(chapter, worked, cells(chapter, worked));
    }

    /**
     * As {@link #asked(Chapter, List)}, from the notebook's {@code cells} already made by {@link #cells}: a class's
     * run makes each student's cells once, for the notebooks and the sheet alike.
     */
    public static List<Asked> asked(Chapter chapter, List<Worked> worked, List<Cell> cells) {
        String stem = stem(chapter);
        List<Asked> all = new ArrayList<>();
        for (int s = 0; s < worked.size(); s++) {
            String id = stem + "-" + (s + 1);
            List<String> questions = new ArrayList<>();
            java.util.Map<String, String> answers = java.util.Map.of();
            List<String> figures = new ArrayList<>();
            for (Cell c : cells) {
                if (!c.id().startsWith(id + "-")) {
                    continue;
                }
                if (c.id().startsWith(id + "-figure-")) {
                    figures.addAll(svgs(c.student()));
                } else if (c.key() != null && c.id().equals(id + "-grade")) {
                    answers = words(worked.get(s), c.key().parts().keySet());
                } else if (c.key() != null) {
                    questions.add(c.key().title());
                }
            }
            all.add(new Asked(questions, answers, figures));
        }
        return all;
    }

    /** The SVG documents a cell's text embeds as {@link #image}s, decoded, in order. */
    static List<String> svgs(String text) {
        String uri = "data:image/svg+xml;base64,";
        List<String> svgs = new ArrayList<>();
        for (int at = text.indexOf(uri); at >= 0; at = text.indexOf(uri, at + 1)) {
            int from = at + uri.length();
            int to = text.indexOf('"', from);
            svgs.add(new String(Base64.getDecoder().decode(text.substring(from, to)), StandardCharsets.UTF_8));
        }
        return svgs;
    }

    /**
     * The answers' grading cell, a question like the others ({@link backprop.export.runtime.Grade}: one SCORE line,
     * a FEEDBACK line per wrong answer, its value the score): each answer the answers cell asks (one taken from
     * the step of the quantity it names, and no number the cell gives) one part, its true value in the grading key
     * (never in either notebook), within the tolerance, or at a kink anywhere between the one-sided derivatives. A
     * missing answer is named ("gives no value").
     */
    private static Cell checks(String id, Worked w, java.util.Set<String> asked) {
        java.util.Map<String, Double> expected = new java.util.TreeMap<>(AnswerCell.answers(w));
        expected.keySet().retainAll(asked);
        if (expected.isEmpty()) {
            return Cell.markdown(id + "-grade", "Nothing to grade here: no answer of this scenario is a step the"
                    + " questions asked for.");
        }
        java.util.Map<String, Kinks.Interval> kinks = w.result().kinks();
        List<Question.Part> parts = new ArrayList<>();
        expected.forEach((name, value) -> {
            String call = "answers.get(" + Escape.java(name) + ")";
            Kinks.Interval k = kinks.get(name);
            parts.add(k == null ? new Question.Part(name, call, java.util.Map.of(), value, List.of())
                    : new Question.Part(name, call, java.util.Map.of(), k.lo(), k.hi(), List.of()));
        });
        Question q = new Question(id + "-grade", "the answer key", 1, "", null, "", parts);
        return Cell.question(q.id(), q.grading(), q.points(), q.key());
    }

    private static String printedTable(Worked w, Precision p, boolean instructor) {
        if (w.rows().isEmpty()) {
            return "The document prints no computed value here; the grading cell checks the derived ones.";
        }
        StringBuilder t = new StringBuilder(instructor ? "The answer key's values:\n\n" : "### Printed values\n\n");
        t.append(instructor ? "| quantity | printed | exact | status | note |\n|---|---|---|---|---|\n"
                : "| quantity | printed | your value | does it reproduce? |\n|---|---|---|---|\n");
        Table exact = p.table(w.rows().stream().mapToDouble(r -> r.computed().exact()).toArray());
        for (Worked.Row r : w.rows()) {
            t.append("| ").append(Maths.scripts(r.value().quantity())).append(" | ").append(Escape.markdownCell(r.value().printed()));
            if (instructor) {
                t.append(" | ").append(exact.format(r.computed().exact())).append(" | ").append(r.status().label())
                        .append(" | ").append(Escape.markdownCell(r.value().reason())).append(" |\n");
            } else {
                t.append(" | | |\n");
            }
        }
        if (instructor && !exact.note().isEmpty()) {
            t.append("\nNote: ").append(exact.note()).append(".\n");
        }
        return t.toString();
    }
}
