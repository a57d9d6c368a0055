package backprop.export.grade.session;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The remote VM's System.out, captured cell by cell: {@link #take()} returns what arrived since the last call.
 * At most {@link #LIMIT} bytes per cell are kept, so a student's cell that prints without end cannot fill the
 * grader's memory. Mutable: the JShell output thread writes, the grader takes.
 */
final class CapturedOutput extends OutputStream {
    static final int LIMIT = 1 << 20;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        if (buffer.size() < LIMIT) {
            buffer.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        buffer.write(b, off, Math.max(0, Math.min(len, LIMIT - buffer.size())));
    }

    /** What was printed since the last call, decoded as UTF-8; the buffer starts empty again. */
    synchronized String take() {
        String text = buffer.toString(StandardCharsets.UTF_8);
        buffer = new ByteArrayOutputStream();
        return text;
    }
}
