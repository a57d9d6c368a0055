#!/usr/bin/env bash
# Executes every instructor notebook of an answer-key folder headless with the Java kernel, the
# workbook's jar on the kernel's classpath, into EXECUTED_DIR. Any cell error, compile error or hang
# fails the run, and so does anything the kernel logs on stderr as SEVERE or an uncaught exception: nbclient
# re-sends kernel_info_request every second until answered, which would hide a dropped request
# ("Unhandled message"); kernel-starts.sh checks starts strictly.   run-notebooks.sh OUT_DIR EXECUTED_DIR JAR
set -euo pipefail
out="$1"; executed="$2"; jar="$3"
mkdir -p "$executed"
# rapaio's classpath separator is ';' (with ':' the whole value is taken as one missing path).
export RJK_CLASSPATH="$(readlink -f "$jar")"
# The grading cells read each part's inputs and expected values from the instructor's grading key, as nbgrader's
# autograde finds it on the instructor's machine.
export BACKPROP_GRADING_KEY="$(readlink -f "$out/notebooks/grading-key")"
for nb in "$out"/notebooks/instructor/*.ipynb; do
  start=$(date +%s)
  timeout --kill-after=10 600 /usr/bin/jupyter nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=java --ExecutePreprocessor.timeout=120 \
    --ExecutePreprocessor.startup_timeout=60 \
    --output-dir "$executed" --output "$(basename "$nb")" "$nb" 2>"$executed/$(basename "$nb" .ipynb).log" \
    || { cat "$executed/$(basename "$nb" .ipynb).log"; echo "notebook $nb failed"; exit 1; }
  log="$executed/$(basename "$nb" .ipynb).log"
  if grep -E -q 'SEVERE|Unhandled message|Exception in thread' "$log"; then
    cat "$log"; echo "notebook $nb: the kernel logged an error"; exit 1
  fi
  echo "executed $(basename "$nb") in $(( $(date +%s) - start )) s"
done
