#!/usr/bin/env bash
# A whole class through `answer-key class` and `answer-key grade --class` (issue 23, "Done when"): a roster of
# CLASS_SIZE students (default 300), every student's exam drawn from the network template, a submission made for each
# by .ci/class.py make (by roster place: correct, slipped, blank, copied from the student before them, missing,
# cheating, and about 1 in 50 hostile: an endless loop, System.exit, a flood of output, an allocation without end),
# the class graded in one run, then .ci/class.py check (the gradebook against scores it computes itself from each
# student's grading key and instructor notebook) and the answer scan over every student's released notebook and
# exam sheet and every feedback page (0 answers: each student's own from key.csv).
#
# Measured (2 cores shared with other sessions): 300 exams and submissions made in about a minute; graded in
# 2,688 s (294 submissions, 6 hostile) at a load average of 15-30, all 300 checked with 0 failures, the scan 0 answers
# in 300 notebooks, 300 sheets and 294 feedback pages; 7 students in 56 s, 56 s of CPU (a loop's 20 s of it) at a load
# average of 7.
#
# Usage: .ci/class.sh [JAR]    (JAR: default notebooks-export/target/answer-key.jar)
# CLASS_SIZE=N: a smaller class while developing (every kind is in the first 7 students; CLASS_PERIOD=7 repeats all
# seven kinds, the four attacks in turn, every 7 students). CLASS_DIR=DIR keeps the roster, class folder, submissions
# and grades in DIR (a new folder) instead of a temporary one. CLASS_TIME_LIMIT: each cell's CPU seconds (default
# 10: a correct student's cell takes well under 1 s; an endless loop costs it twice, in z's test and the answers
# cell).
set -euo pipefail
jar="${1:-notebooks-export/target/answer-key.jar}"
here="$(cd "$(dirname "$0")" && pwd)"
template="$here/../variants/templates/exam-network-template.toml"
size="${CLASS_SIZE:-300}"
if [[ -n "${CLASS_DIR:-}" ]]; then
  work="$CLASS_DIR"
  mkdir "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi

/usr/bin/python3 "$here/class.py" roster "$size" "$work/roster.csv"
start=$SECONDS
java -jar "$jar" class --template "$template" --roster "$work/roster.csv" --out "$work/class"
made=$(( SECONDS - start ))
/usr/bin/python3 "$here/class.py" make "$work/class" "$work/submitted" "$work/plan.json" "$work/roster.csv"

start=$SECONDS
# the grading's CPU, the sandboxed students' processes included (GNU time misses those): benchmarks/tree_cpu.py
/usr/bin/python3 "$here/../benchmarks/tree_cpu.py" "$work/grade.time" -- java -jar "$jar" grade --class "$work/class" --submissions "$work/submitted" --out "$work/graded" \
  --time-limit "${CLASS_TIME_LIMIT:-10}" 2> "$work/grade.log" \
  || { cat "$work/grade.log"; echo "grade --class failed"; exit 1; }
graded=$(( SECONDS - start ))
# the grader's own report: the students whose cell ended their process, the copiers, the summary
cat "$work/grade.log"
read -r _ cpu _ < "$work/grade.time"
echo "class of $size: made in $made s; graded in $graded s, $cpu s of CPU (sampled, a lower bound), on $(nproc) cores" \
  "at a load average of $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
/usr/bin/python3 "$here/class.py" check "$work/class" "$work/graded" "$work/plan.json" "$work/grade.log" "$template" \
  || status=1
# what each student receives (their notebook and sheet) and their feedback page hold none of their own answers
/usr/bin/python3 "$here/scan_student_answers.py" --class "$work/class" "$work"/graded/feedback/*.html || status=1
exit "$status"
