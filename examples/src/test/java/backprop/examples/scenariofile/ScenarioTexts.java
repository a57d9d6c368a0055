package backprop.examples.scenariofile;

/** Scenario-file texts several test classes read, written once. */
public final class ScenarioTexts {
    private ScenarioTexts() {
    }

    /** 2-2-1, sigmoid then identity, per-neuron biases, ½ΣΣ(a − y)², η = 0.1, one example. */
    public static final String NETWORK = """
            title = "t"
            kind = "network"
            precision = 4

            [network]
            layers = [2, 2, 1]
            activations = ["sigmoid", "identity"]
            bias_layout = "per_neuron"

            [[network.layer]]
            weights = [[0.1, 0.2], [0.3, 0.4]]
            biases = [0.5, -0.5]

            [[network.layer]]
            weights = [[0.7, -0.6]]
            biases = [0.05]

            [example]
            x = [1, 2]
            y = [0.5]

            [training]
            loss = "half_sum_squared_error"
            learning_rate = 0.1
            """;
}
