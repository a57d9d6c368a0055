/**
 * The output folder's rules: the folder {@code --out} names belongs to the tool only, and a run replaces it
 * whole or not at all.
 *
 * <ul>
 *   <li>{@link backprop.export.output.OutputFolder}: the files collected in memory and written at once, or
 *       streamed file by file ({@link backprop.export.output.OutputFolder.Stream}), the one entry point;
 *       {@link backprop.export.output.OutputFolderException} says why a folder was refused or could not be
 *       written;</li>
 *   <li>{@link backprop.export.output.Caller}: whose working and home folders relative paths and refusals
 *       are about;</li>
 *   <li>what may be replaced ({@code OutputTarget}: a new or empty folder, or one whose contents are exactly what
 *       its {@code Manifest} lists), the paths a run writes ({@code FilePaths}), the hidden staging folders beside
 *       the target ({@code StagingFolders}) and the one being filled ({@code StagedFolder}), and the lock that
 *       keeps a second run out ({@code OutputLock}).</li>
 * </ul>
 *
 * <p>It knows nothing of what the files say: it uses no other export package (and nothing of the other modules),
 * so that the rules can be read, and tested, on their own. Used by {@code backprop.export} (the main job).
 */
package backprop.export.output;
