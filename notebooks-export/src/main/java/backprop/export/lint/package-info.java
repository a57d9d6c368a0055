/**
 * {@code answer-key lint}: the arithmetic a lecture prints, found and checked without encoding it, as statcheck
 * checks the p-values of papers. A text is read in {@link backprop.export.lint.Passage}s (maths, prose, code
 * fences; SVG, URLs and tags left out), each into {@link backprop.export.lint.Token}s
 * ({@link backprop.export.lint.Tokenizer}: the notations of notes, LaTeX and Unicode), then into
 * {@link backprop.export.lint.Chain}s of equalities; every printed number in a chain is a
 * {@link backprop.export.lint.Claim} about its nearest readable neighbour ({@link backprop.export.lint.Parser},
 * {@link backprop.export.lint.Expr}), evaluated over {@link backprop.export.lint.Interval}s
 * ({@link backprop.export.lint.Evaluator}) with the names the text has given values to so far
 * ({@link backprop.export.lint.Names}); {@link backprop.export.lint.Checker} walks a file's chains in order and
 * {@link backprop.export.lint.Lint} is the entry point. {@link backprop.export.lint.LintReport} prints the summary
 * and the CSV, {@link backprop.export.lint.LintCommand} is the subcommand.
 *
 * <p>Uses {@code export.model} (Escape, for the terminal) and {@code export.output} (Caller, for the caller's
 * relative paths), nothing else of export; {@code export} (Main) wires it.
 */
package backprop.export.lint;
