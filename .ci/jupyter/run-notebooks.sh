#!/usr/bin/env bash
# Executes every notebook of an answer-key folder, instructor and student, headless with the Java kernel, into
# EXECUTED_DIR (the instructor's, which check_notebooks.py compare reads) and EXECUTED_DIR/student, with the runtime jar the main job writes beside them
# (OUT_DIR/notebooks/workbook-runtime.jar) as the kernel's whole class path: what a student's kernel gets, the
# given helpers and the grading calls, no engine and no solution, so a cell that still needs the workbook's engine
# fails here. Any cell error, compile error or hang fails the run (in a student notebook, all but the stubs' own
# "not written yet"), and so does anything the kernel logs on stderr as SEVERE or an uncaught exception: nbclient
# re-sends kernel_info_request every second until answered, which would hide a dropped request ("Unhandled
# message"); kernel-starts.sh checks starts strictly.   run-notebooks.sh OUT_DIR EXECUTED_DIR
set -euo pipefail
out="$1"; executed="$2"
runtime="$out/notebooks/workbook-runtime.jar"
[[ -f "$runtime" ]] || { echo "no $runtime: the main job writes it beside the notebooks"; exit 1; }
# rapaio's classpath separator is ';' (with ':' the whole value is taken as one missing path); one entry here.
export RJK_CLASSPATH="$(readlink -f "$runtime")"
grading_key="$(readlink -f "$out/notebooks/grading-key")"

run() {  # run DIR NOTEBOOK [nbconvert options]: one notebook into DIR, its log beside it
  local dir="$1" nb="$2"; shift 2
  local log="$dir/$(basename "$nb" .ipynb).log" start
  mkdir -p "$dir"
  start=$(date +%s)
  timeout --kill-after=10 600 /usr/bin/jupyter nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=java --ExecutePreprocessor.timeout=120 \
    --ExecutePreprocessor.startup_timeout=60 "$@" \
    --output-dir "$dir" --output "$(basename "$nb")" "$nb" 2>"$log" \
    || { cat "$log"; echo "notebook $nb failed"; exit 1; }
  if grep -E -q 'SEVERE|Unhandled message|Exception in thread' "$log"; then
    cat "$log"; echo "notebook $nb: the kernel logged an error"; exit 1
  fi
  echo "executed $nb in $(( $(date +%s) - start )) s"
}

# Two notebooks at a time, one kernel each, on CI's two cores (issue 21's sixteen variants made this step twice as
# long run one by one). A failure stops the run: xargs stops on a command that exits 255.
export executed grading_key
export -f run
check_student() {  # the only errors a student notebook may show are the stubs' own "not written yet"
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
cells = json.load(open(sys.argv[1], encoding="utf-8"))["cells"]
for i, cell in enumerate(cells):
    for o in cell.get("outputs", []):
        text = " ".join([o.get("ename", ""), o.get("evalue", "")] + o.get("traceback", []))
        if o.get("output_type") == "error" and "not written yet" not in text:
            sys.exit(f"{sys.argv[1]}: cell {i + 1} ({cell.get('id', '')}): {text[:300]}")
PY
}
export -f check_student
# The instructor's grading cells read each part's inputs and expected values from the grading key, as nbgrader's
# autograde finds it on the instructor's machine.
printf '%s\0' "$out"/notebooks/instructor/*.ipynb \
  | xargs -0 -n 1 -P 2 bash -c 'BACKPROP_GRADING_KEY="$grading_key" run "$executed" "$0" || exit 255'
# A student's kernel has no key (its grading cells score nothing) and its methods are stubs that throw "not written
# yet" when called: those errors are the only ones allowed.
printf '%s\0' "$out"/notebooks/student/*.ipynb \
  | xargs -0 -n 1 -P 2 bash -c 'run "$executed/student" "$0" --allow-errors && check_student "$executed/student/$(basename "$0")" || exit 255'
