/**
 * The main job: the instructor answer key (Markdown with LaTeX per chapter, and answer-key.csv) and the
 * notebooks, for every document and for exam variants read from scenario files. {@link backprop.export.Main}
 * wires the packages below; every file is written into a fresh folder beside the target and moved into place
 * only when all of it is written ({@link backprop.export.output.OutputFolder}). Each package depends only on
 * those below it (LayoutTest checks this on the bytecode):
 *
 * <pre>
 *                 export  (Main, Exports, VariantGradients)
 *           ┌───────┴──────────┬──────────────────┐
 *     export.markdown   export.notebook      export.output  (the output folder's rules)
 *           └───────┬──────────┘
 *              export.model  (Chapter, Worked, Escape)
 * </pre>
 * The scenario-file reader is below all of them, in the examples module ({@code backprop.examples.scenariofile},
 * beside the documents' scenarios), so that the verification module checks instructor files as it checks the
 * documents; {@code Chapter.of(ScenarioFile)} makes a variant's chapter from what it reads.
 */
package backprop.export;
