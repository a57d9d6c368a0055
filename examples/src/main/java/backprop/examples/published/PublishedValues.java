package backprop.examples.published;

import backprop.examples.Document;
import backprop.examples.PublishedValue;
import backprop.examples.Status;

import java.util.ArrayList;
import java.util.List;

/** Builds a scenario's list of published values, one section at a time, in the order printed. */
public final class PublishedValues {
    private final Document document;
    private final List<PublishedValue> values = new ArrayList<>();
    private String section;

    public PublishedValues(Document document, String section) {
        this.document = document;
        this.section = section;
    }

    /** Values added from now on appear under {@code heading}. */
    public PublishedValues under(String heading) {
        this.section = heading;
        return this;
    }

    /** Adds one value; {@code expression} is "" when none is printed beside it. */
    public PublishedValues add(String id, String quantity, String printed, String expression, Status expected,
                               String reason) {
        values.add(new PublishedValue(id, document, section, quantity, printed, expression, expected, reason));
        return this;
    }

    public List<PublishedValue> list() {
        return List.copyOf(values);
    }
}
