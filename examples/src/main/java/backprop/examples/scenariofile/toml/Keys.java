package backprop.examples.scenariofile.toml;

import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.util.List;
import java.util.Set;

/**
 * The keys a scenario file may hold at its top, by kind, and the check every table's reader runs with its own
 * table's keys (each reader lists them beside the code that reads them). Anything else is an error naming its line
 * and the nearest known key ("did you mean momentum?"): a misspelt optional key must never fall back silently to
 * its default.
 */
public final class Keys {
    static final List<String> COMMON = List.of("title", "kind", "precision", "decimals", "id", "names",
            "published", "template", "draw");
    static final List<String> EXPRESSION = List.of("expression", "parameters", "inputs", "conventions",
            "relu_at_zero", "max_tie");
    static final List<String> NETWORK = List.of("network", "example", "training",
            "data", "initial");
    private static final Set<String> TABLES = Set.of("inputs", "network", "example", "training",
            "data", "initial", "names", "template", "draw");

    private Keys() {
    }

    /** Refuses a top-level key that is not common nor of {@code kind}; one of the other kind says so. */
    public static void checkTop(TomlReader r, TomlTable toml, String kind) {
        List<String> own = kind.equals("network") ? NETWORK : EXPRESSION;
        List<String> other = kind.equals("network") ? EXPRESSION : NETWORK;
        List<String> known = concat(COMMON, own);
        for (String key : TomlReader.keysInFileOrder(toml)) {
            if (known.contains(key)) {
                continue;
            }
            int line = TomlReader.line(toml, key, 1);
            if (other.contains(key)) {
                throw r.error(line, shown(key) + " does not apply to kind = \"" + kind + "\"");
            }
            boolean table = toml.get(List.of(key)) instanceof TomlTable;
            throw r.error(line, "unknown " + (table ? "table [" + printable(key) + "]" : "key " + printable(key))
                    + suggestion(key, known));
        }
    }

    /** Refuses a key of {@code table} (called {@code where}, e.g. "training") that is not in {@code known}. */
    public static void check(TomlReader r, TomlTable table, String where, int tableLine, List<String> known) {
        for (String key : TomlReader.keysInFileOrder(table)) {
            if (!known.contains(key)) {
                throw r.error(TomlReader.line(table, key, tableLine), "unknown key " + where + "." + printable(key)
                        + suggestion(key, known));
            }
        }
    }

    /** As {@link #check}, for each table of an array of tables such as [[network.layer]]. */
    public static void checkEach(TomlReader r, TomlArray tables, String where, int line, List<String> known) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i) instanceof TomlTable t) {
                check(r, t, where, line, known);
            }
        }
    }

    private static String shown(String key) {
        return TABLES.contains(key) ? "[" + key + "]" : printable(key);
    }

    /** A key as the user wrote it, but on one line and without invisible characters. */
    public static String printable(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().forEach(c -> out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format(java.util.Locale.ROOT, "\\u%04X", c) : new String(Character.toChars(c))));
        return out.length() > 60 ? out.substring(0, 60) + "…" : out.toString();
    }

    /**
     * "; did you mean momentum?" when a known key is within a third of its length in edits (at least one edit,
     * and fewer than the key has characters), else the known keys.
     */
    public static String suggestion(String key, List<String> known) {
        String best = nearest(key, known);
        return best != null ? "; did you mean " + shown(best) + "?" : "; known: " + String.join(", ", known);
    }

    /**
     * The known key nearest to {@code key} when it is within a third of its length in edits (at least one edit,
     * fewer than {@code key} has characters), else null: the choice behind {@link #suggestion}.
     */
    public static String nearest(String key, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        boolean close = best != null && bestDistance <= Math.max(1, best.length() / 3) && bestDistance < key.length();
        return close ? best : null;
    }

    /**
     * Edit distance with adjacent transpositions (optimal string alignment: "titel" is one edit from "title"),
     * in O(|a|·|b|) time and three rows of O(|b|) memory: a key of a megabyte against a known key costs
     * milliseconds, not a table of a million rows.
     */
    static int distance(String a, String b) {
        // d(i,j) = min(d(i−1,j−1) + [a_i ≠ b_j], d(i−1,j) + 1, d(i,j−1) + 1,
        //             d(i−2,j−2) + 1 if a_i−1 a_i = b_j b_j−1)
        int[] twoBack = new int[b.length() + 1];
        int[] back = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] reused = twoBack;
            twoBack = back;
            back = row;
            row = reused;
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(back[j - 1] + cost, Math.min(back[j], row[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], twoBack[j - 2] + 1);
                }
            }
        }
        return row[b.length()];
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
