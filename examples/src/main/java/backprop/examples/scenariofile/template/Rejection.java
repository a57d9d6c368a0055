package backprop.examples.scenariofile.template;

/**
 * Why one draw was refused.
 *
 * @param kind what is wrong without this draw's numbers ("ReLU unit 1 of layer 1 at its kink"), counted over the
 *             draws to name the commonest reason when a student's draws all fail
 * @param text what is wrong with this draw, its numbers included ("ReLU unit 1 of layer 1 at z = 0 (a kink)")
 */
record Rejection(String kind, String text) {
    static Rejection of(String text) {
        return new Rejection(text, text);
    }
}
