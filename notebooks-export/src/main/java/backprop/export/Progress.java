package backprop.export;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lines on standard error while a run takes long: once it has run {@code after}, a line
 * {@code answer-key: progress: STAGE (N s)} each time the stage changes, and again every {@code every} while one
 * stage lasts. Standard output and the files written are untouched, so that they stay the same from run to run;
 * these lines depend on the machine's speed and say so by their times. A daemon thread ticks twice a second.
 */
final class Progress implements AutoCloseable {
    private static final long TICK_MILLIS = 500;

    private final PrintStream err;
    private final long afterNanos;
    private final long everyNanos;
    private ScheduledExecutorService timer;
    private long start;
    private volatile String stage = "starting";
    private String printed;
    private long printedAt;

    private Progress(PrintStream err, Duration after, Duration every) {
        this.err = err;
        this.afterNanos = after.toNanos();
        this.everyNanos = every.toNanos();
    }

    /** Starts the clock (the main job's, not the grader's: {@code answer-key grade} prints its own lines). */
    synchronized void start() {
        if (err != null && timer == null) {
            start = System.nanoTime();
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "answer-key progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Progress lines on {@code err} once the run has taken {@code after}, repeated every {@code every}. */
    static Progress on(PrintStream err, Duration after, Duration every) {
        return new Progress(err, after, every);
    }

    /** No lines at all (the tests' runs, whose standard error is compared line by line). */
    static Progress off() {
        return new Progress(null, Duration.ZERO, Duration.ZERO);
    }

    /** What the run does now, e.g. "checking the gradients of big.toml (2 of 3)". */
    void stage(String what) {
        stage = what;
    }

    private synchronized void tick() {
        long now = System.nanoTime();
        String current = stage;
        if (now - start >= afterNanos && (!current.equals(printed) || now - printedAt >= everyNanos)) {
            err.println(String.format(Locale.ROOT, "answer-key: progress: %s (%d s)", current,
                    TimeUnit.NANOSECONDS.toSeconds(now - start)));
            printed = current;
            printedAt = now;
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
