package backprop.export.classroom;

import backprop.examples.Input;
import backprop.examples.Scenario;
import backprop.examples.format.Precision;
import backprop.export.classroom.Roster.Student;
import backprop.export.model.Chapter;
import backprop.export.model.Escape;
import backprop.export.model.Maths;
import backprop.export.model.Worked;
import backprop.export.notebook.Notebooks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A student's printable exam sheet: one self-contained HTML page (no script, no external resource, every text
 * escaped) with print CSS for A4. A cover with the student's name and id and what to do; then each scenario on a page
 * of its own: what the student notebook shows of it (the title, the formula, the table of inputs, any figure it
 * shows, inline), every answer its answers cell asks for (the id and the quantity it names, in the notebook's order)
 * with an empty box to write in, and the titles of the methods its questions ask for. It holds no answer: what it
 * asks comes from {@link Notebooks#asked}, ids and words only, and no number but the inputs is in it.
 */
public final class ExamSheet {
    /**
     * A4 with margins (the page's own rule, with the student in its top margin, is {@link #page}); each scenario from a
     * new page; a table's head repeated on every page it runs to, a box's row never split across two.
     */
    private static final String STYLE = """
            body { font-family: "DejaVu Serif", "Times New Roman", serif; font-size: 11pt; line-height: 1.35;
                   color: #000; background: #fff; margin: 0; }
            @media screen { body { max-width: 178mm; margin: 0 auto; padding: 12mm 0; } }
            h1 { font-size: 18pt; margin: 0 0 2mm; }
            h2 { font-size: 14pt; margin: 0 0 1mm; }
            h3 { font-size: 12pt; margin: 6mm 0 2mm; }
            .who { border: 1px solid #000; padding: 3mm 4mm; margin: 6mm 0; font-size: 12pt; }
            .who td { border: none; padding: 1mm 4mm 1mm 0; }
            .running { font-size: 9pt; color: #444; border-bottom: 1px solid #888; margin-bottom: 4mm; }
            section.scenario { break-before: page; page-break-before: always; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #444; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
            th { background: #eee; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            td.value { font-family: "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
            td.box { width: 38%; height: 11mm; }
            code { font-family: "DejaVu Sans Mono", monospace; font-size: 10pt; }
            code.id span { white-space: nowrap; }
            figure { margin: 4mm 0; break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; }
            """;

    private ExamSheet() {
    }

    /**
     * The sheet of student {@code s} for the chapter {@code chapter} (its scenarios worked in {@code worked}), under
     * the assignment's title {@code assignmentTitle}.
     */
    public static String html(Student s, String assignmentTitle, Chapter chapter, List<Worked> worked) {
        return html(s, assignmentTitle, chapter, worked, Notebooks.asked(chapter, worked));
    }

    /**
     * As {@link #html(Student, String, Chapter, List)}, with what the student notebook asks already read from its cells
     * ({@link Notebooks#asked(Chapter, List, List)}): making the notebook's cells is nearly all of a sheet's time.
     * Measured on exam-network (100 sheets, the test JVM's C1 compiler, 2 cores at a load average of 9): 4–6 ms per
     * sheet for the cells, 0.1 ms for the page itself.
     */
    public static String html(Student s, String assignmentTitle, Chapter chapter, List<Worked> worked,
                              List<Notebooks.Asked> asked) {
        String who = s.name().isEmpty() ? s.id() : s.name() + " (" + s.id() + ")";
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Escape.html(assignmentTitle + " — " + who)).append("</title>\n<style>\n").append(page(who)).append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        cover(h, s, assignmentTitle, chapter);
        for (int i = 0; i < worked.size(); i++) {
            scenario(h, worked.get(i).scenario(), asked.get(i), chapter, assignmentTitle + " · " + who);
        }
        return h.append("</body>\n</html>\n").toString();
    }

    /**
     * The page: A4, its margins, the student's name and id at the top of every printed page (a sheet's pages come
     * apart) and the page number at the foot, in the page's margin boxes (Chromium prints them since version 131; a
     * browser without them still shows the running line at the head of each scenario).
     */
    private static String page(String who) {
        return "@page { size: A4; margin: 18mm 16mm 20mm 16mm;\n"
                + "        @top-right { content: " + cssString(who) + "; font-size: 9pt; }\n"
                + "        @bottom-center { content: \"page \" counter(page) \" of \" counter(pages); font-size: 9pt; } }\n";
    }

    /**
     * Text as a CSS string: every character but ASCII letters, digits and the space as a hexadecimal escape
     * ({@code \3c } for {@code <}), so that nothing a name holds can end the string, the rule or the style element.
     */
    static String cssString(String text) {
        StringBuilder c = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == ' ') {
                c.appendCodePoint(cp);
            } else {
                c.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return c.append('"').toString();
    }

    /** The first page: the assignment, the student, what to do. */
    private static void cover(StringBuilder h, Student s, String assignmentTitle, Chapter chapter) {
        h.append("<header>\n<h1>").append(Escape.html(assignmentTitle)).append("</h1>\n<p>")
                .append(Escape.html(chapter.heading())).append("</p>\n<table class=\"who\">\n<tr><td>Name</td><td><b>")
                .append(Escape.html(s.name())).append("</b></td></tr>\n<tr><td>Student id</td><td><b><code>")
                .append(Escape.html(s.id())).append("</code></b></td></tr>\n</table>\n<p>These are your own numbers:"
                        + " the scenario")
                .append(chapter.scenarios().size() == 1 ? " is" : "s are").append(" on the following page")
                .append(chapter.scenarios().size() == 1 ? "" : "s").append(", one to a page. Work the forward pass, the"
                        + " backward pass and the update by hand from the inputs given, and write each answer asked for"
                        + " in its box, to ").append(Escape.html(precision(chapter.precision())))
                .append(". Your notebook asks for the same answers, under the same ids, and for the methods listed"
                        + " under each scenario.</p>\n</header>\n");
    }

    /** One scenario, from a new page: as the student notebook shows it, then its answers and its methods. */
    private static void scenario(StringBuilder h, Scenario sc, Notebooks.Asked asked, Chapter chapter, String running) {
        h.append("<section class=\"scenario\">\n<div class=\"running\">").append(Escape.html(running)).append("</div>\n<h2>")
                .append(Escape.html(sc.title())).append("</h2>\n<p><i>").append(Escape.html(sc.section())).append("</i></p>\n")
                .append(Maths.displayed(sc.formula())).append('\n');
        inputs(h, sc, chapter);
        for (String svg : asked.figures()) {
            h.append("<figure>\n").append(svg).append("\n</figure>\n");
        }
        answers(h, asked.answers());
        if (!asked.questions().isEmpty()) {
            h.append("<h3>The methods your notebook asks for</h3>\n<ol>\n");
            asked.questions().forEach(q -> h.append("<li>").append(Escape.html(q)).append("</li>\n"));
            h.append("</ol>\n");
        }
        h.append("</section>\n");
    }

    /**
     * The inputs, as the student notebook's table shows them: an exam variant's file name, which the student does not
     * have, is "given in the exam" there and here.
     */
    private static void inputs(StringBuilder h, Scenario sc, Chapter chapter) {
        String file = chapter.variantText() == null ? null : chapter.source().substring(chapter.source().lastIndexOf('/') + 1);
        h.append("<h3>Given</h3>\n<table>\n<thead><tr><th>symbol</th><th>value</th><th>provenance</th><th>where it comes from</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Input i : sc.inputs()) {
            String note = file == null ? i.note() : i.note().replace("from " + file, "given in the exam");
            h.append("<tr><td>").append(Escape.html(i.symbol())).append("</td><td class=\"value\">").append(Escape.html(i.value()))
                    .append("</td><td>").append(i.provenance().name().toLowerCase(Locale.ROOT)).append("</td><td>")
                    .append(Escape.html(note)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** Each answer asked, by id, with the quantity it names and an empty box. */
    private static void answers(StringBuilder h, Map<String, String> answers) {
        h.append("<h3>Your answers</h3>\n");
        if (answers.isEmpty()) {
            h.append("<p>Nothing to write here: no answer of this scenario is a step the questions ask for.</p>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>id</th><th>the quantity</th><th>your answer</th></tr></thead>\n<tbody>\n");
        answers.forEach((id, quantity) -> h.append("<tr><td>").append(id(id)).append("</td><td>")
                .append(quantity(quantity)).append("</td><td class=\"box\"></td></tr>\n"));
        h.append("</tbody>\n</table>\n");
    }

    /**
     * An answer's id as code that a line may break after a dot only ({@code variant.exam-network.<wbr>W1[1,1]_new}),
     * never at a hyphen inside a part: the student copies it into the notebook as printed.
     */
    private static String id(String id) {
        StringBuilder c = new StringBuilder("<code class=\"id\">");
        String[] parts = id.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            c.append(i == 0 ? "" : ".<wbr>").append("<span>").append(Escape.html(parts[i])).append("</span>");
        }
        return c.append("</code>").toString();
    }

    /**
     * A quantity's words as HTML: its TeX scripts as sub- and superscripts ({@link Maths#scripts}, whose text is
     * escaped for HTML), or, holding a {@code $} or a {@code \}, as literal code.
     */
    private static String quantity(String words) {
        return words.indexOf('$') >= 0 || words.indexOf('\\') >= 0 ? "<code>" + Escape.html(words) + "</code>"
                : Maths.scripts(words);
    }

    private static String precision(Precision p) {
        return p.digits() + (p.significant() ? " significant figure" : " decimal") + (p.digits() == 1 ? "" : "s");
    }
}
