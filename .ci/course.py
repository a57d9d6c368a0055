#!/usr/bin/python3
"""A course through release, autograde and feedback, as nbgrader runs one, with the project's grader (.ci/course.sh).

    course.py make ANSWER_KEY_OUT COURSE_DIR [NAME ...]   -> COURSE_DIR/NAME/{correct,slipped,blank,cheating}.ipynb
    course.py check ANSWER_KEY_OUT COURSE_DIR             -> exit 1 on any student graded otherwise than expected

Four students per notebook, made from the released student notebook (json only, no nbformat):
  correct   the instructor's solution code in every code cell the student writes (their text answers, the
            figures and printed-value tables graded by hand, left as released: they would hold the answers)
  slipped   correct, with one slip in one method (SLIPS below): a catalogued one where the notebook has it
            (LOSS_CONSTANT in dLda, SIGN_FLIPPED in updateW), else arcTerm's product written as a sum
  blank     the released notebook as it is
  cheating  every method body a route into the library (reflection into backprop.core, Class.forName of the
            engine, Given's own rules, NotebookCells.solve for the answers), each written so that it would earn
            the marks if the route worked; a route that fails falls through to the next, the last throws

`check` reads each grading's CSV (question,earned,possible,feedback) and its feedback page, and expects: correct
full marks; blank 0; slipped to lose only parts that call the slipped method (at least one), each lost part's
feedback naming the slip, every question whose tests call no method that uses the slipped one full marks (the
answer-key questions, "-grade", computed through it, may lose); cheating 0 on every method question (its
answer-key questions are reported, not judged: NotebookCells.solve is the workbook's own answer); and each
feedback page's total equal to the CSV's.
"""
import csv
import html
import json
import os
import re
import sys

# The slip put into each notebook: the method, the text replaced in its cell, the slip's name in the feedback (None:
# not catalogued, the feedback then says the value is not the step's).
LOSS_CONSTANT = ("dLda", "g[j] = 2 * (yHat[j] - y[j]);", "g[j] = yHat[j] - y[j];", "LOSS_CONSTANT")
SIGN_FLIPPED = ("updateW", "- eta * (dW[i][j]", "+ eta * (dW[i][j]", "SIGN_FLIPPED")
PRODUCT_AS_SUM = ("arcTerm", "localGradient(kind, args, exponent, k) * upstream;",
                  "localGradient(kind, args, exponent, k) + upstream;", None)
SLIPS = {"000": LOSS_CONSTANT, "001": LOSS_CONSTANT, "002": LOSS_CONSTANT,
         "variant-exam-expression": PRODUCT_AS_SUM, "variant-exam-kink": PRODUCT_AS_SUM,
         "variant-cs231n-circuit": PRODUCT_AS_SUM, "variant-cs231n-gates": PRODUCT_AS_SUM,
         "variant-cs231n-max": PRODUCT_AS_SUM, "variant-cs231n-product": PRODUCT_AS_SUM}
STUDENTS = ("correct", "slipped", "blank", "cheating")

DEFINITION = re.compile(r"^[A-Za-z][\w\[\]<>, ]*\s+(\w+)\(([^)]*)\)\s*\{", re.M)
REGION = re.compile(r"( *)// BEGIN SOLUTION\n.*?// END SOLUTION\n", re.S)
HIDDEN = re.compile(r"// BEGIN HIDDEN TESTS\n(.*?)// END HIDDEN TESTS", re.S)
PART = re.compile(r'q\.part\("((?:[^"\\]|\\.)*)", (.*)\);$')


def source(cell):
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else s


def nbgrader(cell):
    return cell.get("metadata", {}).get("nbgrader", {})


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(nb, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nb, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def slip_of(name):
    return SLIPS.get(name, SIGN_FLIPPED)


def solution_code(instructor):
    """grade_id -> the instructor's code for each code cell the student writes."""
    return {nbgrader(c)["grade_id"]: source(c) for c in instructor["cells"]
            if c["cell_type"] == "code" and nbgrader(c).get("solution")}


def with_solutions(student, code, change=None):
    """The released notebook with the instructor's code in each solution code cell; change(grade_id, text) -> text."""
    nb = json.loads(json.dumps(student))
    for c in nb["cells"]:
        g = nbgrader(c).get("grade_id")
        if c["cell_type"] == "code" and nbgrader(c).get("solution") and g in code:
            text = code[g] if change is None else change(g, code[g])
            c["source"] = text.splitlines(keepends=True)
            c["outputs"], c["execution_count"] = [], None
    return nb


def loss_name(doc):
    return "HALF_SUM_SQUARED_ERROR" if "½" in doc else "SUM_SQUARED_ERROR"


def cheat_body(method, params, cell_text):
    """A body that takes a library route, as a student copying the engine would; each route in its own try."""
    core = 'Class.forName("backprop.core.network.Matrix")'
    routes = {
        "localGradient": ["return backprop.export.runtime.Given.localGradient(kind, args, exponent, k);"],
        "arcTerm": ["return backprop.export.runtime.Given.localGradient(kind, args, exponent, k) * upstream;"],
        "dLda": ['Object loss = Class.forName("backprop.core.function.Loss").getMethod("named", String.class)'
                 f'.invoke(null, "{loss_name(cell_text)}");',
                 'return (double[]) loss.getClass().getMethod("gradient", double[].class, double[].class)'
                 '.invoke(loss, yHat, y);'],
        "z": [f'Class<?> m = {core};',
              'Object w = m.getMethod("of", double[][].class).invoke(null, (Object) W);',
              'double[] z = (double[]) m.getMethod("times", double[].class).invoke(w, aBelow);',
              'for (int j = 0; j < z.length; j++) { z[j] += b[j]; }', "return z;"],
        "dW": [f'Object o = {core}.getMethod("outer", double[].class, double[].class).invoke(null, delta, aBelow);',
               'return (double[][]) o.getClass().getMethod("toArray").invoke(o);'],
        "deltaOutput": [f'Class<?> m = {core};',
                        'Object j = m.getMethod("of", double[][].class).invoke(null, (Object) J);',
                        'return (double[]) m.getMethod("transposeTimes", double[].class).invoke(j, dLda);'],
        "deltaHidden": [f'Class<?> m = {core};',
                        'Object w = m.getMethod("of", double[][].class).invoke(null, (Object) WAbove);',
                        'double[] g = (double[]) m.getMethod("transposeTimes", double[].class).invoke(w, deltaAbove);',
                        'for (int j = 0; j < g.length; j++) { g[j] *= gPrime[j]; }', "return g;"],
    }
    lines = routes.get(method, [])
    body = []
    if lines:
        body += ["try {"] + ["    " + l for l in lines] + ["} catch (Throwable route) {", "    // the next route", "}"]
    # the engine itself, by name: its gradients and updates (GradientDescent), where no smaller route exists
    body += ["try {",
             '    Class<?> engine = Class.forName("backprop.core.network.Network");',
             '    java.lang.reflect.Method m = engine.getDeclaredMethod("' + method + '");',
             "    m.setAccessible(true);",
             "    throw new IllegalStateException(\"the engine has no " + method + " of this shape: \" + m);",
             "} catch (ReflectiveOperationException route) {",
             "    // the next route",
             "}",
             'throw new IllegalStateException("no library route for ' + method + '");']
    return body


def cheated(text):
    """Every method of a solution cell with its body a library route; the answers cell filled by the workbook."""
    if "Map<String, Double> answers" in text:
        return REGION.sub(lambda m: "".join(m.group(1) + l + "\n" for l in [
            "try {",
            '    Object solved = Class.forName("backprop.export.notebook.NotebookCells")',
            '            .getMethod("solve", Class.forName("backprop.examples.Scenario")).invoke(null, scenario);',
            "    @SuppressWarnings(\"unchecked\") Map<String, Double> all = (Map<String, Double>) solved;",
            "    answers.putAll(all);",
            "} catch (ReflectiveOperationException route) {",
            '    System.out.println("no route: " + route);',
            "}"]), text)
    out, last = [], 0
    for m in DEFINITION.finditer(text):
        region = REGION.search(text, m.end())
        if region is None:
            continue
        indent = region.group(1)
        body = "".join(indent + l + "\n" for l in cheat_body(m.group(1), m.group(2), text[max(0, m.start() - 400):m.end()]))
        out.append(text[last:region.start()] + body)
        last = region.end()
    return "".join(out) + text[last:] if out else REGION.sub("", text)


def make(out_dir, course, names):
    for name in names:
        instructor = load(os.path.join(out_dir, "notebooks", "instructor", name + ".ipynb"))
        student = load(os.path.join(out_dir, "notebooks", "student", name + ".ipynb"))
        code = solution_code(instructor)
        method, before, after, _ = slip_of(name)
        target = [g for g, t in code.items() if re.search(r"\b" + method + r"\(", t) and before in t]
        if not target:
            sys.exit(f"{name}: no solution cell of {method} holds {before!r}")
        folder = os.path.join(course, name)
        os.makedirs(folder, exist_ok=True)
        save(with_solutions(student, code), os.path.join(folder, "correct.ipynb"))
        save(with_solutions(student, code, lambda g, t: t.replace(before, after, 1) if g == target[0] else t),
             os.path.join(folder, "slipped.ipynb"))
        save(student, os.path.join(folder, "blank.ipynb"))
        save(with_solutions(student, code, lambda g, t: cheated(t)), os.path.join(folder, "cheating.ipynb"))


def questions(instructor):
    """question id -> {part: the call its hidden test makes}, for every grading code cell."""
    out = {}
    for c in instructor["cells"]:
        if c["cell_type"] == "code" and nbgrader(c).get("grade"):
            hidden = HIDDEN.search(source(c))
            parts = {}
            for line in (hidden.group(1) if hidden else "").splitlines():
                m = PART.match(line.strip())
                if m:
                    parts[m.group(1).replace('\\"', '"')] = m.group(2)
            out[nbgrader(c)["grade_id"]] = parts
    return out


def users(code, method):
    """The methods whose solution calls {@code method}, itself included."""
    using = {method}
    for text in code.values():
        for m in DEFINITION.finditer(text):
            end = text.find("\n}\n", m.end())
            body = text[m.end(): end if end > 0 else len(text)]
            if re.search(r"\b" + method + r"\(", body):
                using.add(m.group(1))
    return using


def calls(call, methods):
    return any(re.search(r"\b" + m + r"\(", call) for m in methods)


def grades(path):
    with open(path, encoding="utf-8", newline="") as f:
        return {r["question"]: r for r in csv.DictReader(f)}


def page_total(path):
    with open(path, encoding="utf-8") as f:
        m = re.search(r'<p class="total">Total: <strong>([0-9.]+)/([0-9.]+)</strong>', f.read())
    return (float(m.group(1)), float(m.group(2))) if m else None


def check(out_dir, course):
    failures, lines = [], []
    names = sorted(d for d in os.listdir(course) if os.path.isdir(os.path.join(course, d)))
    for name in names:
        instructor = load(os.path.join(out_dir, "notebooks", "instructor", name + ".ipynb"))
        code = solution_code(instructor)
        qs = questions(instructor)
        method, _, _, slip = slip_of(name)
        touched = users(code, method)
        summary = []
        for who in STUDENTS:
            base = os.path.join(course, name, who)
            if not os.path.exists(base + ".csv"):
                continue
            g = grades(base + ".csv")
            earned = sum(float(r["earned"]) for r in g.values())
            possible = sum(float(r["possible"]) for r in g.values())
            summary.append(f"{who} {earned:g}/{possible:g}")
            bad = lambda why: failures.append(f"{name} {who}: {why}")
            if set(g) != set(qs):
                bad(f"graded questions {sorted(set(g) ^ set(qs))} differ from the notebook's")
            total = page_total(base + ".html")
            if total is None or abs(total[0] - earned) > 1e-9 or abs(total[1] - possible) > 1e-9:
                bad(f"the feedback page's total {total} is not the CSV's {earned:g}/{possible:g}")
            for q, r in g.items():
                e, p = float(r["earned"]), float(r["possible"])
                feedback = r["feedback"]
                lost = {part for part in qs.get(q, {}) if re.search(r"(^|; )" + re.escape(part) + ": ", feedback)}
                method_q = not q.endswith("-grade")
                if who == "correct" and e != p:
                    bad(f"{q} {e:g}/{p:g}: {feedback}")
                elif who == "blank" and e != 0:
                    bad(f"{q} {e:g}/{p:g}")
                elif who == "cheating" and method_q and e != 0:
                    bad(f"{q} {e:g}/{p:g}: a library route earned marks")
                elif who == "slipped" and method_q:
                    slipped_parts = {part for part, call in qs[q].items() if calls(call, touched)}
                    if not slipped_parts and e != p:
                        bad(f"{q} {e:g}/{p:g} although its tests call no method that uses {method}: {feedback}")
                    if slipped_parts and not lost <= slipped_parts:
                        bad(f"{q}: lost {sorted(lost - slipped_parts)}, which do not call {method}")
            if who == "slipped":
                mine = {q for q in g if not q.endswith("-grade") and any(calls(c, {method}) for c in qs[q].values())}
                lost_any = [q for q in mine if float(g[q]["earned"]) < float(g[q]["possible"])]
                if not lost_any:
                    bad(f"the slip in {method} cost nothing")
                with open(base + ".html", encoding="utf-8") as f:
                    page = html.unescape(f.read())
                for q in lost_any:
                    if slip and f"({slip})" not in g[q]["feedback"]:
                        bad(f"{q}: the feedback does not name {slip}: {g[q]['feedback']}")
                    if slip and f"({slip})" not in page:
                        bad(f"the feedback page does not name {slip}")
                    if g[q]["feedback"].split("; ")[0] not in page:
                        bad(f"{q}: the feedback page does not say what is wrong: {g[q]['feedback']}")
            if who == "cheating":
                answers = [f"{q} {g[q]['earned']}/{g[q]['possible']}" for q in g if q.endswith("-grade")]
                summary.append("(cheating's answer-key questions: " + ", ".join(answers) + ")")
        lines.append(f"{name}: slip {slip or method + ' (not catalogued)'}; " + ", ".join(summary))
    for line in lines:
        print(line)
    for f in failures:
        print("FAIL " + f)
    print(f"course: {len(names)} notebooks; {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3], sys.argv[4:] or sorted(
            f[:-6] for f in os.listdir(os.path.join(sys.argv[2], "notebooks", "instructor")) if f.endswith(".ipynb")))
    elif len(sys.argv) == 4 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
