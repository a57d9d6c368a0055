#!/usr/bin/env bash
# How `answer-key grade --class` scales with the class (issue 23: 300 submitted notebooks graded in at most 10
# minutes on 2 cores). Not a JMH benchmark: per class size, a class drawn from the template by `answer-key class`,
# every student handing in the instructor's solution in their own notebook (.ci/class.py make, CLASS_ONLY=correct:
# the common case, every cell run to its end), then one whole `grade --class` run: its wall time, the CPU time of it
# and of every student's sandboxed process (benchmarks/tree_cpu.py: GNU time misses the sandboxed processes), and the
# grader's peak resident memory, printed per student.
#   benchmarks/grade-scale.sh [TEMPLATE] [SIZES...]     (default: variants/templates/exam-network-template.toml 10 50)
# Needs the jar (mvn -B -ntp package -DskipTests) and bubblewrap; writes only into a temporary folder, removed at the
# end. GRADE_JAVA_OPTS: options for the grader's JVM.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd -P)"
jar="$repo/notebooks-export/target/answer-key.jar"
template="${1:-$repo/variants/templates/exam-network-template.toml}"
shift $(( $# > 0 ? 1 : 0 ))
sizes=("${@:-10 50}")
read -r -a sizes <<< "${sizes[*]}"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -ntp package -DskipTests first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%s\n' "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1)"
printf '%8s %10s %14s %10s %16s %10s\n' students wall_s wall_s_each cpu_s cpu_s_per_student peak_MB
for n in "${sizes[@]}"; do
  /usr/bin/python3 "$repo/.ci/class.py" roster "$n" "$work/roster-$n.csv"
  java -jar "$jar" class --template "$template" --roster "$work/roster-$n.csv" --out "$work/class-$n" \
    > "$work/class-log-$n" 2>&1 || { cat "$work/class-log-$n"; exit 1; }
  CLASS_ONLY=correct /usr/bin/python3 "$repo/.ci/class.py" make "$work/class-$n" "$work/submitted-$n" \
    "$work/plan-$n.json" "$work/roster-$n.csv" > /dev/null
  /usr/bin/python3 "$repo/benchmarks/tree_cpu.py" "$work/time-$n" -- java ${GRADE_JAVA_OPTS:-} -jar "$jar" grade \
    --class "$work/class-$n" --submissions "$work/submitted-$n" --out "$work/graded-$n" > "$work/log-$n" 2>&1 \
    || { cat "$work/log-$n"; exit 1; }
  read -r wall cpu kb < "$work/time-$n"
  awk -v n="$n" -v w="$wall" -v c="$cpu" -v kb="$kb" \
    'BEGIN { printf "%8d %10.1f %14.2f %10.1f %16.2f %10.0f\n", n, w, w/n, c, c/n, kb/1024 }'
  rm -rf "$work/class-$n" "$work/submitted-$n" "$work/graded-$n"
done
