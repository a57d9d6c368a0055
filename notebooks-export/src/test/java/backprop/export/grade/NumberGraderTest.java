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
}
