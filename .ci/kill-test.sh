#!/usr/bin/env bash
# The output folder is never missing after a kill: a run replacing an earlier output is killed (SIGKILL, by
# strace's syscall injection) at each rename, unlink and rmdir it makes, one kill point per run; then a run that
# fails (a bad variant file, exit 2) must leave the folder in place, identical to the earlier output. The
# run that puts a swap back is itself killed at its rename and its lock's unlink too.   kill-test.sh JAR [--every]
# Documents only (no --variant): one run takes about 1.6 s, 3.5 s under strace. Two kill points at a time.
set -euo pipefail
jar="$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export JAVA_TOOL_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
calls="rename,renameat,renameat2,unlink,unlinkat,rmdir"
answer_key() { java -jar "$jar" "$@" 2>&1; }
cd "$work"
printf 'x\n' > bad.toml
answer_key --out ref >/dev/null

# The kill points: every such call of one replacing run, counted per system call. With --every, all of them
# (25: 2 renames, 18 unlinks, 5 rmdirs; about 100 s on 2 idle cores); else all but the unlinks of the old folder's
# files between its first and its last, each of which leaves what its neighbours leave (DIR in place, the old
# folder part removed): 11 points, within CI's minute.
cp -a ref count && mkdir count-dir && mv count count-dir/out
(cd count-dir && strace -f -qq -o ../trace -e trace="$calls" java -jar "$jar" --out out >/dev/null 2>&1)
points=()
skipped=0
for call in ${calls//,/ }; do
  grep -E "^[0-9]+ +$call\(" trace > "calls-$call" || true
  n="$(wc -l < "calls-$call")"
  files="$(grep -vcE 'answer-key-lock"|/\.answer-key"' "calls-$call" || true)"
  for ((i = 1; i <= n; i++)); do
    line="$(sed -n "${i}p" "calls-$call")"
    if [ "${2:-}" != --every ] && [ "$call" = unlink ] && [ "$i" -gt 1 ] && [ "$i" -lt "$files" ] \
        && ! grep -qE 'answer-key-lock"|/\.answer-key"' <<<"$line"; then
      skipped=$((skipped + 1))
      continue
    fi
    points+=("$call $i")
  done
done
[ "$((${#points[@]} + skipped))" -ge 20 ] || { echo "kill-test: only ${#points[@]} kill points counted:"; cat trace; exit 1; }

# One kill point: a copy of the earlier output, a replacing run killed at the call, then a failing run.
# With "recover", the failing run is killed too, at its own first rename or unlink, and a second one follows.
kill_at() {
  local call="$1" n="$2" recover="${3:-}" dir
  dir="$work/$call-$n${recover:+-$recover}"
  mkdir "$dir" && cp -a "$work/ref" "$dir/out" && cp "$work/bad.toml" "$dir/"
  cd "$dir"
  set +e
  strace -f -qq -o /dev/null -e trace="$call" -e inject="$call":signal=KILL:when="$n" \
    java -jar "$jar" --out out >/dev/null 2>&1
  status=$?
  [ "$status" -eq 137 ] || { echo "kill-test: $call #$n: the run was not killed (exit $status)"; return 1; }
  if [ -n "$recover" ]; then
    strace -f -qq -o /dev/null -e trace="$recover" -e inject="$recover":signal=KILL:when=1 \
      java -jar "$jar" --out out --variant bad.toml >/dev/null 2>&1
  fi
  java -jar "$jar" --out out --variant bad.toml >stdout 2>stderr
  status=$?
  set -e
  [ "$status" -eq 2 ] || { echo "kill-test: $call #$n: the failing run exited $status"; cat stderr; return 1; }
  [ -d out ] || { echo "kill-test: $call #$n${recover:+, then $recover}: out is missing:"; ls -a; return 1; }
  diff -r "$work/ref" out >/dev/null || { echo "kill-test: $call #$n: out differs from the earlier output"; return 1; }
  echo "$call #$n${recover:+ (the recovering run killed at its first $recover)}: out in place, complete$(
    grep -q '^note: put back' stdout && echo ', put back by the failing run')"
}
export -f kill_at
export jar work
start=$SECONDS
# The swap's second rename (target → old done, staged → target not) is where the folder goes missing: there,
# the run that puts it back is killed at its rename and at its lock file's unlink too.
{
  printf '%s\n' "${points[@]}"
  echo "rename 2 rename"
  echo "rename 2 unlink"
} | xargs -P 2 -L 1 bash -c 'kill_at "$@"' _ 2>xargs.err | sort -V > results || true
cat results
# (bash's own "Killed" line for each killed run goes to xargs.err, shown only when a kill point failed)
[ "$(grep -c ': out in place, complete' results)" -eq $((${#points[@]} + 2)) ] \
  || { grep -v Killed xargs.err; echo "kill-test: some kill points failed"; exit 1; }
grep -q '^rename #2: .*put back by the failing run' results \
  || { echo "kill-test: the kill between the renames was not put back"; exit 1; }
echo "kill-test: ${#points[@]} kill points of $((${#points[@]} + skipped)) (+2 in the recovering run), the output folder present and complete after each, $((SECONDS - start)) s"
