package backprop.core.catalogue;

import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.BatchReduction;
import backprop.core.method.FrozenParameters;
import backprop.core.method.Intermediate.Kind;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.SoftmaxBackward;
import backprop.core.method.UpdateOrder;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static backprop.core.catalogue.Tiny.STATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The value types refuse a missing part or a value outside their range, each naming it. */
class ValuesRefuseMissingPartsTest {
    private static final UpdateOrder O = UpdateOrder.ALL_GRADIENTS_FIRST;
    private static final FrozenParameters F = FrozenParameters.NONE;
    private static final Loss L = Loss.SUM_SQUARED_ERROR;
    private static final BatchReduction R = BatchReduction.MEAN;
    private static final SoftmaxBackward S = SoftmaxBackward.FULL_JACOBIAN;
    private static final Conventions C = Conventions.DOCUMENTS;
    private static final IntermediateRounding N = IntermediateRounding.NONE;

    @Test
    void method_refusesEveryMissingChoice() {
        assertThatThrownBy(() -> new Method(null, F, L, R, S, true, C, N, 0)).hasMessageContaining("every choice");
        assertThatThrownBy(() -> new Method(O, null, L, R, S, true, C, N, 0)).hasMessageContaining("every choice");
        assertThatThrownBy(() -> new Method(O, F, null, R, S, true, C, N, 0)).hasMessageContaining("every choice");
        assertThatThrownBy(() -> new Method(O, F, L, null, S, true, C, N, 0)).hasMessageContaining("every choice");
        assertThatThrownBy(() -> new Method(O, F, L, R, null, true, C, N, 0)).hasMessageContaining("every choice");
        assertThatThrownBy(() -> new Method(O, F, L, R, S, true, null, N, 0)).hasMessageContaining("every choice");
        assertThatThrownBy(() -> new Method(O, F, L, R, S, true, C, null, 0)).hasMessageContaining("every choice");
        assertThat(new Method(O, F, L, R, S, true, C, N, 0)).isEqualTo(STATED);
    }

    @Test
    void schedule_refusesEachValueOutsideItsRange_andAcceptsItsEdges() {
        Schedule.Batching b = Schedule.Batching.PER_EXAMPLE;
        assertThatThrownBy(() -> new Schedule(0.0, 0, 0, 1, 0, b)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> new Schedule(Double.NaN, 0, 0, 1, 0, b)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> new Schedule(Double.POSITIVE_INFINITY, 0, 0, 1, 0, b)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> new Schedule(0.1, -0.01, 0, 1, 0, b)).hasMessageContaining("momentum");
        assertThatThrownBy(() -> new Schedule(0.1, 1.0, 0, 1, 0, b)).hasMessageContaining("momentum");
        assertThatThrownBy(() -> new Schedule(0.1, 0, -1e-9, 1, 0, b)).hasMessageContaining("λ");
        assertThatThrownBy(() -> new Schedule(0.1, 0, Double.POSITIVE_INFINITY, 1, 0, b)).hasMessageContaining("λ");
        assertThatThrownBy(() -> new Schedule(0.1, 0, 0, -1, 0, b)).hasMessageContaining("epochs must be ≥ 0, is -1");
        assertThatThrownBy(() -> new Schedule(0.1, 0, 0, 1, -1e-9, b)).hasMessageContaining("ε");
        assertThatThrownBy(() -> new Schedule(0.1, 0, 0, 1, 0, null)).hasMessageContaining("batching");
        assertThatCode(() -> new Schedule(Double.MIN_VALUE, 0.0, 0.0, 0, 0.0, b)).doesNotThrowAnyException();
        assertThatCode(() -> new Schedule(0.1, Math.nextDown(1.0), 0.0, 0, 0.0, b)).doesNotThrowAnyException();
    }

    @Test
    void applicability_refusesANetworkWithoutLayersAndNegativeDepth() {
        assertThatThrownBy(() -> new Applicability(true, 0, true, false, false, false, true, false))
                .hasMessage("Applicability: a network has ≥ 1 layer, a graph 0; got 0 for a network");
        assertThatThrownBy(() -> new Applicability(false, -1, false, false, false, false, false, false))
                .hasMessage("Applicability: a network has ≥ 1 layer, a graph 0; got -1 for a graph");
        assertThatCode(() -> new Applicability(true, 1, true, false, false, false, true, false))
                .doesNotThrowAnyException();
        assertThat(Applicability.graph(true, false).layers()).isZero();
    }

    @Test
    void applicability_ofANetworkBatchesOnlyWhenItTrains() {
        assertThat(Applicability.network(Tiny.linear(), false, true).batches()).isFalse();
        assertThat(Applicability.network(Tiny.linear(), true, true).batches()).isTrue();
    }

    @Test
    void variation_explained_andRounding_refuseMissingParts() {
        assertThatThrownBy(() -> new Variation(null, "n", "w", m -> m)).hasMessageContaining("choice, name");
        assertThatThrownBy(() -> new Variation(Choice.EPOCHS, null, "w", m -> m)).hasMessageContaining("choice, name");
        assertThatThrownBy(() -> new Variation(Choice.EPOCHS, "n", null, m -> m)).hasMessageContaining("choice, name");
        assertThatThrownBy(() -> new Variation(Choice.EPOCHS, "n", "w", null)).hasMessageContaining("choice, name");
        assertThat(new Variation(Choice.EPOCHS, "n + 1 updates", "w", m -> m)).hasToString("n + 1 updates");
        assertThatThrownBy(() -> new Explained(null, List.of(), 0)).hasMessageContaining("kind and used");
        assertThatThrownBy(() -> new Explained(Explained.Kind.NONE, null, 0)).hasMessageContaining("kind and used");
        assertThatThrownBy(() -> new IntermediateRounding(null)).hasMessageContaining("NONE for none");
        Map<Intermediate, Integer> nullKey = new HashMap<>();
        nullKey.put(null, 2);
        assertThatThrownBy(() -> new IntermediateRounding(nullKey)).hasMessageContaining("null to 2 decimals");
        Map<Intermediate, Integer> nullPlaces = new HashMap<>();
        nullPlaces.put(new Intermediate(Kind.Z, 1, 1), null);
        assertThatThrownBy(() -> new IntermediateRounding(nullPlaces)).hasMessageContaining("z(1)[1] to null decimals");
    }

    @Test
    void rounding_leavesANonFiniteValueAsItIs() {
        Intermediate a = new Intermediate(Kind.A, 1, 1);
        IntermediateRounding r = N.with(a, 2);

        assertThat(r.apply(a, Double.NaN)).isNaN();
        assertThat(r.apply(a, Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void explain_andNote_refuseMissingArgumentsAndAnInfiniteHalfUnit() {
        assertThatThrownBy(() -> Explanation.explain(null, List.of(), m -> 1, 1, 1)).hasMessageContaining("stated method");
        assertThatThrownBy(() -> Explanation.explain(STATED, null, m -> 1, 1, 1)).hasMessageContaining("stated method");
        assertThatThrownBy(() -> Explanation.explain(STATED, List.of(), null, 1, 1)).hasMessageContaining("stated method");
        assertThatThrownBy(() -> Explanation.explain(STATED, List.of(), m -> 1, 1, Double.POSITIVE_INFINITY))
                .hasMessageContaining("halfUnit");
        assertThatThrownBy(() -> Explanation.explain(STATED, List.of(), m -> 1, Double.NEGATIVE_INFINITY, 1))
                .hasMessageContaining("printed value is -Infinity");
        Explained none = new Explained(Explained.Kind.NONE, List.of(), 1);
        assertThatThrownBy(() -> Explanation.note(null, STATED)).hasMessageContaining("explained and stated");
        assertThatThrownBy(() -> Explanation.note(none, null)).hasMessageContaining("explained and stated");
    }

    @Test
    void explain_aVariationThatCannotBeEvaluatedReproducesNotEvenZero() {
        // the stated method gives 1; the only variation throws: a print of 0 stays unexplained
        Variation broken = new Variation(Choice.EPOCHS, "n − 1 updates", "w", m -> m.withEpochShift(-1));
        Explained e = Explanation.explain(STATED, List.of(broken), m -> {
            if (m.epochShift() < 0) {
                throw new IllegalArgumentException("no epochs");
            }
            return 1.0;
        }, 0.0, 0.5);

        assertThat(e.kind()).isEqualTo(Explained.Kind.NONE);
    }
}
