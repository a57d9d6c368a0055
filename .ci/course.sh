#!/usr/bin/env bash
# A course through release, autograde and feedback, as nbgrader runs one (issue 20), with the project's grader:
# for each released notebook four students (.ci/course.py make: correct, slipped, blank, cheating), each graded with
# --csv and --feedback, two gradings at a time (CI's two cores); then .ci/course.py check (correct full marks, blank
# 0, slipped loses only its method's parts with the slip named, cheating 0 on every method question, each feedback
# page's total the CSV's) and the answer scan over the released notebooks and every feedback page (0 answers).
#
# Usage: .ci/course.sh ANSWER_KEY_OUT [JAR] [NAME ...]   (NAME: notebooks to take, e.g. 004; default all 13)
#
# Which gradings (52 do not fit CI's budget of about 4 minutes: 1,176 s for all 52 at a load average of 16-30 from
# other sessions on 2 cores; step 4b already grades every instructor notebook as its own student and every released
# notebook untouched): all four students on four notebooks, the largest document (004), one more document (000), a
# softmax network variant and a kink variant (COURSE_FULL), and on the other nine the two students only this step
# makes, slipped and cheating: 34 gradings (557 s at a load average of 14-19). COURSE_ALL=1 grades all four on all 13. COURSE_DIR=DIR keeps the
# students, their CSVs and feedback pages in DIR (a new folder) instead of a temporary one.
set -euo pipefail
out="${1:?usage: .ci/course.sh ANSWER_KEY_OUT [JAR] [NAME ...]}"
jar="${2:-notebooks-export/target/answer-key.jar}"
shift $(( $# >= 2 ? 2 : 1 ))
here="$(cd "$(dirname "$0")" && pwd)"
if [[ -n "${COURSE_DIR:-}" ]]; then
  course="$COURSE_DIR"
  mkdir "$course"
else
  course="$(mktemp -d)"
  trap 'rm -rf "$course"' EXIT
fi
full=" ${COURSE_FULL:-000 004 variant-exam-network variant-exam-kink} "
start=$SECONDS

/usr/bin/python3 "$here/course.py" make "$out" "$course" "$@"
for folder in "$course"/*/; do
  name="$(basename "$folder")"
  students="slipped cheating"
  if [[ -n "${COURSE_ALL:-}" || "$full" == *" $name "* ]]; then
    students="correct slipped blank cheating"
  fi
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
