#!/usr/bin/env python3
"""Every mutant that survives a module's own tests must be listed as equivalent, with its reason.

    check_mutants.py MODULE [MODULE ...]

For each module, reads PIT's MODULE/target/pit-reports/mutations.xml (profile "mutation") and
MODULE/equivalent-mutants.tsv, whose rows are

    class <TAB> method <TAB> description <TAB> reason

one row per surviving mutant (PIT's own words for the description, e.g. "Replaced double addition with
subtraction"). Fails when a mutant survives that no row accounts for (a test is missing, or the row is),
and when a row accounts for no survivor (the list is stale). Prints the score per module.
"""
import collections
import os
import sys
import xml.etree.ElementTree as ET

KILLED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}


def survivors(module):
    root = ET.parse(f"{module}/target/pit-reports/mutations.xml").getroot()
    total, alive = 0, collections.Counter()
    where = collections.defaultdict(list)
    for m in root.iter("mutation"):
        total += 1
        if m.get("status") in KILLED:
            continue
        key = (m.findtext("mutatedClass"), m.findtext("mutatedMethod"), m.findtext("description"))
        alive[key] += 1
        where[key].append(f"{m.findtext('sourceFile')}:{m.findtext('lineNumber')} ({m.get('status')})")
    return total, alive, where


def listed(module):
    rows = collections.Counter()
    path = f"{module}/equivalent-mutants.tsv"
    if not os.path.exists(path):
        return rows
    with open(f"{module}/equivalent-mutants.tsv", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4 or not parts[3].strip():
                sys.exit(f"{module}/equivalent-mutants.tsv:{n}: want class, method, description, reason (tabs)")
            rows[tuple(parts[:3])] += 1
    return rows


def main(modules):
    failed = False
    for module in modules:
        total, alive, where = survivors(module)
        rows = listed(module)
        killed = total - sum(alive.values())
        print(f"{module}: {killed}/{total} mutants killed ({100.0 * killed / total:.1f} %), "
              f"{sum(alive.values())} survive, {sum(rows.values())} listed as equivalent")
        for key in sorted(alive.keys() | rows.keys()):
            extra = alive[key] - rows[key]
            if extra > 0:
                failed = True
                print(f"  survives, not listed: {key[0]}.{key[1]}: {key[2]} at {', '.join(where[key])}")
            elif extra < 0:
                failed = True
                print(f"  listed, but killed now (remove the row): {key[0]}.{key[1]}: {key[2]}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
