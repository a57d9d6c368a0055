#!/usr/bin/env bash
# A course through release, autograde and feedback, as nbgrader runs one (issue 20), with the project's grader:
# for each released notebook four students (.ci/course.py make: correct, slipped, blank, cheating), each graded with
# --csv and --feedback, two gradings at a time (CI's two cores); then .ci/course.py check (correct full marks, blank
# 0, slipped loses only its method's parts with the slip named, cheating 0 on every method question, each feedback
# page's total the CSV's) and the answer scan over the released notebooks and every feedback page (0 answers).
#
# Usage: .ci/course.sh ANSWER_KEY_OUT [JAR] [NAME ...]   (NAME: notebooks to take, e.g. 004; default all 13)
#
# Which gradings: COURSE_STUDENTS (default: all four students on all 13 notebooks, 52 gradings). Measured on this
# machine: see README ("The tests, and what CI adds").
set -euo pipefail
out="${1:?usage: .ci/course.sh ANSWER_KEY_OUT [JAR] [NAME ...]}"
jar="${2:-notebooks-export/target/answer-key.jar}"
shift $(( $# >= 2 ? 2 : 1 ))
here="$(cd "$(dirname "$0")" && pwd)"
course="$(mktemp -d)"
trap 'rm -rf "$course"' EXIT
students="${COURSE_STUDENTS:-correct slipped blank cheating}"
start=$SECONDS

/usr/bin/python3 "$here/course.py" make "$out" "$course" "$@"
for folder in "$course"/*/; do
  name="$(basename "$folder")"
  for who in $students; do
    printf '%s\0%s\0' "$out/notebooks/instructor/$name.ipynb" "$folder$who"
  done
done > "$course/jobs"
# one grading: the student's notebook, its CSV and its feedback page beside it; a failed grading is said, not hidden
grade_one() {
  java -cp "$2" backprop.export.grade.Grader --instructor "$1" --student "$3.ipynb" --csv "$3.csv" \
    --feedback "$3.html" > "$3.out" 2>&1 || { echo "grading $3 failed:"; cat "$3.out"; return 1; }
}
export -f grade_one
xargs -0 -n 2 -P 2 bash -c 'grade_one "$1" "$0" "$2"' "$jar" < "$course/jobs"
echo "course: $(( $(tr -cd '\0' < "$course/jobs" | wc -c) / 2 )) gradings in $(( SECONDS - start )) s"

status=0
/usr/bin/python3 "$here/course.py" check "$out" "$course" || status=1
# the released notebooks and the feedback pages hold no answer
/usr/bin/python3 "$here/scan_student_answers.py" "$out" "$course"/*/*.html || status=1
exit "$status"
