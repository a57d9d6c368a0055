package backprop.export.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lint --draft OUT.toml}: a scenario file (variants/README.md's format) drafted from what lint read, for
 * the instructor to complete. It holds what the text states: the values it gives names (each with its line, to
 * be placed in the network), a learning rate given as {@code η = 0.5}, the first heading as the title, and every
 * printed value of a claim as a {@code [[published]]} entry with {@code printed} and {@code where = "line 42"}.
 * What lint cannot tell (the layers and activations, the loss, which of our names each of the text's names is,
 * the quantity each printed value is) is a comment beginning {@code # TODO} saying what to write there, never a
 * guess; the file is meant not to be read until those are filled in.
 */
final class Draft {
    /**
     * The names a text gives its learning rate, as lint spells names (subscript marks dropped: {@code learning_rate}
     * is {@code learningrate}); any other given value is listed for the instructor to place.
     */
    static final Set<String> LEARNING_RATE = Set.of("η", "eta", "lr", "learningrate");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+?)[ \\t#]*$");
    /** The most a title may hold, as the scenario file's reader says. */
    static final int TITLE_CHARS = 200;

    private Draft() {
    }

    /** One file's reading: its name, its text, and what lint found in it. */
    record Reading(String file, String text, List<Checker.Given> givens, List<ClaimRow> rows) {
    }

    /** The draft of {@code readings}, in the order given; {@code where} names the file only when there are several. */
    static String toml(List<Reading> readings) {
        boolean several = readings.size() > 1;
        StringBuilder t = new StringBuilder();
        List<String> files = readings.stream().map(Reading::file).toList();
        t.append("# A scenario file drafted by `answer-key lint --draft` from ").append(comment(String.join(", ", files)))
                .append(".\n");
        t.append("# Lint wrote only what the text states. Each line starting \"# TODO\" is for you to write: the\n"
                + "# network's shape and activations, the loss, which of our names each of the text's names is, and\n"
                + "# what each printed value is (variants/README.md, \"Printed values\"); delete a [[published]] entry\n"
                + "# you do not want checked. Then: ./answer-key --variant THIS-FILE\n\n");
        String title = readings.stream().map(r -> heading(r.text())).filter(h -> !h.isEmpty()).findFirst()
                .orElse("");
        if (title.isEmpty()) {
            t.append("# TODO title = \"...\": the variant's title, one line (the text has no heading)\n");
        } else {
            t.append("title = ").append(string(title)).append("   # the text's first heading\n");
        }
        t.append("kind = \"network\"\n");
        t.append("# TODO precision = N: the significant figures to print computed values with").append(precisionHint(
                readings)).append("\n\n");

        List<Checker.Given> rates = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Reading r : readings) {
            for (Checker.Given g : r.givens()) {
                names.add(g.name());
                if (LEARNING_RATE.contains(g.name().toLowerCase(Locale.ROOT)) && !g.printed().contains(",")) {
                    rates.add(g);
                }
                listed.add("#   " + where(r.file(), g.line(), several) + ": " + comment(g.name()) + " = "
                        + comment(g.printed()));
            }
        }
        if (listed.isEmpty()) {
            t.append("# The text gives no name a value (\"w1 = 0.15\"): write the network from the text.\n");
        } else {
            t.append("# The values the text gives names, each with its line: place them below as weights, biases,\n"
                    + "# inputs and targets.\n");
            listed.forEach(l -> t.append(l).append('\n'));
        }
        t.append("\n[network]\n");
        t.append("# TODO layers = [inputs, ..., outputs]: the layers' sizes, input first\n");
        t.append("# TODO activations = [\"sigmoid\", ...]: one per layer after the input (identity, sigmoid, tanh, relu,"
                + " softmax)\n");
        t.append("# TODO bias_layout = \"shared_per_layer\" if a layer has one bias, not one per neuron\n");
        t.append("# TODO one [[network.layer]] table per layer after the input: weights = [[...], ...] (n_out rows of"
                + " n_in), biases = [...]\n\n");
        t.append("[example]\n");
        t.append("# TODO x = [...]: the inputs; y = [...]: the targets\n\n");
        t.append("[training]\n");
        t.append("# TODO loss = \"...\": sum_squared_error, half_sum_squared_error, mean_squared_error,"
                + " binary_cross_entropy or categorical_cross_entropy\n");
        if (rates.isEmpty()) {
            t.append("# TODO learning_rate = ...: η (the text gives no η = ...)\n");
        } else {
            Checker.Given rate = rates.get(rates.size() - 1);
            Reading from = readings.stream().filter(r -> r.givens().contains(rate)).findFirst().orElseThrow();
            t.append("learning_rate = ").append(rate.printed().replace('−', '-')).append("   # ")
                    .append(where(from.file(), rate.line(), several)).append(": ").append(comment(rate.name()))
                    .append(" = ").append(comment(rate.printed())).append('\n');
        }
        t.append("# TODO frozen = [\"b1\", \"b2\"] if the text never updates its biases\n\n");
        t.append("[names]\n");
        t.append("# TODO the text's names for ours, one a line: w5 = \"W2[1,1]\", out_o1 = \"a2[1]\", E_total = \"L\"");
        t.append(names.isEmpty() ? "\n" : "\n# (the text gives values to: " + comment(String.join(", ", names)) + ")\n");

        for (Reading r : readings) {
            for (ClaimRow row : r.rows()) {
                t.append("\n[[published]]\n");
                t.append("# TODO quantity = \"...\": what this is, e.g. \"a1[1]\", \"dL/dW2[1,1]\", \"W2[1,1] after 1"
                        + " update\", or a name of [names]\n");
                t.append("printed = ").append(string(row.printed())).append('\n');
                t.append("where = ").append(string(where(r.file(), row.line(), several))).append('\n');
                t.append("# printed as: ").append(comment(row.claim())).append(" (lint: ").append(row.status().label())
                        .append(row.note().isEmpty() ? "" : ", " + comment(row.note())).append(")\n");
            }
        }
        if (readings.stream().allMatch(r -> r.rows().isEmpty())) {
            t.append("\n# The text prints no arithmetic lint could read: add [[published]] entries by hand.\n");
        }
        return t.toString();
    }

    private static String where(String file, int line, boolean several) {
        return (several ? file + " " : "") + "line " + line;
    }

    /** The most significant figures a claim prints, as a hint for {@code precision}; "" when there is no claim. */
    private static String precisionHint(List<Reading> readings) {
        int most = 0;
        for (Reading r : readings) {
            for (ClaimRow row : r.rows()) {
                most = Math.max(most, significant(row.printed()));
            }
        }
        return most == 0 ? "" : " (the text prints up to " + most + ")";
    }

    /** The significant figures of a printed number ("0.00438" → 3, "0.50" → 2), 0 for one lint cannot read. */
    static int significant(String printed) {
        try {
            java.math.BigDecimal d = Printed.decimal(printed);
            return d.signum() == 0 ? 0 : d.precision();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The first Markdown heading of {@code text}, as one line of at most {@value #TITLE_CHARS} characters. */
    static String heading(String text) {
        Matcher m = HEADING.matcher(text);
        if (!m.find()) {
            return "";
        }
        String h = clean(m.group(1)).strip();
        return h.substring(0, Math.min(h.length(), TITLE_CHARS)).strip();
    }

    /** {@code s} as a TOML basic string: quotes and backslashes escaped, control characters as \\uXXXX. */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** {@code s} fit for a TOML comment: one line, no control character (TOML forbids them in comments). */
    static String comment(String s) {
        return clean(s.replaceAll("\\s+", " "));
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 && c != '\t' || c == 0x7F
                || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return b.toString();
    }
}
