package backprop.verification.oracle;

import java.util.List;

/**
 * A point where the function is not differentiable, met by a forward-mode pass: a ReLU whose argument
 * is exactly 0, or a max whose maximum is attained by two arguments. Only the variables that move the
 * kink's argument (∂gap/∂x_j ≠ 0) see it; for them the derivative does not exist, and a check compares
 * the analytic value with the one-sided derivatives instead.
 *
 * @param node        where the kink is, e.g. "ReLU(z)" or "z2[3]"
 * @param description what it is, e.g. "ReLU argument = 0"
 * @param variables   the variables (by position in the pass) whose derivative it breaks
 */
public record Kink(String node, String description, List<Integer> variables) {

    public Kink {
        variables = List.copyOf(variables);
    }

    @Override
    public String toString() {
        return node + ": " + description;
    }
}
