package backprop.core;

import java.lang.management.ManagementFactory;

/** Bytes allocated on the heap by this thread, for the tests that say a steady state allocates nothing. */
public final class Allocations {
    private Allocations() {
    }

    /**
     * The fewest bytes this thread allocated in one round of 20 calls, over up to 5 rounds (stopping at a round
     * that allocates none). Why not one round: HotSpot may deoptimise or recompile a method in the middle of a
     * round, and the frames it rebuilds are allocated on this thread (seen as 176–824 bytes in about one full
     * core run in eight, never when the test ran alone). Why this still fails when it should: code that
     * allocates on every call allocates at least 16 bytes in every round, so the fewest is never zero.
     */
    public static long fewestBytesOverRounds(Runnable call) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < 5 && fewest > 0; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 20; i++) {
                call.run();
            }
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return fewest;
    }
}
