/**
 * A network file's data set: {@link backprop.examples.scenariofile.dataset.DataSetReader} reads the examples in
 * whichever of the four ways the file writes them (one {@code [example]}, several {@code [[example]]},
 * {@code [data] table}, or {@code [data] csv}, a CSV file beside it read by {@code CsvDataSet}), into a
 * {@link backprop.examples.scenariofile.dataset.DataSet} that remembers where each example was written, so that a
 * problem found later (a target outside the loss's domain) is reported at that line or CSV row; and that writes a
 * CSV's rows into the file's text for a notebook, which has no folder to read it from.
 *
 * <p>Uses {@code backprop.examples.scenariofile.toml} (typed reads, keys, limits, the exception) and
 * {@code backprop.core.network} (an {@code Example}). Used by the network file's reader ({@code NetworkReader},
 * {@code Training}).
 */
package backprop.examples.scenariofile.dataset;
