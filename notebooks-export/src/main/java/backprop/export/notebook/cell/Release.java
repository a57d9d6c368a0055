package backprop.export.notebook.cell;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What nbgrader 0.9's {@code generate_assignment} does to one cell's source, so that our student version is
 * the release nbgrader would make of our instructor version (and {@code .ci/nbgrader_release.py} checks
 * that it is). The rules follow nbgrader's preprocessors, matched as nbgrader matches them: a line that
 * <em>contains</em> the delimiter opens or closes a region.
 * <ul>
 *   <li>{@code ClearSolutions}: each region from a line containing "BEGIN SOLUTION" to one containing
 *       "END SOLUTION" becomes the stub, indented like the opening line: {@link #CODE_STUB} in code (the
 *       README's {@code ClearSolutions.code_stub} for the "java" language), "YOUR ANSWER HERE" in markdown.</li>
 *   <li>{@code ClearHiddenTests}: each region from "BEGIN HIDDEN TESTS" to "END HIDDEN TESTS" is removed,
 *       delimiter lines included.</li>
 *   <li>{@code ComputeChecksums} ({@code nbgrader/utils.py}'s {@code compute_checksum}): the MD5 of the
 *       released source, the cell type, str(grade), str(solution), str(locked), the grade id and, for a grade
 *       cell, str(float(points)).</li>
 * </ul>
 */
public final class Release {
    /** The code stub the README configures for the java language: the student's code throws until written. */
    public static final String CODE_STUB = "// YOUR CODE HERE\nthrow new UnsupportedOperationException(\"not written yet\");";
    /** nbgrader's default {@code ClearSolutions.text_stub}. */
    public static final String TEXT_STUB = "YOUR ANSWER HERE";

    private Release() {
    }

    /** ClearSolutions: every solution region replaced by the stub of the cell's type. */
    public static String clearSolutions(String source, boolean markdown) {
        return replaceRegions(source, "SOLUTION", (markdown ? TEXT_STUB : CODE_STUB).split("\n"));
    }

    /** ClearHiddenTests: every hidden-test region removed with its delimiter lines. */
    public static String clearHiddenTests(String source) {
        return replaceRegions(source, "HIDDEN TESTS");
    }

    /**
     * Each region from a line containing "BEGIN " + marker to one containing "END " + marker, delimiters
     * included, replaced by the stub lines at the BEGIN line's indentation. A nested BEGIN, an END without its
     * BEGIN and a BEGIN never ended are refused: the instructor cells are ours, so any of them is our bug.
     */
    private static String replaceRegions(String source, String marker, String... stub) {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (String line : source.split("\n", -1)) {
            if (line.contains("BEGIN " + marker)) {
                if (inside) {
                    throw new IllegalArgumentException("nested BEGIN " + marker + " in:\n" + source);
                }
                inside = true;
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                for (String s : stub) {
                    out.append(indent).append(s).append('\n');
                }
            } else if (line.contains("END " + marker)) {
                if (!inside) {
                    throw new IllegalArgumentException("END " + marker + " without BEGIN in:\n" + source);
                }
                inside = false;
            } else if (!inside) {
                out.append(line).append('\n');
            }
        }
        if (inside) {
            throw new IllegalArgumentException("BEGIN " + marker + " never ended in:\n" + source);
        }
        return out.isEmpty() ? "" : out.substring(0, out.length() - 1);
    }

    /** True if the source holds a region marker that only a cell of the other role may hold. */
    static boolean hasSolutionRegion(String source) {
        return source.contains("BEGIN SOLUTION") || source.contains("END SOLUTION");
    }

    static boolean hasHiddenTests(String source) {
        return source.contains("BEGIN HIDDEN TESTS") || source.contains("END HIDDEN TESTS");
    }

    /**
     * nbgrader's {@code compute_checksum}: md5(source, cell_type, str(grade), str(solution), str(locked),
     * grade_id[, str(float(points))]) over UTF-8, as lower-case hex. {@code locked} is nbgrader's
     * {@code is_locked}: false for a solution cell, true for a grade cell, else the metadata's flag.
     */
    public static String checksum(String source, boolean markdown, boolean grade, boolean solution, boolean locked,
                                  String gradeId, int points) {
        boolean isLocked = !solution && (grade || locked);
        StringBuilder s = new StringBuilder(source).append(markdown ? "markdown" : "code")
                .append(python(grade)).append(python(solution)).append(python(isLocked)).append(gradeId);
        if (grade) {
            s.append(points).append(".0");
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5, which every Java platform must provide", e);
        }
    }

    private static String python(boolean b) {
        return b ? "True" : "False";
    }
}
