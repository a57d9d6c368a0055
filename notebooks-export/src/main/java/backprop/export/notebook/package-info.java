/**
 * A chapter's instructor and student notebooks (Jupyter, Java kernel), rendered from the
 * {@link backprop.export.model export model}: {@link backprop.export.notebook.Notebooks} puts a chapter's cells
 * together (inputs, figures, questions, the answers cell and its grading cell, the printed values);
 * {@code AnswerCell} writes a scenario's answers cell with the student's own methods. The code cells are regions
 * of the compiled, tested {@code NotebookCells.java} (here) and {@code question/Solutions.java}, read as
 * resources; a variant's notebook reads its scenario file again with
 * {@link backprop.examples.scenariofile.ExamFile} (examples module, below all of export).
 *
 * <p>The top of the notebook rooms: uses {@code .cell} (the cells, nbgrader's release rules, Java literals,
 * tagged regions), {@code .question} (the questions), {@code .figure} (the redrawn figures),
 * {@code backprop.export.runtime} (the helpers and {@code Grade} that {@code NotebookCells} calls) and
 * {@code backprop.export.model}; none of those uses it. Used by {@code backprop.export} (the main job).
 */
package backprop.export.notebook;
