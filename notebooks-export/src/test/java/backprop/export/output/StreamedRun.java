package backprop.export.output;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A run that writes {@code args[2]} files of {@code args[3]} bytes each into the folder {@code args[1]}, in its
 * own process for {@link StreamedRunTest}: {@code stream} streams them and commits; {@code memory} collects them
 * in an {@link OutputFolder} and writes them at once; {@code hold} streams them, says "written" and waits to be
 * killed; {@code tell} streams them saying "written N" every hundred files, to be killed while it writes. Each file's bytes are made afresh, so that whatever keeps them grows with the count.
 */
public final class StreamedRun {
    private StreamedRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        Path target = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        int size = Integer.parseInt(args[3]);
        Caller caller = Caller.current();
        if (mode.equals("memory")) {
            OutputFolder folder = new OutputFolder();
            for (int i = 0; i < count; i++) {
                folder.bytes(path(i), content(i, size));
            }
            folder.writeTo(target, caller);
            return;
        }
        try (OutputFolder.Stream s = OutputFolder.stream(target, caller)) {
            for (int i = 0; i < count; i++) {
                s.bytes(path(i), content(i, size));
                if (mode.equals("tell") && i % 100 == 99) {
                    System.out.println("written " + (i + 1));
                    System.out.flush();
                }
            }
            if (mode.equals("hold")) {
                System.out.println("written");
                System.out.flush();
                Thread.sleep(120_000);
            }
            s.commit();
        }
    }

    /** Five files a student, as {@code answer-key class} writes them. */
    static String path(int i) {
        return "students/" + (i / 5) + "/file-" + (i % 5);
    }

    static byte[] content(int i, int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) ('a' + i % 26));
        return b;
    }
}
