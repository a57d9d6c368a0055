// A fixed copy of one class of rapaio-jupyter-kernel 3.0.1 (io.github.padreati), used only by CI's
// notebook runs: see .ci/jupyter/setup.sh.
package org.rapaio.jupyter.kernel.channels;

/**
 * Drop-in replacement for rapaio-jupyter-kernel 3.0.1's LoopThread, which sets
 * {@code running = true} only AFTER {@code Thread.start()}: if the new thread reaches
 * {@code while (running)} first it exits at once and that channel (often the shell
 * channel) is dead, so the kernel never answers kernel_info_request. Here the flag is
 * set before starting. Put the compiled class ahead of the kernel jar on the classpath.
 */
public final class LoopThread extends Thread {
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
            loopBody.run();
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
