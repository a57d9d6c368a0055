#!/usr/bin/env bash
# How `answer-key class` scales with the class (issue 23: 1,000 students' variants, notebooks and key in at most
# 30 s on a 2-core machine, memory that does not grow with the class). Not a JMH benchmark: one whole run of the
# command per class size, its wall time and peak resident memory (GNU time), printed as per-student cost and growth.
#   benchmarks/class-scale.sh [TEMPLATE] [SIZES...]     (default: variants/templates/exam-network-template.toml 100 300 1000)
# Needs the jar (mvn -B -ntp package -DskipTests); writes only into a temporary folder, removed at the end.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd -P)"
jar="$repo/notebooks-export/target/answer-key.jar"
template="${1:-$repo/variants/templates/exam-network-template.toml}"
shift $(( $# > 0 ? 1 : 0 ))
sizes=("${@:-100 300 1000}")
read -r -a sizes <<< "${sizes[*]}"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -ntp package -DskipTests first" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%s\n' "cores: $(nproc); java: $(java -version 2>&1 | head -1)"
printf '%8s %10s %14s %12s %16s\n' students wall_s ms_per_student peak_MB MB_per_100_students
for n in "${sizes[@]}"; do
  { echo "id,name"; for i in $(seq 1 "$n"); do printf 's%05d,Student %d\n' "$i" "$i"; done; } > "$work/roster-$n.csv"
  /usr/bin/time -f '%e %M' -o "$work/time-$n" java ${CLASS_JAVA_OPTS:-} -jar "$jar" class --template "$template" \
    --roster "$work/roster-$n.csv" --out "$work/class-$n" > "$work/log-$n" 2>&1 \
    || { cat "$work/log-$n"; exit 1; }
  read -r wall kb < "$work/time-$n"
  awk -v n="$n" -v w="$wall" -v kb="$kb" 'BEGIN { printf "%8d %10.1f %14.1f %12.0f %16.1f\n", n, w, 1000*w/n, kb/1024, 100*kb/1024/n }'
  rm -rf "$work/class-$n"
done
