package backprop.examples.scenariofile.toml;

/**
 * A scenario file that cannot be used. The message is always one line, {@code FILE:LINE: what is wrong} or
 * {@code FILE:LINE:COLUMN: what is wrong}, FILE as the user gave it; the command prints it after "answer-key: ".
 */
public final class ScenarioFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ScenarioFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + oneLine(problem));
    }

    public ScenarioFileException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + oneLine(problem));
    }

    /** A message stays one line whatever the file holds: line breaks in quoted text are shown as ⏎. */
    private static String oneLine(String problem) {
        return problem.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }
}
