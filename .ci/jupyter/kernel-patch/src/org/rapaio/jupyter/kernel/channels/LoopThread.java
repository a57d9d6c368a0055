// A fixed copy of one class of rapaio-jupyter-kernel 3.0.1 (io.github.padreati), used only by CI's
// notebook runs: see .ci/jupyter/setup.sh.
package org.rapaio.jupyter.kernel.channels;

/**
 * Drop-in replacement for rapaio-jupyter-kernel 3.0.1's LoopThread, which sets
 * {@code running = true} only AFTER {@code Thread.start()}: if the new thread reaches
 * {@code while (running)} first it exits at once and that channel (often the shell
 * channel) is dead, so the kernel never answers kernel_info_request. Here the flag is
 * set before starting. Put the compiled class ahead of the kernel jar on the classpath.
 *
 * <p>Also: in 3.0.1 any exception thrown by the loop body (a malformed or unexpected message, a handler
 * bug) ended the thread, so the channel went dead and the kernel hung with no more than a stack trace on
 * stderr. Here it is logged as SEVERE and the loop goes on with the next message (the message that failed
 * gets no reply; nothing is retried); once shut down, the loop ends quietly.
 */
public final class LoopThread extends Thread {
    private static final java.util.logging.Logger LOGGER =
            java.util.logging.Logger.getLogger(LoopThread.class.getSimpleName());

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOGGER.log(java.util.logging.Level.SEVERE, getName() + ": exception in the channel loop", e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
