#!/usr/bin/env bash
# The largest legal scenario files of each kind (variants/README.md, "Limits"; written by largest_files.py) must
# each finish under a 1 GB heap: one run per file, and one run of the most files (20) a run may take.
#   .ci/largest-files.sh [JAR]      default JAR: notebooks-export/target/answer-key.jar
# Prints each run's time; fails on the first run that does not exit 0 (an OutOfMemoryError is exit 1).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
jar="${1:-$repo/notebooks-export/target/answer-key.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$repo/.ci/largest_files.py" "$work/files"
run() {
  local what="$1"; shift
  local start ms
  start=$(date +%s%N)
  if ! java -Xmx1g -jar "$jar" --out "$work/out" "$@" > "$work/stdout" 2> "$work/stderr"; then
    echo "largest files: $what failed under -Xmx1g:" >&2
    grep -v '^answer-key: progress: ' "$work/stderr" >&2 || true
    exit 1
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf 'largest files: %-22s %3d.%d s\n' "$what" $((ms / 1000)) $((ms % 1000 / 100))
  rm -rf "$work/out"
}
SECONDS=0
for f in "$work"/files/*.toml; do
  run "$(basename "$f")" --variant "$f"
done
many=()
for f in "$work"/files/many/*.toml; do
  many+=(--variant "$f")
done
run "20 files" "${many[@]}"
echo "largest files: all under -Xmx1g, $SECONDS s in all"
