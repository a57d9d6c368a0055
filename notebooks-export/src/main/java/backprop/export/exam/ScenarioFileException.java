package backprop.export.exam;

import java.nio.file.Path;

/** A scenario file that cannot be used: the message is "file:line: what is wrong". */
public final class ScenarioFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ScenarioFileException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
