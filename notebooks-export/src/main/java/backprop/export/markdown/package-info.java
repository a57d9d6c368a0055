/**
 * The answer key for people (one Markdown file per chapter, maths in LaTeX) and for programs
 * (answer-key.csv), rendered from the {@link backprop.export.model export model} alone.
 */
package backprop.export.markdown;
