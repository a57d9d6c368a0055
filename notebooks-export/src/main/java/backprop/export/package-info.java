/**
 * The main job: the instructor answer key (Markdown with LaTeX per chapter, and answer-key.csv) and the
 * notebooks, for every document and for exam variants read from scenario files.
 *
 * <p>A {@link backprop.export.Chapter} is what gets one answer key and one notebook pair: a document with its
 * scenarios, or one exam variant. Every file is written into a fresh folder beside the target and moved
 * into place only when all of it is written ({@link backprop.export.OutputFolder}).
 */
package backprop.export;
