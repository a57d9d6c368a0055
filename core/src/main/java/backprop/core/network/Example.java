package backprop.core.network;

/** One training pair (x^t, y^t) (003). Arrays are copied. */
public record Example(double[] x, double[] y) {
    public Example {
        if (x == null || y == null || x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("Example: x and y must have entries");
        }
        Network.requireFinite("Example: x", x);
        Network.requireFinite("Example: y", y);
        x = x.clone();
        y = y.clone();
    }
}
