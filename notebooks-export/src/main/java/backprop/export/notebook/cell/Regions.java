package backprop.export.notebook.cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tagged regions of a source file on the classpath: the lines between {@code // tag::name[]} and
 * {@code // end::name[]}, with their common indentation removed.
 */
public final class Regions {
    private final Map<String, String> regions;

    private Regions(Map<String, String> regions) {
        this.regions = regions;
    }

    /** Reads the regions of the source file at {@code resource} (e.g. "backprop/export/notebook/NotebookCells.java"). */
    public static Regions of(String resource) {
        try (InputStream in = Regions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Regions: source " + resource + " is not on the classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static Regions parse(String name, String source) {
        Map<String, String> found = new LinkedHashMap<>();
        String open = null;
        List<String> lines = new ArrayList<>();
        String[] all = source.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String t = all[i].trim();
            if (t.startsWith("// tag::") && t.endsWith("[]")) {
                if (open != null) {
                    throw new IllegalStateException(name + ":" + (i + 1) + ": region " + open + " is still open");
                }
                open = t.substring("// tag::".length(), t.length() - 2);
                lines.clear();
            } else if (t.startsWith("// end::") && t.endsWith("[]")) {
                String closing = t.substring("// end::".length(), t.length() - 2);
                if (!closing.equals(open)) {
                    throw new IllegalStateException(name + ":" + (i + 1) + ": end of " + closing + " but " + open + " is open");
                }
                found.put(open, dedent(lines));
                open = null;
            } else if (open != null) {
                lines.add(all[i]);
            }
        }
        if (open != null) {
            throw new IllegalStateException(name + ": region " + open + " is never closed");
        }
        return new Regions(found);
    }

    /** The region's text, or an error naming the known regions. */
    public String get(String region) {
        String text = regions.get(region);
        if (text == null) {
            throw new IllegalArgumentException("no region '" + region + "'; known: " + regions.keySet());
        }
        return text;
    }

    private static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String l : lines) {
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            s.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return s.toString().stripTrailing();
    }
}
