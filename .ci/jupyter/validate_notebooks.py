#!/usr/bin/python3
"""Strict notebook validation for CI: official nbformat JSON schema (nbformat 5.5.0 ships v4.0..v4.5),
with nbformat's silent repairs (missing/duplicate cell ids) turned into errors, plus nbgrader v3 metadata checks.
Usage: /usr/bin/python3 validate_notebook.py a.ipynb [b.ipynb ...]   -> exit 1 on any problem."""
import json, re, sys, warnings, copy
import nbformat

ID_RE = re.compile(r"^[a-zA-Z0-9_-]+$")
NBG_KEYS = {"grade", "grade_id", "locked", "schema_version", "solution", "task", "points", "cell_type", "checksum"}

def check_nbgrader(nb):
    errs, seen = [], set()
    for i, c in enumerate(nb["cells"]):
        m = c.get("metadata", {}).get("nbgrader")
        if m is None:
            continue
        where = f"cell {i}"
        for k in ("grade", "grade_id", "locked", "schema_version", "solution", "task"):
            if k not in m: errs.append(f"{where}: nbgrader.{k} missing")
        if m.get("schema_version") != 3: errs.append(f"{where}: schema_version must be 3")
        extra = set(m) - NBG_KEYS
        if extra: errs.append(f"{where}: unknown nbgrader keys {sorted(extra)}")
        gid = m.get("grade_id", "")
        if not ID_RE.match(gid): errs.append(f"{where}: grade_id {gid!r} must match [A-Za-z0-9_-]+")
        if gid in seen: errs.append(f"{where}: duplicate grade_id {gid!r}")
        seen.add(gid)
        if (m.get("grade") or m.get("task")) and not isinstance(m.get("points"), (int, float)):
            errs.append(f"{where}: grade/task cell needs numeric points")
        if m.get("task") and c["cell_type"] != "markdown": errs.append(f"{where}: task cells must be markdown")
        if m.get("task") and (m.get("grade") or m.get("solution")): errs.append(f"{where}: task excludes grade/solution")
        if m.get("grade") and not m.get("solution") and c["cell_type"] != "code":
            errs.append(f"{where}: autograder test cell must be code")
    return errs

def main(paths):
    bad = 0
    for p in paths:
        with open(p, encoding="utf-8") as f:
            raw = json.load(f)
        errs = []
        with warnings.catch_warnings():
            warnings.simplefilter("error")                       # MissingIDFieldWarning, DuplicateCellId -> error
            warnings.simplefilter("ignore", DeprecationWarning)  # (filters added later take precedence)
            try:
                nbformat.validate(copy.deepcopy(raw))
            except Exception as e:                  # ValidationError or a warning turned error
                errs.append(f"schema: {type(e).__name__}: {str(e).splitlines()[0]}")
        if (raw.get("nbformat"), raw.get("nbformat_minor", 0)) >= (4, 5):
            ids = [c.get("id") for c in raw.get("cells", [])]
            if len(set(ids)) != len(ids): errs.append("duplicate cell ids")
        errs += check_nbgrader(raw)
        print(("OK   " if not errs else "FAIL ") + p)
        for e in errs: print("   ", e)
        bad += bool(errs)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
