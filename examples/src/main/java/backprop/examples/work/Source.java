package backprop.examples.work;

import backprop.core.graph.Kinks;
import backprop.core.graph.Node;
import backprop.core.network.BackwardPass;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;

/**
 * The one engine quantity an answer is, named by the object it was read from, never by its value: two quantities
 * that happen to be equal (δ⁽¹⁾₁ and ∂L/∂b⁽²⁾, both round-off zeros; ∂L/∂W⁽¹⁾₁₁ and δ⁽¹⁾₁ where x₁ = 1) are two
 * sources. A notebook's answers cell takes an answer from exactly its source's step, or does not ask it.
 *
 * <p>A quantity with no single source (a sum over paths, a printed form, a reconstruction, a loss) has none. Layers
 * are numbered as the engine numbers them, from 1; entries from 0.
 */
public sealed interface Source {

    /** The engine's value of this quantity, read from the object named. */
    double value();

    /** A graph node's forward value. */
    record NodeValue(Node node) implements Source {
        @Override
        public double value() {
            return node.value();
        }
    }

    /**
     * ∂output/∂node, Algorithm 4 from {@code output}. Its value is the backward pass's away from a kink; at a kink
     * (where any value between the one-sided derivatives is as valid) it is NaN: no one number is the source's; and
     * NaN too where {@code node} does not reach {@code output}.
     */
    record NodeGradient(Node output, Node node) implements Source {
        @Override
        public double value() {
            Kinks.Interval g = Kinks.gradients(output).get(node);
            return g != null && g.isPoint() ? g.lo() : Double.NaN;
        }
    }

    /** z⁽ᵏ⁾ᵢ = (W⁽ᵏ⁾a⁽ᵏ⁻¹⁾ + b⁽ᵏ⁾)ᵢ of a forward pass. */
    record Z(ForwardPass pass, int layer, int i) implements Source {
        @Override
        public double value() {
            return pass.z(layer)[i];
        }
    }

    /** a⁽ᵏ⁾ᵢ = g(z⁽ᵏ⁾)ᵢ of a forward pass (the last layer's is ŷ). */
    record A(ForwardPass pass, int layer, int i) implements Source {
        @Override
        public double value() {
            return pass.a(layer)[i];
        }
    }

    /** ∂L/∂ŷᵢ, the loss's gradient where the backward pass starts. */
    record LossGradient(BackwardPass pass, int i) implements Source {
        @Override
        public double value() {
            return pass.lossGradient()[i];
        }
    }

    /** δ⁽ᵏ⁾ᵢ = ∂L/∂z⁽ᵏ⁾ᵢ. */
    record Delta(BackwardPass pass, int layer, int i) implements Source {
        @Override
        public double value() {
            return pass.delta(layer)[i];
        }
    }

    /** ∂L/∂W⁽ᵏ⁾ᵢⱼ = δ⁽ᵏ⁾ᵢ a⁽ᵏ⁻¹⁾ⱼ. */
    record WeightGradient(BackwardPass pass, int layer, int i, int j) implements Source {
        @Override
        public double value() {
            return pass.gradients().weight(layer).get(i, j);
        }
    }

    /** ∂L/∂b⁽ᵏ⁾ᵢ = δ⁽ᵏ⁾ᵢ for a bias per neuron; for one bias shared by the layer (i = 0) Σᵢ δ⁽ᵏ⁾ᵢ. */
    record BiasGradient(BackwardPass pass, int layer, int i) implements Source {
        @Override
        public double value() {
            return pass.gradients().bias(layer)[i];
        }
    }

    /** W⁽ᵏ⁾ᵢⱼ of the network after the update, {@link NetworkUpdate#after()}. */
    record WeightAfter(Network after, int layer, int i, int j) implements Source {
        @Override
        public double value() {
            return after.layer(layer).weights().get(i, j);
        }
    }

    /** b⁽ᵏ⁾ᵢ of the network after the update (i = 0 for a shared bias). */
    record BiasAfter(Network after, int layer, int i) implements Source {
        @Override
        public double value() {
            return after.layer(layer).bias()[i];
        }
    }
}
