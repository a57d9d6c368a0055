package backprop.export.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A run of the tool frozen half-way, in its own process, for {@link backprop.export.KilledRunTest}: it takes the lock of the
 * folder {@code args[0]}, stages one file, says "staged" and waits to be killed.
 */
public final class HeldRun {
    /** Kept reachable: a collected channel's file descriptor is closed, which would release the lock. */
    static OutputLock held;

    private HeldRun() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args[0]).toAbsolutePath().normalize();
        held = OutputLock.acquire(target);
        Path fresh = StagingFolders.createNew(target);
        Files.write(fresh.resolve(Manifest.NAME), new Manifest(Set.of("answer-key.csv")).bytes());
        Files.writeString(fresh.resolve("answer-key.csv"), "half", StandardCharsets.UTF_8);
        System.out.println("staged");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
