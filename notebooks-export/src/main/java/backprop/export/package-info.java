/**
 * The main job: the instructor answer key (Markdown with LaTeX per chapter, and answer-key.csv) and the
 * notebooks, for every document and for exam variants read from scenario files. {@link backprop.export.Main}
 * wires the packages below; every file is written into a fresh folder beside the target and moved into place
 * only when all of it is written ({@link backprop.export.output.OutputFolder}). Each package depends only on
 * those below it (LayoutTest checks this on the bytecode, SourceLayoutTest on the sources):
 *
 * <pre>
 * export                 Main, ClassCommand, Exports, VariantGradients, Progress: wires the rest
 * ├─ export.classroom    a class from one template: roster, good draws, exam sheets, key.csv, --find
 * ├─ export.notebook     a chapter's notebook: Notebooks, AnswerCell, NotebookCells
 * │  ├─ .question        the questions (one method per step), their slips, the instructor's Solutions
 * │  ├─ .figure          the redrawn figures, as SVG
 * │  └─ .cell            cells, nbgrader's release rules, Java literals, tagged source regions
 * ├─ export.lint         answer-key lint: the arithmetic a lecture prints, found and checked
 * ├─ export.grade        the grader: a notebook autograded, a numbers-only hand-in, or a whole class
 * │  └─ .session         cells run in JShell with a time limit, their output captured
 * ├─ export.markdown     the answer key: Markdown per chapter, answer-key.csv
 * ├─ export.runtime      what a notebook's cells call while they run: Given, Grade, Slip
 * ├─ export.output       the output folder's rules: what may be replaced, staging, lock, manifest
 * └─ export.model        Chapter, Worked, Escape
 * </pre>
 *
 * Who uses whom (every arrow points down the list or into a room; none points back):
 * <ul>
 *   <li>{@code export} uses the notebook (and {@code .cell}, whose JSON it writes), the grader (its {@code grade}
 *       subcommand), the lint (its {@code lint} subcommand), the classroom (its {@code class} subcommand), the
 *       markdown renderer, the output folder and the model;</li>
 *   <li>{@code export.classroom} uses the notebook (and {@code .cell}), the markdown renderer, the runtime (the
 *       grading key), the output folder, {@code grade.session} (the runtime jar's bytes) and the model, and not the
 *       grader itself;</li>
 *   <li>{@code export.notebook} uses its three rooms, the runtime and the model; {@code .question} uses
 *       {@code .cell}, the runtime and the model; {@code .cell} and {@code .figure} use only the model;</li>
 *   <li>{@code export.grade} uses {@code .session}, the runtime, the markdown renderer (answer-key.csv's header),
 *       the output folder (a class's grades) and the model, and no notebook room; {@code .session} uses only the
 *       model;</li>
 *   <li>{@code export.lint} uses the model (Escape) and the output folder's {@code Caller};</li>
 *   <li>{@code export.markdown} uses only the model; {@code export.runtime}, {@code export.output} and
 *       {@code export.model} use no export package.</li>
 * </ul>
 * The scenario-file reader is below all of them, in the examples module ({@code backprop.examples.scenariofile},
 * beside the documents' scenarios), so that the verification module checks instructor files as it checks the
 * documents; {@code Chapter.of(ScenarioFile)} makes a variant's chapter from what it reads.
 */
package backprop.export;
