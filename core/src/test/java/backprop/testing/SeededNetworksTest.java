package backprop.testing;

import backprop.core.function.Activation;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Seeded networks for the tests")
class SeededNetworksTest {

    @Test
    @DisplayName("draw a layer's weights row by row and then its biases, each half·(2u − 1) from the one stream")
    void layer_drawsWeightsRowByRowThenBiases() {
        Random expected = new Random(42);
        double[] u = new double[8];
        for (int i = 0; i < u.length; i++) {
            u[i] = expected.nextDouble();
        }
        DenseLayer layer = SeededNetworks.layer(new Random(42), 3, 2, 1.0, 0.5, BiasLayout.PER_NEURON,
                Activation.SIGMOID);
        // W = [[u0 u1 u2] [u3 u4 u5]] mapped to 2u − 1; b = [u6 u7] mapped to 0.5(2u − 1) = u − 0.5
        assertThat(layer.weights().get(0, 2)).isEqualTo(2 * u[2] - 1);
        assertThat(layer.weights().get(1, 0)).isEqualTo(2 * u[3] - 1);
        assertThat(layer.bias()).containsExactly(u[6] - 0.5, u[7] - 0.5);
    }

    @Test
    @DisplayName("a shared bias is one draw, and a tenth is rounded to one decimal in [−1, 1]")
    void sharedBiasIsOneDraw_andTenthsAreRounded() {
        DenseLayer layer = SeededNetworks.layer(new Random(1), 2, 4, 1.0, 0.5, BiasLayout.SHARED_PER_LAYER,
                Activation.TANH);
        assertThat(layer.bias()).hasSize(1);
        Random random = new Random(2020);
        for (int i = 0; i < 100; i++) {
            double t = SeededNetworks.tenth(random);
            assertThat(Math.abs(t * 10 - Math.rint(t * 10))).isLessThan(1e-9);
            assertThat(t).isBetween(-1.0, 1.0);
        }
    }
}
