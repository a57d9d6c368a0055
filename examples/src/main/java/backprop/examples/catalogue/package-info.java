/**
 * The catalogue of every document's scenarios. It sits above {@code backprop.examples.doc000} …
 * {@code doc004}, which build on the model in {@code backprop.examples}: listing them from the model's own
 * package made a package cycle (examples → docNNN → examples).
 */
package backprop.examples.catalogue;
