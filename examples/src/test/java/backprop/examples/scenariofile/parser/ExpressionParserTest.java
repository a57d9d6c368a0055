package backprop.examples.scenariofile.parser;

import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.scenariofile.parser.ExpressionParser.ExpressionException;
import backprop.examples.scenariofile.parser.ExpressionParser.Result;
import backprop.examples.scenariofile.toml.Limits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The expression parser on its own, against the grammar in its javadoc: what a user sees of it is the value, the
 * node labels of the answer key, and an error's column (the file's column is 14 more, ExamFileTest).
 */
@DisplayName("The expression parser")
class ExpressionParserTest {

    /** Parses {@code text} with inputs a = 2, b = 3, c = 5, x = 0.5, plus {@code more}. */
    private static Result parse(String text, String... more) {
        Graph g = new Graph(Conventions.DOCUMENTS);
        Map<String, Node> leaves = new LinkedHashMap<>();
        for (String name : new String[] {"a", "b", "c", "x"}) {
            leaves.put(name, g.input(name, switch (name) {
                case "a" -> 2;
                case "b" -> 3;
                case "c" -> 5;
                default -> 0.5;
            }));
        }
        for (String name : more) {
            leaves.put(name, g.input(name, 1));
        }
        return ExpressionParser.parse(text, g, leaves::get);
    }

    private static ExpressionException error(String text) {
        return catchThrowableOfType(ExpressionException.class, () -> parse(text));
    }

    private static long count(Result r, Primitive primitive) {
        return r.output().graph().nodes().stream().filter(n -> n.primitive() == primitive).count();
    }

    @Nested
    @DisplayName("labels: each node's own formula, parenthesised only where precedence needs it")
    class Labels {

        @ParameterizedTest(name = "{0} is labelled {1}", quoteTextArguments = false)
        @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
                // * binds tighter than +: a*b needs no parentheses inside a sum, a + b does inside a product
                "a*b + c; a*b + c", "(a + b)*c; (a + b)*c",
                // left to right: (a*b)*c is written a*b*c; a*(b*c) keeps its parentheses
                "a*b*c; a*b*c", "a*(b*c); a*(b*c)",
                // a − (b − c) keeps them, or it would read a − b − c
                "a - (b - c); a - (b - c)", "a - b - c; a - b - c",
                // a negative exponent is bracketed, 0 and positive ones are not
                "a^-1; a^(-1)", "a^0; a^0", "a^2; a^2",
                // a negative number is not an atom: (−2)^2 is not −2^2 = −(2^2); 0 is one
                "(-2)^2; (-2)^2", "0^2; 0^2",
                // 1/b is the reciprocal alone (003's 1/x gate), 2/b a product with it
                "1/b; 1/b", "2/b; 2/b"})
        void precedence(String expression, String label) {
            assertThat(parse(expression).output().label()).isEqualTo(label);
        }

        @Test
        @DisplayName("1/b is one power node b^(−1); 2/b multiplies 2 by it")
        void reciprocal() {
            Node one = parse("1/b").output();
            assertThat(one.primitive()).isEqualTo(Primitive.POWER);
            assertThat(one.exponent()).isEqualTo(-1);
            assertThat(parse("2/b").output().primitive()).isEqualTo(Primitive.MULTIPLY);
        }

        @Test
        @DisplayName("−2 is the constant −2, not (−1)·2; −a is (−1)·a")
        void negativeNumber() {
            Node minusTwo = parse("-2").output();
            assertThat(minusTwo.primitive()).isEqualTo(Primitive.CONSTANT);
            assertThat(minusTwo.value()).isEqualTo(-2);
            Node minusA = parse("-a").output();
            assertThat(minusA.primitive()).isEqualTo(Primitive.MULTIPLY);
            assertThat(minusA.label()).isEqualTo("-a");
        }
    }

    @Nested
    @DisplayName("nodes: the same operation on the same nodes is one node (at branches, gradients add)")
    class SameNode {

        @Test
        @DisplayName("a*b + a*b has one product, used twice")
        void sameProduct() {
            Result r = parse("a*b + a*b");
            assertThat(count(r, Primitive.MULTIPLY)).isEqualTo(1);
            assertThat(r.output().arguments().get(0)).isSameAs(r.output().arguments().get(1));
        }

        @Test
        @DisplayName("2*a + 2*b has one constant 2")
        void sameConstant() {
            assertThat(count(parse("2*a + 2*b"), Primitive.CONSTANT)).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("a label longer than " + Limits.MAX_LABEL_LENGTH + " characters becomes u1, u2, …")
    class LongLabels {
        /** Nine terms: "a + b + c + a + b + c + a + b + c" is 9 + 8·3 = 33 characters, eight terms are 29. */
        private static final String NINE_TERMS = "a + b + c + a + b + c + a + b + c";
        private static final String NINE_BS = "b + b + b + b + b + b + b + b + b";

        @Test
        @DisplayName("a label of exactly the limit stays; one character more is named u1, with its definition")
        void limit() {
            String fits = "aa" + "*b".repeat(15);
            assertThat(fits).hasSize(Limits.MAX_LABEL_LENGTH);
            Result kept = parse(fits, "aa");
            assertThat(kept.output().label()).isEqualTo(fits);
            assertThat(kept.definitions()).isEmpty();
            String longer = fits + "*c";
            Result named = parse(longer, "aa");
            assertThat(named.output().label()).isEqualTo("u1");
            assertThat(named.definitions()).containsExactly("u1 = " + longer);
        }

        @Test
        @DisplayName("u1, then u2, in creation order; a u-name is an atom, so u1 squared needs no parentheses")
        void names() {
            Result r = parse("(" + NINE_TERMS + ")^2 + (" + NINE_BS + ")*x");
            assertThat(r.definitions()).containsExactly("u1 = " + NINE_TERMS, "u2 = " + NINE_BS);
            assertThat(r.output().label()).isEqualTo("u1^2 + u2*x");
        }

        @Test
        @DisplayName("a u-name that is an input's name is skipped")
        void inputNamedU1() {
            Result r = parse(NINE_TERMS + " + u1", "u1");
            assertThat(r.definitions()).containsExactly("u2 = " + NINE_TERMS);
            assertThat(r.output().label()).isEqualTo("u2 + u1");
        }

        @Test
        @DisplayName("an evaluation error in a u-named node says what the u-name stands for")
        void errorNamesTheDefinition() {
            // the argument, 1000·2 + 1000·3 + 1000·5 + 2·3 = 10006, is 30 characters; exp(…) is 35, so u1; e^10006
            // overflows
            ExpressionException e = error("exp(1000*a + 1000*b + 1000*c + a*b)");
            assertThat(e.column).isEqualTo(1);
            assertThat(e.getMessage()).startsWith("the expression does not evaluate at these inputs: ")
                    .endsWith(" (u1 = exp(1000*a + 1000*b + 1000*c + a*b))");
        }
    }

    @Nested
    @DisplayName("what parses")
    class Parses {

        @ParameterizedTest(name = "{0} = {1}", quoteTextArguments = false)
        @CsvSource(delimiter = ';', value = {"1e-3; 0.001", "1E-3; 0.001", "1e+3; 1000", "1E+3; 1000", "2-1; 1",
                ".5; 0.5", "16^.5; 4", "a^ - 1; 0.5", "sqrt(a*8); 4"})
        @DisplayName("numbers: an exponent's sign belongs to the number, a minus after digits is a subtraction")
        void numbers(String expression, double value) {
            assertThat(parse(expression).output().value()).isEqualTo(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "z", "A", "Z", "_", "a_z09"})
        @DisplayName("names: ASCII letters and _, then digits too")
        void names(String name) {
            assertThat(parse(name + " + 1", name).used()).containsExactly(name);
        }

        @Test
        @DisplayName("nesting: " + Limits.MAX_NESTING + " levels side by side are each one level, not their sum")
        void nestingSideBySide() {
            int n = Limits.MAX_NESTING + 1;
            for (String term : new String[] {"-a", "(a)", "exp(x)"}) {
                String sum = String.join(" + ", java.util.Collections.nCopies(n, term));
                assertThat(parse(sum).output()).as(term).isNotNull();
            }
        }

        @Test
        @DisplayName("max takes up to " + Limits.MAX_ARGUMENTS + " arguments; ln is log")
        void functions() {
            assertThat(parse("max(a, c, b)").output().value()).isEqualTo(5);
            String sixteen = String.join(", ", java.util.Collections.nCopies(Limits.MAX_ARGUMENTS, "a"));
            assertThat(parse("max(" + sixteen + ")").output().value()).isEqualTo(2);
            ExpressionException seventeen = error("max(" + sixteen + ", b)");
            assertThat(seventeen.getMessage()).isEqualTo("max takes at most 16 arguments, the limit");
            // "max(" is 4 characters, each "a, " 3: the 16th comma is at index 4 + 15·3 + 1 = 50, column 51
            assertThat(seventeen.column).isEqualTo(51);
            assertThat(parse("ln(a)").output().label()).isEqualTo("log(a)");
        }

        @Test
        @DisplayName("each node keeps the column of the operator that made it")
        void columns() {
            Result r = parse("a + b*c");
            assertThat(r.columns()).containsEntry(r.output(), 3).containsEntry(r.output().arguments().get(1), 6);
        }

        @Test
        @DisplayName("an expression of exactly " + Limits.MAX_EXPRESSION_LENGTH + " characters is read")
        void longestExpression() {
            String text = "a" + " ".repeat(Limits.MAX_EXPRESSION_LENGTH - 1);
            assertThat(parse(text).output().label()).isEqualTo("a");
            assertThat(error(text + " ").getMessage()).isEqualTo("the expression has "
                    + (Limits.MAX_EXPRESSION_LENGTH + 1) + " characters; the limit is " + Limits.MAX_EXPRESSION_LENGTH);
        }
    }

    @Nested
    @DisplayName("errors at their 1-based column")
    class Errors {

        @Test
        @DisplayName("nesting: " + Limits.MAX_NESTING + " levels of parentheses, unary minus or calls are read, one more is"
                + " refused at its column")
        void nesting() {
            int limit = Limits.MAX_NESTING;
            String[][] opens = {{"(", ")"}, {"-", ""}, {"sigmoid(", ")"}};
            for (String[] o : opens) {
                assertThat(parse(o[0].repeat(limit) + "x" + o[1].repeat(limit)).output()).as(o[0]).isNotNull();
                ExpressionException deeper = error(o[0].repeat(limit + 1) + "x" + o[1].repeat(limit + 1));
                assertThat(deeper.getMessage()).as(o[0]).startsWith("nested deeper than 100 levels, the limit");
                // the 101st level opens at index 100·|o| (0-based)
                assertThat(deeper.column).as(o[0]).isEqualTo(limit * o[0].length() + 1);
            }
        }

        @ParameterizedTest(name = "{0}: column {1}, {2}", quoteTextArguments = false)
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                "a b | 3 | unexpected 'b'",
                "a + * b | 5 | unexpected '*'",
                "(a | 3 | expected ')' at the end",
                "(a b | 4 | expected ')' but found 'b'",
                "a^ | 3 | the exponent after '^' must be a number",
                "a^b | 3 | the exponent after '^' must be a number",
                "exp(a, 1) | 1 | exp takes one argument, got 2",
                "a + cosh(b) | 5 | unknown function 'cosh'; known: exp, log, ln, sigmoid, tanh, relu, sqrt, max",
                "a + q | 5 | unknown name 'q': it is not in [inputs]",
                "`a * (b + ` | 10 | expression ends where a value is expected",
                "a + 1e400 | 5 | '1e400' is not a finite number (the largest is about 1.8e308)",
                "a + 1e-400 | 5 | '1e-400' is too small: it rounds to 0",
                "a + 1.2.3 | 5 | '1.2.3' is not a number",
                "a + 2e*3 | 5 | '2e' is not a number",
                "a\u200Bb | 2 | unexpected U+200B"})
        void column(String expression, int column, String message) {
            ExpressionException e = error(expression);
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.column).isEqualTo(column);
        }
    }
}
