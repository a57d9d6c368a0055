#!/usr/bin/python3
"""Scans every student notebook for the answers: each value of answer-key.csv (computed and true_value)
written at full precision (Python's shortest round-trip, Java's Double.toString, %.16g, %.17g) and at
printed precision (each number of decimals the document's printed values use, and the 6 significant
digits of the step traces), found as a number token in any cell's source (figures' SVG decoded) or outputs of
that chapter's notebook (a feedback page: of the notebook its folder is named after).

    scan_student_answers.py OUT_DIR [FEEDBACK.html ...]      -> exit 1 on any hit
    scan_student_answers.py --class CLASS_DIR [GRADED/feedback/ID.html ...]

A class folder (answer-key class, issue 23) is scanned student by student: what each student receives
(students/ID/exam.ipynb, students/ID/sheet.html) and their feedback page (ID.html, named after them) against their
own answers, key.csv's expected values (and a kink's lower and upper) at full precision and at the printed precision
key.csv's tolerance says (half a unit of the last printed decimal: 0.0005 is 3 decimals), with the same allowances:
their own inputs (the inputs table of instructor/ID/answer-key.md), short forms, index lists, scores.

Feedback pages (grade --feedback) are scanned too, as a reader sees them: the page's text (tags and the style sheet
left out, entities decoded) and its figures' SVG decoded, with the same allowances.

A hit is allowed when the token is one of the document's own numbers: its printed values and the names
they are printed under (the CSV's `published` and `quantity` columns, e.g. a_{12}), its inputs (the rows of
the inputs tables in answer-key/*.md, notes included: "eq. (12)"); not a graph's node list of argument indices
(`int[][] … = new int[][] {…};`, positions, not values), nor, on a feedback page, a score ("0.619/1 points": what
the student earned, not a value asked). A variant's own file is no longer in its notebook (issue 20), so nothing
of it is allowed. Forms that
identify no value are not searched: integers below 10 in magnitude ("layer 2", "x1") and forms with fewer
than two significant digits (0.0, 0.01); they are counted and reported.
"""
import base64
import csv
import glob
import html
import json
import math
import os
import re
import sys

SVG = re.compile(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)")
TOKEN = re.compile(r"(?<![A-Za-z0-9_.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![0-9])")


def java_double(v):
    """Java's Double.toString for the values the grading cells printed (shortest digits, E notation)."""
    if v == int(v) and abs(v) < 1e7:
        return f"{v:.1f}"
    r = repr(v)
    if "e" in r:
        mantissa, exp = r.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        return f"{mantissa}E{int(exp)}"
    if abs(v) < 1e-3:
        m, e = f"{v:.16e}".split("e")
        return f"{float(m)!r}E{int(e)}"
    return r


def significant(token):
    digits = token.lstrip("-").split("e")[0].split("E")[0].replace(".", "").lstrip("0")
    return len(digits.rstrip("0")) if "." in token else len(digits)


def forms(v, decimals):
    out = {repr(v), java_double(v), f"{v:.16g}", f"{v:.17g}", f"{v:.6g}"}
    out |= {f"{v:.{d}f}" for d in decimals}
    return out


def doc_decimals(published):
    return {len(t.split(".")[1]) for p in published for t in TOKEN.findall(p) if "." in t and "e" not in t.lower()}


def allowed_tokens(out_dir, rows):
    allowed = set()
    for r in rows:
        allowed |= set(TOKEN.findall(r["published"])) | set(TOKEN.findall(r["quantity"]))
    for md in glob.glob(os.path.join(out_dir, "answer-key", "*.md")):
        with open(md, encoding="utf-8") as f:
            for line in f:
                cols = [c.strip() for c in line.split("|")]
                # an inputs table row: | symbol | value | provenance | where it comes from |
                if len(cols) >= 6 and cols[3] in ("stated", "recovered", "reconstructed", "chosen"):
                    allowed |= set(TOKEN.findall(line))
    return allowed


INDEX_LIST = re.compile(r"^int\[\]\[\] \w+ = new int\[\]\[\] \{.*\};$", re.M)


def without_index_lists(code):
    """A graph's node list gives each node's arguments as node indices (int[][] arguments = …): positions, not values."""
    return INDEX_LIST.sub("", code)


def texts(cell):
    s = cell.get("source", "")
    s = "".join(s) if isinstance(s, list) else s
    yield without_index_lists(s) if cell.get("cell_type") == "code" else s
    for image in SVG.findall(s):  # a figure's labels are inside its base64 data
        yield base64.b64decode(image).decode("utf-8", "replace")
    for o in cell.get("outputs", []):
        t = o.get("text", "")
        yield "".join(t) if isinstance(t, list) else t
        for v in o.get("data", {}).values():
            yield "".join(v) if isinstance(v, list) else str(v)


STYLE = re.compile(r"<style>.*?</style>", re.S)
TAG = re.compile(r"<[^>]*>")


CODE = re.compile(r"<pre><code>(.*?)</code></pre>", re.S)
# "earned/possible" in a page's text: a score (a share of a question's points), never an asked value
SCORE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?/\d+(?:\.\d+)?(?![\w.])")


def page_texts(page, scores=True):
    """A feedback page as its reader sees it: each code cell as a notebook's code is read (a graph's index lists
    left out), the text between its other tags (scores left out; kept where a page shows none, scores=False), and
    each figure's SVG."""
    for image in SVG.findall(page):
        yield base64.b64decode(image).decode("utf-8", "replace")
    for code in CODE.findall(page):
        yield without_index_lists(html.unescape(code))
    text = html.unescape(TAG.sub(" ", STYLE.sub(" ", CODE.sub(" ", page))))
    yield SCORE.sub(" ", text) if scores else text


def of_chapter(wanted, chapter):
    """The answers a notebook or page of `chapter` must not show: its own chapter's (a page lies in a folder named after
    its notebook, as course.sh makes them); all chapters' when the name is none of them. Scoped since issue 21's
    sixteen variants: a 2-digit form of another chapter's answer (1.1 for 1.0526) matched 001's section "1.1"."""
    if chapter in wanted:
        return wanted[chapter]
    merged = {}
    for answers in wanted.values():
        for form, what in answers.items():
            merged.setdefault(form, what)
    return merged


def main(out_dir, pages=()):
    with open(os.path.join(out_dir, "answer-key.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    allowed = allowed_tokens(out_dir, rows)
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["document"], []).append(r)
    wanted, skipped = {}, 0  # wanted[chapter][form]: the chapter's answers, each form that would give one away
    for doc, doc_rows in by_doc.items():
        wanted[doc] = {}
        decimals = doc_decimals([r["published"] for r in doc_rows]) or {3}
        for r in doc_rows:
            for col in ("computed", "true_value"):
                try:
                    v = float(r[col])
                except ValueError:
                    continue
                for form in forms(v, decimals):
                    if (v == int(v) and abs(v) < 10) or significant(form) < 2:
                        skipped += 1
                        continue
                    if form not in allowed:
                        wanted[doc].setdefault(form, f"{r['note'][:60]} = {r[col]}")
    hits = []
    paths = sorted(glob.glob(os.path.join(out_dir, "notebooks", "student", "*.ipynb")))
    if not paths:
        sys.exit(f"no student notebooks under {out_dir}/notebooks/student")
    for path in paths:
        answers = of_chapter(wanted, os.path.basename(path)[:-len(".ipynb")])
        with open(path, encoding="utf-8") as f:
            nb = json.load(f)
        for cell in nb["cells"]:
            for text in texts(cell):
                for token in TOKEN.findall(text):
                    if token in answers:
                        hits.append(f"{os.path.basename(path)}: cell {cell.get('id')}: {token} ({answers[token]})")
    for page in pages:
        answers = of_chapter(wanted, os.path.basename(os.path.dirname(os.path.abspath(page))))
        with open(page, encoding="utf-8") as f:
            text = f.read()
        for part in page_texts(text):
            for token in TOKEN.findall(part):
                if token in answers:
                    hits.append(f"{page}: {token} ({answers[token]})")
    for h in hits[:40]:
        print("ANSWER " + h)
    print(f"scan: {len(paths)} student notebooks, {len(pages)} feedback pages, {sum(map(len, wanted.values()))} answer forms searched ({skipped} too short to identify a"
          f" value), {len(allowed)} input/printed tokens allowed; {len(hits)} answers found")
    return 1 if hits else 0


def printed_decimals(tolerance):
    """key.csv's tolerance is half a unit of the printed value's last decimal: 0.0005 -> 3, 0.5 -> 0."""
    t = float(tolerance)
    return max(0, round(-math.log10(2 * t))) if t > 0 else None


def inputs_tokens(answer_key_md):
    """The numbers of an answer key's inputs tables (| symbol | value | provenance | where it comes from |)."""
    allowed = set()
    with open(answer_key_md, encoding="utf-8") as f:
        for line in f:
            cols = [c.strip() for c in line.split("|")]
            if len(cols) >= 6 and cols[3] in ("stated", "recovered", "reconstructed", "chosen"):
                allowed |= set(TOKEN.findall(line))
    return allowed


def class_main(class_dir, pages=()):
    """Each student's released notebook and sheet, and each feedback page (named ID.html), against that student's own
    answers in key.csv."""
    wanted, skipped = {}, 0  # wanted[student][form]
    with open(os.path.join(class_dir, "key.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            answers = wanted.setdefault(r["student"], {})
            d = printed_decimals(r["tolerance"]) if r["tolerance"] else None
            for col in ("expected", "lower", "upper"):
                try:
                    v = float(r[col])
                except ValueError:
                    continue
                for form in forms(v, {d} if d is not None else set()):
                    if (v == int(v) and abs(v) < 10) or significant(form) < 2:
                        skipped += 1
                        continue
                    answers.setdefault(form, f"{r['question']} {r['part']}{r['entry']} = {r[col]}")
    if not wanted:
        sys.exit(f"no student in {class_dir}/key.csv")
    allowed = {sid: inputs_tokens(os.path.join(class_dir, "instructor", sid, "answer-key.md")) for sid in wanted}
    hits, notebooks, sheets = [], 0, 0

    def scan(path, sid, parts):
        for part in parts:
            for token in TOKEN.findall(part):
                if token in wanted[sid] and token not in allowed[sid]:
                    hits.append(f"{path}: {token} ({wanted[sid][token]})")

    for sid in sorted(wanted):
        folder = os.path.join(class_dir, "students", sid)
        with open(os.path.join(folder, "exam.ipynb"), encoding="utf-8") as f:
            nb = json.load(f)
        scan(os.path.join(folder, "exam.ipynb"), sid, (t for cell in nb["cells"] for t in texts(cell)))
        notebooks += 1
        with open(os.path.join(folder, "sheet.html"), encoding="utf-8") as f:
            scan(os.path.join(folder, "sheet.html"), sid, page_texts(f.read(), scores=False))
        sheets += 1
    for page in pages:
        sid = os.path.basename(page)[:-len(".html")]
        if sid not in wanted:
            sys.exit(f"{page}: no student {sid} in {class_dir}/key.csv")
        with open(page, encoding="utf-8") as f:
            scan(page, sid, page_texts(f.read()))
    for h in hits[:40]:
        print("ANSWER " + h)
    print(f"scan: a class of {len(wanted)}: {notebooks} student notebooks, {sheets} exam sheets, {len(pages)} feedback"
          f" pages, {sum(map(len, wanted.values()))} answer forms searched ({skipped} too short to identify a value),"
          f" each against the student's own; {len(hits)} answers found")
    return 1 if hits else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if sys.argv[1] == "--class":
        if len(sys.argv) < 3:
            sys.exit(__doc__)
        sys.exit(class_main(sys.argv[2], sys.argv[3:]))
    sys.exit(main(sys.argv[1], sys.argv[2:]))
