#!/usr/bin/env python3
"""The third independent check: notes/inventory.py against answer-key.csv.

notes/inventory.py recomputes every printed value of the documents on its own (Python, exact rationals where
the arithmetic is rational), with its own status rule. This script reads the answer-key.csv that
./answer-key wrote (columns document,scenario,location,quantity,published,computed,true_value,status,note;
a published value's note starts with its id in brackets) and requires, for every published value:

  - the same status;
  - true_value equal to the inventory's exact value (relative 1e-9: both are the same mathematics, one in
    Java doubles, one in fractions and Python doubles);
  - computed within half a unit of the printed last digit of the inventory's value in the column the status
    names (reproduced: exact; reproduced-with-document-rounding: rounding; document-method-differs: the
    document's method): the tolerance follows from the printed digits.

Every published value in the CSV must have an inventory row, and every inventory row must be either such a
value or a repeat of one (an operand printed again inside a later expression), with the same status.
Standard library only (Debian's python3).

Usage: check_inventory.py ANSWER_KEY_CSV                 the check; exit 1 on any disagreement
       check_inventory.py --prove-it-can-fail ANSWER_KEY_CSV
                                                          the check on altered copies (one value, one status,
                                                          one row dropped) must fail each time
"""
import csv
import io
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / 'notes'))
import inventory  # noqa: E402  (computes its rows on import)

# answer-key id -> inventory id
KEY_TO_INVENTORY = {
    '000.single-neuron.a_L': '000.grad.aL',
    '000.single-neuron.a_L-1': '000.grad.aLm1',
    '003.example1.df_dh': '003.ex1.df_dh',
    '003.example1.df_dz': '003.ex1.df_dz',
    '003.sigmoid-gate.df_df': '003.ex2.g_out',
    '003.sigmoid-gate.denominator': '003.ex2.den',
    '003.sigmoid-gate.df_ddenominator': '003.ex2.g_den',
    '003.sigmoid-gate.minus_u': '003.ex2.exp_in',
    '003.sigmoid-gate.df_dminus_u': '003.ex2.g_nexp',
    '003.sigmoid-gate.df_du': '003.ex2.g_s',
    '003.sigmoid-gate.neg_local': '003.ex2.neg_local',
    '003.sigmoid-gate.add_local': '003.ex2.add_local',
    '003.sigmoid-gate.df_dx0': '003.ex2.g_x0',
    '003.sigmoid-gate.df_dw0': '003.ex2.g_w0',
    '003.sigmoid.sigma': '003.sig.f',
    '003.sigmoid.product': '003.sig.dsig',
    '003.sigmoid.derivative': '003.sig.dsig_approx',
    '003.tanh.value': '003.tanh.t',
    '003.tanh.derivative': '003.tanh.dt8',
    '003.tanh.derivative_rounded': '003.tanh.dt',
    '003.squared-norm.m1': '003.vec.m1',
    '003.squared-norm.m2': '003.vec.m2',
    '003.squared-norm.f': '003.vec.f',
    **{f'004.w212.{q}_{i}': f'004.ex1.{r}[{i}]'
       for q, r, n in (('a1', 'a1', 4), ('h1', 'h1', 4), ('a2', 'a2', 2), ('yhat', 'yhat', 2))
       for i in range(1, n + 1)},
    '004.w212.loss': '004.ex1.L',
    **{f'004.w212.{q}': f'004.ex1.{q}'
       for q in ('dL_dyhat1', 'dyhat1_da21', 'da21_dw212', 'dL_dw212', 'w212_new')},
    **{f'004.w131.{q}': f'004.ex2.{q}'
       for q in ('dL_dyhat1', 'dL_dyhat2', 'dyhat1_da21', 'dyhat2_da22', 'da21_dh13', 'da22_dh13',
                 'dh13_da13', 'da13_dw131', 'path1', 'path2', 'dL_dw131', 'w131_new')},
}

# inventory rows that repeat a value as an operand of a later expression -> the inventory row they repeat
REPEATS = {
    '003.ex2.g_den.op': '003.ex2.g_den',
    '003.ex2.g_nexp.op': '003.ex2.g_nexp',
    '003.ex2.g_s.op_add': '003.ex2.g_s',
    '003.ex2.g_mul.op_x0': '003.ex2.g_s',
    '003.ex2.g_mul.op_w0': '003.ex2.g_s',
    '004.ex1.L.op_yhat1': '004.ex1.yhat[1]',
    '004.ex1.L.op_yhat2': '004.ex1.yhat[2]',
    '004.ex1.dL_dw212.op1': '004.ex1.dL_dyhat1',
    '004.ex1.dL_dw212.op2': '004.ex1.dyhat1_da21',
    '004.ex1.dL_dw212.op3': '004.ex1.da21_dw212',
    '004.ex1.upd.op': '004.ex1.dL_dw212',
    '004.ex2.upd.op': '004.ex2.dL_dw131',
    **{f'004.ex2.path{p}.op{k}': f'004.ex2.{target}'
       for p, targets in ((1, ('dL_dyhat1', 'dyhat1_da21', 'da21_dh13', 'dh13_da13', 'da13_dw131')),
                          (2, ('dL_dyhat2', 'dyhat2_da22', 'da22_dh13', 'dh13_da13', 'da13_dw131')))
       for k, target in enumerate(targets, start=1)},
}

STATUS_COLUMN = {'reproduced': 6, 'reproduced-with-document-rounding': 7, 'document-method-differs': 8}


def inventory_rows():
    """id -> (printed, exact, rounding, docmethod, status) for every row inventory.py computed."""
    rows = {}
    for doc_rows in inventory.ROWS.values():
        for r in doc_rows:
            rows[r[0]] = (r[1], r[6], r[7], r[8], r[9])
    return rows


def published_values(text):
    """id -> the CSV row, for every row of the five documents with a published value (a scenario file's printed
    values, in chapters named variant-…, are the instructor's, not the documents': verification's
    ScenarioFilePrintedValuesTest checks them against their status keys)."""
    values = {}
    for line, r in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        if not r['published'] or r['document'].startswith('variant-'):
            continue
        note = r['note']
        if not note.startswith('[') or ']' not in note:
            raise SystemExit(f'answer-key.csv line {line}: the note of a published value does not start with [id]')
        values[note[1:note.index(']')]] = r
    return values


def disagreements(text):
    inv = inventory_rows()
    key = published_values(text)
    problems = []
    for key_id, r in key.items():
        inv_id = KEY_TO_INVENTORY.get(key_id)
        if inv_id is None or inv_id not in inv:
            problems.append(f'{key_id}: no row in notes/inventory.py')
            continue
        problems += compare(key_id, r, inv_id, inv[inv_id])
    for key_id, inv_id in KEY_TO_INVENTORY.items():
        if key_id not in key:
            problems.append(f'{key_id} (inventory {inv_id}): missing from answer-key.csv')
    mapped = set(KEY_TO_INVENTORY.values())
    for inv_id, (printed, _, _, _, status) in inv.items():
        if inv_id in mapped:
            continue
        original = REPEATS.get(inv_id)
        if original is None:
            problems.append(f'inventory {inv_id} ({printed}): neither in answer-key.csv nor a repeat of a value in it')
        elif inv[original][4] != status or inv[original][0] != printed:
            problems.append(f'inventory {inv_id} repeats {original} but prints {printed} as {status}, '
                            f'not {inv[original][0]} as {inv[original][4]}')
    return problems, len(key)


def compare(key_id, r, inv_id, inv_row):
    printed, exact, _, _, status = inv_row
    where = f'{key_id} (inventory {inv_id}, printed {printed})'
    if r['published'] != printed:
        return [f'{where}: answer-key.csv has the printed value {r["published"]}']
    problems = []
    if r['status'] != status:
        problems.append(f'{where}: status {r["status"]} in answer-key.csv, {status} in the inventory')
    true_value = float(r['true_value'])
    if abs(true_value - float(exact)) > 1e-9 * max(1.0, abs(float(exact))):
        problems.append(f'{where}: true value {true_value!r} in answer-key.csv, {float(exact)!r} in the inventory')
    column = STATUS_COLUMN.get(status)
    if column is not None:
        expected = inv_row[column - 5]
        half_unit = 0.5 * 10 ** -inventory.decimals(printed) + 1e-12
        if abs(float(r['computed']) - float(expected)) > half_unit:
            problems.append(f'{where}: computed {r["computed"]} in answer-key.csv, {float(expected)!r} '
                            f'in the inventory (more than half a unit of the printed digits apart)')
    return problems


def check(text, label):
    problems, compared = disagreements(text)
    for p in problems:
        print(f'  {p}')
    print(f'{label}: {compared} published values compared with notes/inventory.py '
          f'(status, true value, computed); {len(problems)} disagreements')
    return not problems


def altered_copies(text):
    """The CSV with one true value changed, one status changed, one published value dropped."""
    lines = text.splitlines(keepends=True)
    published = [i for i, r in enumerate(csv.reader(lines)) if i > 0 and r[4] and not r[0].startswith('variant-')]
    header, rows = lines[0], list(csv.reader(lines))

    def write(changed_rows):
        out = io.StringIO()
        csv.writer(out, lineterminator='\n').writerows(changed_rows)
        return header + out.getvalue()

    i = published[len(published) // 2]
    value = [list(r) for r in rows[1:]]
    value[i - 1][6] = repr(float(value[i - 1][6]) * 1.001)
    status = [list(r) for r in rows[1:]]
    status[i - 1][7] = 'erratum'
    dropped = [list(r) for k, r in enumerate(rows[1:], start=1) if k != i]
    return [('a true value times 1.001', write(value)), ('a status changed to erratum', write(status)),
            ('a published value dropped', write(dropped))]


def main(argv):
    prove = argv[:1] == ['--prove-it-can-fail']
    paths = argv[1:] if prove else argv
    if len(paths) != 1:
        raise SystemExit(__doc__)
    text = pathlib.Path(paths[0]).read_text(encoding='utf-8')
    if not prove:
        return 0 if check(text, paths[0]) else 1
    missed = [what for what, copy in altered_copies(text) if check(copy, f'altered copy ({what})')]
    if missed:
        print('the check did not fail on: ' + '; '.join(missed))
        return 1
    print('the check failed on every altered copy, as it must')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
