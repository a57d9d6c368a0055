package backprop.export.model;

import java.text.Normalizer;
import java.util.Map;

/**
 * Reads the LaTeX of a scenario's formula, the subset the documents and the scenario files write, into HTML
 * that needs no script: {@link Maths} is its front. One reader per formula; it reads the text once, left to
 * right, a group or a script by recursion (so a script of a script is a {@code <sup>} in a {@code <sup>}).
 *
 * <p>TeX's own rules where a reader would see them: spaces in the source are ignored, letters are italic
 * (upright in {@code \mathrm}, bold upright in {@code \mathbf}), and the main line spaces its binary operators
 * and relations while scripts do not. A fraction {@code \frac{a}{b}} is written a/b, each side in parentheses
 * when it is compound (an operator, a comma or a space outside its brackets), and set off by a space from the
 * atoms beside it, so that ∂z/∂w ∂a/∂z stays two fractions.
 */
final class TexReader {
    /** Commands that stand for one symbol, an operand of the line. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("ell", "ℓ"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("delta", "δ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"),
            Map.entry("omega", "ω"), Map.entry("Theta", "Θ"), Map.entry("|", "‖"));
    /** Operator names TeX sets upright, a thin space before an argument that is not in brackets. */
    private static final java.util.Set<String> FUNCTIONS = java.util.Set.of("tanh", "max", "min", "exp", "log", "ln");
    /** What LaTeXName writes for a character of a name that TeX would read as a command. */
    private static final Map<String, String> LITERALS = Map.ofEntries(
            Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("_", "_"), Map.entry("$", "$"),
            Map.entry("#", "#"), Map.entry("%", "%"), Map.entry("&", "&"), Map.entry("backslash", "\\"),
            Map.entry("sim", "~"));
    /** Characters with a meaning in TeX that no formula of ours writes bare. */
    private static final String SPECIAL = "#$%&~";

    private enum Font { ITALIC, UPRIGHT }

    /** The HTML of a group, and whether it is compound (needs parentheses as a fraction's numerator or denominator). */
    record Part(String html, boolean compound) {
    }

    private final String tex;
    private int at;

    private TexReader(String tex) {
        this.tex = tex;
    }

    /** {@code tex} as HTML; an unknown command, a bare special character or an unbalanced brace is an error. */
    static String html(String tex) {
        TexReader reader = new TexReader(tex);
        Part all = reader.sequence(true, Font.ITALIC, false);
        return all.html().replace("</i><i>", "").replace("</b><b>", "");
    }

    /**
     * One sequence: the whole formula, or a group up to its closing brace (consumed). {@code main}: on the main line
     * (a fraction's sides too), not in a script.
     */
    private Part sequence(boolean main, Font font, boolean inGroup) {
        TexLine line = new TexLine(main);
        while (at < tex.length()) {
            char c = tex.charAt(at);
            if (c == '}') {
                if (!inGroup) {
                    throw error("a } that closes no group");
                }
                at++;
                return line.part();
            }
            at++;
            if (Character.isWhitespace(c)) {
                continue;
            }
            switch (c) {
                case '{' -> line.operand(sequence(main, font, true));
                case '^' -> line.script("sup", argument(false, font));
                case '_' -> line.script("sub", argument(false, font));
                case '\\' -> command(line, main, font);
                case '\'' -> line.postfix("′");
                case '+', '-', '*' -> line.binary(c == '-' ? "−" : c == '*' ? "∗" : "+");
                case '=' -> line.relation("=");
                case ',' -> line.comma();
                case '(', '[' -> line.open(Maths.text(c));
                case ')', ']' -> line.close(Maths.text(c));
                default -> {
                    if (SPECIAL.indexOf(c) >= 0) {
                        throw error("a bare " + c + ", which TeX reads as a command");
                    }
                    line.atom(isLetter(c) && font == Font.ITALIC ? "<i>" + Maths.text(c) + "</i>" : Maths.text(c));
                }
            }
        }
        if (inGroup) {
            throw error("a { that is never closed");
        }
        return line.part();
    }

    /** A script's or a command's argument: a group, one command, or one character. */
    private Part argument(boolean main, Font font) {
        skipSpaces();
        if (at >= tex.length()) {
            throw error("a script or a command without its argument");
        }
        char c = tex.charAt(at);
        if (c == '{') {
            at++;
            return sequence(main, font, true);
        }
        if (c == '\\') {
            at++;
            TexLine line = new TexLine(main);
            command(line, main, font);
            return line.part();
        }
        at++;
        if (SPECIAL.indexOf(c) >= 0 || c == '}' || c == '^' || c == '_') {
            throw error("a bare " + c + " as an argument");
        }
        String html = isLetter(c) && font == Font.ITALIC ? "<i>" + Maths.text(c) + "</i>" : Maths.text(c);
        return new Part(c == '-' ? "−" : html, false);
    }

    private void command(TexLine line, boolean main, Font font) {
        String name = commandName();
        switch (name) {
            case "frac" -> line.fraction(argument(main, font), argument(main, font));
            case "mathrm" -> line.operand(argument(main, Font.UPRIGHT));
            case "mathbf" -> {
                Part bold = argument(main, Font.UPRIGHT);
                line.operand(new Part("<b>" + bold.html() + "</b>", bold.compound()));
            }
            case "hat" -> line.atom(hat(font));
            case "left", "right", "Big" -> delimiter(line);
            case "sum" -> line.largeOperator("Σ");
            case "cdot" -> line.binary("·");
            case "lt", "gt" -> line.relation(name.equals("lt") ? "&lt;" : "&gt;");
            case "quad" -> line.space("\u2003");
            case "," -> line.space("\u2009");
            case " " -> line.space(" ");
            default -> {
                if (SYMBOLS.containsKey(name)) {
                    line.atom(SYMBOLS.get(name));
                } else if (FUNCTIONS.contains(name)) {
                    line.function(name);
                } else if (LITERALS.containsKey(name)) {
                    line.atom(Maths.text(LITERALS.get(name)));
                } else {
                    throw error("an unknown command \\" + name);
                }
            }
        }
    }

    /** The name after a backslash: a run of letters, or the one character that is not a letter. */
    private String commandName() {
        if (at >= tex.length()) {
            throw error("a backslash at the end");
        }
        int start = at;
        while (at < tex.length() && isLetter(tex.charAt(at))) {
            at++;
        }
        if (at == start) {
            at++;
        }
        return tex.substring(start, at);
    }

    /**
     * {@code \hat x}: the letter with its circumflex, precomposed where Unicode has the letter (ŷ), else followed
     * by the combining circumflex U+0302; {@code \hat{\ }}, LatexName's caret, is the caret itself.
     */
    private String hat(Font font) {
        skipSpaces();
        boolean braced = at < tex.length() && tex.charAt(at) == '{';
        int start = braced ? at + 1 : at;
        if (tex.startsWith("\\ }", start) && braced) {
            at = start + 3;
            return Maths.text('^');
        }
        if (start >= tex.length() || !isLetter(tex.charAt(start)) || braced && !tex.startsWith("}", start + 1)) {
            throw error("\\hat over anything but one letter");
        }
        at = braced ? start + 2 : start + 1;
        String letter = Normalizer.normalize(tex.charAt(start) + "\u0302", Normalizer.Form.NFC);
        return font == Font.ITALIC ? "<i>" + letter + "</i>" : letter;
    }

    /** The bracket after {@code \left}, {@code \right} or {@code \Big}, drawn at the line's own size. */
    private void delimiter(TexLine line) {
        skipSpaces();
        char c = at < tex.length() ? tex.charAt(at) : ' ';
        at++;
        switch (c) {
            case '(', '[' -> line.open(Maths.text(c));
            case ')', ']' -> line.close(Maths.text(c));
            case '.' -> { }
            case '\\' -> {
                if (!tex.startsWith("|", at)) {
                    throw error("a sized delimiter that is not a bracket");
                }
                at++;
                line.atom("‖");
            }
            default -> throw error("a sized delimiter that is not a bracket");
        }
    }

    private void skipSpaces() {
        while (at < tex.length() && Character.isWhitespace(tex.charAt(at))) {
            at++;
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("formula: " + what + " at character " + at + " of " + tex);
    }
}
