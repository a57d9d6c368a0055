#!/usr/bin/env bash
# Installs Jupyter (Debian's packages) and a Java kernel (rapaio-jupyter-kernel from Maven Central) as
# kernel "java", on Debian 12, as root. Idempotent.
#
# Why this kernel: JJava's runnable kernel is not on Maven Central (only its base library is), and
# rapaio-jupyter-kernel 3.0.1 is, as one jar. It has a start-up race (LoopThread sets running = true
# after Thread.start(), so a channel thread can exit at once and the kernel never answers: about 7 % of
# starts here); kernel-patch/ shadows that one class with the flag set first, and shadows
# logging.properties so the kernel does not log its connection key. 0 hangs in about 130 starts.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
RJK_VERSION=3.0.1
KERNEL_DIR="${1:-/usr/local/share/jupyter/kernels/java}"

if ! /usr/bin/python3 -c 'import nbformat, nbclient, nbconvert, jupyter_client' 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3-nbformat python3-nbclient python3-nbconvert \
    jupyter-nbconvert python3-jupyter-client jupyter-client jupyter-core >/dev/null
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
