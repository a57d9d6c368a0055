/**
 * The notebooks' questions: the student writes one Java method per step, and a grading cell scores it part by
 * part on the scenario's exact inputs. {@link backprop.export.notebook.question.Question} is one question's
 * cells (the prompt, the method, the grading cell with its hidden tests);
 * {@link backprop.export.notebook.question.NetworkQuestions} asks a network's steps (003's Algorithms 1 and 2,
 * then the update) and {@link backprop.export.notebook.question.GraphQuestions} a scalar graph's (Algorithm 4);
 * {@link backprop.export.notebook.question.NetworkSlips} computes the wrong values of known slips, so feedback
 * can name them. {@code Solutions} holds the instructor's methods: compiled and tested here, and read back as a
 * resource ({@code backprop/export/notebook/question/Solutions.java}) for its tagged regions, which become the
 * method cells.
 *
 * <p>Uses {@code backprop.export.notebook.cell} (cells, literals, regions), {@code backprop.export.runtime}
 * ({@code Grade}'s tolerance, {@code Slip}, the {@code Given} helpers the solutions call) and
 * {@code backprop.export.model}, with core's engine and the examples' worked scenarios. Used by
 * {@code backprop.export.notebook} only.
 */
package backprop.export.notebook.question;
