/**
 * The catalogue of methods, and the search that explains a printed number the stated method does not reproduce.
 *
 * <ul>
 *   <li>{@link backprop.core.catalogue.MethodCatalogue}: every single deviation ({@link
 *       backprop.core.catalogue.Variation}, one {@link backprop.core.catalogue.Choice} changed, in words) from a
 *       stated method that makes sense for a network or graph ({@link backprop.core.catalogue.Applicability});</li>
 *   <li>{@link backprop.core.catalogue.Explanation}: stated, rounding, one variation, then a pair, or none
 *       ({@link backprop.core.catalogue.Explained});</li>
 *   <li>{@link backprop.core.catalogue.MethodRun}: what a source may print about one network trained under one
 *       method, kept from the engine's passes for the search to read.</li>
 * </ul>
 *
 * <p>Uses {@code backprop.core.method} (the choices it varies) and {@code backprop.core.network} (the engine that
 * computes every number under a method). Nothing in core uses it.
 */
package backprop.core.catalogue;
