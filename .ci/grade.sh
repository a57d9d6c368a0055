#!/usr/bin/env bash
# CI grades with the project's grader (nbgrader is not installable here): every instructor notebook graded as its
# own student scores full marks, every untouched student notebook 0, and the answer key's own true values handed
# in as an answers CSV score every point. Usage: .ci/grade.sh ANSWER_KEY_OUT [JAR]
set -euo pipefail
out="${1:?usage: .ci/grade.sh ANSWER_KEY_OUT [JAR]}"
jar="${2:-notebooks-export/target/answer-key.jar}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
grade() { java -cp "$jar" backprop.export.grade.Grader "$@" | tee "$tmp/last" | tail -1; }
fail=0
for instructor in "$out"/notebooks/instructor/*.ipynb; do
  name="$(basename "$instructor")"
  # the two gradings are independent JShell sessions: run side by side on CI's two cores
  java -cp "$jar" backprop.export.grade.Grader --instructor "$instructor" --student "$instructor" > "$tmp/full" &
  java -cp "$jar" backprop.export.grade.Grader --instructor "$instructor" --student "$out/notebooks/student/$name" > "$tmp/zero" &
  wait
  full="$(tail -1 "$tmp/full")"
  zero="$(tail -1 "$tmp/zero")"
  echo "$name: instructor $full, student $zero"
  # "total: E/P": full marks means E = P, the stub 0 means E = 0
  [[ "$full" =~ ^total:\ ([0-9.]+)/([0-9.]+)$ && "${BASH_REMATCH[1]}" == "${BASH_REMATCH[2]}" ]] || { echo "  instructor: not full marks"; fail=1; }
  [[ "$zero" =~ ^total:\ 0/ ]] || { echo "  student: not 0"; fail=1; }
done
/usr/bin/env python3 - "$out/answer-key.csv" "$tmp/answers.csv" <<'PY'
import csv, sys
seen = set()
with open(sys.argv[1], encoding="utf-8") as key, open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "value"])
    for r in csv.DictReader(key):
        n = r["note"]
        i = n[1:n.index("] ")] if n.startswith("[") else n
        if i not in seen:
            seen.add(i)
            w.writerow([i, r["true_value"]])
PY
answers="$(grade --answers "$tmp/answers.csv" --key "$out/answer-key.csv")"
echo "answer-key.csv's true values as answers: $answers"
[[ "$answers" =~ ^total:\ ([0-9.]+)/([0-9.]+)$ && "${BASH_REMATCH[1]}" == "${BASH_REMATCH[2]}" ]] || fail=1
exit "$fail"
