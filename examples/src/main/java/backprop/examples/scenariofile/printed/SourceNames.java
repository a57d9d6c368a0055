package backprop.examples.scenariofile.printed;

import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlTable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code [names]}: the source's own names for our quantities, {@code w5 = "W2[1,1]"}, {@code net_h1 = "z1[1]"},
 * {@code out_o1 = "a2[1]"}, {@code E = "L"}. Each source name is ASCII letters, digits and '_' (not starting
 * with a digit) and not one of our names; each value is one of our names (a z, a, δ, W or b entry, L, an
 * output[m][j]; f or an input of an expression). The published-value grammar accepts them; the answer key
 * shows them beside ours.
 */
public final class SourceNames {
    private SourceNames() {
    }

    /** The aliases of {@code [names]}, in the file's order; empty when the table is absent. */
    public static Map<String, String> read(TomlReader r, TomlTable toml, QuantityScope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        if (TomlReader.has(toml, "names")) {
            TomlTable table = r.table(toml, "names", "");
            int tableLine = TomlReader.line(toml, "names", 1);
            QuantityGrammar ours = new QuantityGrammar(scope);
            for (String name : TomlReader.keysInFileOrder(table)) {
                names.put(name, target(r, table, name, TomlReader.line(table, name, tableLine), ours));
            }
        }
        return names;
    }

    /** The name of ours that the source's {@code name} stands for. */
    private static String target(TomlReader r, TomlTable table, String name, int line, QuantityGrammar ours) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
            throw r.error(line, "names." + Keys.printable(name) + ": a source's name is 1 to 64 letters a-z,"
                    + " A-Z, digits and '_', not starting with a digit");
        }
        String target = r.string(table, name, "names.", line).strip();
        if (ours.isOurs(name)) {
            throw r.error(line, "names." + name + " is already one of our names; a source's name must differ");
        }
        try {
            ours.requireName(target);
        } catch (IllegalArgumentException e) {
            throw r.error(line, "names." + name + ": " + e.getMessage());
        }
        return target;
    }
}
