package backprop.examples.scenariofile.toml;

/**
 * The documented limits of a scenario file (variants/README.md, "Limits"). Each keeps one run within seconds
 * and well under 1 GB of memory, and each is checked before the quantity it bounds is built, with a message
 * that names the limit. They are far above what an exam needs: 003's largest graph has 12 nodes, 004's network
 * 14 parameters.
 */
public final class Limits {
    /** A scenario file is read whole: at most 1,000,000 bytes. */
    public static final int MAX_FILE_BYTES = 1_000_000;

    /** Arrays and inline tables nest at most 8 deep (a matrix needs 2); deeper TOML is refused before parsing. */
    public static final int MAX_TOML_NESTING = 8;

    /** An expression has at most 100,000 characters (a sum of 16,000 terms fits; its graph is linear in it). */
    public static final int MAX_EXPRESSION_LENGTH = 100_000;

    /**
     * Parentheses, unary minuses and function calls nest at most 100 deep. The parser is recursive; the depth
     * is counted and refused long before the Java stack would overflow.
     */
    public static final int MAX_NESTING = 100;

    /** A function call such as max(a, b, …) takes at most 16 arguments, so that every node's definition is short. */
    public static final int MAX_ARGUMENTS = 16;

    /** An expression has at most 1,000 inputs. */
    public static final int MAX_INPUTS = 1_000;

    /**
     * A node's label is its own formula over its arguments' labels, e.g. {@code w0*x0 + b}, while it has at most
     * 32 characters; a longer one is named u1, u2, … (creation order, as 003 names intermediates), and its
     * definition is listed with the inputs. So labels, and the answer key, grow linearly with the expression.
     */
    public static final int MAX_LABEL_LENGTH = 32;

    /** A network has at most 20 layers after the input. */
    public static final int MAX_LAYERS = 20;

    /** A layer, the input included, has at most 1,000 neurons. */
    public static final int MAX_NEURONS = 1_000;

    /** A network has at most 10,000 weights and biases in all: every one is a row of the answer key. */
    public static final int MAX_PARAMETERS = 10_000;

    /** A data set has at most 1,000 examples ([[example]] tables, data.table rows or CSV rows). */
    public static final int MAX_EXAMPLES = 1_000;

    /**
     * Examples × outputs is at most 10,000: each output of each example after training is a row of the answer key,
     * the CSV and the notebooks.
     */
    public static final int MAX_OUTPUTS_AFTER_TRAINING = 10_000;

    /** A data set's CSV file is read whole: at most 1,000,000 bytes (checked while reading, not trusted from a size). */
    public static final int MAX_CSV_BYTES = 1_000_000;

    /**
     * Epochs × examples is at most 1,000,000: each epoch runs a forward and a backward pass per example (the loss
     * curve a pass per example more), whatever the network's size; a 1-1 network over 50 examples for 100,000 epochs
     * (5,000,000) took 72 s on 2 cores, at this limit it takes about 15.
     */
    public static final long MAX_EXAMPLE_VISITS = 1_000_000L;

    /**
     * A run takes at most 20 scenario files, and its files together stay within the limits on weights and biases,
     * epochs × examples, epochs × examples × parameters, expression characters and printed values ({@code
     * Footprint}): a run of many files then costs no more than one file at the limits does.
     */
    public static final int MAX_FILES = 20;

    /** Training runs at most 100,000 epochs. */
    public static final int MAX_EPOCHS = 100_000;

    /**
     * Epochs × examples × parameters is at most 10,000,000 (each epoch visits every example once): training then
     * takes well under a few seconds.
     */
    public static final long MAX_TRAINING_WORK = 10_000_000L;

    /**
     * The loss curve has a row (J_epoch…) for every epoch up to 1,000 epochs; a longer run has one every s-th
     * epoch, s = ⌈N/1,000⌉, and the last: 100,000 epochs would otherwise make 100,000 rows in the answer key, the
     * CSV and each notebook (measured: 22 s and 1.4 GB for one such file). The curve in the notebook has them all.
     */
    public static final int MAX_LOSS_CURVE_ROWS = 1_000;

    /** A file prints at most 1,000 values ([[published]] entries). */
    public static final int MAX_PUBLISHED = 1_000;

    /** An expression printed beside a value has at most 1,000 characters. */
    public static final int MAX_PRINTED_EXPRESSION = 1_000;

    /**
     * With printed values, epochs × parameters is at most 200,000: the catalogue's search may run the training
     * once per method it tries (about a hundred single and paired variations), each run cached for every entry.
     */
    public static final long MAX_EXPLAINED_TRAINING_WORK = 200_000L;

    /** A title is one line of at most 200 characters (it is a heading of the answer key and the notebooks). */
    public static final int MAX_TITLE_LENGTH = 200;

    /** An id has at most 64 characters (it names output files). */
    public static final int MAX_ID_LENGTH = 64;

    private Limits() {
    }
}
