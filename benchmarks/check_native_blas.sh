#!/usr/bin/env bash
# Where libblas.so.3 is installed (benchmarks/run installs OpenBLAS), the benchmarks' GemmTest must have run
# Gemm.blas() on the native binding (JNIBLAS), not on its silent pure-Java fallback: the fallback is what happens
# when a jar the JNI library needs (net.sourceforge.f2j:arpack_combined_all, for org.netlib.util.*W) is excluded.
# Run after the benchmarks module's tests (benchmarks/run runs them).
set -euo pipefail
cd "$(dirname "$0")/.."
report=benchmarks/target/surefire-reports/TEST-backprop.benchmarks.batch.GemmTest.xml
if ! ldconfig -p 2>/dev/null | grep -q 'libblas\.so\.3'; then
  echo "no libblas.so.3: the native BLAS path is not checked"
  exit 0
fi
[ -f "$report" ] || { echo "$report is missing: run benchmarks/run first"; exit 1; }
if grep -q 'JNIBLAS' "$report"; then
  echo "GemmTest ran on the native BLAS (JNIBLAS)"
else
  echo "libblas.so.3 is installed but GemmTest did not run on JNIBLAS: the binding fell back to Java"
  exit 1
fi
