package backprop.core.network;

import java.util.Arrays;

/**
 * A dense matrix of doubles stored row by row: element (i, j), 0-based, is {@code data[i·cols + j]}.
 * Mutable: {@link #set} and {@link #data()} change it in place (weights are updated this way); every
 * method says whether it modifies its arguments.
 *
 * <p>Its products are plain IEEE arithmetic and are not checked for overflow here: the engine that calls
 * them ({@link Network}, {@link GradientDescent}) checks every result where it
 * knows the layer and the quantity, and names them.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * The most entries one matrix holds: a Java array's limit, a few below {@code Integer.MAX_VALUE} on
     * HotSpot. 46,341 × 46,341 is already past it (rows·cols no longer fits an int).
     */
    public static final int MAX_ENTRIES = Integer.MAX_VALUE - 8;

    /**
     * A rows × cols matrix of zeros.
     *
     * @throws IllegalArgumentException if the shape is empty or has more than {@link #MAX_ENTRIES} entries
     */
    public static Matrix zeros(int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("Matrix: shape " + rows + "×" + cols + " is empty");
        }
        long entries = (long) rows * cols;
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("Matrix: shape " + rows + "×" + cols + " has " + entries
                    + " entries; one matrix holds at most " + MAX_ENTRIES);
        }
        return new Matrix(rows, cols, new double[(int) entries]);
    }

    /** Copies {@code values} (rows of equal length, finite). Not modified. */
    public static Matrix of(double[][] values) {
        if (values == null || values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("Matrix.of: no rows or no columns");
        }
        Matrix m = zeros(values.length, values[0].length);
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != m.cols) {
                throw new IllegalArgumentException("Matrix.of: row " + (i + 1) + " has " + values[i].length
                        + " entries, row 1 has " + m.cols);
            }
            for (int j = 0; j < m.cols; j++) {
                if (!Double.isFinite(values[i][j])) {
                    throw new IllegalArgumentException("Matrix.of: entry (" + (i + 1) + "," + (j + 1) + ") is "
                            + values[i][j]);
                }
                m.data[i * m.cols + j] = values[i][j];
            }
        }
        return m;
    }

    /** c = a·bᵀ, the outer product of two vectors: c_ij = a_i b_j (003: ∂L/∂W = δ·hᵀ). Not modified. */
    public static Matrix outer(double[] a, double[] b) {
        Matrix c = zeros(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                c.data[i * c.cols + j] = a[i] * b[j];
            }
        }
        return c;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Element (i, j), 0-based. */
    public double get(int i, int j) {
        return data[index(i, j)];
    }

    /** Sets element (i, j), 0-based. Modifies this matrix. */
    public void set(int i, int j, double value) {
        data[index(i, j)] = value;
    }

    /** The backing array, row by row: writes change this matrix. For kernels and updates. */
    public double[] data() {
        return data;
    }

    /** y = W·x: y_i = Σ_j W_ij x_j. {@code x} not modified. */
    public double[] times(double[] x) {
        requireLength("times", x, cols);
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double sum = 0.0;
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                sum += data[row + j] * x[j];
            }
            y[i] = sum;
        }
        return y;
    }

    /** y = Wᵀ·g: y_j = Σ_i W_ij g_i (003, Algorithm 2: g ← W^(k)ᵀ g). {@code g} not modified. */
    public double[] transposeTimes(double[] g) {
        requireLength("transposeTimes", g, rows);
        double[] y = new double[cols];
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                y[j] += data[row + j] * g[i];
            }
        }
        return y;
    }

    /** A deep copy. */
    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /** The entries as rows, a fresh array. */
    public double[][] toArray() {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * cols, out[i], 0, cols);
        }
        return out;
    }

    /** "r×c", for error messages. */
    public String shape() {
        return rows + "×" + cols;
    }

    private int index(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("Matrix " + shape() + ": no element (" + i + ", " + j + ")");
        }
        return i * cols + j;
    }

    private void requireLength(String op, double[] v, int n) {
        if (v.length != n) {
            throw new IllegalArgumentException(op + ": matrix is " + shape() + ", vector has " + v.length
                    + " entries, needs " + n);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(toArray());
    }
}
