#!/usr/bin/env bash
# Starts the installed Jupyter kernel "java" N times in a row (default 30), each time: one
# kernel_info_request answered, one tiny cell (1 + 1) executed, shut down; every wait bounded (30 s).
# A hang is a failure, never retried. Exits non-zero on any hang, wrong result, or (strict) any
# 'Unhandled message' warning or exception in the kernel's stderr.   kernel-starts.sh [N] [options]
# Options go to kernel_starts.py (--timeout S, --kernel NAME, --quiet, --no-strict).
set -euo pipefail
n="${1:-30}"; shift || true
strict=--strict
args=()
for a in "$@"; do
  if [ "$a" = --no-strict ]; then strict=; else args+=("$a"); fi
done
exec /usr/bin/python3 "$(dirname "$0")/kernel_starts.py" $strict "${args[@]}" "$n"
