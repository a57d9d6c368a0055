#!/usr/bin/env python3
"""Writes the largest legal scenario files of each kind (variants/README.md, "Limits") into a folder.

usage: largest_files.py DIR     (the files one per run in DIR, the 20 files of one run in DIR/many)

Each file sits at a limit (or at the product of several): the run on it must finish under the stated heap.
The numbers are drawn from a seed or are plain patterns; none is an expected value.
"""
import os
import sys

HEAD = 'title = "{title}"\nkind = "{kind}"\nprecision = 6\n'


def network(title, layers, activations, examples, outputs_of, epochs=0, batching=None, published=(), loss="half_sum_squared_error"):
    n_in = layers[0]
    s = HEAD.format(title=title, kind="network")
    s += "\n[network]\nlayers = %s\nactivations = %s\n" % (layers, str(activations).replace("'", '"'))
    s += "\n[initial]\nseed = 7\nrange = [-0.5, 0.5]\n"
    s += "\n[data]\ninputs = %d\ntable = [\n" % n_in
    for m in range(examples):
        x = [round(((m * 7 + i * 3) % 11) / 11.0 - 0.5, 3) for i in range(n_in)]
        y = [round(((m + j) % 5) / 5.0, 3) for j in range(outputs_of)]
        s += "  %s,\n" % (x + y)
    s += "]\n"
    s += "\n[training]\nloss = \"%s\"\nlearning_rate = 0.01\nepochs = %d\n" % (loss, epochs)
    if batching:
        s += 'batching = "%s"\n' % batching
    for q, printed in published:
        s += '\n[[published]]\nquantity = "%s"\nprinted = "%s"\nwhere = "p. 1"\n' % (q, printed)
    return s


def parameters(layers):
    return sum(layers[k] * layers[k + 1] + layers[k + 1] for k in range(len(layers) - 1))


def files():
    out = {}
    # the most weights and biases (10,000): 98-98-3 has 9,999; one example, no training (issue 22: [50, 50, 3] ran
    # out of memory at 6.3 GB in forward mode)
    out["net-params"] = network("10,000 parameters", [98, 98, 3], ["sigmoid", "identity"], 1, 3)
    # the widest input layer (1,000 neurons) with ∂L/∂x for each
    out["net-wide"] = network("1,000 inputs", [1000, 9, 1], ["tanh", "identity"], 1, 1)
    # the most layers (20), as wide as the parameters allow
    out["net-deep"] = network("20 layers", [21] * 21, ["tanh"] * 19 + ["identity"], 1, 21)
    # the most training work (epochs × examples × parameters = 10,000,000) with the most examples × outputs (10,000)
    layers = [10, 80, 10]
    p = parameters(layers)  # 1,690
    out["train-examples"] = network("1,000 examples × 10 outputs", layers, ["sigmoid", "identity"], 1000, 10,
                                    epochs=10_000_000 // (1000 * p))
    # the most epochs (100,000) and loss-curve rows, at the most epochs × examples (1,000,000): a 1-1 network, 10
    # examples (issue 22's 50 examples took 72 s)
    out["train-epochs"] = network("100,000 epochs", [1, 1], ["sigmoid"], 10, 1, epochs=100_000)
    # 1,000 printed values, epochs × parameters = 200,000 (the limit with printed values), each an erratum so that
    # the catalogue's whole search runs (issue 22: 32 s and 5.8 GB)
    layers = [8, 18, 2]  # 200 parameters
    published = []
    names = ["W1[%d,%d]" % (j, i) for j in range(1, 19) for i in range(1, 9)] + ["b1[%d]" % j for j in range(1, 19)]
    for k in range(1000):
        published.append(("%s after %d updates" % (names[k % len(names)], 1 + (k * 37) % 1000), "0.123456"))
    out["published"] = network("1,000 printed values", layers, ["sigmoid", "sigmoid"], 50, 2, epochs=1000,
                               published=published)
    # the longest expression (100,000 characters) over the most inputs (1,000): a sum of products
    terms = []
    length = 0
    k = 0
    while True:
        t = "x%d*x%d" % (k % 1000, (k * 7 + 1) % 1000)
        if length + len(t) + 1 > 99_000:
            break
        terms.append(t)
        length += len(t) + 1
        k += 1
    s = HEAD.format(title="a %d-term sum over 1,000 inputs" % len(terms), kind="expression")
    s += 'expression = "%s"\n\n[inputs]\n' % "+".join(terms)
    for i in range(1000):
        s += "x%d = %s\n" % (i, round(0.001 * (i % 97) - 0.05, 4))
    out["expression"] = s
    # the longest sum of single inputs (issue 22: a 16,000-term sum over 1,000 inputs took 2.3 GB)
    terms = []
    length = 0
    while length + len("x%d" % (len(terms) % 1000)) + 1 <= 99_000:
        terms.append("x%d" % (len(terms) % 1000))
        length += len(terms[-1]) + 1
    s = HEAD.format(title="a %d-term sum over 1,000 inputs" % len(terms), kind="expression")
    s += 'expression = "%s"\n\n[inputs]\n' % "+".join(terms)
    for i in range(1000):
        s += "x%d = %s\n" % (i, round(0.001 * (i % 97) - 0.05, 4))
    out["expression-sum"] = s
    # the most lines (1 MB of them): a small expression file among about 500,000 blank and comment lines, in runs
    # between its keys (tomlj alone took 218 s on 3,000 comment lines: TriviaLines drops them before it parses)
    s = "# c\n\n" * 1000 + HEAD.format(title="500,000 blank and comment lines", kind="expression")
    s += "# c\n\n" * 1000 + 'expression = "x*y"\n' + "\n" * 1000 + "[inputs]\nx = 2\n"
    s += "#\n" * ((1_000_000 - len(s) - 10) // 2) + "y = 5\n"
    out["lines"] = s
    return out


def many():
    """The most files (20), each at a twentieth of one file's limits: a 20-19-3 network (459 weights and biases),
    10 examples, 100 epochs."""
    return {"many-%02d" % i: network("file %d of 20" % i, [20, 19, 3], ["tanh", "sigmoid"], 10, 3, epochs=100)
            for i in range(1, 21)}


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for name, text in files().items():
        with open(os.path.join(folder, name + ".toml"), "w", encoding="utf-8") as f:
            f.write(text)
    os.makedirs(os.path.join(folder, "many"), exist_ok=True)
    for name, text in many().items():
        with open(os.path.join(folder, "many", name + ".toml"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
