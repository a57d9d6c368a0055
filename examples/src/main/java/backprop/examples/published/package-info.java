/**
 * Printed values, classified and reconstructed: {@link backprop.examples.published.Classification} gives a
 * printed value its status by computation (reproduced, then with the document's rounding, then by the document's
 * method, else erratum), {@link backprop.examples.published.PublishedValues} lists a scenario's printed values
 * section by section, {@link backprop.examples.published.Rounding} rounds as a document does by hand,
 * {@link backprop.examples.published.PrintedRounding} rebuilds the intermediates' rounding from what is printed,
 * and {@link backprop.examples.published.Reconstruction} recovers an input lost with a figure from a printed
 * intermediate.
 *
 * <p>Uses {@code backprop.examples} (a {@link backprop.examples.PublishedValue} and its
 * {@link backprop.examples.Status}), {@code backprop.examples.format} (a reconstruction's description),
 * {@code backprop.core.method} (the catalogue's {@code IntermediateRounding}) and commons-math3 (Brent's solver).
 * Used by the documents' scenarios ({@code backprop.examples.doc000} … {@code doc004}), verification and
 * notebooks-export (a worked value's classification); the model itself never reaches it.
 */
package backprop.examples.published;
