#!/usr/bin/env bash
# Installs Jupyter (Debian's packages) and a Java kernel (rapaio-jupyter-kernel from Maven Central) as
# kernel "java", on Debian 12, as root. Idempotent.
#
# Why this kernel: JJava's runnable kernel is not on Maven Central -- org.dflib.jjava 1.0-a6 publishes only
# jjava-jupyter (the protocol library, no JShell kernel, no main class) and the parent POM; jjava-kernel,
# -launcher and -distro are not there -- while rapaio-jupyter-kernel 3.0.1 is, as one jar. Its races are
# mended by kernel-patch/, copies of three of its classes put ahead of the jar (each change marked MENDED):
#   LoopThread     set running = true after Thread.start(), so a channel thread could exit at once; and
#                  an exception in a loop body ended the channel thread (now logged, the loop goes on);
#   Channels       connect() started the shell/control threads before it set the kernel's back-reference
#                  and filled the handler map: a kernel_info_request met a null map (NullPointerException,
#                  shell thread dead) or a half-filled one ("Unhandled message", the request dropped); and
#                  the control thread shared the shell's message id and after-actions and replied on the
#                  shell socket, so an interrupt lost its reply and the interrupted cell's reply and idle;
#   ControlChannel tells Channels which thread is the control thread (and names it Control-n, not Shell-n);
# and logging.properties, so that the kernel does not log its connection key.
# Measured with kernel-starts.sh (one kernel_info_request, one cell, every wait bounded by 30 s, no retry)
# on 2 cores shared with other builds: 3.0.1 with the LoopThread patch alone, 14 hangs in 60 starts (12
# dropped kernel_info_request, 2 NullPointerException); mended, 0 hangs in 200 consecutive starts (no
# warning, no exception; 920 s, 4.6 s a start, 3.5 s to the kernel_info_reply, under load average 16-20),
# and 0 hangs in 200 more with --interrupt (an interrupted cell in each; 493 s, 2.5 s a start).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
RJK_VERSION=3.0.1
KERNEL_DIR="${1:-/usr/local/share/jupyter/kernels/java}"

if ! command -v mvn >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1 || ! command -v jar >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends maven openjdk-17-jdk-headless >/dev/null
fi
if ! /usr/bin/python3 -c 'import nbformat, nbclient, nbconvert, jupyter_client' 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3-nbformat python3-nbclient python3-nbconvert \
    jupyter-nbconvert python3-jupyter-client jupyter-client jupyter-core >/dev/null
fi
# Chromium renders the pages headless for render_check.py. No MathJax (libjs-mathjax): the notebooks write their
# formulas as HTML (issue 20), and render_check.py renders them with MathJax pointed at a file that does not exist.
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

mkdir -p "$KERNEL_DIR"
if [ ! -s "$KERNEL_DIR/rapaio-jupyter-kernel.jar" ]; then
  tmp="$(mktemp -d)"
  mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
      -Dartifact="io.github.padreati:rapaio-jupyter-kernel:${RJK_VERSION}" -DoutputDirectory="$tmp"
  mv "$tmp/rapaio-jupyter-kernel-${RJK_VERSION}.jar" "$KERNEL_DIR/rapaio-jupyter-kernel.jar"
  rmdir "$tmp"
fi

patch="$(mktemp -d)"
javac --release 17 -nowarn -cp "$KERNEL_DIR/rapaio-jupyter-kernel.jar" -d "$patch" \
      "$HERE"/kernel-patch/src/org/rapaio/jupyter/kernel/channels/*.java
cp "$HERE/kernel-patch/resources/logging.properties" "$patch/"
jar cf "$KERNEL_DIR/rjk-patch.jar" -C "$patch" .
rm -f "$KERNEL_DIR/rjk-loopthread-fix.jar"   # the patch jar's earlier name
rm -rf "$patch"

# Plain-text results (the default is HTML only) and no ANSI colours in messages.
cat > "$KERNEL_DIR/init.jsh" <<'JSH'
org.rapaio.jupyter.kernel.global.Global.options().set("display.defaultMime", "text/plain");
org.rapaio.jupyter.kernel.global.Global.options().set("display.text.colored", "false");
JSH

# No RJK_CLASSPATH here: kernel.json's env would override the caller's, which must pass it through.
cat > "$KERNEL_DIR/kernel.json" <<JSON
{
  "argv": ["java", "-cp", "$KERNEL_DIR/rjk-patch.jar:$KERNEL_DIR/rapaio-jupyter-kernel.jar",
           "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"],
  "display_name": "Java",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_TIMEOUT_MILLIS": "-1",
    "RJK_INIT_SCRIPT": "$KERNEL_DIR/init.jsh",
    "RJK_MIMA_CACHE": "/tmp/rjk_mima_cache"
  }
}
JSON
echo "Java kernel installed in $KERNEL_DIR"
