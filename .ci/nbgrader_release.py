#!/usr/bin/python3
"""What nbgrader 0.9's `generate_assignment` makes of a source notebook, re-implemented in a few lines
(nbgrader needs PyPI, which CI does not use), and a check that the project's student notebooks equal it.

    nbgrader_release.py OUT_DIR     -> releases every OUT_DIR/notebooks/instructor/*.ipynb and compares it with
                                       OUT_DIR/notebooks/student/ (cells, ids, sources, metadata incl. nbgrader's
                                       checksums, outputs); exit 1 on any difference

Config assumed (the README's nbgrader_config.py):
    c.ClearSolutions.code_stub = {"java": '// YOUR CODE HERE\\nthrow new UnsupportedOperationException("not written yet");'}
and nbgrader's defaults otherwise. GenerateAssignment.preprocessors, in nbgrader's order
(nbgrader/converters/generate_assignment.py):
    IncludeHeaderFooter  no header/footer configured: nothing
    InstantiateTests     only acts on a code cell containing "AUTOTEST": refused here
    LockCells            nbgrader/preprocessors/lockcells.py
    ClearSolutions       nbgrader/preprocessors/clearsolutions.py (a line *containing* "BEGIN SOLUTION" opens)
    ClearOutput          nbconvert's ClearOutputPreprocessor: outputs [], execution_count None
    CheckCellMetadata    nbgrader/nbgraderformat/v3.py's MetadataValidatorV3 (the rules used here below)
    ComputeChecksums     nbgrader/preprocessors/computechecksums.py, utils.compute_checksum
    SaveCells            writes the gradebook, not the notebook: nothing
    ClearHiddenTests     nbgrader/preprocessors/clearhiddentests.py
    ClearMarkScheme      task cells only; we have none
    ComputeChecksums     again, on the released source (the checksums the release carries)
    CheckCellMetadata
"""
import copy
import glob
import hashlib
import json
import os
import re
import sys

CODE_STUB = {"java": '// YOUR CODE HERE\nthrow new UnsupportedOperationException("not written yet");'}
TEXT_STUB = "YOUR ANSWER HERE"


def nbg(cell):
    return cell.get("metadata", {}).get("nbgrader")


def is_grade(cell):
    return bool(nbg(cell) and nbg(cell).get("grade", False))


def is_solution(cell):
    return bool(nbg(cell) and nbg(cell).get("solution", False))


def is_task(cell):
    return bool(nbg(cell) and nbg(cell).get("task", False))


def is_locked(cell):  # nbgrader/utils.py is_locked
    if not nbg(cell):
        return False
    if is_solution(cell):
        return False
    if is_grade(cell):
        return True
    return nbg(cell).get("locked", False)


def source(cell):
    s = cell["source"]
    return "".join(s) if isinstance(s, list) else s


def lock_cells(cell):  # lockcells.py, default traits: lock_solution/grade/readonly True, lock_all False
    if is_solution(cell) and is_grade(cell):
        cell["metadata"]["deletable"] = False
    elif is_solution(cell):
        cell["metadata"]["deletable"] = False
    elif is_grade(cell):
        cell["metadata"]["deletable"] = False
        cell["metadata"]["editable"] = False
    elif is_locked(cell):
        cell["metadata"]["deletable"] = False
        cell["metadata"]["editable"] = False


def regions(text, begin, end, stub, what):
    """clearsolutions.py _replace_solution_region / clearhiddentests.py _remove_hidden_test_region."""
    out, inside, found = [], False, False
    for line in text.split("\n"):
        if begin in line:
            if inside:
                raise RuntimeError(f"nested {begin}")
            inside = found = True
            if stub is not None:
                indent = re.match(r"\s*", line).group(0)
                out.extend(indent + s for s in stub.split("\n"))
        elif end in line:
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise RuntimeError(f"no {end} statement found ({what})")
    return "\n".join(out), found


def clear_solutions(cell, language):
    stub = CODE_STUB[language] if cell["cell_type"] == "code" else TEXT_STUB
    text, replaced = regions(source(cell), "BEGIN SOLUTION", "END SOLUTION", stub, "solution")
    cell["source"] = text
    if replaced and not is_solution(cell):
        raise RuntimeError(f"cell {cell.get('id')}: solution region in a non-solution cell")
    if is_solution(cell) and not replaced:
        cell["source"] = stub


def clear_hidden_tests(cell):
    text, removed = regions(source(cell), "BEGIN HIDDEN TESTS", "END HIDDEN TESTS", None, "hidden tests")
    cell["source"] = text
    if removed and not is_grade(cell):
        raise RuntimeError(f"cell {cell.get('id')}: hidden-test region in a non-grade cell")


def checksum(cell):  # utils.py compute_checksum
    m = hashlib.md5()
    m.update(source(cell).encode("utf-8"))
    m.update(cell["cell_type"].encode("utf-8"))
    m.update(str(is_grade(cell)).encode("utf-8"))
    m.update(str(is_solution(cell)).encode("utf-8"))
    m.update(str(is_locked(cell)).encode("utf-8"))
    m.update(nbg(cell)["grade_id"].encode("utf-8"))
    if is_grade(cell):
        m.update(str(float(nbg(cell)["points"])).encode("utf-8"))
    return m.hexdigest()


def compute_checksums(cell):  # computechecksums.py
    if is_grade(cell) or is_solution(cell) or is_locked(cell):
        nbg(cell)["checksum"] = checksum(cell)
        nbg(cell)["cell_type"] = cell["cell_type"]


def check_metadata(nb):  # nbgraderformat/v3.py MetadataValidatorV3, the rules that can fail here
    ids = set()
    for cell in nb["cells"]:
        m = nbg(cell)
        if not m:
            continue
        if m.get("schema_version") != 3:
            raise RuntimeError(f"cell {cell.get('id')}: schema_version {m.get('schema_version')}")
        if (m["grade"] or m["solution"] or m["locked"]) and not m.get("grade_id"):
            raise RuntimeError(f"cell {cell.get('id')}: no grade_id")
        if m["grade"] and "points" not in m:
            raise RuntimeError(f"cell {m['grade_id']}: grade cell without points")
        if not is_task(cell) and cell["cell_type"] == "markdown" and m["grade"] != m["solution"]:
            raise RuntimeError(f"cell {m['grade_id']}: a markdown cell must be grade AND solution, or neither")
        if m["grade"] or m["solution"] or m["locked"] or m.get("task"):
            if m["grade_id"] in ids:
                raise RuntimeError(f"duplicate grade id {m['grade_id']}")
            ids.add(m["grade_id"])


def release(nb):
    nb = copy.deepcopy(nb)
    language = nb["metadata"].get("kernelspec", {}).get("language", "python")
    if language not in CODE_STUB:
        raise RuntimeError(f"language {language!r} has no ClearSolutions.code_stub")
    for cell in nb["cells"]:
        if cell["cell_type"] == "code" and "AUTOTEST" in source(cell):
            raise RuntimeError(f"cell {cell.get('id')}: AUTOTEST needs InstantiateTests and a kernel")
        if is_task(cell):
            raise RuntimeError(f"cell {cell.get('id')}: task cells (ClearMarkScheme) are not re-implemented")
    for cell in nb["cells"]:
        lock_cells(cell)
    for cell in nb["cells"]:
        clear_solutions(cell, language)
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
            for field in ("collapsed", "scrolled"):
                cell["metadata"].pop(field, None)
    nb["metadata"].pop("celltoolbar", None)
    check_metadata(nb)
    for cell in nb["cells"]:
        compute_checksums(cell)
    for cell in nb["cells"]:
        clear_hidden_tests(cell)
    for cell in nb["cells"]:
        compute_checksums(cell)
    check_metadata(nb)
    return nb


def normal(nb):
    """A notebook with every source as one string, so that list-of-lines and string forms compare equal."""
    nb = copy.deepcopy(nb)
    for cell in nb["cells"]:
        cell["source"] = source(cell)
    return nb


def differences(released, student):
    a, b = normal(released), normal(student)
    diffs = []
    if a["metadata"] != b["metadata"]:
        diffs.append(f"notebook metadata: {a['metadata']} vs {b['metadata']}")
    if [c.get("id") for c in a["cells"]] != [c.get("id") for c in b["cells"]]:
        return diffs + ["cell ids differ"]
    for x, y in zip(a["cells"], b["cells"]):
        for key in sorted(set(x) | set(y)):
            if x.get(key) != y.get(key):
                diffs.append(f"cell {x.get('id')}: {key}: nbgrader {x.get(key)!r} vs ours {y.get(key)!r}"[:400])
    return diffs


def main(out_dir):
    paths = sorted(glob.glob(os.path.join(out_dir, "notebooks", "instructor", "*.ipynb")))
    if not paths:
        sys.exit(f"no instructor notebooks under {out_dir}/notebooks/instructor")
    bad, cells = 0, 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            instructor = json.load(f)
        with open(path.replace(os.sep + "instructor" + os.sep, os.sep + "student" + os.sep), encoding="utf-8") as f:
            student = json.load(f)
        diffs = differences(release(instructor), student)
        cells += len(instructor["cells"])
        for d in diffs:
            print(f"DIFF {os.path.basename(path)}: {d}")
        bad += len(diffs)
    print(f"nbgrader release: {len(paths)} instructor notebooks, {cells} cells released; {bad} differences from the student notebooks")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
