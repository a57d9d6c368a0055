/**
 * The one number formatter of everything the tool writes: {@link backprop.examples.format.Precision} (significant
 * figures, or decimals on request; never more digits than the double's shortest round-trip; one vector style
 * {@code [0.4, -0.2]}) and {@link backprop.examples.format.Table}, which prints a round-off residue of an exact
 * zero as 0 with one note per table. Kept apart from the scenario model so that a change of how numbers print
 * touches one small package, and so that anything may format a number without reaching the model.
 *
 * <p>Uses nothing of the project. Used by {@code backprop.examples.published} (a reconstruction's
 * description), the documents' scenarios ({@code backprop.examples.doc000} … {@code doc004}), the scenario-file
 * reader ({@code backprop.examples.scenariofile}) and notebooks-export.
 */
package backprop.examples.format;
