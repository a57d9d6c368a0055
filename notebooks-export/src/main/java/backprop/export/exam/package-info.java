/**
 * Exam variants: an instructor's scenario file (TOML) read into a chapter that gets the same answer key
 * and notebook pair as a document. The format is documented in {@code variants/README.md}; every error
 * names the file, the line and what is wrong, and is raised before anything is computed or written.
 */
package backprop.export.exam;
