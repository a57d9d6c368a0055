package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What lint finds in a text and what it makes of it, claim by claim. Every expected value is worked by hand here
 * (the comment above each says how), never copied from lint's output.
 */
@DisplayName("answer-key lint: the claims of a text")
class LintClaimsTest {

    private static List<ClaimRow> lint(String text) {
        return Lint.check("t.md", text);
    }

    private static ClaimRow only(String text) {
        List<ClaimRow> rows = lint(text);
        assertThat(rows).as(text).hasSize(1);
        return rows.get(0);
    }

    private static ClaimStatus status(String text) {
        return only(text).status();
    }

    @Nested
    @DisplayName("notations: each one read, a right claim consistent and a wrong one inconsistent")
    class Notations {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                // 0.15·0.05 + 0.2·0.1 + 0.35 = 0.0075 + 0.02 + 0.35 = 0.3775
                "$0.15 * 0.05 + 0.2 * 0.1 + 0.35 = 0.3775$ | $0.15 * 0.05 + 0.2 * 0.1 + 0.35 = 0.4775$",
                // (1 − 0.77)² + (0 − 0.23)² = 0.0529 + 0.0529 = 0.1058 (Unicode minus and superscript)
                "$$(1 − 0.77)² + (0 − 0.23)² = 0.1058$$ | $$(1 − 0.77)² + (1 − 0.23)² = 0.1058$$",
                // 2 × 3 = 6, 2 · 3 = 6, \times and \cdot
                "$2 × 3 = 6$ | $2 × 3 = 7$",
                "$2 · 3 = 6$ | $2 · 3 = 5$",
                "$$2 \\times 3 = 6$$ | $$2 \\times 3 = 8$$",
                "$$2 \\cdot 3 = 6$$ | $$2 \\cdot 3 = 9$$",
                // 3^2 = 9, 3^{3} = 27, 3**2 = 9, 2³ = 8
                "$3^2 = 9$ | $3^2 = 6$",
                "$$3^{3} = 27$$ | $$3^{3} = 9$$",
                "$2³ = 8$ | $2³ = 6$",
                // e^{0} = 1, exp(0) = 1
                "$$e^{0} = 1$$ | $$e^{0} = 0$$",
                "$exp(0) = 1$ | $exp(0) = 2$",
                // σ(0) = sigmoid(0) = sig(0) = logistic(0) = 0.5
                "$σ(0) = 0.5$ | $σ(0) = 0.6$",
                "$$\\sigma(0) = 0.5$$ | $$\\sigma(0) = 0.4$$",
                "$sigmoid(0) = 0.5$ | $sigmoid(0) = 2$",
                "$sig(0) = 0.5$ | $sig(0) = 0.7$",
                "$logistic(0) = 0.5$ | $logistic(0) = 0.3$",
                // tanh(0) = 0; ReLU(−2) = 0, relu(3) = 3; max(1, 4) = 4
                "$$\\tanh(0) = 0$$ | $$\\tanh(0) = 1$$",
                "$ReLU(-2) = 0$ | $ReLU(-2) = -2$",
                "$relu(3) = 3$ | $relu(3) = 0$",
                "$\\max(1, 4) = 4$ | $\\max(1, 4) = 1$",
                // ln(1) = 0, log(1) = 0 (natural log); √4 = \sqrt{4} = 2
                "$\\ln(1) = 0$ | $\\ln(1) = 1$",
                "$log(1) = 0$ | $log(1) = 2$",
                "$$\\sqrt{4} = 2$$ | $$\\sqrt{4} = 4$$",
                // \frac{1}{4} = 0.25; \left( \right) are brackets
                "$$\\frac{1}{4} = 0.25$$ | $$\\frac{1}{4} = 0.4$$",
                "$$2\\left(1 + 2\\right) = 6$$ | $$2\\left(1 + 2\\right) = 5$$",
                // \[ \] and \( \) are display and inline maths
                "\\[ 1 + 1 = 2 \\] | \\[ 1 + 1 = 3 \\]",
                "\\( 1 + 1 = 2 \\) | \\( 1 + 1 = 3 \\)",
                // ≈ and \approx claim a rounding: 1/3 ≈ 0.33
                "$1/3 ≈ 0.33$ | $1/3 ≈ 0.34$",
                "$$\\frac{1}{3} \\approx 0.333$$ | $$\\frac{1}{3} \\approx 0.334$$",
                // 1/3 ~ 0.33 in plain text
                "1/3 ~ 0.33 | 1/3 ~ 0.35",
                // an image's alt text
                "![2 * 0.25 = 0.5](eq.png) | ![2 * 0.25 = 0.6](eq.png)",
                // implicit products: 2(1 − 0.5) = 1, (−1)(−0.15) = 0.15, (e^0).(2) = 2
                "$2(1 - 0.5) = 1$ | $2(1 - 0.5) = 2$",
                "$(-1)(-0.15) = 0.15$ | $(-1)(-0.15) = -0.15$",
                "$$(e^{0}).(2) = 2$$ | $$(e^{0}).(2) = 3$$",
                // −x² is −(x²): −3² = −9
                "$-3^2 = -9$ | $-3^2 = 9$",
                // 12 ÷ 4 = 3
                "$12 ÷ 4 = 3$ | $12 ÷ 4 = 4$",
                // softmax([0, 0]) = [0.5, 0.5]
                "$softmax([0, 0]) = [0.5, 0.5]$ | $softmax([0, 0]) = [0.6, 0.4]$",
                // 1.5e-3 * 2 = 0.003
                "$1.5e-3 * 2 = 0.003$ | $1.5e-3 * 2 = 0.004$",
        })
        void aRightClaimIsConsistent_aWrongOneInconsistent(String right, String wrong) {
            assertThat(lint(right)).as(right).isNotEmpty().allMatch(x -> x.status() == ClaimStatus.CONSISTENT);
            assertThat(lint(wrong)).as(wrong).isNotEmpty().anyMatch(x -> x.status() == ClaimStatus.INCONSISTENT);
        }

        @Test
        void aPythonPowerInACodeFence() {
            // 3**2 = 9
            assertThat(lint("```\nx = 3**2 = 9\n```")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
            assertThat(lint("```\nx = 3**2 = 6\n```")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.INCONSISTENT);
        }

        @Test
        void subscriptedNames_inEverySpelling_areOneName() {
            // w₁, w_1, w_{1} and w1 are one name: 0.5 · 2 = 1
            assertThat(lint("$w_{1} = 0.5$ and then $w₁ * 2 = 1$, $w_1 * 4 = 2$, w1 * 6 = 3"))
                    .extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT, ClaimStatus.CONSISTENT,
                            ClaimStatus.CONSISTENT);
            // E_{o1} and E_o1; \hat{y}, \hat{y_1} and ŷ1
            assertThat(lint("$E_{o1} = 0.25$, then $2 E_o1 = 0.5$")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
            assertThat(lint("$$\\hat{y} = [0.7 \\ 0.3]$$ so $$\\hat{y_1} (1 - \\hat{y}_1) = 0.21$$ and ŷ2 * 10 = 3"))
                    .extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT, ClaimStatus.CONSISTENT);
        }

        @Test
        void aDerivativeWrittenAsAFraction_isOneName() {
            // ∂L/∂w = 0.5 is given a value by its claim; 2 · ∂L/∂w = 1 uses it
            List<ClaimRow> rows = lint("$$\\frac{\\partial L}{\\partial w} = 0.25 * 2 = 0.5$$\n"
                    + "$$2 \\frac{\\partial L}{\\partial w} = 1$$\n$$\\frac{dy}{dx} = 2$$ and $$3 \\frac{dy}{dx} = 6$$");
            assertThat(rows).extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT,
                    ClaimStatus.CONSISTENT, ClaimStatus.NOT_CHECKABLE, ClaimStatus.CONSISTENT);
            assertThat(rows.get(2).note()).isEqualTo("the text never gives ∂y/∂x");
        }

        @Test
        void aLabelSuperscript_isPartOfTheName_notAPower() {
            // a^{(L-1)} = 0.5 then 2 a^{(L-1)} = 1, not 2 · a^(L − 1)
            assertThat(lint("$a^{(L-1)} = 0.5$, $2 a^{(L-1)} = 1$")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
        }
    }

    @Nested
    @DisplayName("chains: each printed value its own claim")
    class Chains {
        @Test
        void eachEqualsOfAChain_isAClaim_andEachPrintedValueItsOwnRow() {
            // 0.82 · (1 − 0.82) = 0.1476, which rounds to 0.15
            List<ClaimRow> rows = lint("$$0.1476 \\sim 0.15 = 0.82 * (1-0.82)$$");
            assertThat(rows).extracting(ClaimRow::printed).containsExactly("0.1476", "0.15");
            assertThat(rows).extracting(ClaimRow::status).containsOnly(ClaimStatus.CONSISTENT);
        }

        @Test
        void aChainOfRoundings_eachRoundingChecked() {
            // 1 − 0.9993² = 1 − 0.99860049 = 0.00139951 ≈ 0.0014; 0.0013 is no rounding of it
            assertThat(lint("$$1 - 0.9993^2 = 0.00139951 \\sim 0.0014$$")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT, ClaimStatus.CONSISTENT);
            assertThat(lint("$$1 - 0.9993^2 = 0.00139951 \\sim 0.0013$$")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT, ClaimStatus.INCONSISTENT);
        }

        @Test
        void anAlignBlock_continuedByAmpersandEquals_isOneChain_eachValueOnItsOwnLine() {
            String text = "Intro\n\\begin{align}\nf &= 2 * 3 \\\\\n  &= 6 \\\\\n  &= 6.0\n\\end{align}\n";
            List<ClaimRow> rows = lint(text);
            // 2 · 3 = 6, printed on line 4 and again as 6.0 on line 5
            assertThat(rows).extracting(ClaimRow::line).containsExactly(4, 5);
            assertThat(rows).extracting(ClaimRow::status).containsOnly(ClaimStatus.CONSISTENT);
        }

        @Test
        void aDisplayChainSplitOverLines_givesTheLineOfThePrintedValue() {
            List<ClaimRow> rows = lint("a\n$$x = 0.5 + 0.25\n = 0.9$$\n");
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(3);
                assertThat(r.status()).isEqualTo(ClaimStatus.INCONSISTENT);
                assertThat(r.note()).startsWith("should be 0.8 (exactly 0.75; ");
            });
        }

        @Test
        void aLineBreakWithoutARelation_endsTheChain() {
            // two equations, not one chain: 1 + 1 = 2 and 3 = 3 are separate; "2 \\ 3" is no product
            assertThat(lint("\\begin{aligned} a &= 1 + 1 = 2 \\\\ b &= 3 \\end{aligned}")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
        }

        @Test
        void aCommaOrAnImplicationEndsAChain_butNotACommaInBrackets() {
            assertThat(lint("$x = 2, y = 3$ so $x y = 6$")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
            assertThat(lint("$$h = 2 \\Rightarrow 2h = 4$$")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
            assertThat(lint("$\\max(2, 3) = 3$")).extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT);
        }

        @Test
        void aPlainTextChain_inACodeFenceOrProse_isFound() {
            // (0.46 · 0.1771 · 0.3 · 0.0979 · 2) = 0.00478531…, printed 0.004785
            assertThat(lint("Path1: (0.46 * 0.1771 * 0.3 * 0.0979 * 2) = 0.004785")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
            assertThat(lint("```\nloss = 0.5 * (0.75 - 0.01)**2 = 0.2738\n```")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
        }
    }

    @Nested
    @DisplayName("numbers that are no claims are left alone")
    class NotClaims {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "See https://example.org/a?x=1&y=2 for more",
                "<svg width=\"100\" height=\"50\"><text x=\"10\" y=\"20\">w = 0.5</text></svg>",
                "<!-- 1 + 1 = 3 -->",
                "visited on 02/19/2020, section 1.1.2, 2020-02-19",
                "if x == 3: y = x",
                "x += 1; y <= 2",
                "[a link](https://x.org/?p=2=3)",
                "$$\\frac{d}{dx} \\ln x = \\frac{1}{x} \\quad (11)$$",
                "$$\\frac{dReLU(z)}{dz} = \\begin{cases} 0 & z < 0 \\\\ 1 & z \\geq 0 \\end{cases}$$",
                "for i = 1, ..., l do",
                "$x = 2$",
                "the sum is 1 + 1 and the section number 2.1 = the second",
        })
        void noRow(String text) {
            assertThat(lint(text)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the statuses")
    class Statuses {
        @Test
        void consistent_whenTheExactValueOfThePrintedInputsRoundsToThePrintedOne() {
            // 0.77 · 0.23 = 0.1771 exactly
            ClaimRow r = only("$0.77 * 0.23 = 0.1771$");
            assertThat(r.status()).isEqualTo(ClaimStatus.CONSISTENT);
            assertThat(r.computed()).isEqualTo("0.1771");
            assertThat(r.note()).isEmpty();
        }

        @Test
        void consistentWithRounding_onlyWhenTheInputsWithinHalfAUnitGiveIt() {
            // 0.33 · 3 = 0.99, not 1.00; but 0.3333… ∈ [0.325, 0.335] gives 1.00 (range 0.975 to 1.005)
            ClaimRow r = only("$0.33 * 3 = 1.00$");
            assertThat(r.status()).isEqualTo(ClaimStatus.CONSISTENT_WITH_ROUNDING);
            assertThat(r.note()).contains("0.975 to 1.005");
            // integers are exact: 1 · 3 = 3, never 4
            assertThat(status("$1 * 3 = 4$")).isEqualTo(ClaimStatus.INCONSISTENT);
            // 0.33 · 3 within its half unit reaches 1.005 at most: 1.02 (1.015 to 1.025) is out of reach
            assertThat(status("$0.33 * 3 = 1.02$")).isEqualTo(ClaimStatus.INCONSISTENT);
        }

        @Test
        void theHalfUnitBoundary_isIncluded_andJustBeyondItIsNot() {
            // 0.125 is a tie: it rounds to 0.12 or 0.13; 0.1251 rounds to 0.13 only
            assertThat(status("$0.25 * 0.5 = 0.13$")).isEqualTo(ClaimStatus.CONSISTENT);
            assertThat(status("$0.25 * 0.5 = 0.12$")).isEqualTo(ClaimStatus.CONSISTENT);
            assertThat(status("$2 * 0.0626 = 0.13$")).isEqualTo(ClaimStatus.CONSISTENT);
            assertThat(status("$2 * 0.0626 = 0.12$")).isNotEqualTo(ClaimStatus.CONSISTENT);
        }

        @Test
        void consistentWithRounding_whenTheTextsOwnUnroundedChainGivesIt() {
            // a = 10/4 = 2.5 printed 2 (a tie); as an input the printed integer 2 is exact, so 2a = 4, but the
            // text's unrounded a = 2.5 gives 2a = 5
            List<ClaimRow> rows = lint("$$a = 10/4 = 2$$\n$$2 a = 5$$");
            assertThat(rows.get(0).status()).isEqualTo(ClaimStatus.CONSISTENT);
            assertThat(rows.get(1).status()).isEqualTo(ClaimStatus.CONSISTENT_WITH_ROUNDING);
            assertThat(rows.get(1).note()).isEqualTo("the text's own unrounded values give 5");
        }

        @Test
        void inconsistent_givesTheValueItShouldBe() {
            // (1 − 0.77)² + (1 − 0.23)² = 0.0529 + 0.5929 = 0.6458
            ClaimRow r = only("$$L(\\Theta) = (1 - 0.77)^2 + (1 - 0.23)^2 = 0.1058$$");
            assertThat(r.status()).isEqualTo(ClaimStatus.INCONSISTENT);
            assertThat(r.computed()).isEqualTo("0.6458");
            assertThat(r.note()).startsWith("should be 0.6458");
            assertThat(r.claim()).isEqualTo("(1 - 0.77)^2 + (1 - 0.23)^2 = 0.1058");
            assertThat(r.printed()).isEqualTo("0.1058");
        }

        @Test
        void notCheckable_namesWhatTheTextNeverGives() {
            ClaimRow r = only("$$a = W x + b = 0.5$$");
            assertThat(r.status()).isEqualTo(ClaimStatus.NOT_CHECKABLE);
            assertThat(r.note()).isEqualTo("the text never gives W, x, b");
            assertThat(r.computed()).isEmpty();
            assertThat(status("$$\\frac{\\partial f}{\\partial h} = 1$$")).isEqualTo(ClaimStatus.NOT_CHECKABLE);
            assertThat(only("$$M = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} \\begin{bmatrix} 1 & 0 \\\\ 0 & 1"
                    + " \\end{bmatrix} = 5$$").note()).contains("matrix");
            assertThat(only("$\\ln(0) = 1$").note()).contains("undefined");
            assertThat(only("$1/0 = 1$").note()).contains("undefined");
            assertThat(only("$10^{400} = 1$").note()).contains("finite");
        }

        @Test
        void aStatedDerivativeStatedAgain_isNoCheckOfItself() {
            List<ClaimRow> rows = lint("$$\\frac{\\partial f}{\\partial h} = 1$$ and again $$\\frac{\\partial f}{\\partial h} = 1$$");
            assertThat(rows).extracting(ClaimRow::status).containsOnly(ClaimStatus.NOT_CHECKABLE);
            assertThat(rows.get(1).note()).contains("no expression");
        }
    }

    @Nested
    @DisplayName("names: bound in document order, used in later claims")
    class Names {
        @Test
        void aValueGivenToAName_isUsedLater() {
            // σ(0.3775) = 1/(1 + e^−0.3775) = 0.593269992…
            List<ClaimRow> rows = lint("$net_{h1} = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 = 0.3775$\n"
                    + "$$out_{h1} = \\sigma(net_{h1}) = 0.5933$$");
            assertThat(rows).extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT,
                    ClaimStatus.CONSISTENT);
            assertThat(rows.get(1).computed()).startsWith("0.59326999");
        }

        @Test
        void aNameUsedBeforeItIsGiven_isNotCheckable() {
            List<ClaimRow> rows = lint("$2 a = 1$ then $a = 0.5$ and $2 a = 1$");
            assertThat(rows).extracting(ClaimRow::status).containsExactly(ClaimStatus.NOT_CHECKABLE,
                    ClaimStatus.CONSISTENT);
        }

        @Test
        void aLaterValueReplacesAnEarlierOne() {
            assertThat(lint("$b = 1$ $b = 2$ $3 b = 6$")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.CONSISTENT);
        }

        @Test
        void anEntryOfANamedVector_isReadByItsIndex_countedFromOne() {
            // h1 = [0.95 0.80]: h12 = 0.80; y = [1 0]: y1 = 1, y2 = 0
            assertThat(lint("$h_1 = [0.95 \\ 0.80]$, $d = h_{12} = 0.8$, y = [1 0], $2 (y_1 - y_2) = 2$"))
                    .extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT, ClaimStatus.CONSISTENT);
            assertThat(lint("$h_1 = [0.95 \\ 0.80]$, $d = h_{13} = 0.8$")).extracting(ClaimRow::status)
                    .containsExactly(ClaimStatus.NOT_CHECKABLE);
        }

        @Test
        void aNameGivenAnUnprintedExpression_isCheckedWhenItsValueIsPrintedLater() {
            // w = 0.8 − 1 · (−0.065) = 0.865
            List<ClaimRow> rows = lint("$$w = 0.8 - (1) * (-0.065)$$\n\n$$w = 0.865$$\n$$w = 0.8 - 0.065$$\n$$w = 0.9$$");
            assertThat(rows).extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT,
                    ClaimStatus.INCONSISTENT);
            assertThat(rows.get(0).line()).isEqualTo(3);
            assertThat(rows.get(1).note()).contains("0.735");
        }

        @Test
        void aNameGivenAMatrix_isNamedAsOne_untilItIsGivenANumber() {
            List<ClaimRow> rows = lint("$$W = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n$$W x = 1$$\n"
                    + "$W = 2$ $2 W = 4$");
            assertThat(rows).extracting(ClaimRow::status).containsExactly(ClaimStatus.NOT_CHECKABLE,
                    ClaimStatus.CONSISTENT);
            assertThat(rows.get(0).note()).isEqualTo("W is a matrix: lint does not multiply matrices");
        }

        @Test
        void vectorsAreEvaluatedEntryByEntry() {
            // σ([0, 0]) = [0.5, 0.5]; [1, 2] + 1 = [2, 3]
            assertThat(lint("$a = [0 \\ 0]$ $$h = sigmoid(a) = [0.5 \\ 0.5]$$ $$[1, 2] + 1 = [2, 4]$$"))
                    .extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT, ClaimStatus.CONSISTENT,
                            ClaimStatus.CONSISTENT, ClaimStatus.INCONSISTENT);
            assertThat(only("$[1, 2] + [1, 2, 3] = 5$").note()).contains("2 entries meets one of 3");
            assertThat(only("$[1, 2] + 1 = 5$").note()).contains("a vector of 2 entries");
        }
    }

    @Nested
    @DisplayName("an error propagates: a claim wrong only because of an earlier one names it")
    class Propagation {
        @Test
        void aClaimThatUsesAWrongValue_followsFromIt_andIsNoNewError() {
            // a = 2 · 3 printed 7 (should be 6); b = a + 1 = 8 is right arithmetic on a wrong a (it would be 7)
            List<ClaimRow> rows = lint("$$a = 2 * 3 = 7$$\n$$b = a + 1 = 8$$\n$$c = 2 b = 16$$\n");
            assertThat(rows.get(0).isNewError()).isTrue();
            assertThat(rows.get(1).status()).isEqualTo(ClaimStatus.CONSISTENT);
            assertThat(rows.get(1).cause()).isEqualTo("t.md:1");
            assertThat(rows.get(1).note()).contains("follows from it").contains("gives 7");
            assertThat(rows.get(1).isNewError()).isFalse();
            // c = 2b: its cause is still the first one, not b's line
            assertThat(rows.get(2).cause()).isEqualTo("t.md:1");
            assertThat(rows.get(2).note()).contains("gives 14");
        }

        @Test
        void aPrintedWrongValueCopiedIntoALaterClaim_carriesItsCause() {
            List<ClaimRow> rows = lint("$$2 * 0.35 = 0.75$$\n$$0.75 * 2 = 1.5$$\n");
            assertThat(rows.get(1).cause()).isEqualTo("t.md:1");
            assertThat(rows.get(1).note()).contains("gives 1.4");
        }

        @Test
        void aClaimThatIgnoredTheEarlierSlip_isNoErrorAtAll() {
            // the text's own unrounded chain (a = 6) gives b = 7
            List<ClaimRow> rows = lint("$$a = 2 * 3 = 7$$\n$$b = a + 1 = 7$$\n");
            assertThat(rows.get(1).status()).isEqualTo(ClaimStatus.CONSISTENT_WITH_ROUNDING);
            assertThat(rows.get(1).cause()).isEmpty();
        }

        @Test
        void anErrorThatDoesNotChangeALaterRoundedValue_doesNotPropagate() {
            // a printed 0.301 for 0.3; 10a = 3.01 follows, but round(2a, 0) = 1 either way
            List<ClaimRow> rows = lint("$$a = 0.1 * 3 = 0.301$$\n$$b = 2 a = 1$$\n");
            assertThat(rows.get(1).cause()).isEmpty();
        }

        @Test
        void aNewErrorAfterAnEarlierOne_isItsOwn() {
            List<ClaimRow> rows = lint("$$a = 2 * 3 = 7$$\n$$b = a + 1 = 20$$\n");
            assertThat(rows.get(1).isNewError()).isTrue();
        }
    }
}
