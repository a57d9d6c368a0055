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

    /**
     * Everything read of {@code source}: its claims' rows and the values it gives names, in document order. A line
     * of prose that starts with {@code =} or {@code ≈} goes on with the chain of the line of prose before it, as
     * plain-text notes write a chain one step a line ({@code net_h1 = (0.15 × 0.05) + …}, then {@code = 0.3775});
     * a Markdown list marker ({@code - }, {@code * }, {@code + } at a line's start) is no minus or product.
     */
    static Checker read(Source source) {
        Checker checker = new Checker(source);
        String text = source.text();
        List<Token> prose = new ArrayList<>();
        for (Passage p : Passage.of(text)) {
            List<Token> tokens = withoutListMarker(text, p, Tokenizer.tokens(text, p));
            if (p.prose() && continues(tokens) && !prose.isEmpty()) {
                prose.addAll(tokens);
                continue;
            }
            check(checker, prose, true);
            prose = new ArrayList<>();
            if (p.prose()) {
                prose.addAll(tokens);
            } else {
                check(checker, tokens, false);
            }
        }
        check(checker, prose, true);
        return checker;
    }

    private static void check(Checker checker, List<Token> tokens, boolean prose) {
        for (Chain c : Chain.of(tokens, prose)) {
            checker.check(c);
        }
    }

    /**
     * Whether a prose passage goes on with the chain of the line before: its first token is {@code =} or {@code ≈}.
     * (A heading's underline {@code ====} joins too, harmlessly: a relation with nothing before it ends a chain.)
     */
    static boolean continues(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(0).is(Token.Kind.RELATION);
    }

    /** {@code tokens} without a Markdown list marker: a {@code -}, {@code *} or {@code +} first on its line, then a space. */
    static List<Token> withoutListMarker(String text, Passage p, List<Token> tokens) {
        // (no kind to check: a token that starts at a '-', '*' or '+' followed by a space is an operator)
        if (!p.prose() || tokens.isEmpty()) {
            return tokens;
        }
        Token first = tokens.get(0);
        int at = first.offset();
        boolean marker = at + 1 < text.length() && "-*+".indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == ' '
                && text.substring(p.start(), at).isBlank();
        return marker ? tokens.subList(1, tokens.size()) : tokens;
    }

    /** The claims of the file at {@code path}, named {@code name}; refused as {@link Source#read} refuses. */
    public static List<ClaimRow> check(String name, java.nio.file.Path path) throws LintInputException {
        return check(Source.read(name, path));
    }
}
