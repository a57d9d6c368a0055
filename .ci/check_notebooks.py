#!/usr/bin/env python3
"""Checks the exported notebooks: every one valid against the official nbformat schema; every executed
instructor notebook's printed answers ("id = value" lines) equal to answer-key.csv's true values.

    check_notebooks.py validate OUT_DIR
    check_notebooks.py compare OUT_DIR EXECUTED_DIR

Tolerance: 1e-9 of max(1, |true value|) -- the grading cells' own bound: far above the engine's
rounding (about 1e-15), far below any printed digit.
"""
import csv
import glob
import os
import re
import sys

import nbformat

TOLERANCE = 1e-9
LINE = re.compile(r"^(\S+) = (-?[0-9.Ee+-]+|NaN|-?Infinity)$")


def validate(out_dir):
    paths = sorted(glob.glob(os.path.join(out_dir, "notebooks", "*", "*.ipynb")))
    if not paths:
        sys.exit(f"no notebooks under {out_dir}/notebooks")
    for path in paths:
        nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        nbformat.validate(nb)
    print(f"validate: {len(paths)} notebooks valid against nbformat {nbformat.__version__}'s schema")


def true_values(out_dir):
    values = {}
    with open(os.path.join(out_dir, "answer-key.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            note = row["note"]
            key = note[1:note.index("]")] if row["status"] != "derived" else note
            values[key] = float(row["true_value"])
    return values


def compare(out_dir, executed_dir):
    expected = true_values(out_dir)
    checked, wrong = 0, []
    paths = sorted(glob.glob(os.path.join(executed_dir, "*.ipynb")))
    if not paths:
        sys.exit(f"no executed notebooks under {executed_dir}")
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    wrong.append(f"{os.path.basename(path)}: cell {cell.get('id')} raised {output.get('ename')}: {output.get('evalue')}")
                for line in output.get("text", "").splitlines():
                    m = LINE.match(line.strip())
                    if not m or m.group(1) not in expected:
                        continue
                    value, true = float(m.group(2)), expected[m.group(1)]
                    checked += 1
                    if not abs(value - true) <= TOLERANCE * max(1.0, abs(true)):
                        wrong.append(f"{os.path.basename(path)}: {m.group(1)} = {value}, answer key {true}")
    for w in wrong:
        print("MISMATCH " + w)
    print(f"compare: {checked} printed answers in {len(paths)} notebooks checked against answer-key.csv, "
          f"{len(wrong)} wrong")
    if wrong or checked == 0:
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "validate":
        validate(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
