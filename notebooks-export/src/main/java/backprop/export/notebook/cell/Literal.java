package backprop.export.notebook.cell;

import backprop.export.model.Escape;

import java.util.StringJoiner;

/** Java source for the values a question's cells pass: every double as Double.toString writes it (exact, Locale-free). */
public final class Literal {
    private Literal() {
    }

    public static String of(double v) {
        return Double.toString(v);
    }

    public static String of(double[] v) {
        StringJoiner s = new StringJoiner(", ", "new double[] {", "}");
        for (double d : v) {
            s.add(of(d));
        }
        return s.toString();
    }

    public static String of(double[][] m) {
        StringJoiner s = new StringJoiner(", ", "new double[][] {", "}");
        for (double[] row : m) {
            s.add(of(row).substring("new double[] ".length()));
        }
        return s.toString();
    }

    public static String of(boolean[] v) {
        StringJoiner s = new StringJoiner(", ", "new boolean[] {", "}");
        for (boolean b : v) {
            s.add(Boolean.toString(b));
        }
        return s.toString();
    }

    public static String of(boolean[][] m) {
        StringJoiner s = new StringJoiner(", ", "new boolean[][] {", "}");
        for (boolean[] row : m) {
            s.add(of(row).substring("new boolean[] ".length()));
        }
        return s.toString();
    }

    /** A value passed to Grade: a Double, double[] or double[][]. */
    public static String value(Object v) {
        if (v instanceof Double d) {
            return of(d.doubleValue());
        }
        if (v instanceof double[] a) {
            return of(a);
        }
        if (v instanceof double[][] m) {
            return of(m);
        }
        throw new IllegalArgumentException("Literal: no Java literal for " + v);
    }

    public static String string(String s) {
        return Escape.java(s);
    }

    public static String of(String[] v) {
        StringJoiner s = new StringJoiner(", ", "new String[] {", "}");
        for (String t : v) {
            s.add(string(t));
        }
        return s.toString();
    }

    public static String of(int[][] m) {
        StringJoiner s = new StringJoiner(", ", "new int[][] {", "}");
        for (int[] row : m) {
            StringJoiner r = new StringJoiner(", ", "{", "}");
            for (int i : row) {
                r.add(Integer.toString(i));
            }
            s.add(r.toString());
        }
        return s.toString();
    }
}
