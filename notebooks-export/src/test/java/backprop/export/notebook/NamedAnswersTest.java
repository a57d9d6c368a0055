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
     * Runs the notebook's code cells before the answers cell of scenario {@code s}, then the answers cell's solution
     * without its puts, then, for each entry the cell computes, the puts again with that entry 1 larger.
     */
    private static Run perturb(List<Cell> cells, int s, String stem, List<String> quantities) {
        String solveId = stem + "-" + (s + 1) + "-solve";
        List<String> code = new ArrayList<>();
        String answers = null;
        for (Cell c : cells) {
            if (c.id().equals(solveId)) {
                answers = c.instructor();
                break;
            }
            if (!c.markdown()) {
                code.add(c.instructor());
            }
        }
        assertThat(answers).as(solveId).isNotNull();
        StringBuilder body = new StringBuilder();
        StringBuilder puts = new StringBuilder();
        for (String line : answers.substring(0, answers.indexOf("// END SOLUTION")).lines().toList()) {
            (line.startsWith("answers.put(") ? puts : body).append(line).append('\n');
        }
        code.add(body.toString());
        code.add("java.util.Map<String, Double> puts() {\njava.util.Map<String, Double> answers = new java.util.TreeMap<>();\n"
                + puts + "return answers;\n}\n");
        code.add("java.util.Map<String, Double> base = puts();\n"
                + "base.forEach((k, v) -> System.out.println(\"BASE \" + k + \" \" + v));\n"
                + "void moved(String q, java.util.Map<String, Double> now) {\n"
                + "    System.out.println(\"MOVED \" + q + \" \" + String.join(\" | \", base.keySet().stream()"
                + ".filter(k -> !base.get(k).equals(now.get(k))).toList()));\n}\n");
        for (int from = 0; from < quantities.size(); from += 40) {
            StringBuilder block = new StringBuilder("{\n");
            for (String q : quantities.subList(from, Math.min(quantities.size(), from + 40))) {
                block.append("{ double saved = ").append(q).append("; ").append(q).append(" += 1.0; moved(\"").append(q)
                        .append("\", puts()); ").append(q).append(" = saved; }\n");
            }
            code.add(block.append("}\n").toString());
        }
        Map<String, Double> base = new TreeMap<>();
        Map<String, Set<String>> moved = new TreeMap<>();
        for (String line : JShellCells.runAll(code).lines().toList()) {
            String[] f = line.split(" ", 3);
            if (f[0].equals("BASE")) {
                base.put(f[1], Double.parseDouble(f[2]));
            } else if (f[0].equals("MOVED")) {
                moved.put(f[1], f.length < 3 || f[2].isEmpty() ? Set.of() : new TreeSet<>(List.of(f[2].split(" \\| "))));
            }
        }
        return new Run(base, moved);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"004", "variant-exam-network", "003", "variant-exam-expression"})
    @DisplayName("perturb one entry just before the puts: exactly the answers whose source it is move")
    void perturbingOneQuantity_movesExactlyTheAnswersItIsTheSourceOf(String stem) throws IOException {
        Chapter chapter = chapter(stem);
        List<Worked> worked = Worked.of(chapter);
        List<Cell> cells = Notebooks.cells(chapter, worked);
        JShellCells.useKeyOf(cells);
        Set<String> declared = new java.util.HashSet<>();
        int runs = 0;
        for (int s = 0; s < worked.size(); s++) {
            Worked w = worked.get(s);
            declare(stem + "-" + (s + 1), w, declared);
            AnswerCell.Built built = AnswerCell.build(w, declared, "");
            if (built.asked().isEmpty()) {
                continue;
            }
            Run run = perturb(cells, s, stem, built.quantities());
            Map<String, Source> sources = w.result().sources();
            assertThat(run.base().keySet()).as("the ids the cell puts").isEqualTo(built.asked().keySet());
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
            for (String q : built.quantities()) {
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
            assertThat(run.moved().keySet()).as("every entry was perturbed").containsExactlyInAnyOrderElementsOf(built.quantities());
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
}
