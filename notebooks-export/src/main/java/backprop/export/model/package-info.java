/**
 * What every renderer and the exam-variant reader share: a {@link backprop.export.model.Chapter} (what gets one
 * answer key and one notebook pair: a document with its scenarios, or one exam variant), its
 * {@link backprop.export.model.Worked} scenarios (computed and classified once), the escapers of every output
 * language ({@link backprop.export.model.Escape}), and a formula's LaTeX as HTML that needs no MathJax
 * ({@link backprop.export.model.Maths}, reading it with {@code TexReader} and {@code TexLine}). It depends on no
 * other export package.
 */
package backprop.export.model;
