package backprop.export.lint;

import backprop.export.lint.Token.Kind;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a passage into tokens, in the notations notes use: Unicode and ASCII minus, ×, ·, {@code *},
 * {@code \times}, {@code \cdot}, superscripts (², {@code ^}, {@code ^{…}}, {@code **}), {@code \frac{a}{b}} as
 * (a)/(b), {@code \frac{∂L}{∂w}} as the one name ∂L/∂w, subscripted names ({@code w₁}, {@code E_{o1}},
 * {@code \hat{y}_1}, all three spellings of a name made one: "w1", "Eo1", "ŷ1"), labels ({@code a^{(L)}}),
 * vectors ({@code [0.77 \ 0.23]}, a one-row or one-column {@code bmatrix}) and the functions exp, σ, tanh, ReLU,
 * max, ln, log, softmax, √. Whatever is not maths (a word of prose, {@code \Rightarrow}, {@code \quad}, a colon)
 * becomes a {@link Kind#BREAK}, which ends a chain of equalities.
 */
final class Tokenizer {
    static final Set<String> FUNCTIONS = Set.of("exp", "ln", "log", "sigmoid", "sig", "logistic", "tanh", "relu",
            "max", "softmax", "sqrt");
    private static final Map<String, String> GREEK = Map.ofEntries(Map.entry("alpha", "α"), Map.entry("beta", "β"),
            Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("Delta", "Δ"), Map.entry("epsilon", "ε"),
            Map.entry("varepsilon", "ε"), Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("Theta", "Θ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("phi", "φ"), Map.entry("omega", "ω"), Map.entry("Omega", "Ω"), Map.entry("pi", "π"));
    private static final Set<String> ACCENTS = Set.of("hat", "bar", "tilde", "vec", "dot", "mathbf", "boldsymbol",
            "mathrm", "mathit", "text", "textrm", "operatorname", "mathsf", "bm");
    private static final Set<String> SPACES = Set.of(",", ";", "!", ":", " ", "left", "right", "big", "Big", "bigl",
            "bigr", "Bigl", "Bigr", "displaystyle", "limits", "nonumber", "notag");
    private static final Set<String> RELATIONS = Set.of("approx", "sim", "simeq", "doteq", "thickapprox");
    private static final Set<String> MATRICES = Set.of("bmatrix", "pmatrix", "matrix", "Bmatrix", "smallmatrix");
    private static final Set<String> SKIPPED_GROUPS = Set.of("tag", "label", "eqref", "ref", "color", "hspace",
            "vspace");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    /** The longest group a {@code \frac}, an accent or a vector is read across. */
    static final int MAX_GROUP = 4000;
    /** What {@link #indexWithin} returns when it finds nothing. */
    private static final int NOT_FOUND = -1;

    private final String t;
    private final int end;
    private final boolean prose;
    private final List<Token> out = new ArrayList<>();
    /** Open {@code \frac}s: the brace depth of each one's next argument, and whether it is the first. */
    private final Deque<int[]> fracs = new ArrayDeque<>();
    /** For each text looked for, the offset before which no search found it. */
    private final Map<String, Integer> clearUntil = new java.util.HashMap<>();
    private int depth;
    private int i;

    private Tokenizer(String text, Passage p) {
        this.t = text;
        this.i = p.start();
        this.end = p.end();
        this.prose = p.prose();
    }

    /** The tokens of {@code p} in {@code text}. */
    static List<Token> tokens(String text, Passage p) {
        Tokenizer k = new Tokenizer(text, p);
        k.run();
        return k.out;
    }

    private void run() {
        while (i < end) {
            int before = out.size();
            int from = i;
            step();
            // every step reads at least one character; one that did not would read the same one forever (checked where
            // assertions are on: in the tests, and under PIT, where a mutant that stalls fails at once)
            assert i > from : "lint: no progress at offset " + from + " in the tokenizer";
            for (int k = before; k < out.size(); k++) {
                out.set(k, out.get(k).endingAt(i));
            }
        }
    }

    private void step() {
        char c = t.charAt(i);
        if (Character.isWhitespace(c) || c == '&' || c == '\u00A0') {
            i++;
        } else if (isDigit(c) || c == '.' && i + 1 < end && isDigit(t.charAt(i + 1))) {
            number();
        } else if (c == '\\') {
            command();
        } else if (Character.isLetter(c) && c != '∂') {
            word();
        } else {
            symbol(c);
        }
    }

    private void number() {
        int s = i;
        while (i < end && isDigit(t.charAt(i))) {
            i++;
        }
        if (i + 1 < end && t.charAt(i) == '.' && isDigit(t.charAt(i + 1))) {
            i++;
            while (i < end && isDigit(t.charAt(i))) {
                i++;
            }
        }
        int e = i;
        if (e < end && (t.charAt(e) == 'e' || t.charAt(e) == 'E')) {
            int j = e + 1;
            if (j < end && (t.charAt(j) == '-' || t.charAt(j) == '+')) {
                j++;
            }
            int digits = j;
            while (j < end && isDigit(t.charAt(j))) {
                j++;
            }
            // an exponent of at most three digits: 1e308 is a number, 1e2147483648 no number the lint reads
            if (j > digits && j - digits <= 3 && (j == end || !Character.isLetter(t.charAt(j)))) {
                i = j;
            }
        }
        out.add(new Token(Kind.NUMBER, t.substring(s, i), s));
    }

    private void command() {
        int s = i;
        if (i + 1 >= end) {
            i++;
            return;
        }
        char next = t.charAt(i + 1);
        if (!Character.isLetter(next)) {
            i += 2;
            switch (next) {
                case '\\' -> out.add(new Token(Kind.LINE_BREAK, "\\\\", s));
                case '{', '(' -> open(s, "(");
                case '}', ')' -> close(s);
                case '*' -> out.add(new Token(Kind.OPERATOR, "*", s));
                case '|' -> out.add(new Token(Kind.BREAK, "|", s));
                default -> { } // \, \; \! \  : spaces
            }
            return;
        }
        int j = i + 1;
        while (j < end && Character.isLetter(t.charAt(j))) {
            j++;
        }
        String name = t.substring(i + 1, j);
        i = j;
        commandNamed(name, s);
    }

    private void commandNamed(String name, int s) {
        if (SPACES.contains(name)) {
            if (i < end && (t.charAt(i) == '.')) {
                i++;
            }
        } else if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac")) {
            fraction(s);
        } else if (name.equals("cdot") || name.equals("times") || name.equals("ast")) {
            out.add(new Token(Kind.OPERATOR, "*", s));
        } else if (name.equals("div")) {
            out.add(new Token(Kind.OPERATOR, "/", s));
        } else if (RELATIONS.contains(name)) {
            out.add(new Token(Kind.RELATION, "≈", s));
        } else if (FUNCTIONS.contains(name)) {
            out.add(new Token(Kind.FUNCTION, name, s));
        } else if (name.equals("sigma") && nextIsOpen()) {
            out.add(new Token(Kind.FUNCTION, "sigmoid", s));
        } else if (GREEK.containsKey(name)) {
            name(GREEK.get(name), s);
        } else if (ACCENTS.contains(name)) {
            accent(name, s);
        } else if (name.equals("begin")) {
            begin(s);
        } else if (SKIPPED_GROUPS.contains(name)) {
            group();
            out.add(new Token(Kind.BREAK, name, s));
        } else {
            // \Rightarrow, \quad, \sum, \end, underbrace …: not arithmetic; their limits go with them
            out.add(new Token(Kind.BREAK, name, s));
            while (i < end && (t.charAt(i) == '_' || t.charAt(i) == '^')) {
                i++;
                group();
            }
        }
    }

    /** {@code \frac{a}{b}}: (a)/(b); {@code \frac{∂L}{∂w}} and {@code \frac{dy}{dx}}: the one name ∂L/∂w. */
    private void fraction(int s) {
        skipSpaces();
        int[] first = groupAt(i);
        int[] second = first == null ? null : groupAt(skipSpacesFrom(first[1]));
        if (first == null || second == null) {
            out.add(new Token(Kind.BREAK, "frac", s));
            return;
        }
        String top = t.substring(first[0] + 1, first[1] - 1).strip();
        String bottom = t.substring(second[0] + 1, second[1] - 1).strip();
        String dTop = differential(top);
        String dBottom = differential(bottom);
        if (dTop != null && dBottom != null) {
            out.add(new Token(Kind.DERIVATIVE, "∂" + canonical(dTop) + "/∂" + canonical(dBottom), s));
            i = second[1];
            return;
        }
        out.add(new Token(Kind.OPEN, "(", s));
        fracs.push(new int[] {depth, 1});
    }

    /** What follows ∂ or d in a derivative's part ("\partial L" → "L"), or null if it is no differential. */
    private static String differential(String part) {
        if (part.startsWith("\\partial")) {
            return part.substring(8).strip();
        }
        if (part.startsWith("d") && (part.length() == 1 || !Character.isLowerCase(part.charAt(1))
                || part.length() == 2) && !part.startsWith("d(")) {
            return part.substring(1).strip();
        }
        return null;
    }

    private void open(int s, String text) {
        depth++;
        out.add(new Token(Kind.OPEN, text, s));
    }

    private void close(int s) {
        out.add(new Token(Kind.CLOSE, ")", s));
        depth--;
        int[] frac = fracs.peek();
        if (frac != null && frac[0] == depth) {
            if (frac[1] == 1) {
                frac[1] = 2;
                out.add(new Token(Kind.OPERATOR, "/", s));
                if (skipSpacesFrom(i) >= end || t.charAt(skipSpacesFrom(i)) != '{') {
                    fracs.pop();
                    out.add(new Token(Kind.BREAK, "frac", s));
                }
            } else {
                fracs.pop();
                out.add(new Token(Kind.CLOSE, ")", s));
            }
        }
    }

    /** {@code \hat{y}}, {@code \mathbf{x}}, {@code \text{net}_{h1}}: a name (or a function: {@code \text{ReLU}}). */
    private void accent(String accent, int s) {
        skipSpaces();
        int[] g = groupAt(i);
        String inner = g == null ? (i < end ? String.valueOf(t.charAt(i)) : "") : t.substring(g[0] + 1, g[1] - 1);
        i = g == null ? Math.min(end, i + 1) : g[1];
        String base = canonical(inner);
        if (FUNCTIONS.contains(base.toLowerCase(Locale.ROOT))) {
            out.add(new Token(Kind.FUNCTION, base.toLowerCase(Locale.ROOT), s));
            return;
        }
        boolean word = accent.startsWith("text") || accent.equals("operatorname");
        if (word && inner.strip().contains(" ") || base.isEmpty()) {
            out.add(new Token(Kind.BREAK, accent, s));
            return;
        }
        name(accent.equals("hat") ? combining(base, '\u0302') : accent.equals("bar") ? combining(base, '\u0304')
                : accent.equals("tilde") ? combining(base, '\u0303') : base, s);
    }

    private static String combining(String base, char mark) {
        return Normalizer.normalize(base.charAt(0) + String.valueOf(mark) + base.substring(1), Normalizer.Form.NFC);
    }

    /** {@code \begin{bmatrix}…}: a vector if it is one row or one column of numbers, else a matrix. */
    private void begin(int s) {
        int[] g = groupAt(i);
        String env = g == null ? "" : t.substring(g[0] + 1, g[1] - 1);
        i = g == null ? i : g[1];
        if (!MATRICES.contains(env)) {
            if (env.equals("cases") || env.equals("array")) {
                out.add(new Token(Kind.BREAK, env, s));
            }
            return;
        }
        String close = "\\end{" + env + "}";
        int j = indexWithin(close, i);
        if (j == NOT_FOUND) {
            out.add(new Token(Kind.BREAK, env, s));
            return;
        }
        List<Token> entries = numbers(i, j);
        int rows = t.substring(i, j).split("\\\\\\\\", -1).length;
        // an empty one ({@code \begin{bmatrix}\end{bmatrix}}) is no vector: a vector has an entry to evaluate
        boolean vector = entries != null && !entries.isEmpty() && (rows == 1 || entries.size() == rows
                || entries.size() == rows - 1 && t.substring(i, j).strip().endsWith("\\\\"));
        out.add(vector ? new Token(Kind.VECTOR, env, s, entries) : new Token(Kind.MATRIX, env, s));
        i = j + close.length();
    }

    private void word() {
        int s = i;
        while (i < end && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '\u0302') && t.charAt(i) != '∂') {
            i++;
        }
        String w = t.substring(s, i);
        String lower = w.toLowerCase(Locale.ROOT);
        if (FUNCTIONS.contains(lower)) {
            out.add(new Token(Kind.FUNCTION, lower, s));
        } else if ((w.equals("σ")) && nextIsOpen()) {
            out.add(new Token(Kind.FUNCTION, "sigmoid", s));
        } else if (prose && w.length() > 1 && !followsAsName(i)) {
            out.add(new Token(Kind.BREAK, w, s));
        } else {
            name(w, s);
        }
    }

    /** Whether a prose word at {@code j}'s end goes on as a name: net_h1, Path1, w₁. */
    private boolean followsAsName(int j) {
        return j < end && (t.charAt(j) == '_' || isDigit(t.charAt(j)) || SUBSCRIPTS.indexOf(t.charAt(j)) >= 0);
    }

    /** A name from {@code base} on: its digits, subscripts, label superscripts and primes, made one text. */
    private void name(String base, int s) {
        StringBuilder b = new StringBuilder(Normalizer.normalize(base, Normalizer.Form.NFC));
        while (i < end) {
            char c = t.charAt(i);
            if (isDigit(c)) {
                b.append(c);
                i++;
            } else if (SUBSCRIPTS.indexOf(c) >= 0) {
                b.append((char) ('0' + SUBSCRIPTS.indexOf(c)));
                i++;
            } else if (c == '_' && i + 1 < end) {
                i++;
                int[] g = groupAt(i);
                if (g != null) {
                    b.append(canonical(t.substring(g[0], g[1]))); // its braces go with canonical's
                    i = g[1];
                } else if (t.charAt(i) == '\\') {
                    int j = i + 1;
                    while (j < end && Character.isLetter(t.charAt(j))) {
                        j++;
                    }
                    b.append(canonical(t.substring(i, j)));
                    i = j;
                } else if (Character.isLetterOrDigit(t.charAt(i))) {
                    int j = i;
                    while (j < end && Character.isLetterOrDigit(t.charAt(j)) && (prose || j == i)) {
                        j++;
                    }
                    b.append(t, i, j);
                    i = j;
                }
            } else if (c == '\'' || c == '′') {
                b.append('\'');
                i++;
            } else if (c == '^' && isLabel(i + 1)) {
                int[] g = groupAt(i + 1);
                b.append('^').append(canonical(t.substring(g[0], g[1])));
                i = g[1];
            } else {
                break;
            }
        }
        String name = b.toString();
        out.add(new Token(name.startsWith("∂") || name.startsWith("d/") ? Kind.DERIVATIVE : Kind.NAME, name, s));
    }

    /** ½ as the exact (1/2) it is: integers are exact, so the fraction is, where a printed 0.5 would not be. */
    private void fraction(int s, char c) {
        String[] parts = switch (c) {
            case '½' -> new String[] {"1", "2"};
            case '¼' -> new String[] {"1", "4"};
            case '¾' -> new String[] {"3", "4"};
            case '⅓' -> new String[] {"1", "3"};
            default -> new String[] {"2", "3"};
        };
        open(s, "(");
        out.add(new Token(Kind.NUMBER, parts[0], s));
        out.add(new Token(Kind.OPERATOR, "/", s));
        out.add(new Token(Kind.NUMBER, parts[1], s));
        close(s);
    }

    /** {@code ^{(L)}}, {@code ^{[2]}}: a layer's label, part of the name; {@code ^{2}} is a power. */
    private boolean isLabel(int j) {
        int[] g = groupAt(j);
        if (g == null) {
            return false;
        }
        String inner = t.substring(g[0] + 1, g[1] - 1).strip();
        return inner.startsWith("(") || inner.startsWith("[") || inner.equals("T") || inner.equals("\\top");
    }

    private void symbol(char c) {
        int s = i;
        i++;
        switch (c) {
            case '+' -> out.add(new Token(Kind.OPERATOR, "+", s));
            case '-', '−', '–' -> minus(s);
            case '*' -> star(s);
            case '×', '·', '⋅', '∙' -> out.add(new Token(Kind.OPERATOR, "*", s));
            case '/', '÷' -> out.add(new Token(Kind.OPERATOR, "/", s));
            case '½', '¼', '¾', '⅓', '⅔' -> fraction(s, c);
            case '^' -> out.add(new Token(Kind.OPERATOR, "^", s));
            case '(' -> open(s, "(");
            case '{' -> open(s, "(");
            case ')', '}' -> close(s);
            case '[' -> bracket(s);
            case ']' -> {
                if (prose) {
                    out.add(new Token(Kind.BREAK, "]", s));
                } else {
                    close(s);
                }
            }
            case '=' -> equals(s);
            case '≈', '≃' -> out.add(new Token(Kind.RELATION, "≈", s));
            case '~' -> {
                if (prose) {
                    out.add(new Token(Kind.RELATION, "≈", s));
                }
            }
            case ',' -> out.add(new Token(Kind.COMMA, ",", s));
            case '.' -> dot(s);
            case '√' -> out.add(new Token(Kind.FUNCTION, "sqrt", s));
            case '∂' -> derivative(s);
            case '⁻' -> superscript(s, true);
            default -> {
                if (SUPERSCRIPTS.indexOf(c) >= 0) {
                    i--;
                    superscript(s, false);
                } else {
                    out.add(new Token(Kind.BREAK, String.valueOf(c), s));
                }
            }
        }
    }

    private void minus(int s) {
        out.add(new Token(Kind.OPERATOR, "-", s));
    }

    /** {@code **} is a power (Python), {@code *} a product. */
    private void star(int s) {
        if (i < end && t.charAt(i) == '*') {
            i++;
            out.add(new Token(prose && i < end && !Character.isWhitespace(t.charAt(i)) && !isDigit(t.charAt(i))
                    && t.charAt(i) != '(' ? Kind.BREAK : Kind.OPERATOR, "^", s));
        } else {
            out.add(new Token(Kind.OPERATOR, "*", s));
        }
    }

    /** "=" is a relation; "==", "<=", "+=" and their kind are code, not claims (each "=" of "==" a break). */
    private void equals(int s) {
        char before = s > 0 ? t.charAt(s - 1) : ' ';
        if (i < end && t.charAt(i) == '=' || "<>!+-*/:=".indexOf(before) != NOT_FOUND) {
            out.add(new Token(Kind.BREAK, "==", s));
        } else {
            out.add(new Token(Kind.RELATION, "=", s));
        }
    }

    /** "(e^h).(2x)": a product between two brackets; any other full stop ends a sentence. */
    private void dot(int s) {
        boolean product = !out.isEmpty() && out.get(out.size() - 1).is(Kind.CLOSE) && skipSpacesFrom(i) < end
                && "({".indexOf(t.charAt(skipSpacesFrom(i))) >= 0;
        out.add(new Token(product ? Kind.OPERATOR : Kind.BREAK, product ? "*" : ".", s));
    }

    /** ² ³ ⁻¹: a power with an exact exponent. */
    private void superscript(int s, boolean negative) {
        out.add(new Token(Kind.OPERATOR, "^", s));
        if (negative) {
            out.add(new Token(Kind.OPERATOR, "-", s));
        }
        int j = i;
        StringBuilder digits = new StringBuilder();
        while (j < end && SUPERSCRIPTS.indexOf(t.charAt(j)) >= 0) {
            digits.append((char) ('0' + SUPERSCRIPTS.indexOf(t.charAt(j))));
            j++;
        }
        i = j;
        out.add(digits.isEmpty() ? new Token(Kind.BREAK, "⁻", s) : new Token(Kind.NUMBER, digits.toString(), s));
    }

    /** ∂L/∂w written in Unicode: one name. */
    private void derivative(int s) {
        int j = i;
        while (j < end && !Character.isWhitespace(t.charAt(j)) && "=,;:)(".indexOf(t.charAt(j)) < 0) {
            j++;
        }
        out.add(new Token(Kind.DERIVATIVE, "∂" + canonical(t.substring(i, j)), s));
        i = j;
    }

    /** {@code [0.77 \ 0.23]}, {@code [1, 0]}: a vector of printed numbers; any other bracket is a bracket. */
    private void bracket(int s) {
        int j = indexWithin("]", i);
        List<Token> entries = numbers(i, j); // none when there is no ']' (j = NOT_FOUND, before i)
        if (entries == null || entries.isEmpty()) {
            if (prose) {
                // a Markdown link's or image's text: [a link](…), ![alt](…)
                out.add(new Token(Kind.BREAK, "[", s));
            } else {
                open(s, "(");
            }
            return;
        }
        out.add(new Token(Kind.VECTOR, "[]", s, entries));
        i = j + 1;
    }

    /**
     * The numbers between {@code from} and {@code to} if nothing else stands there but separators, else null. At
     * {@code to} stands the closing ']' or {@code \end}: no digit, point or space, so a number or a {@code \ }
     * read up to it stops there without a bound of its own.
     */
    private List<Token> numbers(int from, int to) {
        List<Token> entries = new ArrayList<>();
        int j = from;
        while (j < to) {
            char c = t.charAt(j);
            boolean sign = (c == '-' || c == '−') && (isDigit(t.charAt(j + 1)) || t.charAt(j + 1) == '.');
            if (isDigit(c) || sign) {
                int s = j;
                j++;
                while (isDigit(t.charAt(j)) || t.charAt(j) == '.') {
                    j++;
                }
                entries.add(new Token(Kind.NUMBER, t.substring(s, j).replace('−', '-'), s, j, List.of()));
            } else if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '&') {
                j++;
            } else if (t.startsWith("\\\\", j)) {
                j += 2;
            } else if (c == '\\' && " ,;".indexOf(t.charAt(j + 1)) >= 0) {
                j += 2;
            } else if (t.startsWith("\\quad", j)) {
                j += 5;
            } else {
                return null;
            }
        }
        return entries;
    }

    /** Where {@code what} starts within {@value #MAX_GROUP} characters of {@code from} here, or NOT_FOUND. */
    private int indexWithin(String what, int from) {
        int limit = Math.min(end, from + MAX_GROUP);
        int j = Math.max(from, clearUntil.getOrDefault(what, 0));
        for (; j + what.length() <= limit; j++) {
            if (t.startsWith(what, j)) {
                return j;
            }
        }
        // nothing before j: a later search (the tokenizer only moves forward) starts there
        clearUntil.put(what, j);
        return NOT_FOUND;
    }

    private boolean nextIsOpen() {
        int j = skipSpacesFrom(i);
        return j < end && (t.charAt(j) == '(' || t.startsWith("\\left", j));
    }

    /** Skips a group {@code {…}} or one character, as after {@code \tag} or a {@code \sum}'s limits. */
    private void group() {
        int[] g = groupAt(i);
        i = g != null ? g[1] : Math.min(end, i + 1);
    }

    /** The braced group starting at {@code j}: {start, end after its closing brace}, or null. */
    private int[] groupAt(int j) {
        if (j >= end || t.charAt(j) != '{') {
            return null;
        }
        int level = 0;
        for (int k = j; k < end && k - j < MAX_GROUP; k++) {
            char c = t.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                level++;
            } else if (c == '}' && --level == 0) {
                return new int[] {j, k + 1};
            }
        }
        return null;
    }

    private void skipSpaces() {
        i = skipSpacesFrom(i);
    }

    private int skipSpacesFrom(int j) {
        while (j < end && Character.isWhitespace(t.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * A name's part as one text: "\hat{y}_1", "\hat{y_1}" and "ŷ₁" all read "ŷ1"; braces, spaces and
     * underscores go, so that w_{212}, w_212 and w212 are one name.
     */
    static String canonical(String raw) {
        String s = raw;
        for (String accent : List.of("hat", "bar", "tilde")) {
            char mark = accent.equals("hat") ? '\u0302' : accent.equals("bar") ? '\u0304' : '\u0303';
            int k;
            while ((k = s.indexOf("\\" + accent)) >= 0) {
                int j = k + accent.length() + 1;
                while (j < s.length() && (s.charAt(j) == '{' || s.charAt(j) == ' ')) {
                    j++;
                }
                s = j < s.length() ? s.substring(0, k) + s.charAt(j) + mark + s.substring(j + 1)
                        : s.substring(0, k);
            }
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                int j = k + 1;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                String command = s.substring(k + 1, j);
                b.append(GREEK.getOrDefault(command, command.equals("partial") ? "∂" : ""));
                k = j - 1;
            } else if (SUBSCRIPTS.indexOf(c) >= 0) {
                b.append((char) ('0' + SUBSCRIPTS.indexOf(c)));
            } else if (!Character.isWhitespace(c) && c != '{' && c != '}' && c != '_') {
                b.append(c == '−' ? '-' : c);
            }
        }
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFC);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
