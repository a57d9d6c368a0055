/**
 * 004, One Fourth Labs, "Backpropagation (Light Math)": the chain-rule warm-ups and the 4-4-2 network
 * whose weights w212 and w131 are differentiated path by path.
 *
 * <p>Notation: w_{lij} is layer l, destination neuron i, source neuron j (1-based), so w212 = W2[1,2];
 * a_{li} is a pre-activation (our z), h_{li} an activation (our a); one shared bias node per layer.
 */
package backprop.examples.doc004;
