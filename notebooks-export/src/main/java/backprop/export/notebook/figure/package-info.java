/**
 * The figures the documents lost, redrawn as SVG: {@link backprop.export.notebook.figure.GraphFigure} (a scalar
 * graph node by node, laid out by ELK in {@code GraphLayout}, each arc labelled local × upstream gradient),
 * {@link backprop.export.notebook.figure.NetworkFigure} (a network layer by layer) and
 * {@link backprop.export.notebook.figure.LossCurve} (the cost per epoch). {@code Svg} writes the markup, every
 * text through the HTML escaper; {@code TextWidth} measures text in DejaVu Sans from the table
 * {@code dejavu-sans-advances.tsv} beside it (in the resources), so that every machine draws the same bytes.
 *
 * <p>Uses {@code backprop.export.model} (the escapers) only, with core's graph and the examples' worked
 * scenarios and number formatter; knows nothing of cells or questions. Used by {@code backprop.export.notebook}.
 */
package backprop.export.notebook.figure;
