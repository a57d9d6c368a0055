package backprop.core.catalogue;

import backprop.core.function.Loss;
import backprop.core.method.Method;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExplanationArgumentsTest {
    private static final Method STATED = Method.documents(Loss.SUM_SQUARED_ERROR);

    @Test
    void explain_refusesANaNPrintedValue() {
        assertThatThrownBy(() -> Explanation.explain(STATED, List.of(), m -> 1.0, Double.NaN, 5e-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("printed value is NaN");
    }

    @Test
    void explain_refusesAHalfUnitThatIsNotPositive() {
        assertThatThrownBy(() -> Explanation.explain(STATED, List.of(), m -> 1.0, 1.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("halfUnit")
                .hasMessageContaining("is 0.0");
        assertThatThrownBy(() -> Explanation.explain(STATED, List.of(), m -> 1.0, 1.0, -5e-5))
                .hasMessageContaining("is -5.0E-5");
    }

    @Test
    void explain_isStatedWhenTheStatedMethodIsWithinHalfAUnit() {
        // 0.12344 prints as 0.1234: |0.12344 − 0.1234| = 4e-5 ≤ 5e-5
        Explained e = Explanation.explain(STATED, List.of(), m -> 0.12344, 0.1234, 5e-5);

        assertThat(e.kind()).isEqualTo(Explained.Kind.STATED);
        assertThat(e.used()).isEmpty();
        assertThat(e.value()).isEqualTo(0.12344);
    }
}
