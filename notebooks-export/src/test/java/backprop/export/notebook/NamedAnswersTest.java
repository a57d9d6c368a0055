package backprop.export.notebook;

import backprop.core.graph.Kinks;
import backprop.core.graph.Node;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import backprop.export.notebook.cell.Cell;
import backprop.export.runtime.Grade;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: the instructor's answers are taken from the quantity they name, never from one that happens to be equal;
 * an answer that is one of the cell's givens is not asked. The perturbation test runs the instructor notebook in
 * JShell, adds 1 to one computed entry just before the {@code answers.put} lines, and checks that exactly the answers
 * whose source (as the scenario recorded it, in examples) is that entry move, for every entry the cell computes.
 */
@DisplayName("The answers cell takes each answer from the quantity it names, and asks none that a given answers")
class NamedAnswersTest {

    private static Chapter chapter(String stem) throws IOException {
        if (stem.startsWith("variant-")) {
            return Chapter.of(ExamFile.read(Path.of("..", "variants", stem.substring("variant-".length()) + ".toml")));
        }
        return Chapter.documents().stream().filter(c -> c.fileStem().equals(stem)).findFirst().orElseThrow();
    }

    /**
     * The source an entry of the cell is, read off its name alone (n1d1[0] is δ⁽¹⁾₀ of the first network's backward
     * pass, g2grad[5] ∂output/∂node 5 of the second graph), independent of how AnswerCell resolves a source.
     */
    static Source sourceOf(String entry, Worked w) {
        Matcher m = Pattern.compile("n(\\d+)(z|a|dLda|d|dW|db|W|b)(\\d*)(new)?\\[(\\d+)](?:\\[(\\d+)])?").matcher(entry);
        if (m.matches()) {
            NetworkWork n = w.result().networks().get(Integer.parseInt(m.group(1)) - 1);
            int k = m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
            int i = Integer.parseInt(m.group(5));
            int j = m.group(6) == null ? -1 : Integer.parseInt(m.group(6));
            boolean after = m.group(4) != null;
            return switch (m.group(2)) {
                case "z" -> new Source.Z(n.forward(), k, i);
                case "a" -> new Source.A(n.forward(), k, i);
                case "dLda" -> new Source.LossGradient(n.backward(), i);
                case "d" -> new Source.Delta(n.backward(), k, i);
                case "dW" -> new Source.WeightGradient(n.backward(), k, i, j);
                case "db" -> new Source.BiasGradient(n.backward(), k, i);
                case "W" -> after ? new Source.WeightAfter(n.update().after(), k, i, j) : null;
                default -> after ? new Source.BiasAfter(n.update().after(), k, i) : null;
            };
        }
        Matcher g = Pattern.compile("g(\\d+)(values|grad)\\[(\\d+)]").matcher(entry);
        assertThat(g.matches()).as(entry).isTrue();
        GraphWork work = w.result().graphs().get(Integer.parseInt(g.group(1)) - 1);
        Node node = work.graph().nodes().get(Integer.parseInt(g.group(3)));
        return g.group(2).equals("values") ? new Source.NodeValue(node) : new Source.NodeGradient(work.output(), node);
    }

    /** What one scenario's perturbation run found: the answers as put, and the answers each entry moved. */
    private record Run(Map<String, Double> base, Map<String, Set<String>> moved) {
    }

    /**
     * The answers cell's solution without its puts; then the puts as a method, run once as they stand and once per
     * entry the cell computes, with that entry 1 larger (restored after); then the puts into {@code answers}, so the
     * cells after it run as in the notebook. Each line printed starts with {@code tag}.
     */
    private static List<String> perturbation(String answersCell, String tag, List<String> quantities) {
        StringBuilder body = new StringBuilder();
        StringBuilder puts = new StringBuilder();
        for (String line : answersCell.substring(0, answersCell.indexOf("// END SOLUTION")).lines().toList()) {
            (line.startsWith("answers.put(") ? puts : body).append(line).append('\n');
        }
        List<String> code = new ArrayList<>();
        code.add(body.toString());
        code.add("java.util.Map<String, Double> puts() {\njava.util.Map<String, Double> answers = new java.util.TreeMap<>();\n"
                + puts + "return answers;\n}\n");
        code.add("java.util.Map<String, Double> base = puts();\n"
                + "base.forEach((k, v) -> System.out.println(\"" + tag + " BASE \" + k + \" \" + v));\n"
                + "void moved(String q, java.util.Map<String, Double> now) {\n"
                + "    System.out.println(\"" + tag + " MOVED \" + q + \" \" + String.join(\" | \", base.keySet().stream()"
                + ".filter(k -> !base.get(k).equals(now.get(k))).toList()));\n}\n");
        for (int from = 0; from < quantities.size(); from += 40) {
            StringBuilder block = new StringBuilder("{\n");
            for (String q : quantities.subList(from, Math.min(quantities.size(), from + 40))) {
                block.append("{ double saved = ").append(q).append("; ").append(q).append(" += 1.0; moved(\"").append(q)
                        .append("\", puts()); ").append(q).append(" = saved; }\n");
            }
            code.add(block.append("}\n").toString());
        }
        code.add("answers.putAll(base);\n");
        return code;
    }

    /** Reads the lines {@link #perturbation} printed under {@code tag}. */
    private static Run read(String printed, String tag) {
        Map<String, Double> base = new TreeMap<>();
        Map<String, Set<String>> moved = new TreeMap<>();
        for (String line : printed.lines().toList()) {
            String[] f = line.split(" ", 4);
            if (f.length < 3 || !f[0].equals(tag)) {
                continue;
            }
            if (f[1].equals("BASE")) {
                base.put(f[2], Double.parseDouble(f[3]));
            } else if (f[1].equals("MOVED")) {
                moved.put(f[2], f.length < 4 || f[3].isEmpty() ? Set.of() : new TreeSet<>(List.of(f[3].split(" \\| "))));
            }
        }
        return new Run(base, moved);
    }

    @Tag("jshell")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"004", "variant-exam-network", "003", "variant-exam-expression"})
    @DisplayName("perturb one entry just before the puts: exactly the answers whose source it is move")
    void perturbingOneQuantity_movesExactlyTheAnswersItIsTheSourceOf(String stem) throws IOException {
        Chapter chapter = chapter(stem);
        List<Worked> worked = Worked.of(chapter);
        List<Cell> cells = Notebooks.cells(chapter, worked);
        JShellCells.useKeyOf(cells);
        List<AnswerCell.Built> built = built(chapter, worked);
        String printed;
        try (JShellCells shell = new JShellCells()) { // one shell, the notebook's cells in order
            for (Cell c : cells) {
                java.util.regex.Matcher solve = Pattern.compile(Pattern.quote(stem) + "-(\\d+)-solve").matcher(c.id());
                if (solve.matches() && !built.get(Integer.parseInt(solve.group(1)) - 1).asked().isEmpty()) {
                    int s = Integer.parseInt(solve.group(1)) - 1;
                    perturbation(c.instructor(), "S" + s, built.get(s).quantities()).forEach(shell::run);
                } else if (!c.markdown()) {
                    shell.run(c.instructor());
                }
            }
            assertThat(shell.problems()).isEmpty();
            printed = shell.printed();
        }
        int runs = 0;
        for (int s = 0; s < worked.size(); s++) {
            Worked w = worked.get(s);
            if (built.get(s).asked().isEmpty()) {
                continue;
            }
            Run run = read(printed, "S" + s);
            Map<String, Source> sources = w.result().sources();
            assertThat(run.base().keySet()).as("the ids the cell puts").isEqualTo(built.get(s).asked().keySet());
            // the value each put gives is the engine's (at a kink: between the one-sided derivatives)
            Map<String, Double> engine = AnswerCell.answers(w);
            Map<String, Kinks.Interval> kinks = w.result().kinks();
            run.base().forEach((id, v) -> {
                double want = engine.get(id);
                double tolerance = Grade.TOLERANCE * Math.max(1, Math.abs(want));
                assertThat(kinks.containsKey(id) ? kinks.get(id).contains(v, tolerance) : Math.abs(v - want) <= tolerance)
                        .as(id + " = " + v + ", the engine's " + want).isTrue();
            });
            Set<String> reached = new TreeSet<>();
            for (String q : built.get(s).quantities()) {
                Source source = sourceOf(q, w);
                Set<String> expected = new TreeSet<>();
                run.base().keySet().forEach(id -> {
                    if (source != null && source.equals(sources.get(id))) {
                        expected.add(id);
                    }
                });
                assertThat(run.moved().get(q)).as("the answers that move with " + q).isEqualTo(expected);
                reached.addAll(expected);
            }
            assertThat(run.moved().keySet()).as("every entry was perturbed")
                    .containsExactlyInAnyOrderElementsOf(built.get(s).quantities());
            assertThat(reached).as("every answer put moves with its own source").isEqualTo(run.base().keySet());
            runs++;
        }
        assertThat(runs).as("scenarios with answers").isPositive();
    }

    /** The methods scenario {@code w}'s questions declare, added to {@code declared}, as Notebooks asks them. */
    static void declare(String id, Worked w, Set<String> declared) {
        List<NetworkWork> networks = w.result().networks();
        for (int n = 0; n < networks.size(); n++) {
            backprop.export.notebook.question.NetworkQuestions.of(id + "-n" + (n + 1), networks.get(n), declared);
        }
        if (!w.result().graphs().isEmpty()) {
            backprop.export.notebook.question.GraphQuestions.of(id + "-g1", w.result().graphs().get(0), declared);
        }
    }

    /** Every chapter: the five documents and every variant file. */
    private static List<Chapter> allChapters() throws IOException {
        List<Chapter> all = new ArrayList<>(Chapter.documents());
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("..", "variants"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".toml")).sorted().toList()) {
                all.add(Chapter.of(ExamFile.read(f)));
            }
        }
        return all;
    }

    /** Each scenario's answers cell as built for the notebook, in order (the questions before it declared). */
    private static List<AnswerCell.Built> built(Chapter chapter, List<Worked> worked) {
        String stem = chapter.fileStem().replaceAll("[^A-Za-z0-9_-]", "-");
        Set<String> declared = new java.util.HashSet<>();
        List<AnswerCell.Built> all = new ArrayList<>();
        for (int s = 0; s < worked.size(); s++) {
            declare(stem + "-" + (s + 1), worked.get(s), declared);
            all.add(AnswerCell.build(worked.get(s), declared, ""));
        }
        return all;
    }

    @Test
    @DisplayName("the issue's two wrong mappings: 004's ∂L/∂b2 is ∂L/∂b(2) (not δ(1)1), exam-network's ∂L/∂W1[1,1] is ∂L/∂W(1) (not δ(1)1)")
    void theTwoKnownWrongMappings_areTakenFromTheQuantitiesTheyName() throws IOException {
        Chapter d004 = chapter("004");
        AnswerCell.Built w212 = built(d004, Worked.of(d004)).get(1);
        // ∂L/∂b2 cancels in the softmax: it is 0, and so is the given y2, so it is not asked; its step is named
        assertThat(w212.asked()).doesNotContainKey("004.w212.dL_db2");
        assertThat(w212.notAsked().get("004.w212.dL_db2")).startsWith("n1db2[0] equals the given ").endsWith(" = 0.0");
        assertThat(w212.source()).doesNotContain("n1d1[0])").contains("// not asked");
        assertThat(w212.asked().get("004.w212.dL_db1").expression()).isEqualTo("n1db1[0]");

        Chapter exam = chapter("variant-exam-network");
        AnswerCell.Built network = built(exam, Worked.of(exam)).get(0);
        assertThat(Worked.of(exam).get(0).result().networks().get(0).example().x()[0]).as("x1, why δ(1)1 equalled it").isEqualTo(1);
        assertThat(network.asked().get("variant.exam-network.dL_dW1[1,1]").expression()).isEqualTo("n1dW1[0][0]");
        assertThat(network.asked().get("variant.exam-network.dL_dW1[2,1]").expression()).isEqualTo("n1dW1[1][0]");
    }

    @Test
    @DisplayName("no answers cell names a scenario, the library or an engine class, and the student's lists no id it does not ask")
    void theAnswersCell_runsOnTheRuntimeAlone_andTheStudentsListsOnlyWhatIsAsked() throws IOException {
        int cells = 0;
        for (Chapter chapter : allChapters()) {
            List<Worked> worked = Worked.of(chapter);
            List<Cell> all = Notebooks.cells(chapter, worked);
            List<AnswerCell.Built> built = built(chapter, worked);
            for (int s = 0; s < worked.size(); s++) {
                String id = chapter.fileStem().replaceAll("[^A-Za-z0-9_-]", "-") + "-" + (s + 1);
                Cell solve = all.stream().filter(c -> c.id().equals(id + "-solve")).findFirst().orElseThrow();
                for (String text : List.of(solve.instructor(), solve.student())) {
                    assertThat(text).as(id).doesNotContain("scenario", "NotebookCells", "ExamFile", "Catalogue",
                            "backprop.core", "backprop.examples", "library");
                }
                assertThat(solve.instructor()).as(id).startsWith(built.get(s).source());
                for (String notAsked : built.get(s).notAsked().keySet()) {
                    assertThat(solve.student()).as(id).doesNotContain("\"" + notAsked + "\"", notAsked + ":");
                }
                assertThat(solve.student()).doesNotContain("not asked");
                Cell grade = all.stream().filter(c -> c.id().equals(id + "-grade")).findFirst().orElseThrow();
                Set<String> graded = grade.key() == null ? Set.of() : grade.key().parts().keySet();
                assertThat(graded).as(id + " grades what it asks").isEqualTo(built.get(s).asked().keySet());
                cells++;
            }
        }
        assertThat(cells).isGreaterThan(15);
    }

    /**
     * XOR's first example is x = [0, 0]: z(1) = W(1)x + b(1) is the given b(1), ∂L/∂W(1) = δ(1)xᵀ is 0 (x's entries),
     * and, per example, W(1) after the update is the given W(1). Exactly those answers are not asked for being given.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xor-per-example", "xor-batch"})
    void theXorVariants_loseExactlyTheAnswersTheirGivensAnswer(String name) throws IOException {
        Chapter xor = chapter("variant-" + name);
        List<Worked> worked = Worked.of(xor);
        assertThat(worked.get(0).result().networks().get(0).example().x()).containsExactly(0, 0);
        Set<String> expected = new TreeSet<>();
        String p = "variant." + name + ".";
        for (int i = 1; i <= 3; i++) {
            expected.add(p + "z1_" + i);
            for (int j = 1; j <= 2; j++) {
                expected.add(p + "dL_dW1[" + i + "," + j + "]");
                if (name.equals("xor-per-example")) { // xor-batch's update is the batch's: not a step, asked by no one
                    expected.add(p + "W1[" + i + "," + j + "]_new");
                }
            }
        }
        Set<String> given = new TreeSet<>();
        built(xor, worked).get(0).notAsked().forEach((id, why) -> {
            if (why.contains("equals the given")) {
                given.add(id);
            }
        });
        assertThat(given).isEqualTo(expected);
        List<Cell> cells = Notebooks.cells(xor, worked);
        String z = cells.stream().filter(c -> c.id().endsWith("-n1-z")).findFirst().orElseThrow().instructor();
        assertThat(z).contains("// not asked: z(1) equals its input b").doesNotContain("q.part(\"z(1)\"");
        assertThat(cells.stream().filter(c -> c.id().endsWith("-n1-z")).findFirst().orElseThrow().student())
                .doesNotContain("not asked");
    }

    @Test
    @DisplayName("a not-asked line stays a comment: no line break, no backslash (javac reads \\u000a before the comment)")
    void aReasonCannotEndItsComment() {
        assertThat(AnswerCell.comment("a\nb\r\\u000a c\u2028d\u0085e")).isEqualTo("a b  u000a c d e");
    }
}
