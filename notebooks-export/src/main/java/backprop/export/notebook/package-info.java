/**
 * The instructor and student notebooks (Jupyter, Java kernel) of every chapter, rendered from the
 * {@link backprop.export.model export model}. Their code cells are regions of the compiled, tested
 * {@code NotebookCells.java} and {@code Solutions.java} (the questions' methods: {@code NetworkQuestions},
 * {@code GraphQuestions}, graded with {@link backprop.export.runtime.Grade}), read as resources; a variant's notebook reads its scenario file again with
 * {@link backprop.examples.scenariofile.ExamFile} (examples module, below all of export).
 */
package backprop.export.notebook;
