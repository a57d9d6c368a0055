package backprop.export.runtime;

/**
 * A grading value as one row-major array with its shape: a Double (scalar), a double[] (vector, cols = 0) or a
 * double[][] (matrix). Names an entry as the notebooks write it: [i] or [i,j], 1-based.
 */
public record Values(double[] entries, int rows, int cols) {

    public static Values flatten(String what, Object value) {
        if (value instanceof Double d) {
            return new Values(new double[] {d}, 1, -1);
        }
        if (value instanceof double[] v) {
            return new Values(v.clone(), v.length, 0);
        }
        if (value instanceof double[][] m) {
            int cols = m.length == 0 ? 0 : m[0].length;
            double[] flat = new double[m.length * cols];
            for (int i = 0; i < m.length; i++) {
                if (m[i] == null || m[i].length != cols) {
                    throw new IllegalArgumentException(what + ": row " + (i + 1) + " has "
                            + (m[i] == null ? "no" : m[i].length) + " entries, row 1 has " + cols);
                }
                System.arraycopy(m[i], 0, flat, i * cols, cols);
            }
            return new Values(flat, m.length, cols);
        }
        throw new IllegalArgumentException(what + ": a Double, double[] or double[][] is needed, not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** "a number", "3 entries", "2×3 entries": the shape in words. */
    public String shape() {
        if (cols < 0) {
            return "a number";
        }
        return cols == 0 ? entries.length + " entries" : rows + "×" + cols + " entries";
    }

    public boolean sameShape(Values other) {
        return rows == other.rows && cols == other.cols && entries.length == other.entries.length;
    }

    /** The entry at flat index i, named as the notebooks write it. */
    public String entry(int i) {
        return cols < 0 ? "the value" : "entry " + index(i);
    }

    /** The entry at flat index i as an index: "" for a number, "[i]" for a vector, "[i,j]" for a matrix, 1-based. */
    public String index(int i) {
        if (cols < 0) {
            return "";
        }
        return cols == 0 ? "[" + (i + 1) + "]" : "[" + (i / cols + 1) + "," + (i % cols + 1) + "]";
    }
}
