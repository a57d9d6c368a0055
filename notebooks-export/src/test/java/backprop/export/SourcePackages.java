package backprop.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package graph of Java sources as a reader sees it: an edge from a file's package to every package it imports
 * (single, static or on demand) or names by a fully qualified reference in code. Read from the sources, not the
 * bytecode, because javac inlines a compile-time constant (a {@code static final double} read from another class
 * leaves no trace in the class file), so a bytecode check cannot see that edge. Comments and string literals are
 * left out: a javadoc link or a string that happens to spell a class name is no dependency.
 */
final class SourcePackages {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?((?:[a-z_]\\w*\\.)+)(?:[A-Z]\\w*(?:\\.\\w+)*|\\*)\\s*;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:[a-z_]\\w*\\.)+)[A-Z]\\w*");

    private final String prefix;
    private final Map<String, Set<String>> edges = new TreeMap<>();

    /** The graph of the packages under {@code prefix} (e.g. "backprop.") in every .java file below the roots. */
    SourcePackages(String prefix, List<Path> roots) {
        this.prefix = prefix;
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(this::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher p = PACKAGE.matcher(text);
        if (!p.find()) {
            return;
        }
        String from = p.group(1);
        Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
        String code = withoutCommentsAndStrings(text);
        for (Pattern pattern : List.of(IMPORT, QUALIFIED)) {
            Matcher m = pattern.matcher(code);
            while (m.find()) {
                String target = m.group(1).substring(0, m.group(1).length() - 1);
                if (target.startsWith(prefix) && !target.equals(from)) {
                    to.add(target);
                }
            }
        }
    }

    /** The packages each package uses, by name. */
    Map<String, Set<String>> edges() {
        return edges;
    }

    /**
     * Every cycle of the graph, each named once as "a → b → … → a" from its alphabetically first package: one per
     * strongly connected component of more than one package, through the shortest way back.
     */
    List<String> cycles() {
        List<String> cycles = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (String start : edges.keySet()) {
            if (reported.contains(start)) {
                continue;
            }
            List<String> back = shortestPath(start, start);
            if (back != null) {
                reported.addAll(back);
                cycles.add(String.join(" → ", back));
            }
        }
        return cycles;
    }

    /** The shortest path from {@code from} to {@code to} of at least one edge, or null. */
    private List<String> shortestPath(String from, String to) {
        Map<String, String> parent = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            for (String next : edges.getOrDefault(at, Set.of())) {
                if (next.equals(to)) {
                    List<String> path = new ArrayList<>(List.of(to));
                    for (String p = at; p != null; p = p.equals(from) ? null : parent.get(p)) {
                        path.add(0, p);
                    }
                    return path;
                }
                if (!parent.containsKey(next) && !next.equals(from)) {
                    parent.put(next, at);
                    queue.addLast(next);
                }
            }
        }
        return null;
    }

    /** The source with comments and string, text-block and character literals blanked out. */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != quote && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(j + 1, s.length());
                out.append(quote).append(quote);
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }
}
