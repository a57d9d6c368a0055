/**
 * The main job: the instructor answer key (Markdown with LaTeX per chapter, and answer-key.csv) and the
 * notebooks, for every document and for exam variants read from scenario files. {@link backprop.export.Main}
 * wires the packages below; every file is written into a fresh folder beside the target and moved into place
 * only when all of it is written ({@link backprop.export.OutputFolder}). Each package depends only on those
 * below it (LayoutTest checks this on the bytecode):
 *
 * <pre>
 *                 export  (Main, Exports, OutputFolder)
 *           ┌───────┴──────────┬─────────────────┐
 *     export.markdown   export.notebook ──→ export.exam   (the notebook of a variant reads its file again)
 *           └───────┬──────────┴─────────────────┘
 *              export.model  (Chapter, Worked, Escape)
 * </pre>
 */
package backprop.export;
