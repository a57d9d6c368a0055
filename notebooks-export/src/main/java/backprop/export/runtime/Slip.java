package backprop.export.runtime;

/**
 * A wrong value a known slip produces, with the words that name it: the hidden tests compute it with the
 * instructor's solution under one variation, so that a student's wrong value can be explained, not only
 * refused.
 *
 * @param key   the slip's name: a method catalogue choice (LOSS_CONSTANT, SOFTMAX_BACKWARD, BIAS_IN_FORWARD,
 *              RELU_AT_ZERO, UPDATE_ORDER, FROZEN_BIASES) or one of ours (W_NOT_TRANSPOSED, …)
 * @param words what the student did, completing "matches …", e.g. "leaving out ŷ₂'s path through the softmax"
 * @param value the value the slip gives: a Double, double[] or double[][] (not modified)
 */
public record Slip(String key, String words, Object value) {

    public Slip {
        if (key == null || key.isBlank() || words == null || words.isBlank()) {
            throw new IllegalArgumentException("Slip: key and words must be given, are " + key + " and " + words);
        }
        Values.flatten("slip " + key, value);
    }

    public static Slip of(String key, String words, Object value) {
        return new Slip(key, words, value);
    }
}
