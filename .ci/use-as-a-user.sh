#!/usr/bin/env bash
# The main command as a user runs it: from a folder of their own, with relative paths, never touching what
# it did not write.   use-as-a-user.sh REPO
set -euo pipefail
repo="$1"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
cd "$home"
cp "$repo/variants/exam-expression.toml" my-exam.toml

# Relative --variant and --out are the caller's.
"$repo/answer-key" --out out --variant my-exam.toml >/dev/null
[ -f out/answer-key.csv ] || { echo "use-as-a-user: out/answer-key.csv not written in the caller's folder"; exit 1; }
[ ! -e "$repo/out" ] || { echo "use-as-a-user: wrote into the repository"; exit 1; }
# The folder is the tool's own: a second run replaces it.
"$repo/answer-key" --out out --variant my-exam.toml >/dev/null

# A folder with the user's file is refused, exit 2, one line, the file untouched.
mkdir -p mine/sub && echo "my thesis" > mine/thesis.tex
set +e
"$repo/answer-key" --out mine --variant my-exam.toml >stdout.txt 2>stderr.txt
status=$?
set -e
[ "$status" -eq 2 ] || { echo "use-as-a-user: --out at a user's folder exited $status, not 2"; cat stderr.txt; exit 1; }
[ "$(cat mine/thesis.tex)" = "my thesis" ] || { echo "use-as-a-user: mine/thesis.tex was touched"; exit 1; }
[ "$(wc -l < stderr.txt)" -eq 1 ] || { echo "use-as-a-user: not one line:"; cat stderr.txt; exit 1; }
grep -q '^answer-key: ' stderr.txt || { echo "use-as-a-user: message does not start with answer-key:"; exit 1; }

# A misspelt key is refused with its file and line.
sed 's/^precision = /precison = /' my-exam.toml > typo.toml
set +e
"$repo/answer-key" --out typo-out --variant typo.toml >/dev/null 2>stderr.txt
status=$?
set -e
[ "$status" -eq 2 ] || { echo "use-as-a-user: a misspelt key exited $status, not 2"; cat stderr.txt; exit 1; }
grep -qE '^answer-key: typo\.toml:[0-9]+' stderr.txt || { echo "use-as-a-user: no file:line:"; cat stderr.txt; exit 1; }
[ ! -e typo-out ] || { echo "use-as-a-user: a failed run left typo-out behind"; exit 1; }
leftovers="$(find . -maxdepth 1 -name '.*' ! -name . | head -5)"
[ -z "$leftovers" ] || { echo "use-as-a-user: hidden leftovers: $leftovers"; exit 1; }
# --help and --version answer with no build (the script's own copy, kept identical to the jar's by a test).
[[ "$("$repo/answer-key" --help)" == "Usage: answer-key "* ]] || { echo "use-as-a-user: --help printed no usage"; exit 1; }
[[ "$("$repo/answer-key" --version)" == "answer-key "[0-9]* ]] || { echo "use-as-a-user: --version printed no version"; exit 1; }
echo "as a user: relative paths are the caller's, a user's folder is refused untouched, a typo gets file:line"

# lint, as a user runs it on a lecture of theirs: from their folder, a text in it, a CSV beside it; a planted
# error found on its own line; a device or a --csv onto the text refused in one line, nothing written.
cp "$repo/notebooks-export/src/test/resources/backprop/export/lint/public/mazur.md" notes.md
printf '\nThe error is E = ½ × (0.20)² = 0.03.\n' >> notes.md
"$repo/answer-key" lint notes.md --csv claims.csv > lint.txt
head -1 lint.txt | grep -qE '^lint: 1 file, [0-9]+ claims: ' || { echo "use-as-a-user: lint printed no summary"; cat lint.txt; exit 1; }
line=$(wc -l < notes.md)
grep -q "^notes.md:$line: .*0.03.*inconsistent, should be 0.02" lint.txt \
  || { echo "use-as-a-user: lint missed the planted error on line $line"; cat lint.txt; exit 1; }
grep -q '^file,line,claim,printed,computed,status,note' claims.csv || { echo "use-as-a-user: lint's CSV has no header"; exit 1; }
for bad in "/dev/zero" "notes.md --csv notes.md"; do
  cp notes.md before.md
  set +e
  # shellcheck disable=SC2086
  "$repo/answer-key" lint $bad >stdout.txt 2>stderr.txt
  status=$?
  set -e
  [ "$status" -eq 2 ] || { echo "use-as-a-user: lint $bad exited $status, not 2"; cat stderr.txt; exit 1; }
  [ "$(wc -l < stderr.txt)" -eq 1 ] || { echo "use-as-a-user: lint $bad: not one line:"; cat stderr.txt; exit 1; }
  cmp -s notes.md before.md || { echo "use-as-a-user: lint $bad touched notes.md"; exit 1; }
done
echo "use-as-a-user: lint from a user's folder: summary, the planted error on line $line, bad input refused in one line"
