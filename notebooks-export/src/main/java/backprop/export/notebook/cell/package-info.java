/**
 * A notebook's cells as nbformat and nbgrader see them: {@link backprop.export.notebook.cell.Cell} (one cell in
 * its instructor and student versions, with its nbgrader role and points), {@link backprop.export.notebook.cell.Release}
 * (what nbgrader's {@code generate_assignment} does to a cell's source: solution regions to the stub, hidden
 * tests removed, its checksums) and {@link backprop.export.notebook.cell.NotebookJson} (the notebook written as
 * Jupyter writes it). With them, the two kinds of Java source a cell is made of:
 * {@link backprop.export.notebook.cell.Literal} (values as Java literals, exact and Locale-free) and
 * {@link backprop.export.notebook.cell.Regions} (the tagged regions of a compiled source file on the class path).
 *
 * <p>Uses {@code backprop.export.model} (the Java string escaper) only. Used by the rooms above it,
 * {@code backprop.export.notebook} and {@code .question}, and by {@code backprop.export}, which writes the JSON.
 */
package backprop.export.notebook.cell;
