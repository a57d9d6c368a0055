package backprop.export.grade;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Numbers graded against a hand-written key in answer-key.csv's form: scenario s1 with a printed value whose
 * document method differs (exact 0.25, the document's way 0.3) and a derived one; s2 with a kink whose
 * one-sided derivatives are 0 and 1.
 */
class NumberGraderTest {
    static final String KEY = """
            document,scenario,location,quantity,published,computed,true_value,status,note,one_sided_lo,one_sided_hi
            d,s1,Sec 1,∂L/∂w,0.30,0.3,0.25,document-method-differs,[s1.dw] the document rounds first,,
            d,s1,Sec 1,L,,2.0,2.0,derived,s1.loss,,
            d,s1,Sec 1,∂L/∂w,,0.25,0.25,derived,s1.dw,,
            d,s2,Sec 2,∂f/∂a,,1.0,1.0,derived,s2.df_da,0,1
            """;

    static AnswerKey key() {
        return AnswerKey.parse("answer-key.csv", KEY);
    }

    @Test
    void rightAnswersEarnAPointEachGroupedByScenario() {
        Grades g = NumberGrader.grade(key(), Answers.parse("a.csv", "id,value\ns1.dw,0.25\ns1.loss,2\ns2.df_da,1\n"));
        assertThat(g.questions()).extracting(QuestionScore::question).containsExactly("s1", "s2");
        assertThat(g.questions()).extracting(QuestionScore::earned).containsExactly(2.0, 1.0);
        assertThat(g.questions()).extracting(QuestionScore::possible).containsExactly(2.0, 1.0);
    }

    @Test
    void aWrongValueNamesTheStepButNotTheExpectedValue() {
        Grades g = NumberGrader.grade(key(), Map.of("s1.dw", 0.5, "s1.loss", 2.0));
        assertThat(g.questions().get(0).feedback()).containsExactly("s1.dw (∂L/∂w): 0.5 is wrong");
        assertThat(g.questions().get(0).earned()).isEqualTo(1);
    }

    @Test
    void theDocumentsOwnMethodsValueIsWrongAndSaidToBeTheDocumentsWay() {
        Grades g = NumberGrader.grade(key(), Map.of("s1.dw", 0.3));
        assertThat(g.questions().get(0).feedback())
                .containsExactly("s1.dw (∂L/∂w): 0.3 is wrong, though it is what the document's own method gives",
                        "s1.loss (L): no answer");
    }

    @Test
    void withinTheNotebooksToleranceIsRightAndJustOutsideIsNot() {
        // tolerance 1e-9 × max(1, |2|) = 2e-9
        assertThat(NumberGrader.grade(key(), Map.of("s1.loss", 2 + 1.5e-9)).questions().get(0).earned()).isEqualTo(1);
        assertThat(NumberGrader.grade(key(), Map.of("s1.loss", 2 + 3e-9)).questions().get(0).earned()).isZero();
    }

    @Test
    void atAKinkAnyValueBetweenTheOneSidedDerivativesPasses() {
        assertThat(NumberGrader.grade(key(), Map.of("s2.df_da", 0.0)).questions().get(1).earned()).isEqualTo(1);
        assertThat(NumberGrader.grade(key(), Map.of("s2.df_da", 0.5)).questions().get(1).earned()).isEqualTo(1);
        assertThat(NumberGrader.grade(key(), Map.of("s2.df_da", 1.1)).questions().get(1).earned()).isZero();
    }

    @Test
    void aQuestionWithNoAnswerAtAllSaysSoOnceAndAnUnknownIdIsANote() {
        Grades g = NumberGrader.grade(key(), Map.of("s1.dw", 0.25, "s9.x", 1.0));
        assertThat(g.questions().get(1).feedback()).containsExactly("no answers");
        assertThat(g.notes()).containsExactly("s9.x: no such answer in answer-key.csv: not graded");
    }

    @Test
    void badAnswerRowsAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> Answers.parse("a.csv", "s1.dw,0.25\ns1.loss,NaN\n"))
                .hasMessage("a.csv:2: the value of s1.loss, \"NaN\", is not a decimal number");
        assertThatThrownBy(() -> Answers.parse("a.csv", "s1.dw,0x1p3\n")).hasMessageStartingWith("a.csv:1: ");
        assertThatThrownBy(() -> Answers.parse("a.csv", "s1.dw,1\ns1.loss,2\ns1.dw,3\n"))
                .hasMessage("a.csv:3: s1.dw is answered twice");
        assertThatThrownBy(() -> Answers.parse("a.csv", "s1.dw,1,2\n")).hasMessage("a.csv:1: 3 fields: a row is id,value");
    }

    @Test
    void aKeyWithoutTheAnswerKeysColumnsOrWithABadRowIsRefused() {
        assertThatThrownBy(() -> AnswerKey.parse("k.csv", "id,value\na,1\n"))
                .hasMessageStartingWith("k.csv:1: no column \"scenario\"");
        assertThatThrownBy(() -> AnswerKey.parse("k.csv", KEY.replace("2.0,2.0", "2.0,two")))
                .hasMessage("k.csv:3: true_value \"two\" is not a decimal number");
        assertThatThrownBy(() -> AnswerKey.parse("k.csv", KEY.replace(",0.25,0.25,derived", ",0.5,0.5,derived")))
                .hasMessage("k.csv:4: answer s1.dw appears again with another value or scenario");
    }

    @Test
    void theToleranceBandsEdgesAreIn_andAtAKinkItScalesWithTheLargerEnd() {
        // exact 0: right within 1e-9 × max(1, 0) = 1e-9; kink [0, 4]: within 1e-9 × max(1, 0, 4) = 4e-9 of its ends
        AnswerKey key = AnswerKey.parse("k.csv", """
                document,scenario,location,quantity,published,computed,true_value,status,note,one_sided_lo,one_sided_hi
                d,s,Sec 1,z,,0,0,derived,s.zero,,
                d,s,Sec 1,∂f/∂a,,4,4,derived,s.kink,0,4
                """);
        AnswerKey.Answer zero = key.answers().get("s.zero");
        AnswerKey.Answer kink = key.answers().get("s.kink");
        assertThat(NumberGrader.right(zero, 1e-9)).isTrue();
        assertThat(NumberGrader.right(zero, 2e-9)).isFalse();
        assertThat(NumberGrader.right(kink, 0 - 4e-9)).isTrue();
        assertThat(NumberGrader.right(kink, 4 + 4e-9)).isTrue();
        assertThat(NumberGrader.right(kink, 4 + 3e-9)).isTrue();
        assertThat(NumberGrader.right(kink, 4 + 8e-9)).isFalse();
    }

    @Test
    void blankAnswerLinesAreSkipped() {
        assertThat(Answers.parse("a.csv", "s1.dw,1\n\n  \ns1.loss,2\n")).containsOnlyKeys("s1.dw", "s1.loss");
    }

    @Test
    void keyRowsWithoutAnIdOrWithOneSidedBoundsAlone_reversedOrDisagreeing_areRefused() {
        String header = "document,scenario,location,quantity,published,computed,true_value,status,note,one_sided_lo,one_sided_hi\n";
        assertThatThrownBy(() -> AnswerKey.parse("k.csv", header + "d,s,S,q,0.3,0.3,0.3,reproduced,the note,,\n"))
                .hasMessage("k.csv:2: no answer id: a printed value's note starts with [id], a derived row's note is its id");
        assertThatThrownBy(() -> AnswerKey.parse("k.csv", header + "d,s,S,q,,1,1,derived,s.x,0,\n"))
                .hasMessage("k.csv:2: one_sided_lo and one_sided_hi are given together, lo ≤ hi");
        assertThatThrownBy(() -> AnswerKey.parse("k.csv", header + "d,s,S,q,,1,1,derived,s.x,1,0\n"))
                .hasMessage("k.csv:2: one_sided_lo and one_sided_hi are given together, lo ≤ hi");
        assertThat(AnswerKey.parse("k.csv", header + "d,s,S,q,,1,1,derived,s.x,1,1\n").answers().get("s.x").kink()).isTrue();
        assertThatThrownBy(() -> AnswerKey.parse("k.csv", header + "d,s,S,q,,1,1,derived,s.x,,,extra\n"))
                .hasMessage("k.csv:2: 12 fields, the header has 11");
        assertThatThrownBy(() -> AnswerKey.parse("k.csv", header + "d,s,S,q,,1,1,derived,s.x,,\nd,t,S,q,,1,1,derived,s.x,,\n"))
                .hasMessage("k.csv:3: answer s.x appears again with another value or scenario");
    }
}
