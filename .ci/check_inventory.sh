#!/usr/bin/env bash
# The third independent check (after the Java tests and the Jupyter run): notes/inventory.py's own
# recomputation of every printed value against the answer-key.csv that ./answer-key wrote, and proof that the
# comparison fails on altered copies. Usage: .ci/check_inventory.sh OUTPUT_FOLDER_OF_ANSWER_KEY
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 .ci/check_inventory.py "$1/answer-key.csv"
/usr/bin/python3 .ci/check_inventory.py --prove-it-can-fail "$1/answer-key.csv" >/dev/null \
  || { echo "check_inventory.py did not fail on an altered copy"; exit 1; }
echo "check_inventory.py fails on altered copies (a value, a status, a dropped row)"
