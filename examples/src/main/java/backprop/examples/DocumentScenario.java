package backprop.examples;

/**
 * A scenario of one of the five documents: it names itself once, in a {@link ScenarioHeader}, and writes
 * only what is its own (inputs, published values, the computation).
 */
public abstract class DocumentScenario implements Scenario {
    private final ScenarioHeader header;

    protected DocumentScenario(ScenarioHeader header) {
        this.header = header;
    }

    /** The id, document, title, section and formula, as one value. */
    public final ScenarioHeader header() {
        return header;
    }

    @Override
    public final String id() {
        return header.id();
    }

    @Override
    public final Document document() {
        return header.document();
    }

    @Override
    public final String title() {
        return header.title();
    }

    @Override
    public final String section() {
        return header.section();
    }

    @Override
    public final String formula() {
        return header.formula();
    }
}
