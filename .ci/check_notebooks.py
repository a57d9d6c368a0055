#!/usr/bin/env python3
"""Checks the exported notebooks: every one valid against the official nbformat schema; every executed
instructor notebook's printed answers ("id = value" lines) equal to answer-key.csv's true values, and every
question of it scored full marks (its grading cell's "SCORE id earned possible" line with earned = possible,
no FEEDBACK line, and the cell's value, nbgrader's partial credit, equal to the points).

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
SCORE = re.compile(r"^SCORE (\S+) (\S+) (\S+)$")


def validate(out_dir):
    paths = sorted(glob.glob(os.path.join(out_dir, "notebooks", "*", "*.ipynb")))
    if not paths:
        sys.exit(f"no notebooks under {out_dir}/notebooks")
    for path in paths:
        nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        nbformat.validate(nb)
    print(f"validate: {len(paths)} notebooks valid against nbformat {nbformat.__version__}'s schema")


def true_values(out_dir):
    """id -> (lo, hi): the true value, or at a kink the one-sided derivatives' range, in which any value is a valid
    subgradient (the grader accepts it too): the notebook's own convention at the kink may differ from the file's."""
    values = {}
    with open(os.path.join(out_dir, "answer-key.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            note = row["note"]
            key = note[1:note.index("]")] if row["status"] != "derived" else note
            true = float(row["true_value"])
            if row.get("one_sided_lo") and row.get("one_sided_hi"):
                lo, hi = float(row["one_sided_lo"]), float(row["one_sided_hi"])
                values[key] = (min(lo, hi), max(lo, hi))
            else:
                values[key] = (true, true)
    return values


def full_marks(name, cell, wrong):
    """1 if the cell is a question's grading cell (nbgrader grade cell printing a SCORE line), else 0; any
    question not at full marks, any FEEDBACK line and a cell value other than the points go into wrong."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
    scores = [SCORE.match(line) for line in text.splitlines() if line.startswith("SCORE ")]
    if not scores:
        return 0
    for line in text.splitlines():
        if line.startswith("FEEDBACK "):
            wrong.append(f"{name}: {line}")
    m = scores[0]
    if len(scores) != 1 or m is None or float(m.group(2)) != float(m.group(3)):
        wrong.append(f"{name}: cell {cell.get('id')}: {text.strip().splitlines()[0]}")
        return 1
    if float(m.group(3)) != float(meta.get("points", -1)) or m.group(1) != meta.get("grade_id"):
        wrong.append(f"{name}: cell {cell.get('id')}: {m.group(0)} but nbgrader metadata {meta}")
    values = [o for o in cell.get("outputs", []) if o.get("output_type") == "execute_result"]
    value = "".join(values[0].get("data", {}).get("text/plain", "")) if values else ""
    try:
        ok = float(value) == float(m.group(3))
    except ValueError:
        ok = False
    if not ok:
        wrong.append(f"{name}: cell {cell.get('id')}: its value (nbgrader's partial credit) is {value!r}, "
                     f"not {m.group(3)}")
    return 1


def compare(out_dir, executed_dir):
    expected = true_values(out_dir)
    checked, wrong = 0, []
    paths = sorted(glob.glob(os.path.join(executed_dir, "*.ipynb")))
    if not paths:
        sys.exit(f"no executed notebooks under {executed_dir}")
    questions = 0
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            found = full_marks(os.path.basename(path), cell, wrong)
            questions += found
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    wrong.append(f"{os.path.basename(path)}: cell {cell.get('id')} raised {output.get('ename')}: {output.get('evalue')}")
                for line in output.get("text", "").splitlines():
                    m = LINE.match(line.strip())
                    if not m or m.group(1) not in expected:
                        continue
                    value, (lo, hi) = float(m.group(2)), expected[m.group(1)]
                    checked += 1
                    slack = TOLERANCE * max(1.0, abs(lo), abs(hi))
                    if not lo - slack <= value <= hi + slack:
                        shown = lo if lo == hi else f"in [{lo}, {hi}]"
                        wrong.append(f"{os.path.basename(path)}: {m.group(1)} = {value}, answer key {shown}")
    for w in wrong:
        print("MISMATCH " + w)
    print(f"compare: {checked} printed answers in {len(paths)} notebooks checked against answer-key.csv, "
          f"{questions} questions scored; {len(wrong)} wrong")
    if wrong or checked == 0 or questions == 0:
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "validate":
        validate(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
