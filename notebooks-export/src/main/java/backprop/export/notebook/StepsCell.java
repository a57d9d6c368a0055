package backprop.export.notebook;

import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import backprop.export.model.Escape;
import backprop.export.model.Worked;

import java.util.List;
import java.util.Set;

/**
 * The ungraded exercise after a scenario's answers: print every step the slides show, from the values the answers
 * cell computed with the student's own methods: each layer's z, a and δ; each arc of a graph as local gradient ×
 * upstream gradient, with the student's {@code localGradient}. The prompt says exactly what to print; the
 * instructor's solution prints it from the answers cell's variables ({@link AnswerCell}'s names: {@code n1z1},
 * {@code n1a1}, {@code n1d1}, …, {@code g1values}, {@code g1grad}), and nothing comes from the library.
 *
 * @param prompt the Markdown above the cell
 * @param source the instructor's code (all of it the solution region)
 */
record StepsCell(String prompt, String source) {

    /** The steps cell of {@code w}, or null when its answers cell computes no step (no network or graph asked). */
    static StepsCell of(Worked w, Set<String> declared) {
        StringBuilder code = new StringBuilder();
        List<NetworkWork> networks = w.result().networks();
        boolean network = false;
        for (int n = 0; n < networks.size(); n++) {
            NetworkWork work = networks.get(n);
            // the networks the answers cell computes with the student's methods (its dLda is this loss's)
            if (declared.contains("loss " + work.loss().name())) {
                network = true;
                network(code, "n" + (n + 1), work);
            }
        }
        boolean graph = false;
        if (declared.contains("nodeGradients") && declared.contains("localGradient")) {
            List<GraphWork> graphs = w.result().graphs();
            for (int g = 0; g < graphs.size(); g++) {
                graph = true;
                graph(code, "g" + (g + 1), graphs.get(g));
            }
        }
        if (!network && !graph) {
            return null;
        }
        StringBuilder prompt = new StringBuilder("**Every step, as the slides show it** (not graded). With the values"
                + " your answers cell computed, print");
        if (network) {
            prompt.append(" for each network one line per layer k, `layer k: z = […], a = […], δ = […]` (z(k), a(k) and"
                    + " δ(k) = ∂L/∂z(k))");
        }
        if (network && graph) {
            prompt.append(", and");
        }
        if (graph) {
            prompt.append(" for each graph one line per arc, from each node u to each of its arguments a_k, in reverse"
                    + " order: `u → a_k: local ∂u/∂a_k × upstream ∂f/∂u = term` (with your `localGradient`), the terms"
                    + " that `nodeGradients` adds up");
        }
        prompt.append(". Check each line against the rule it follows before you trust the graded answers.");
        return new StepsCell(prompt.toString(), code.toString().stripTrailing());
    }

    private static void network(StringBuilder code, String p, NetworkWork work) {
        code.append("System.out.println(").append(Escape.java(work.title())).append(");\n");
        for (int k = 1; k <= work.before().depth(); k++) {
            code.append("System.out.println(\"layer ").append(k).append(": z = \" + java.util.Arrays.toString(").append(p)
                    .append("z").append(k).append(") + \", a = \" + java.util.Arrays.toString(").append(p).append("a").append(k)
                    .append(") + \", δ = \" + java.util.Arrays.toString(").append(p).append("d").append(k).append("));\n");
        }
    }

    private static void graph(StringBuilder code, String p, GraphWork work) {
        code.append("System.out.println(").append(Escape.java(work.title().replaceAll("\\s+", " "))).append(");\n")
                .append("for (int u = ").append(work.output().index()).append("; u >= 0; u--) {\n")
                .append("    double[] args = new double[").append(p).append("arguments[u].length];\n")
                .append("    for (int k = 0; k < args.length; k++) {\n")
                .append("        args[k] = ").append(p).append("values[").append(p).append("arguments[u][k]];\n")
                .append("    }\n")
                .append("    for (int k = 0; k < args.length; k++) {\n")
                .append("        double local = localGradient(").append(p).append("kinds[u], args, ").append(p)
                .append("exponents[u], k);\n")
                .append("        System.out.println(\"node \" + (u + 1) + \" (\" + ").append(p).append("kinds[u] + \") → node \" + (")
                .append(p).append("arguments[u][k] + 1) + \": local \" + local + \" × upstream \" + ").append(p)
                .append("grad[u] + \" = \" + local * ").append(p).append("grad[u]);\n")
                .append("    }\n")
                .append("}\n");
    }
}
