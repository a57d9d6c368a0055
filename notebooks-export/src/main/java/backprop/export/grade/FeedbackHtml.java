package backprop.export.grade;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback page, as nbgrader's generate_feedback makes it: the autograded notebook ({@link AutogradedCell}) as
 * one self-contained HTML page, every cell in order, under each grading cell (its hidden tests restored) the
 * question's result as the grader reports it (earned/possible and each feedback line), and a header with the
 * total, each question's score and the notes on the submission as a whole.
 *
 * <p>What it never holds: an expected value (the grading key stays in the grader's process; the hidden tests are
 * calls on the key's inputs, and the feedback lines name the step and the slip, never the value), and anything the
 * student's code printed (their saved outputs are not read, as the grader never reads what a student prints).
 * Nothing from the student's file is markup: their code is escaped text in {@code <pre>}, their Markdown is rendered
 * with its HTML escaped ({@link FeedbackMarkdown#student}). The page loads nothing: no script, no font, no style
 * sheet from elsewhere; the same grading gives the same bytes on any machine.
 */
public final class FeedbackHtml {
    /** Readable on screen and on paper: one column, the student's cells marked, a grading cell's result boxed. */
    private static final String STYLE = """
            body { max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff;
              font: 1rem/1.55 Georgia, "DejaVu Serif", serif; }
            h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
            header { border-bottom: 2px solid #1b1b1b; margin-bottom: 1.5rem; padding-bottom: 0.8rem; }
            .total { font-size: 1.25rem; margin: 0.4rem 0; }
            table { border-collapse: collapse; margin: 0.6rem 0; }
            th, td { border: 1px solid #b8b8b8; padding: 0.2rem 0.6rem; text-align: left; vertical-align: top; }
            pre { background: #f6f6f4; border: 1px solid #dcdcd6; padding: 0.6rem 0.8rem; overflow-x: auto;
              white-space: pre-wrap; overflow-wrap: anywhere; font: 0.85rem/1.4 "DejaVu Sans Mono", monospace; }
            code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em; }
            img { max-width: 100%; height: auto; }
            .cell { margin: 1rem 0; }
            .label { font: 0.8rem/1.3 "DejaVu Sans", sans-serif; color: #555; margin: 0 0 0.2rem; }
            .student { border-left: 4px solid #2f6fb0; padding-left: 0.8rem; }
            .missing { color: #8a1c1c; font-style: italic; }
            .result { border: 2px solid #555; padding: 0.4rem 0.8rem; font-family: "DejaVu Sans", sans-serif; }
            .result.full { border-color: #2e7d32; }
            .result.lost { border-color: #b3261e; }
            .result .score { font-weight: bold; margin: 0; }
            .result ul, .notes { margin: 0.3rem 0; }
            @media print { body { max-width: none; margin: 0; font-size: 10.5pt; } pre { white-space: pre-wrap; }
              .cell, .result { break-inside: avoid; } }
            """;

    private FeedbackHtml() {
    }

    /** The page of {@code student}'s notebook graded against {@code instructor}'s; {@code title} names the notebook. */
    public static String page(String title, NotebookFile instructor, NotebookFile student, Grades grades) {
        return page(title, AutogradedCell.of(instructor, student), grades);
    }

    /** The page of the autograded {@code cells} with their {@code grades}; {@code title} names the notebook. */
    public static String page(String title, List<AutogradedCell> cells, Grades grades) {
        Map<String, QuestionScore> scores = new HashMap<>();
        grades.questions().forEach(q -> scores.putIfAbsent(q.question(), q));
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Feedback: ").append(text(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(html, title, grades);
        html.append("<main>\n");
        for (AutogradedCell c : cells) {
            cell(html, c, scores.get(c.cell().key()));
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The total, a table of the questions' scores, and the notes on the submission as a whole. */
    private static void header(StringBuilder html, String title, Grades grades) {
        html.append("<header>\n<h1>Feedback: ").append(text(title)).append("</h1>\n")
                .append("<p class=\"total\">Total: <strong>").append(score(grades.earned(), grades.possible()))
                .append("</strong> points</p>\n");
        if (!grades.questions().isEmpty()) {
            html.append("<table class=\"summary\">\n<thead><tr><th>question</th><th>points</th></tr></thead>\n<tbody>\n");
            for (QuestionScore q : grades.questions()) {
                html.append("<tr><td>").append(text(q.question())).append("</td><td>")
                        .append(score(q.earned(), q.possible())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        list(html, "notes", grades.notes());
        html.append("</header>\n");
    }

    private static void cell(StringBuilder html, AutogradedCell c, QuestionScore score) {
        GradedCell cell = c.cell();
        String kind = cell.code() ? "code" : "markdown";
        switch (c.origin()) {
            case INSTRUCTOR -> {
                html.append("<section class=\"cell ").append(kind).append(cell.grade() ? " grading" : "").append("\">\n");
                if (cell.grade()) {
                    html.append("<p class=\"label\">tests of ").append(text(cell.key()))
                            .append(", hidden tests restored</p>\n");
                }
                html.append(cell.code() ? pre(cell.source()) : FeedbackMarkdown.instructor(cell.source()));
            }
            case STUDENT -> {
                html.append("<section class=\"cell ").append(kind).append(" student\">\n")
                        .append("<p class=\"label\">your cell ").append(text(cell.key())).append("</p>\n")
                        .append(cell.code() ? pre(cell.source()) : FeedbackMarkdown.student(cell.source()));
            }
            case MISSING -> html.append("<section class=\"cell ").append(kind).append(" student\">\n")
                    .append("<p class=\"missing\">your notebook has no ").append(cell.code() ? "code" : "text")
                    .append(" cell ").append(text(cell.key())).append(": graded as if left empty</p>\n");
        }
        if (score != null) {
            result(html, score);
        } else if (cell.grade() && !cell.code()) {
            // nbgrader's manually graded answers (the figures, the printed values' table): no grader reads them
            html.append("<p class=\"label\">read by your instructor, not by the grader</p>\n");
        }
        html.append("</section>\n");
    }

    /** A grading cell's result: earned/possible, then each feedback line. */
    private static void result(StringBuilder html, QuestionScore q) {
        String how = q.earned() >= q.possible() ? "full" : "lost";
        html.append("<div class=\"result ").append(how).append("\">\n<p class=\"score\">")
                .append(score(q.earned(), q.possible())).append(" points</p>\n");
        list(html, "feedback", q.feedback());
        html.append("</div>\n");
    }

    private static void list(StringBuilder html, String kind, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<ul class=\"").append(kind).append("\">\n");
        lines.forEach(l -> html.append("<li>").append(text(l)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static String score(double earned, double possible) {
        return Report.points(earned) + "/" + Report.points(possible);
    }

    private static String pre(String code) {
        return "<pre><code>" + text(code) + "</code></pre>\n";
    }

    /**
     * Text in an element: {@code & < >} as entities; a character XML forbids (a C0 control other than tab, line feed
     * and carriage return, a lone surrogate, U+FFFE, U+FFFF) as U+FFFD, so that no student byte changes how the page
     * is read.
     */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : '\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
