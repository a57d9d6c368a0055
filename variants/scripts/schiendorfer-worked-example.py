#!/usr/bin/env python3
"""The printed numbers of variants/schiendorfer-worked-example.toml, recomputed by hand in plain Python,
independently of the project's code (no import from it), each checked at the precision it is printed with.

Source: Alexander Schiendorfer, "A worked example of backpropagation" (blog post of 2020-02-11,
https://alexander-schiendorfer.github.io/2020/02/11/a-worked-example-of-backprop.html; its Markdown is
_posts/2020-02-11-a-worked-example-of-backprop.md in github.com/Alexander-Schiendorfer/Alexander-Schiendorfer.github.io).
A 2-2-2 network, sigmoid hidden and output units, NO biases, L = (y1 - t1)^2 + (y2 - t2)^2 per instance,
two training instances (3, 1) -> (1, 0) and (-1, 4) -> (0, 1); one gradient step on the SUM of both instances'
gradients with alpha = 0.5, then 200 such epochs.

His weights are numpy matrices used as X W (row vectors): W[i][j] joins input i to hidden unit j, V[i][j] hidden
unit i to output j; h1_in = w11 x1 + w21 x2. The file's W1 is n_out x n_in, so W1[j,i] = W[i][j] (W1 = W^T).

A printed value matches when |computed - printed| <= half a unit of its last printed digit. "MISMATCH" lines
name what the value would have to be, and, where one exists, the computation that gives the printed value.
"""
import math
from decimal import Decimal

X1 = [3.0, 1.0]
T1 = [1.0, 0.0]
X2 = [-1.0, 4.0]
T2 = [0.0, 1.0]
W = [[6.0, -3.0], [-2.0, 5.0]]     # his W: row i = input i, column j = hidden unit j
V = [[1.0, -2.0], [0.25, 2.0]]     # his V: row i = hidden unit i, column j = output j
ALPHA = 0.5
EPOCHS = 200


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def forward(x, w, v):
    h_in = [x[0] * w[0][j] + x[1] * w[1][j] for j in range(2)]
    h = [sigmoid(z) for z in h_in]
    y_in = [h[0] * v[0][j] + h[1] * v[1][j] for j in range(2)]
    y = [sigmoid(z) for z in y_in]
    return h_in, h, y_in, y


def backward(x, t, w, v):
    """His manual backward pass, in his order: every intermediate he prints."""
    h_in, h, y_in, y = forward(x, w, v)
    e = [y[j] - t[j] for j in range(2)]                                 # his e = y - t
    loss = e[0] ** 2 + e[1] ** 2
    grad_y = [2 * e[j] for j in range(2)]                               # dL/dy_j
    grad_y_in = [(y[j] * (1 - y[j])) * grad_y[j] for j in range(2)]     # dL/dy_j^(in) (delta of the outputs)
    grad_v = [[grad_y_in[j] * h[i] for j in range(2)] for i in range(2)]  # dL/dv_ij, his V layout
    grad_h = [grad_y_in[0] * v[i][0] + grad_y_in[1] * v[i][1] for i in range(2)]  # dL/dh_i
    grad_h_in = [(h[i] * (1 - h[i])) * grad_h[i] for i in range(2)]
    grad_w = [[grad_h_in[j] * x[i] for j in range(2)] for i in range(2)]  # dL/dw_ij, his W layout
    return dict(h_in=h_in, h=h, y_in=y_in, y=y, e=e, loss=loss, grad_y=grad_y, grad_y_in=grad_y_in,
                grad_v=grad_v, grad_h=grad_h, grad_h_in=grad_h_in, grad_w=grad_w)


def batch_step(w, v):
    """One update on the sum of both instances' gradients (his training loop)."""
    b1 = backward(X1, T1, w, v)
    b2 = backward(X2, T2, w, v)
    nw = [[w[i][j] - ALPHA * (b1["grad_w"][i][j] + b2["grad_w"][i][j]) for j in range(2)] for i in range(2)]
    nv = [[v[i][j] - ALPHA * (b1["grad_v"][i][j] + b2["grad_v"][i][j]) for j in range(2)] for i in range(2)]
    return nw, nv


def half_unit(printed):
    exponent = Decimal(printed).as_tuple().exponent
    return 0.5 * 10.0 ** exponent


RESULTS = {"match": 0, "mismatch": 0}


def check(quantity, printed, computed, why_printed=None):
    ok = abs(computed - float(printed)) <= half_unit(printed)
    RESULTS["match" if ok else "mismatch"] += 1
    line = "%-44s printed %-24s computed %-24r %s" % (quantity, printed, computed, "match" if ok else "MISMATCH")
    print(line)
    if not ok and why_printed:
        print("    " + why_printed)


b = backward(X1, T1, W, V)
b2 = backward(X2, T2, W, V)

print("== Forward pass, instance 1 (prose and code)")
check("y1 (a2[1]), prose", "0.73", b["y"][0])
check("y2 (a2[2]), prose", "0.12", b["y"][1])
check("h1_out (a1[1]), prose '0.99 from h1_out'", "0.99", b["h"][0],
      "0.99 is h1_out = %.10f cut off after two decimals, not rounded (rounded: 1.00)" % b["h"][0])
check("h2_out (a1[2]), prose", "0.02", b["h"][1])
check("h1_in (z1[1])", "16.0", b["h_in"][0])
check("h1_out (a1[1])", "0.9999998874648379", b["h"][0])
check("y1_out (a2[1])", "0.7319", b["y"][0])
check("sse (L)", "0.08699208259994781", b["loss"])

print("== Manual calculation, instance 1")
# His e = y - t; the file's e[k] is t - a (spec21), so his e is -e[k]: shown here as he defines it.
check("his e1 = y1_out - t1", "-0.2680582866305111", b["e"][0])
check("his e2 = y2_out - t2", "0.12303185591001443", b["e"][1])
check("grad_y1_out (dL/da2[1])", "-0.5361165732610222", b["grad_y"][0])
check("grad_y2_out (dL/da2[2])", "0.24606371182002887", b["grad_y"][1])
check("grad_y1_in (dL/dz2[1])", "-0.10518770232556676", b["grad_y_in"][0])
check("grad_y2_in (dL/dz2[2])", "0.026549048699963138", b["grad_y_in"][1])
check("grad_v21 (dL/dW2[1,2])", "-0.0018919280994576303", b["grad_v"][1][0])
check("grad_v22 (dL/dW2[2,2])", "0.0004775167642113309", b["grad_v"][1][1])
check("grad_v11 (dL/dW2[1,1])", "-0.10518769048825163", b["grad_v"][0][0])
check("grad_v12 (dL/dW2[2,1])", "0.02654904571226164", b["grad_v"][0][1])
check("grad_h1_out (dL/da1[1])", "-0.15828579972549303", b["grad_h"][0])
check("grad_h2_out (dL/da1[2])", "0.026801171818534586", b["grad_h"][1])

print("== First layer gradients (printed by his autodiff framework, and manually: the same digits)")
check("grad_w11 (dL/dW1[1,1])", "-5.34381483665323e-08", b["grad_w"][0][0])
check("grad_w12 (dL/dW1[2,1])", "0.0014201436720081408", b["grad_w"][0][1])
check("grad_w21 (dL/dW1[1,2])", "-1.7812716122177433e-08", b["grad_w"][1][0])
check("grad_w22 (dL/dW1[2,2])", "0.0004733812240027136", b["grad_w"][1][1])

print("== PyTorch, 32-bit floats (his own words: 'small differences result from rounding errors')")
check("w11.grad (dL/dW1[1,1])", "-5.6607e-08", b["grad_w"][0][0],
      "comes from single precision: 1 - h1_out = 1.1e-7 is held to about 6e-8 in float32 (see below)")
check("w12.grad (dL/dW1[2,1])", "0.0014", b["grad_w"][0][1])
check("w21.grad (dL/dW1[1,2])", "-1.8869e-08", b["grad_w"][1][0],
      "comes from single precision (see below)")
check("w22.grad (dL/dW1[2,2])", "0.0005", b["grad_w"][1][1])
print("== PyTorch, 64-bit floats")
check("w11.grad (dL/dW1[1,1])", "-5.3438e-08", b["grad_w"][0][0])
check("w12.grad (dL/dW1[2,1])", "0.0014", b["grad_w"][0][1])
check("w21.grad (dL/dW1[1,2])", "-1.7813e-08", b["grad_w"][1][0])
check("w22.grad (dL/dW1[2,2])", "0.0005", b["grad_w"][1][1])

print("== Vectorized implementation (numpy prints 8 significant decimals)")
check("Y[0] (a2[1])", "0.73194171", b["y"][0])
check("Y[1] (a2[2])", "0.12303186", b["y"][1])
check("L", "0.08699208", b["loss"])
check("grad_Y_in[0] (delta2[1])", "-0.1051877", b["grad_y_in"][0])
check("grad_Y_in[1] (delta2[2])", "0.02654905", b["grad_y_in"][1])
for where in ("grad_V", "g_V (class test)"):
    check(where + "[0][0] (dL/dW2[1,1])", "-0.10518769", b["grad_v"][0][0])
    check(where + "[0][1] (dL/dW2[2,1])", "0.02654905", b["grad_v"][0][1])
    check(where + "[1][0] (dL/dW2[1,2])", "-0.00189193", b["grad_v"][1][0])
    check(where + "[1][1] (dL/dW2[2,2])", "0.00047752", b["grad_v"][1][1])
check("grad_H[0] (dL/da1[1])", "-0.1582858", b["grad_h"][0])
check("grad_H[1] (dL/da1[2])", "0.02680117", b["grad_h"][1])
for where in ("grad_W", "g_W (class test)", "grad_W (vanishing gradients)"):
    check(where + "[0][0] (dL/dW1[1,1])", "-5.34381484e-08", b["grad_w"][0][0])
    check(where + "[0][1] (dL/dW1[2,1])", "1.42014367e-03", b["grad_w"][0][1])
    check(where + "[1][0] (dL/dW1[1,2])", "-1.78127161e-08", b["grad_w"][1][0])
    check(where + "[1][1] (dL/dW1[2,2])", "4.73381224e-04", b["grad_w"][1][1])

print("== Applying the gradient updates: the sum of both instances' gradients, alpha = 0.5")
check("prose: instance 1's dL/dV22 'a factor of 0.0004'", "0.0004", b["grad_v"][1][1],
      "0.0004 is %.8f cut off after four decimals, not rounded (rounded: 0.0005)" % b["grad_v"][1][1])
check("prose: instance 2's dL/dV22 '-0.025' (not nameable)", "-0.025", b2["grad_v"][1][1])
w1, v1 = batch_step(W, V)
# His printed V is not his stated step (his own outputs after the step, below, are): it is V - 0.65 (g1 + g2),
# a step 1.3 times alpha's, as if a cell had run on a net whose V was already moved by 0.3 of a step.
odd = [[V[i][j] - 0.65 * (b["grad_v"][i][j] + b2["grad_v"][i][j]) for j in range(2)] for i in range(2)]
for i, j, name, printed in ((0, 0, "W2[1,1]", "1.06837185"), (0, 1, "W2[2,1]", "-2.01725687"),
                            (1, 0, "W2[1,2]", "0.07134767"), (1, 1, "W2[2,2]", "2.01595986")):
    check("V[%d][%d] after 1 update (%s)" % (i, j, name), printed, v1[i][j],
          "V - 0.65 (g1 + g2) gives %.8f; no stated or catalogued step does" % odd[i][j])
a1 = backward(X1, T1, w1, v1)
a2 = backward(X2, T2, w1, v1)
print("-- not nameable by spec21's grammar: an instance's output or loss after 1 update, instance 2's loss before it")
check("instance 1 y1 after 1 update", "0.74165987", a1["y"][0])
check("instance 1 y2 after 1 update", "0.12162137", a1["y"][1])
check("old loss, instance 1 (L)", "0.08699208", b["loss"])
check("new loss, instance 1", "0.08153138", a1["loss"])
check("instance 2 y1 after 1 update", "0.52811432", a2["y"][0])
check("instance 2 y2 after 1 update", "0.88207988", a2["y"][1])
check("old loss, instance 2", "0.33025203", b2["loss"])
check("new loss, instance 2", "0.29280989", a2["loss"])

w, v = W, V
for epoch in range(EPOCHS):
    w, v = batch_step(w, v)
print("== After 200 epochs")
y1 = forward(X1, w, v)[3]
y2 = forward(X2, w, v)[3]
check("output[1][1] after training", "0.94607312", y1[0])
check("output[1][2] after training", "0.04903031", y1[1])
check("output[2][1] after training", "0.05606368", y2[0])
check("output[2][2] after training", "0.95082381", y2[1])
print("   (J after 1 epoch = %.8f, after 0 = %.8f, after 200 = %.8f: never printed)"
      % (a1["loss"] + a2["loss"], b["loss"] + b2["loss"],
         backward(X1, T1, w, v)["loss"] + backward(X2, T2, w, v)["loss"]))

print("== The tweaked weights of the intro (6, -3, -2, 5, 2, -2.5, 0.3, 1.5): another network, not this file's")
tw = backward(X1, T1, W, [[2.0, -2.5], [0.3, 1.5]])
check("tweaked y1_out (another network)", "0.8813624223958589", tw["y"][0])
check("tweaked y2_out (another network)", "0.07777132641389171", tw["y"][1])
check("tweaked sse (another network)", "0.020123254031954686", tw["loss"])

print("== Why the 32-bit prints differ: the same backward pass with every value rounded to float32")
import struct


def f32(value):
    return struct.unpack("f", struct.pack("f", value))[0]


h1 = f32(1.0 / f32(1.0 + f32(math.exp(-16.0))))
print("   float32 h1_out = %r, 1 - h1_out = %r (double: %r)" % (h1, f32(1.0 - h1), 1.0 - b["h"][0]))
g = f32(f32(f32(h1 * f32(1.0 - h1)) * f32(b["grad_h"][0])) * 3.0)
print("   float32 grad_w11 = %.4e (printed -5.6607e-08)" % g)
print("%d printed values match, %d do not" % (RESULTS["match"], RESULTS["mismatch"]))
