/**
 * The catalogue of methods: the few choices on which textbooks differ, each a named, documented option, and the
 * search that explains a printed number the stated method does not reproduce.
 *
 * <ul>
 *   <li>{@link backprop.core.method.Method}: a whole method, every {@link backprop.core.method.Choice} made;</li>
 *   <li>{@link backprop.core.method.MethodCatalogue}: every single deviation ({@link backprop.core.method.Variation})
 *       from a stated method that makes sense for a network or graph ({@link backprop.core.method.Applicability});</li>
 *   <li>{@link backprop.core.method.Explanation}: stated, rounding, one variation, then a pair, or none;</li>
 *   <li>{@link backprop.core.method.TextbookNetwork}: a small per-example evaluator of a feed-forward network
 *       under a method, 003's Algorithms 1–2 written out in loops, so that every choice has a place to act.
 *       It is the readable reference, not the fast engine of {@code backprop.core.network}, and is tested
 *       against that engine with the stated method.</li>
 * </ul>
 * Layers, neurons, examples and inputs are numbered from 1 here, as in every document.
 */
package backprop.core.method;
