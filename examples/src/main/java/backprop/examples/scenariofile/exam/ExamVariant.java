package backprop.examples.scenariofile.exam;

import backprop.examples.Document;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;

import java.util.List;

/**
 * What every exam variant is as a {@link Scenario}, whatever it computes: named after its file, in no
 * document, and with no printed values to check (an instructor's new numbers are derived, never published).
 */
public abstract class ExamVariant implements Scenario {
    private final String fileName;
    private final String stem;
    private final String title;

    /** {@code fileName} is the file's name alone, never its folder: outputs must not depend on where it was. */
    protected ExamVariant(String fileName, String stem, String title) {
        this.fileName = fileName;
        this.stem = stem;
        this.title = title;
    }

    /** "from exam.toml": the provenance of every input the file states. */
    protected final String fromFile() {
        return "from " + fileName;
    }

    @Override
    public final String id() {
        return "variant." + stem;
    }

    @Override
    public final Document document() {
        return null;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String section() {
        return "exam variant";
    }

    @Override
    public final List<PublishedValue> published() {
        return List.of();
    }
}
