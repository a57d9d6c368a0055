#!/usr/bin/env python3
"""The printed numbers of variants/tiny-relu-bce.toml, recomputed in plain Python, independently of the project's
code (no import from it), each checked at the precision it is printed with.

Source: "Understanding Backpropagation: Step-by-Step Gradient Derivation in a Tiny Neural Network", by the GitHub
user sreekanth9999, simple_nn_calculation.md in github.com/sreekanth9999/Interview_Prep (commit
08dcf345f4f6ffb3404fd7fbb5bd6d84ebec0517). A 1-1-1 network without biases: x = 1.0, z1 = w1 x, a1 = ReLU(z1),
z2 = w2 a1, a2 = sigmoid(z2), w1 = w2 = 0.5, target y = 0, binary cross-entropy
L = -[y log a2 + (1 - y) log(1 - a2)], one gradient step with learning rate 0.1.

Every value is computed exactly (decimal arithmetic, 50 digits) under the stated method. A printed value matches
when |exact - printed| <= half a unit of its last printed digit. For each MISMATCH the page's own chain is
recomputed too: it takes dL/da2 = a2 - y, which is the derivative of (1/2)(a2 - y)^2, not of the cross-entropy it
states (whose dL/da2 is -y/a2 + (1 - y)/(1 - a2), and whose dL/dz2 is a2 - y), and carries its rounded 3-decimal
numbers on.
"""
from decimal import Decimal, getcontext

getcontext().prec = 50
D = Decimal

X, Y = D("1.0"), D("0")
W1, W2 = D("0.5"), D("0.5")
ETA = D("0.1")


def sigmoid(z):
    return 1 / (1 + (-z).exp())


def relu(z):
    return z if z > 0 else D(0)


def half_unit(printed):
    return D(5) * D(10) ** (D(printed).as_tuple().exponent - 1)


def matches(printed, value):
    return abs(D(value) - D(printed)) <= half_unit(printed)


RESULTS = {"match": 0, "mismatch": 0}


def check(quantity, printed, exact, page=None):
    ok = matches(printed, exact)
    RESULTS["match" if ok else "mismatch"] += 1
    print("%-34s printed %-7s exact %-24s %s" % (quantity, printed, format(exact, ".10g"), "match" if ok else "MISMATCH"))
    if not ok and page is not None:
        print("    the page's chain (dL/da2 = a2 - y, its rounded numbers carried on) gives %s%s"
              % (format(page, ".6g"), ": the printed value" if matches(printed, page) else ""))


# The stated method, exactly.
z1 = W1 * X
a1 = relu(z1)
z2 = W2 * a1
a2 = sigmoid(z2)
loss = -(Y * a2.ln() + (1 - Y) * (1 - a2).ln())
dL_da2 = -Y / a2 + (1 - Y) / (1 - a2)
da2_dz2 = a2 * (1 - a2)
dL_dz2 = dL_da2 * da2_dz2                      # = a2 - y for sigmoid and cross-entropy
dL_dw2 = dL_dz2 * a1
dL_da1 = dL_dz2 * W2
da1_dz1 = D(1) if z1 > 0 else D(0)
dL_dz1 = dL_da1 * da1_dz1
dL_dw1 = dL_dz1 * X
w2_new = W2 - ETA * dL_dw2
w1_new = W1 - ETA * dL_dw1

# The page's chain, as it writes it: its dL/da2 is a2 - y, its numbers rounded to 3 decimals and carried on.
p_a2 = D("0.562")
p_dL_da2 = p_a2 - Y                             # 0.562
p_da2_dz2 = p_a2 * (1 - p_a2)                   # 0.562 * 0.438 = 0.246156 -> 0.246
p_dL_dz2 = p_dL_da2 * D("0.246")                # 0.138252 -> 0.138
p_dL_dw2 = D("0.138") * a1                      # 0.069
p_dL_da1 = D("0.138") * W2                      # 0.069
p_dL_dz1 = D("0.069") * 1
p_dL_dw1 = D("0.069") * X
p_w_new = D("0.5") - ETA * D("0.069")           # 0.4931

print("== Forward pass")
check("z1 (z_1)", "0.5", z1)
check("a1 = ReLU(z1)", "0.5", a1)
check("z2", "0.25", z2)
check("a2 = sigmoid(z2)", "0.562", a2)
check("a2, 'the model predicts 0.562'", "0.562", a2)
print("   (loss L = %s: never printed)" % format(loss, ".10g"))
print("== Backward pass")
check("dL/da2", "0.562", dL_da2, p_dL_da2)
check("da2/dz2", "0.246", da2_dz2, p_da2_dz2)
check("dL/dz2", "0.138", dL_dz2, p_dL_dz2)
check("dL/dw2", "0.069", dL_dw2, p_dL_dw2)
check("dL/da1", "0.069", dL_da1, p_dL_da1)
check("da1/dz1 (ReLU'(0.5))", "1", da1_dz1)
check("dL/dz1", "0.069", dL_dz1, p_dL_dz1)
check("dL/dw1", "0.069", dL_dw1, p_dL_dw1)
print("== Final gradients (table)")
check("dL/dw2", "0.069", dL_dw2, p_dL_dw2)
check("dL/dw1", "0.069", dL_dw1, p_dL_dw1)
print("== Weight update, learning rate 0.1")
check("w2 after 1 update", "0.4931", w2_new, p_w_new)
check("w1 after 1 update", "0.4931", w1_new, p_w_new)
print("== Under (1/2)(a2 - y)^2 instead (not the stated loss), exactly: every backward number of the page, unrounded")
h_dz2 = (a2 - Y) * da2_dz2
for name, v in (("dL/da2", a2 - Y), ("dL/dz2", h_dz2), ("dL/dw2 = dL/da1 = dL/dz1 = dL/dw1", h_dz2 * D("0.5")),
                ("w after 1 update", D("0.5") - ETA * h_dz2 * D("0.5"))):
    print("   %-34s %s" % (name, format(v, ".6g")))
print("== Each expression the page prints beside a value, evaluated exactly with its printed numbers")
for printed, text, value in (("0.5", "1.0 * 0.5", D("1.0") * D("0.5")), ("0.5", "relu(0.5)", relu(D("0.5"))),
                             ("0.25", "0.5 * 0.5", D("0.5") * D("0.5")),
                             ("0.562", "1/(1 + exp(-0.25))", 1 / (1 + D("-0.25").exp())),
                             ("0.562", "0.562 - 0", D("0.562") - 0), ("0.246", "0.562 * 0.438", D("0.562") * D("0.438")),
                             ("0.138", "0.562 * 0.246", D("0.562") * D("0.246")),
                             ("0.069", "0.138 * 0.5", D("0.138") * D("0.5")), ("0.069", "0.069 * 1", D("0.069") * 1),
                             ("0.069", "0.069 * 1.0", D("0.069") * D("1.0")),
                             ("0.4931", "0.5 - 0.1 * 0.069", D("0.5") - D("0.1") * D("0.069"))):
    check("expression " + text, printed, value)
print("%d printed values and expressions match, %d do not" % (RESULTS["match"], RESULTS["mismatch"]))
