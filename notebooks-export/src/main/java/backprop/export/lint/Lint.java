package backprop.export.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic a text prints, found and checked: every passage of maths and prose, its chains of equalities, and
 * for each printed number one {@link ClaimRow}, in document order.
 */
public final class Lint {
    private Lint() {
    }

    /** The claims of {@code text}, named {@code name} in the rows. */
    public static List<ClaimRow> check(String name, String text) {
        return check(Source.of(name, text));
    }

    static List<ClaimRow> check(Source source) {
        return new ArrayList<>(read(source).rows());
    }

    /** Everything read of {@code source}: its claims' rows and the values it gives names, in document order. */
    static Checker read(Source source) {
        Checker checker = new Checker(source);
        for (Passage p : Passage.of(source.text())) {
            for (Chain c : Chain.of(Tokenizer.tokens(source.text(), p), p.prose())) {
                checker.check(c);
            }
        }
        return checker;
    }

    /** The claims of the file at {@code path}, named {@code name}; refused as {@link Source#read} refuses. */
    public static List<ClaimRow> check(String name, java.nio.file.Path path) throws LintInputException {
        return check(Source.read(name, path));
    }
}
