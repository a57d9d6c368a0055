package backprop.core.network;

import java.util.concurrent.RecursiveAction;

/**
 * ∂L/∂W = δ·hᵀ for one example (003): c_ij = d_i·h_j, written in one pass over C.
 *
 * <p>Why it is not simply the matrix product with an inner dimension of 1: BLAS would first clear C (or
 * scale it by β) and then add to it, twice the memory traffic; and at a batch of one example the backward
 * pass is bound by exactly this write, since ∂L/∂W is as large as W (6.4 + 8.4 MB at 784-1024-1024-10)
 * while the forward pass only reads W. One core alone does not saturate the memory bandwidth, so for a
 * large C the rows are split in two and the second half is written on the common fork-join pool
 * (measured on 2 cores: 850 → 500 µs for that network's three outer products). Each entry is one
 * multiplication written by exactly one thread: the result does not depend on the split.
 *
 * <p>One instance per {@link BatchWorkspace}; not thread-safe. Allocates nothing after the first call.
 */
final class OuterProduct {
    /** Below this many entries (1 MiB of C) the fork costs more than the half it hands over. */
    static final int PARALLEL_ENTRIES = 1 << 17;

    private final boolean parallel;
    private final SecondHalf second = new SecondHalf();

    /** @param parallel whether a large C may be split across two threads */
    OuterProduct(boolean parallel) {
        this.parallel = parallel;
    }

    /** Splits when this machine has a second core. */
    OuterProduct() {
        this(Runtime.getRuntime().availableProcessors() > 1);
    }

    /** C (rows × cols, row-major) ← d·hᵀ. */
    void write(double[] d, double[] h, int rows, int cols, double[] c) {
        if (!parallel || rows < 2 || (long) rows * cols < PARALLEL_ENTRIES) {
            rows(d, h, cols, c, 0, rows);
            return;
        }
        int half = rows / 2;
        second.set(d, h, cols, c, half, rows);
        second.reinitialize();
        second.fork();
        rows(d, h, cols, c, 0, half);
        if (second.tryUnfork()) {
            // no pool thread took it (one core busy elsewhere): write it here
            second.invoke();
        } else {
            // it is running and takes about as long as our half did: spin rather than park, since parking
            // a thread that is not a pool worker allocates and costs a wake-up
            while (!second.isDone()) {
                Thread.onSpinWait();
            }
            second.join(); // rethrows, should it have failed
        }
        second.set(null, null, 0, null, 0, 0);
    }

    /** Rows from … to − 1 of C = d·hᵀ. */
    private static void rows(double[] d, double[] h, int cols, double[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            double di = d[i];
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                c[row + j] = di * h[j];
            }
        }
    }

    /** The rows handed to the pool, reused from call to call so that nothing is allocated. */
    private static final class SecondHalf extends RecursiveAction {
        private double[] d;
        private double[] h;
        private double[] c;
        private int cols;
        private int from;
        private int to;

        void set(double[] d, double[] h, int cols, double[] c, int from, int to) {
            this.d = d;
            this.h = h;
            this.cols = cols;
            this.c = c;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            rows(d, h, cols, c, from, to);
        }
    }
}
