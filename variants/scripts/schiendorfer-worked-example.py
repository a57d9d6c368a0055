#!/usr/bin/env python3
"""The printed numbers of variants/schiendorfer-worked-example.toml and variants/schiendorfer-training.toml,
recomputed in plain Python, independently of the project's code (no import from it), each checked at the
precision it is printed with.

Source: Alexander Schiendorfer, "A worked example of backpropagation" (blog post of 2020-02-11,
https://alexander-schiendorfer.github.io/2020/02/11/a-worked-example-of-backprop.html; its Markdown is
_posts/2020-02-11-a-worked-example-of-backprop.md in github.com/Alexander-Schiendorfer/Alexander-Schiendorfer.github.io).
A 2-2-2 network, sigmoid hidden and output units, NO biases, L = (y1 - t1)^2 + (y2 - t2)^2 per instance,
two training instances (3, 1) -> (1, 0) and (-1, 4) -> (0, 1); one gradient step on the SUM of both instances'
gradients with alpha = 0.5, then 200 such epochs.

His weights are numpy matrices used as X W (row vectors): W[i][j] joins input i to hidden unit j, V[i][j] hidden
unit i to output j; h1_in = w11 x1 + w21 x2. The files' W1 is n_out x n_in, so W1[j,i] = W[i][j] (W1 = W^T).

Every value is computed EXACTLY (decimal arithmetic with 50 significant digits; the 200 epochs too), and a printed
value matches when |exact - printed| <= half a unit of its last printed digit. A verdict is FRAGILE when a float64
result within 2 units in the last place of the exact value would get the other one (a 17-digit print's last digit
lies below float64's resolution): the scenario files state no status for those, since round-off decides them. He prints numpy's float64 results
with up to 17 digits, and float64 round-off (1 - h1_out = 1.1e-7 loses 9 digits to cancellation) puts some of
them off the exact value beyond their 9th to 16th digit: for each value the float64 result in his order of
operations is shown too, and "MISMATCH" lines say what gives the printed digits where something does.
"""
import math
import struct
from decimal import Decimal, getcontext

getcontext().prec = 50


def exact_sigmoid(z):
    return Decimal(1) / (Decimal(1) + (-z).exp())


def float_sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


class Arithmetic:
    """One way to compute: exact decimals, or float64 as numpy does."""

    def __init__(self, number, sigmoid):
        self.n = number
        self.sigmoid = sigmoid


EXACT = Arithmetic(lambda v: Decimal(str(v)), exact_sigmoid)
FLOAT = Arithmetic(float, float_sigmoid)

X1, T1 = [3, 1], [1, 0]
X2, T2 = [-1, 4], [0, 1]
W = [[6, -3], [-2, 5]]        # his W: row i = input i, column j = hidden unit j
V = [[1, -2], [0.25, 2]]      # his V: row i = hidden unit i, column j = output j
ALPHA = 0.5
EPOCHS = 200


def matrix(ar, m):
    return [[ar.n(v) for v in row] for row in m]


def backward(ar, x, t, w, v):
    """His manual forward and backward pass for one instance, in his order of operations."""
    x = [ar.n(c) for c in x]
    t = [ar.n(c) for c in t]
    h_in = [x[0] * w[0][j] + x[1] * w[1][j] for j in range(2)]
    h = [ar.sigmoid(z) for z in h_in]
    y_in = [h[0] * v[0][j] + h[1] * v[1][j] for j in range(2)]
    y = [ar.sigmoid(z) for z in y_in]
    e = [y[j] - t[j] for j in range(2)]                                  # his e = y - t
    loss = e[0] ** 2 + e[1] ** 2
    grad_y = [2 * e[j] for j in range(2)]                                # dL/dy_j
    grad_y_in = [(y[j] * (1 - y[j])) * grad_y[j] for j in range(2)]      # dL/dy_j^(in)
    grad_v = [[grad_y_in[j] * h[i] for j in range(2)] for i in range(2)]  # dL/dv_ij, his V layout
    grad_h = [grad_y_in[0] * v[i][0] + grad_y_in[1] * v[i][1] for i in range(2)]
    grad_h_in = [(h[i] * (1 - h[i])) * grad_h[i] for i in range(2)]
    grad_w = [[grad_h_in[j] * x[i] for j in range(2)] for i in range(2)]  # dL/dw_ij, his W layout
    return dict(h_in=h_in, h=h, y_in=y_in, y=y, e=e, loss=loss, grad_y=grad_y, grad_y_in=grad_y_in,
                grad_v=grad_v, grad_h=grad_h, grad_h_in=grad_h_in, grad_w=grad_w)


def batch_step(ar, w, v, alpha=ALPHA):
    """One update on the sum of both instances' gradients (his training loop)."""
    b1 = backward(ar, X1, T1, w, v)
    b2 = backward(ar, X2, T2, w, v)
    a = ar.n(alpha)
    nw = [[w[i][j] - a * (b1["grad_w"][i][j] + b2["grad_w"][i][j]) for j in range(2)] for i in range(2)]
    nv = [[v[i][j] - a * (b1["grad_v"][i][j] + b2["grad_v"][i][j]) for j in range(2)] for i in range(2)]
    return nw, nv


def half_unit(printed):
    return Decimal(5) * Decimal(10) ** (Decimal(printed).as_tuple().exponent - 1)


def matches(printed, value):
    return abs(Decimal(str(value)) - Decimal(printed)) <= half_unit(printed)


RESULTS = {"match": 0, "mismatch": 0, "fragile": 0}
ULPS = 2


def fragile(printed, exact):
    """Whether a float64 computation within ULPS units in the last place of the exact value can get the other
    verdict: a print whose last digit lies below float64's resolution is decided by round-off, not by the text."""
    nearest = float(exact)
    verdict = matches(printed, exact)
    return any(matches(printed, nearest + k * math.ulp(nearest)) != verdict for k in range(-ULPS, ULPS + 1))


def check(quantity, printed, exact, as_float, why=None):
    ok = matches(printed, exact)
    RESULTS["match" if ok else "mismatch"] += 1
    shaky = fragile(printed, exact)
    RESULTS["fragile"] += shaky
    print("%-44s printed %-24s %s%s" % (quantity, printed, "match" if ok else "MISMATCH",
                                        ", FRAGILE (float64 within %d ulps: either verdict)" % ULPS if shaky else ""))
    print("    exact %s   float64, his order: %r%s" % (format(Decimal(exact), ".20g"), as_float,
          "" if ok or not matches(printed, as_float) else "  <- gives the printed digits"))
    if not ok and why:
        print("    " + why)


def both(path):
    """The value at path (a function of a result) exactly and in float64."""
    return path(EX), path(FL)


EX = backward(EXACT, X1, T1, matrix(EXACT, W), matrix(EXACT, V))
FL = backward(FLOAT, X1, T1, matrix(FLOAT, W), matrix(FLOAT, V))
EX2 = backward(EXACT, X2, T2, matrix(EXACT, W), matrix(EXACT, V))
FL2 = backward(FLOAT, X2, T2, matrix(FLOAT, W), matrix(FLOAT, V))
ROUNDOFF = "float64 round-off: the exact value differs from his print beyond its last correct digit"


def c(quantity, printed, path, why=None):
    exact, as_float = both(path)
    if why is None and not matches(printed, exact) and matches(printed, as_float):
        why = ROUNDOFF
    check(quantity, printed, exact, as_float, why)


print("######## schiendorfer-worked-example.toml: the first training instance, (3, 1) -> (1, 0)")
print("== Backpropagation by intuition / changing weights / loss functions")
c("y1_out (a2[1]), prose", "0.73", lambda r: r["y"][0])
c("y2_out (a2[2]), prose", "0.12", lambda r: r["y"][1])
c("h1_in (z1[1])", "16.0", lambda r: r["h_in"][0])
c("h1_out (a1[1])", "0.9999998874648379", lambda r: r["h"][0])
c("y1_out (a2[1]), prose after the code", "0.7319", lambda r: r["y"][0])
c("h1_out (a1[1]), prose 'the 0.99 from h1_out'", "0.99", lambda r: r["h"][0],
  "0.99 is h1_out = 0.99999989 cut off after two decimals, not rounded (rounded: 1.00)")
c("h2_out (a1[2]), prose", "0.02", lambda r: r["h"][1])
c("sse (L)", "0.08699208259994781", lambda r: r["loss"])
c("y1_out (a2[1]), prose '0.73 instead of 1'", "0.73", lambda r: r["y"][0])
print("   (not nameable: his e = y - t; the grammar's e[k] is t - a)")
c("his e1 = y1_out - t1", "-0.2680582866305111", lambda r: r["e"][0])
c("his e2 = y2_out - t2", "0.12303185591001443", lambda r: r["e"][1])

print("   (the two expressions printed beside values, evaluated exactly with their printed numbers)")
check("expression 6*3 + (-2)*1", "16.0", Decimal(6) * 3 + Decimal(-2) * 1, 6.0 * 3 + (-2.0) * 1)
check("expression sigmoid(16.0)", "0.9999998874648379", exact_sigmoid(Decimal("16.0")), float_sigmoid(16.0))

print("== Manual calculation of every needed partial derivative")
c("grad_y1_out (dL/da2[1])", "-0.5361165732610222", lambda r: r["grad_y"][0])
c("grad_y2_out (dL/da2[2])", "0.24606371182002887", lambda r: r["grad_y"][1])
c("grad_y1_in (dL/dz2[1])", "-0.10518770232556676", lambda r: r["grad_y_in"][0])
c("grad_y2_in (dL/dz2[2])", "0.026549048699963138", lambda r: r["grad_y_in"][1])
c("grad_v21 (dL/dW2[1,2])", "-0.0018919280994576303", lambda r: r["grad_v"][1][0])
c("grad_v22 (dL/dW2[2,2])", "0.0004775167642113309", lambda r: r["grad_v"][1][1])
c("grad_v11 (dL/dW2[1,1])", "-0.10518769048825163", lambda r: r["grad_v"][0][0])
c("grad_v12 (dL/dW2[2,1])", "0.02654904571226164", lambda r: r["grad_v"][0][1])
c("grad_h1_out (dL/da1[1])", "-0.15828579972549303", lambda r: r["grad_h"][0])
c("grad_h2_out (dL/da1[2])", "0.026801171818534586", lambda r: r["grad_h"][1])

print("== Autodiff framework and manual, first layer (printed twice, the same digits)")
c("grad_w11 (dL/dW1[1,1])", "-5.34381483665323e-08", lambda r: r["grad_w"][0][0])
c("grad_w12 (dL/dW1[2,1])", "0.0014201436720081408", lambda r: r["grad_w"][0][1])
c("grad_w21 (dL/dW1[1,2])", "-1.7812716122177433e-08", lambda r: r["grad_w"][1][0])
c("grad_w22 (dL/dW1[2,2])", "0.0004733812240027136", lambda r: r["grad_w"][1][1])


def f32(value):
    return struct.unpack("f", struct.pack("f", value))[0]


h1_32 = f32(1.0 / f32(1.0 + f32(math.exp(-16.0))))
w11_32 = f32(f32(f32(h1_32 * f32(1.0 - h1_32)) * f32(FL["grad_h"][0])) * 3.0)
w21_32 = f32(f32(f32(h1_32 * f32(1.0 - h1_32)) * f32(FL["grad_h"][0])) * 1.0)
SINGLE = ("float32: h1_out = %r, so 1 - h1_out = %.4g instead of %.4g; the same pass in float32 gives %.4e"
          % (h1_32, f32(1.0 - h1_32), 1 - FL["h"][0], w11_32))
ODD = "V - 0.65 (g1 + g2) gives %.8f; neither his stated step nor a catalogued variation does"
print("== PyTorch, 32-bit floats (his words: 'the small differences result from rounding errors')")
c("w11.grad (dL/dW1[1,1])", "-5.6607e-08", lambda r: r["grad_w"][0][0], SINGLE)
c("w12.grad (dL/dW1[2,1])", "0.0014", lambda r: r["grad_w"][0][1])
c("w21.grad (dL/dW1[1,2])", "-1.8869e-08", lambda r: r["grad_w"][1][0],
  SINGLE.replace("%.4e" % w11_32, "%.4e" % w21_32))
c("w22.grad (dL/dW1[2,2])", "0.0005", lambda r: r["grad_w"][1][1])
print("== PyTorch, 64-bit floats")
c("w11.grad (dL/dW1[1,1])", "-5.3438e-08", lambda r: r["grad_w"][0][0])
c("w12.grad (dL/dW1[2,1])", "0.0014", lambda r: r["grad_w"][0][1])
c("w21.grad (dL/dW1[1,2])", "-1.7813e-08", lambda r: r["grad_w"][1][0])
c("w22.grad (dL/dW1[2,2])", "0.0005", lambda r: r["grad_w"][1][1])

print("== Vectorized implementation (numpy prints 8 significant decimals)")
c("Y[0] (a2[1])", "0.73194171", lambda r: r["y"][0])
c("Y[1] (a2[2])", "0.12303186", lambda r: r["y"][1])
c("L", "0.08699208", lambda r: r["loss"])
c("grad_Y_in[0] (delta2[1])", "-0.1051877", lambda r: r["grad_y_in"][0])
c("grad_Y_in[1] (delta2[2])", "0.02654905", lambda r: r["grad_y_in"][1])
for where in ("grad_V", "g_V (class test)"):
    c(where + "[0][0] (dL/dW2[1,1])", "-0.10518769", lambda r: r["grad_v"][0][0])
    c(where + "[0][1] (dL/dW2[2,1])", "0.02654905", lambda r: r["grad_v"][0][1])
    c(where + "[1][0] (dL/dW2[1,2])", "-0.00189193", lambda r: r["grad_v"][1][0])
    c(where + "[1][1] (dL/dW2[2,2])", "0.00047752", lambda r: r["grad_v"][1][1])
c("grad_H[0] (dL/da1[1])", "-0.1582858", lambda r: r["grad_h"][0])
c("grad_H[1] (dL/da1[2])", "0.02680117", lambda r: r["grad_h"][1])
for where in ("grad_W", "g_W (class test)", "grad_W (vanishing gradients)"):
    c(where + "[0][0] (dL/dW1[1,1])", "-5.34381484e-08", lambda r: r["grad_w"][0][0])
    c(where + "[0][1] (dL/dW1[2,1])", "1.42014367e-03", lambda r: r["grad_w"][0][1])
    c(where + "[1][0] (dL/dW1[1,2])", "-1.78127161e-08", lambda r: r["grad_w"][1][0])
    c(where + "[1][1] (dL/dW1[2,2])", "4.73381224e-04", lambda r: r["grad_w"][1][1])
c("prose: dL/dV22 'a factor of 0.0004'", "0.0004", lambda r: r["grad_v"][1][1],
  "0.0004 is 0.00047752 cut off after four decimals, not rounded (rounded: 0.0005)")
c("prose: 'inputs such as 16' (h1_in)", "16", lambda r: r["h_in"][0])
print("   (not nameable: instance 2's own numbers, before any update)")
check("instance 2: dL/dV22, prose '-0.025'", "-0.025", EX2["grad_v"][1][1], FL2["grad_v"][1][1])
check("instance 2: old loss", "0.33025203", EX2["loss"], FL2["loss"])

print()
print("######## schiendorfer-training.toml: both instances, the summed gradient, alpha = 0.5")
we, ve = batch_step(EXACT, matrix(EXACT, W), matrix(EXACT, V))
wf, vf = batch_step(FLOAT, matrix(FLOAT, W), matrix(FLOAT, V))
# His printed V is not his stated step (his own outputs after the step, below, are): it is V - 0.65 (g1 + g2),
# a step 1.3 times alpha's, as if the printed cell had run on a V already moved by 0.3 of a step.
_, odd = batch_step(EXACT, matrix(EXACT, W), matrix(EXACT, V), alpha=0.65)
for i, j, name, printed in ((0, 0, "W2[1,1]", "1.06837185"), (0, 1, "W2[2,1]", "-2.01725687"),
                            (1, 0, "W2[1,2]", "0.07134767"), (1, 1, "W2[2,2]", "2.01595986")):
    check("V[%d][%d] after 1 update (%s)" % (i, j, name), printed, ve[i][j], vf[i][j],
          "V - 0.65 (g1 + g2) gives %.8f; neither his stated step nor a catalogued variation does" % odd[i][j])
print("   (not nameable: an instance's outputs and loss after the step)")
a1e = backward(EXACT, X1, T1, we, ve)
a1f = backward(FLOAT, X1, T1, wf, vf)
a2e = backward(EXACT, X2, T2, we, ve)
a2f = backward(FLOAT, X2, T2, wf, vf)
check("instance 1: y1 after 1 update", "0.74165987", a1e["y"][0], a1f["y"][0])
check("instance 1: y2 after 1 update", "0.12162137", a1e["y"][1], a1f["y"][1])
check("instance 1: old loss", "0.08699208", EX["loss"], FL["loss"])
check("instance 1: new loss", "0.08153138", a1e["loss"], a1f["loss"])
check("instance 2: y1 after 1 update", "0.52811432", a2e["y"][0], a2f["y"][0])
check("instance 2: y2 after 1 update", "0.88207988", a2e["y"][1], a2f["y"][1])
check("instance 2: new loss", "0.29280989", a2e["loss"], a2f["loss"])
we, ve = matrix(EXACT, W), matrix(EXACT, V)
wf, vf = matrix(FLOAT, W), matrix(FLOAT, V)
for epoch in range(EPOCHS):
    we, ve = batch_step(EXACT, we, ve)
    wf, vf = batch_step(FLOAT, wf, vf)
print("== After 200 epochs")
t1e, t1f = backward(EXACT, X1, T1, we, ve), backward(FLOAT, X1, T1, wf, vf)
t2e, t2f = backward(EXACT, X2, T2, we, ve), backward(FLOAT, X2, T2, wf, vf)
check("output[1][1] after training", "0.94607312", t1e["y"][0], t1f["y"][0])
check("output[1][2] after training", "0.04903031", t1e["y"][1], t1f["y"][1])
check("output[2][1] after training", "0.05606368", t2e["y"][0], t2f["y"][0])
check("output[2][2] after training", "0.95082381", t2e["y"][1], t2f["y"][1])

print()
print("######## not in either file: the intro's hand-tweaked weights (6, -3, -2, 5, 2, -2.5, 0.3, 1.5)")
tw_e = backward(EXACT, X1, T1, matrix(EXACT, W), matrix(EXACT, [[2, -2.5], [0.3, 1.5]]))
tw_f = backward(FLOAT, X1, T1, matrix(FLOAT, W), matrix(FLOAT, [[2, -2.5], [0.3, 1.5]]))
check("tweaked y1_out", "0.8813624223958589", tw_e["y"][0], tw_f["y"][0])
check("tweaked y2_out", "0.07777132641389171", tw_e["y"][1], tw_f["y"][1])
check("tweaked sse", "0.020123254031954686", tw_e["loss"], tw_f["loss"])
print()
print("%d printed values match, %d do not; %d of the verdicts are FRAGILE" % (RESULTS["match"], RESULTS["mismatch"],
                                                                             RESULTS["fragile"]))
