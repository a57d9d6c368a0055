#!/usr/bin/python3
"""A whole class through `answer-key class` and `answer-key grade --class` (issue 23), made and checked here (.ci/class.sh).

    class.py roster N ROSTER.csv                  -> a roster of N students (id,name; names with accents and commas)
    class.py make CLASS_DIR SUBMITTED PLAN.json ROSTER.csv
                                                  -> SUBMITTED/ID/exam.ipynb for each student who hands one in, and
                                                     PLAN.json: each student's kind (and a copier's neighbour)
    class.py check CLASS_DIR GRADED PLAN.json GRADE_LOG TEMPLATE.toml
                                                  -> exit 1 on any student graded otherwise than expected

Each student's kind comes from their place in the roster: every CLASS_PERIOD students (default 50) one of each kind
first (FIRST: a class of 7 holds them all), the rest cycling correct, slipped, blank, copied (CLASS_ONLY=KIND: all
of one kind, as benchmarks/grade-scale.sh takes them):
  correct   the instructor's solution code (their own instructor notebook's) in their own released notebook
  slipped   correct, with SIGN_FLIPPED in updateW (+ η·∂L/∂W: a step up the gradient)
  blank     the released notebook as it is
  copied    the correct notebook of the student before them in the roster: their numbers, not the copier's
  missing   no submission
  cheating  course.py's cheated(): every method body a route into the library
  hostile   their own correct notebook with z made hostile: an endless loop, System.exit, a flood of output, or an
            allocation without end (HOSTILE, in turn)

`check` first recomputes each student's answers (their answers question's expected values) from draws.csv and the
template alone, a forward pass, a backward pass and the update written out here, and requires their grading key to
agree within Grade's tolerance: the key the scores below are computed from is then not the tool's word alone. It
then computes every student's points per question itself, from their grading-key.json and their instructor
notebook only (never from the grader's output), as runtime/Grade.java scores a question: each part worth
points/parts, earned = points × passed / parts to 4 decimals (half even); then compares gradebook.csv, cell by
cell, with them:
  correct   every point
  blank, missing, cheating   0 on every question (missing: a note "no submission")
  slipped   a part whose call goes through updateW passes only where W + μv + η(∂L/∂W + 2λW), computed here from the
            part's inputs, is within the tolerance of the expected value (∂L/∂W = 0 leaves W as it was); the answers
            question's W…_new parts likewise, from the update question's inputs; every other part passes
  copied    every method question full (their inputs come from the copier's own key); the answers question's parts
            pass where the neighbour's key asks the same id and its expected value lies in the copier's own range
            (Grade's tolerance); and where the neighbour's answers fit the copier's key on at least 2 parts fewer
            than the neighbour's own, the gradebook's Notes must name the neighbour (grade/CopiedAnswers: "answers
            match the variant of …")
  hostile   0 on every question whose tests call z or a method that calls it, and on the answers question (its cell
            calls z); full marks on every other; every attack a note naming the cell and saying what stopped it
            (HOSTILE_NOTE: the time limit, the end of Java, a flood, out of memory), and the grader's standard error
            a line on it in the same words
and for every student: the name the roster gave, the total the sum of the columns, no other student named unless
copied, a feedback page for each graded student (none for a missing one) with the gradebook's total, and the page of
a slipped student who lost a part of the update naming SIGN_FLIPPED; the grader's summary line counting the missing.
"""
import csv
import html
import json
import math
import os
import re
import sys
import tomllib
from decimal import Decimal, ROUND_HALF_EVEN

sys.dont_write_bytecode = True  # no .ci/__pycache__ left in the clone by the import below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from course import (SIGN_FLIPPED, calls, cheated, load, nbgrader, page_total, questions, save,  # noqa: E402
                    solution_code, users, with_solutions)

TOLERANCE = 1e-9  # runtime/Grade.TOLERANCE: × max(1, |expected|)
PERIOD = int(os.environ.get("CLASS_PERIOD", "50"))
# every student of one kind (benchmarks/grade-scale.sh: all correct); not hostile, whose attack comes from its place
ONLY = os.environ.get("CLASS_ONLY")
# a period's first places: one of each kind, so that a class of a dozen holds them all; the rest cycle the four
# common kinds (a copier's neighbour is whoever stands before them)
FIRST = ("correct", "slipped", "blank", "copied", "missing", "cheating", "hostile")
COMMON = ("correct", "slipped", "blank", "copied")
HOSTILE = {
    "loop": "while (W != null) { aBelow = aBelow.clone(); }",
    "exit": "if (W != null) { System.exit(3); }",
    "flood": 'while (W != null) { System.out.println("flood ".repeat(1000)); }',
    "allocation": "java.util.List<long[]> hog = new java.util.ArrayList<>(); while (W != null) { hog.add(new long[1 << 24]); }",
}
HOSTILE_ORDER = ("loop", "exit", "flood", "allocation")
# what the grader's note on each attack's cell says stopped it (grade/StoppedCell, grade/session/SandboxSession)
HOSTILE_NOTE = {
    "loop": "the time limit",
    "exit": "the Java session ended",
    "flood": "printed more than 1 MiB of output, a flood; stopped",
    "allocation": "ran out of memory (OutOfMemoryError)",
}
HOSTILE_METHOD = "z"
NAMES = ("Zoë Ångström", "José Núñez", "Li, Wei", "Seán O'Brien", "Małgorzata Żak", "Ngozi Okafor")
UPDATED = re.compile(r"W(\d+)\[(\d+),(\d+)\]_new$")


def kind_of(position):
    """The kind of the student at `position` (0-based) in the roster, and for a hostile one which attack."""
    if ONLY:
        return ONLY, None
    if PERIOD < len(FIRST):
        sys.exit(f"CLASS_PERIOD must be at least {len(FIRST)}")
    block, place = divmod(position, PERIOD)
    if place < len(FIRST):
        kind = FIRST[place]
        if kind == "copied" and position == 0:
            kind = "correct"
        return (kind, HOSTILE_ORDER[block % len(HOSTILE_ORDER)]) if kind == "hostile" else (kind, None)
    return COMMON[(place - len(FIRST)) % len(COMMON)], None


def roster(n, path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["id", "name"])
        for i in range(n):
            w.writerow([f"s{i + 1:04d}", f"{NAMES[i % len(NAMES)]} {i + 1}"])


def read_roster(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [(r["id"], r["name"]) for r in csv.DictReader(f)]


def paths(class_dir, sid):
    return (os.path.join(class_dir, "instructor", sid, "exam.ipynb"),
            os.path.join(class_dir, "students", sid, "exam.ipynb"),
            os.path.join(class_dir, "instructor", sid, "grading-key.json"))


def method_cell(code, method):
    """The grade_id of the solution cell that defines `method`."""
    found = [g for g, t in code.items() if re.search(r"^[A-Za-z][\w\[\]<>, ]*\s+" + method + r"\(", t, re.M)]
    if len(found) != 1:
        sys.exit(f"no single solution cell defines {method}: {found}")
    return found[0]


def hostile(text, method, attack):
    """`method`'s body with the attack first, so that every call of it attacks."""
    m = re.search(r"^[A-Za-z][\w\[\]<>, ]*\s+" + method + r"\([^)]*\)\s*\{\n", text, re.M)
    return text[:m.end()] + "    " + HOSTILE[attack] + "\n" + text[m.end():]


def make(class_dir, submitted, plan_path, roster_path):
    students = read_roster(roster_path)
    plan = []
    os.makedirs(submitted)
    previous = None
    for position, (sid, name) in enumerate(students):
        kind, attack = kind_of(position)
        if kind == "hostile" and attack is None or kind not in FIRST or kind == "copied" and previous is None:
            sys.exit(f"{sid}: no student of kind {kind} here")
        instructor_path, released_path, _ = paths(class_dir, sid)
        code = solution_code(load(instructor_path))
        released = load(released_path)
        nb = None
        entry = {"id": sid, "name": name, "kind": kind}
        if kind == "correct":
            nb = with_solutions(released, code)
        elif kind == "slipped":
            method, before, after, _ = SIGN_FLIPPED
            target = method_cell(code, method)
            if before not in code[target]:
                sys.exit(f"{sid}: the solution of {method} does not hold {before!r}")
            nb = with_solutions(released, code, lambda g, t: t.replace(before, after, 1) if g == target else t)
        elif kind == "blank":
            nb = released
        elif kind == "copied":
            nb = with_solutions(load(paths(class_dir, previous)[1]), solution_code(load(paths(class_dir, previous)[0])))
            entry["from"] = previous
        elif kind == "cheating":
            nb = with_solutions(released, code, lambda g, t: cheated(t))
        elif kind == "hostile":
            target = method_cell(code, HOSTILE_METHOD)
            nb = with_solutions(released, code, lambda g, t: hostile(t, HOSTILE_METHOD, attack) if g == target else t)
            entry["attack"] = attack
        if nb is not None:
            os.makedirs(os.path.join(submitted, sid))
            save(nb, os.path.join(submitted, sid, "exam.ipynb"))
        plan.append(entry)
        previous = sid
    with open(plan_path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False, indent=1)
        f.write("\n")
    counts = {}
    for e in plan:
        k = e["kind"] + (":" + e["attack"] if "attack" in e else "")
        counts[k] = counts.get(k, 0) + 1
    print("class: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))


# --- the key's answers recomputed: a forward pass, a backward pass and the update, from draws.csv ---------------------

def drawn_network(template_path, draw):
    """The template's network and example with a student's drawn entries (draws.csv's row: "W1[1,2]", "b1[1]", "x[2]")
    in place of the master's: the inputs as the student's sheet states them, read here without the tool."""
    with open(template_path, "rb") as f:
        t = tomllib.load(f)
    net = t["network"]
    if net["activations"] != ["sigmoid", "softmax"] or net["bias_layout"] != "shared_per_layer" \
            or t["training"]["loss"] != "sum_squared_error" or "[example]" not in open(template_path).read():
        sys.exit(f"{template_path}: the class's own recomputation knows a sigmoid-softmax network with a shared bias per"
                 " layer, squared error and one example only")
    W = [[list(map(float, row)) for row in layer["weights"]] for layer in net["layer"]]
    b = [float(layer["biases"][0]) for layer in net["layer"]]
    x = list(map(float, t["example"]["x"]))
    for name, value in draw.items():
        m = re.fullmatch(r"W(\d+)\[(\d+),(\d+)\]|b(\d+)\[1\]|x\[(\d+)\]", name)
        if m is None:
            sys.exit(f"draws.csv: the recomputation does not know the drawn entry {name}")
        if m.group(1):
            W[int(m.group(1)) - 1][int(m.group(2)) - 1][int(m.group(3)) - 1] = float(value)
        elif m.group(4):
            b[int(m.group(4)) - 1] = float(value)
        else:
            x[int(m.group(5)) - 1] = float(value)
    return W, b, x, list(map(float, t["example"]["y"])), float(t["training"]["learning_rate"])


def recomputed(W, b, x, y, eta):
    """Every answer id's value (without the scenario's prefix): z = W·a + b (b one bias shared by the layer's
    neurons), a1 = σ(z1), ŷ = softmax(z2), L = Σ(ŷ − y)², ∂L/∂ŷ = 2(ŷ − y), δ2_j = ŷ_j(∂L/∂ŷ_j − Σ_i ŷ_i ∂L/∂ŷ_i)
    (the softmax's Jacobian Jᵢⱼ = ŷᵢ(δᵢⱼ − ŷⱼ) transposed), δ1 = (W2ᵀδ2) ⊙ a1(1 − a1), ∂L/∂W = δ·aᵀ, ∂L/∂b = Σδ,
    W ← W − η ∂L/∂W, b ← b − η ∂L/∂b."""
    z1 = [sum(w * v for w, v in zip(row, x)) + b[0] for row in W[0]]
    a1 = [1 / (1 + math.exp(-z)) for z in z1]
    z2 = [sum(w * v for w, v in zip(row, a1)) + b[1] for row in W[1]]
    top = max(z2)
    e = [math.exp(z - top) for z in z2]
    a2 = [v / sum(e) for v in e]
    g = [2 * (a - t) for a, t in zip(a2, y)]
    through = sum(a * gi for a, gi in zip(a2, g))
    d2 = [a * (gi - through) for a, gi in zip(a2, g)]
    d1 = [sum(W[1][i][j] * d2[i] for i in range(len(d2))) * a1[j] * (1 - a1[j]) for j in range(len(a1))]
    out = {}
    for k, (z, a) in enumerate(((z1, a1), (z2, a2)), 1):
        for i in range(len(z)):
            out[f"z{k}_{i + 1}"], out[f"a{k}_{i + 1}"] = z[i], a[i]
    for k, (d, below) in enumerate(((d1, x), (d2, a1)), 1):
        for i in range(len(d)):
            for j in range(len(below)):
                out[f"dL_dW{k}[{i + 1},{j + 1}]"] = d[i] * below[j]
                out[f"W{k}[{i + 1},{j + 1}]_new"] = W[k - 1][i][j] - eta * d[i] * below[j]
        out[f"dL_db{k}"] = sum(d)
        out[f"b{k}_new"] = b[k - 1] - eta * sum(d)
    return out


def check_key(class_dir, template_path, sid, draw):
    """The student's answers question in their grading key against the recomputation: each id one this pass computes,
    its expected value within Grade's tolerance; the failures' words."""
    values = recomputed(*drawn_network(template_path, draw))
    wrong = []
    for q in load(paths(class_dir, sid)[2])["questions"]:
        for p in q["parts"]:
            if p["inputs"]:
                continue
            short = p["name"].split(".")[-1]
            if short not in values:
                wrong.append(f"{p['name']}: an answer the recomputation does not know")
            elif not fits(values[short], p):
                wrong.append(f"{p['name']}: the key's {p['expected']}, recomputed {values[short]!r}")
    return wrong


# --- scoring, as runtime/Grade.java scores ---------------------------------------------------------------------------

def flat(value):
    if isinstance(value, list):
        return [x for v in value for x in flat(v)]
    return [float(value)]


def accepts(given, lo, hi):
    """Every entry of `given` within [min(l, h) − t·s, max(l, h) + t·s], s = max(1, |l|, |h|): Grade's pass."""
    g, lo, hi = flat(given), flat(lo), flat(hi)
    if not (len(g) == len(lo) == len(hi)):
        return False
    for x, l, h in zip(g, lo, hi):
        slack = TOLERANCE * max(1.0, abs(l), abs(h))
        if not (min(l, h) - slack <= x <= max(l, h) + slack):
            return False
    return True


def fits(given, part):
    return accepts(given, part["expected"], part.get("upper", part["expected"]))


def earned(points, passed, parts):
    """points × passed / parts to 4 decimals, half even, as Grade.done() prints it (0 parts: 0)."""
    if parts == 0:
        return Decimal(0)
    return Decimal(points * passed / parts).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN).normalize()


def sign_flipped(inputs):
    """updateW with + η: W + μv + η(∂L/∂W + 2λW), a frozen entry kept: the slipped student's value."""
    W, dW, v, frozen = inputs["W"], inputs["dW"], inputs["vBefore"], inputs["frozen"]
    eta, lam, mu = inputs["eta"], inputs["lambda"], inputs["mu"]
    return [[W[i][j] if frozen[i][j] else W[i][j] + mu * v[i][j] + eta * (dW[i][j] + 2 * lam * W[i][j])
             for j in range(len(W[i]))] for i in range(len(W))]


def expected_scores(entry, class_dir, plans):
    """question -> (points, the points the student should earn), and the parts of the answers question the copier's
    neighbour's values fit (for the note): from the student's key and instructor notebook alone."""
    instructor_path, _, key_path = paths(class_dir, entry["id"])
    instructor = load(instructor_path)
    key = {q["id"]: q for q in load(key_path)["questions"]}
    calls_of = questions(instructor)
    code = solution_code(instructor)
    answers_cell = "".join(t for g, t in code.items() if "Map<String, Double> answers" in t)
    kind = entry["kind"]
    update = {}  # "W1" -> the update question's part W(1)
    for q in key.values():
        for p in q["parts"]:
            m = re.fullmatch(r"W\((\d+)\)", p["name"])
            if m and calls(calls_of[q["id"]].get(p["name"], ""), {"updateW"}):
                update[m.group(1)] = p
    neighbour = None
    if kind == "copied":
        neighbour = {p["name"]: p for q in load(paths(class_dir, entry["from"])[2])["questions"] for p in q["parts"]}
    out, copy_fit = {}, None
    for c in instructor["cells"]:
        meta = nbgrader(c)
        if c["cell_type"] != "code" or not meta.get("grade"):
            continue
        qid, points = meta["grade_id"], float(meta["points"])
        q = key[qid]
        answers_q = all(not p["inputs"] for p in q["parts"])
        parts = q["parts"]
        if kind in ("blank", "missing", "cheating"):
            passed = 0
        elif kind == "correct":
            passed = len(parts)
        elif kind == "hostile":
            attacked = users(code, HOSTILE_METHOD)
            hit = calls(answers_cell, attacked) if answers_q else any(calls(calls_of[qid][p["name"]], attacked)
                                                                           for p in parts)
            passed = 0 if hit else len(parts)
        elif kind == "slipped":
            slipped = users(code, "updateW")
            passed = 0
            for p in parts:
                if answers_q:
                    m = UPDATED.search(p["name"])
                    through = m is not None and calls(answers_cell, slipped)
                    value = sign_flipped(update[m.group(1)]["inputs"])[int(m.group(2)) - 1][int(m.group(3)) - 1] \
                        if through else None
                elif calls(calls_of[qid][p["name"]], slipped):
                    through, value = True, sign_flipped(p["inputs"])
                else:
                    through = False
                passed += 1 if not through or fits(value, p) else 0
        elif kind == "copied":
            if answers_q:
                # the neighbour's answers cell puts only the neighbour's ids (a value printed as 0 is not asked)
                common = [p for p in parts if p["name"] in neighbour]
                fit = [p["name"] for p in common if fits(neighbour[p["name"]]["expected"], p)]
                passed, copy_fit = len(fit), (len(fit), len(common))
            else:
                passed = len(parts)
        else:
            sys.exit(f"unknown kind {kind}")
        out[qid] = (Decimal(repr(points)).normalize(), earned(points, passed, len(parts)))
    return out, copy_fit


def check(class_dir, graded, plan_path, log_path, template_path):
    with open(plan_path, encoding="utf-8") as f:
        plans = json.load(f)
    with open(os.path.join(class_dir, "draws.csv"), encoding="utf-8", newline="") as f:
        draws = {r["student"]: {k: v for k, v in r.items() if k not in ("student", "name", "attempts", "rejected")}
                 for r in csv.DictReader(f)}
    with open(os.path.join(graded, "gradebook.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    if header[:2] != ["Student", "ID"] or header[-2:] != ["Total", "Notes"]:
        sys.exit(f"gradebook.csv: header {header}")
    qcols = header[2:-2]
    book = {r[1]: dict(zip(header, r)) for r in body}
    failures, tally = [], {}
    if [r[1] for r in body] != sorted(e["id"] for e in plans) or len(book) != len(plans):
        failures.append(f"gradebook rows {len(body)}: not one per student of the roster, in id order")
    feedback_dir = os.path.join(graded, "feedback")
    for entry in plans:
        sid, kind = entry["id"], entry["kind"]
        bad = lambda why: failures.append(f"{sid} ({kind}{':' + entry['attack'] if 'attack' in entry else ''}): {why}")
        row = book.get(sid)
        if row is None:
            bad("not in the gradebook")
            continue
        for why in check_key(class_dir, template_path, sid, draws[sid]):
            bad("grading key: " + why)
        want, copy_fit = expected_scores(entry, class_dir, plans)
        if set(qcols) != set(want):
            bad(f"gradebook's questions {qcols} are not the notebook's {sorted(want)}")
        total = Decimal(0)
        for qid, (points, should) in want.items():
            got = row.get(qid, "")
            if got == "" or Decimal(got) != should:
                bad(f"{qid}: {got or 'empty'}, expected {should} of {points}")
            total += Decimal(got or "0")
        all_expected = sum((s for _, s in want.values()), Decimal(0))
        if Decimal(row["Total"]) != total or Decimal(row["Total"]) != all_expected:
            bad(f"Total {row['Total']}: the columns sum to {total}, expected {all_expected}")
        if row["Student"] != entry["name"]:
            bad(f"name {row['Student']!r}, the roster's {entry['name']!r}")
        notes = row["Notes"]
        named = "answers match the variant of" in notes
        if kind == "copied":
            fit, given = copy_fit
            # CopiedAnswers: the neighbour's key accepts every answer given (the parts both keys ask), the copier's
            # own `fit` of them; named when that is at least 2 fewer
            if given - fit >= 2 and f"answers match the variant of {entry['from']} " not in notes:
                bad(f"copied from {entry['from']} ({fit} of {given} answers fit their own key): Notes do not name"
                    f" them: {notes!r}")
            tally["copied, neighbour named"] = tally.get("copied, neighbour named", 0) + (entry["from"] in notes)
        elif named:
            bad(f"another student named: {notes!r}")
        if kind == "missing" and "no submission" not in notes:
            bad(f"no note of the missing submission: {notes!r}")
        if kind == "hostile" and not re.search(r"\bcell [^:;]*-z: [^;]*" + re.escape(HOSTILE_NOTE[entry["attack"]]), notes):
            bad(f"no note naming z's cell and {HOSTILE_NOTE[entry['attack']]!r}: {notes!r}")
        page_path = os.path.join(feedback_dir, sid + ".html")
        if kind == "missing":
            if os.path.exists(page_path):
                bad("a feedback page without a submission")
        else:
            total_on_page = page_total(page_path) if os.path.exists(page_path) else None
            possible = sum((p for p, _ in want.values()), Decimal(0))
            if total_on_page is None or Decimal(repr(total_on_page[0])) != all_expected \
                    or Decimal(repr(total_on_page[1])) != possible:
                bad(f"feedback page's total {total_on_page}, expected {all_expected}/{possible}")
            if kind == "slipped" and any(s < p for q, (p, s) in want.items() if q.endswith("-update")):
                with open(page_path, encoding="utf-8") as f:
                    if f"({SIGN_FLIPPED[3]})" not in html.unescape(f.read()):
                        bad(f"the feedback page does not name {SIGN_FLIPPED[3]}")
        label = kind + (":" + entry["attack"] if "attack" in entry else "")
        got_total = Decimal(row["Total"])
        lo, hi, n = tally.get(label, (got_total, got_total, 0))
        tally[label] = (min(lo, got_total), max(hi, got_total), n + 1)
    with open(log_path, encoding="utf-8") as f:
        log = f.read()
    for e in plans:
        if e["kind"] == "hostile" and not re.search(rf"^{re.escape(e['id'])}: cell [^:]*-z: .*"
                                                    + re.escape(HOSTILE_NOTE[e["attack"]]), log, re.M):
            failures.append(f"{e['id']} (hostile:{e['attack']}): no line on the grader's standard error naming z's cell"
                            f" and {HOSTILE_NOTE[e['attack']]!r}")
    summary = re.search(r"graded (\d+) of (\d+) students \((\d+) not graded", log)
    missing = sum(e["kind"] == "missing" for e in plans)
    if summary is None or int(summary.group(2)) != len(plans) or int(summary.group(3)) != missing:
        failures.append(f"the grader's summary does not count {len(plans)} students, {missing} missing: "
                        f"{summary.group(0) if summary else 'no summary line'}")
    for label, value in sorted(tally.items()):
        if isinstance(value, tuple):
            lo, hi, n = value
            print(f"class: {n} {label}: total {lo}" + (f" to {hi}" if hi != lo else ""))
        else:
            print(f"class: {value} {label}")
    for f in failures[:60]:
        print("FAIL " + f)
    print(f"class: {len(plans)} students' keys checked against the recomputation from draws.csv, their gradebook rows"
          f" against scores computed from their keys; {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    a = sys.argv[1:]
    if len(a) == 3 and a[0] == "roster":
        roster(int(a[1]), a[2])
    elif len(a) == 5 and a[0] == "make":
        make(a[1], a[2], a[3], a[4])
    elif len(a) == 6 and a[0] == "check":
        sys.exit(check(a[1], a[2], a[3], a[4], a[5]))
    else:
        sys.exit(__doc__)
