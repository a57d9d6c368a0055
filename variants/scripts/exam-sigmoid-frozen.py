#!/usr/bin/env python3
"""The printed numbers of variants/exam-sigmoid-frozen.toml, computed by hand in plain Python, independently
of the project's code (no import from it): a 2-2-1 sigmoid network, biases frozen, E = 1/2 (a2 - y)^2,
eta = 0.5, one example, per-example descent. Prints each number at the digits the file prints it with.

"simultaneous": every gradient from the weights before the step (the file's stated update order).
"layer by layer": W2 is updated first and the hidden delta is taken through the updated W2, as a textbook that
updates each layer when its gradient is ready prints it.
"""
import math

X = [1.0, 0.5]
Y = 1.0
W1 = [[0.2, -0.3], [0.4, 0.1]]
B1 = [0.1, 0.1]
W2 = [0.5, -0.6]
B2 = 0.2
ETA = 0.5


def sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def forward(w1, w2):
    z1 = [w1[i][0] * X[0] + w1[i][1] * X[1] + B1[i] for i in range(2)]
    a1 = [sig(z) for z in z1]
    z2 = w2[0] * a1[0] + w2[1] * a1[1] + B2
    return z1, a1, z2, sig(z2)


def step(w1, w2, layer_by_layer):
    z1, a1, z2, a2 = forward(w1, w2)
    d2 = (a2 - Y) * a2 * (1 - a2)                        # delta2 = dE/da2 * sigma'(z2)
    new_w2 = [w2[j] - ETA * d2 * a1[j] for j in range(2)]
    through = new_w2 if layer_by_layer else w2           # the W2 the hidden delta is taken through
    d1 = [through[i] * d2 * a1[i] * (1 - a1[i]) for i in range(2)]
    new_w1 = [[w1[i][j] - ETA * d1[i] * X[j] for j in range(2)] for i in range(2)]
    return new_w1, new_w2, (z1, a1, z2, a2, d2, d1)


def loss(w1, w2):
    return 0.5 * (forward(w1, w2)[3] - Y) ** 2


w1s, w2s, (z1, a1, z2, a2, d2, d1) = step(W1, W2, False)
w1l, w2l, _ = step(W1, W2, True)
print("z1[1]                         %.4f" % z1[0])
print("a1[1]                         %.4f" % a1[0])
print("a2[1]                         %.4f" % a2)
print("E                             %.6f" % loss(W1, W2))
print("dE/dW2[1,1]                   %.6f" % (d2 * a1[0]))
print("W2[1,1] after 1 update        %.6f" % w2s[0])
print("W1[1,1] after 1 update, simultaneous    %.6f" % w1s[0][0])
print("W1[1,1] after 1 update, layer by layer  %.6f" % w1l[0][0])
w1, w2 = W1, W2
for epoch in range(200):
    w1, w2, _ = step(w1, w2, False)
print("E after 200 epochs            %.6f" % loss(w1, w2))
print("output[1][1] after training   %.4f" % forward(w1, w2)[3])
# By hand from the printed (rounded) a1[1] = 0.5374 and a2[1] = 0.5220, as a textbook carries them on:
# dE/dW2[1,1] = (a2 - y) * a2 * (1 - a2) * a1[1]
print("dE/dW2[1,1] from the printed a1[1], a2[1]  %.6f" % ((0.5220 - Y) * 0.5220 * (1 - 0.5220) * 0.5374))
