package backprop.export.grade.session;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What a student's process has printed, counted on the grader's side as it is read: its standard error (where the
 * runner sends the student's System.out and System.err) and the lines on its channel that are no message. A cell
 * that prints more than {@code bound} bytes, counted from its start, is a flood. Mutable and thread-safe: the
 * threads that read the process's streams add, the session's own thread starts a cell and asks.
 */
final class PrintedBytes {
    private final long bound;
    private long total;
    private long standardError;
    private long atCellStart;

    PrintedBytes(long bound) {
        this.bound = bound;
    }

    /**
     * Counts {@code bytes} more, read from standard error or (false) from the channel; true when they take the
     * cell now running past the bound: once, at the read that does.
     */
    synchronized boolean add(long bytes, boolean fromStandardError) {
        boolean before = flood();
        total += bytes;
        if (fromStandardError) {
            standardError += bytes;
            notifyAll();
        }
        return !before && flood();
    }

    /** The cell now starting counts from here: what an earlier cell printed is not its own. */
    synchronized void startCell() {
        atCellStart = total;
    }

    /** True when the cell now running has printed more than the bound. */
    synchronized boolean flood() {
        return total - atCellStart > bound;
    }

    /**
     * Waits at most {@code limit} until {@code bytes} of standard error have been read: the runner says how many it
     * wrote there by the end of a cell, and standard error is a stream of its own, read on its own thread, so that
     * without the wait a cell's last bytes could be counted after its end, or as the next cell's. True when they were.
     */
    synchronized boolean awaitStandardError(long bytes, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (standardError < bytes) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
