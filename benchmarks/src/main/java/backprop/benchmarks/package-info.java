/**
 * JMH benchmarks for 003's claim that back-propagation costs a small constant times one forward
 * evaluation, proportional to the number of arcs, whatever the number of parameters; {@link
 * backprop.benchmarks.Report} runs them and prints the ratios measured in one run.
 */
package backprop.benchmarks;
