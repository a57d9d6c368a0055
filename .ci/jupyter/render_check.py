#!/usr/bin/python3
"""Renders notebooks as a reader sees them and checks the page: nbconvert's HTML, opened in headless
Chromium with MathJax from Debian's libjs-mathjax, must show no raw $$ (every formula typeset) and no
figure of zero size. Saves a screenshot of each page beside the HTML for a person to look at.

    render_check.py OUT_DIR NOTEBOOK.ipynb [NOTEBOOK.ipynb ...]
"""
import json
import os
import re
import subprocess
import sys

# Run in the page once MathJax has finished: what the reader sees, and the size of every figure.
PROBE = """
<script>
function backpropProbe() {
  var text = document.body.innerText;
  var images = Array.prototype.map.call(document.images, function (i) {
    return [i.alt || i.src.slice(0, 40), i.naturalWidth, i.naturalHeight, i.getBoundingClientRect().width];
  });
  var out = document.createElement('pre');
  out.id = 'backprop-probe';
  out.textContent = JSON.stringify({rawDollars: (text.match(/\\$\\$/g) || []).length,
                                    mathJax: typeof MathJax !== 'undefined', images: images});
  document.body.appendChild(out);
}
window.addEventListener('load', function () {
  if (typeof MathJax !== 'undefined' && MathJax.Hub) { MathJax.Hub.Queue(backpropProbe); } else { backpropProbe(); }
});
</script>
"""


def chromium(*args):
    return subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           "--virtual-time-budget=30000", *args], capture_output=True, text=True, timeout=300)


def check(out_dir, notebook):
    name = os.path.splitext(os.path.basename(notebook))[0]
    kind = os.path.basename(os.path.dirname(notebook))
    stem = f"{kind}-{name}"
    subprocess.run(["jupyter", "nbconvert", "--to", "html", "--output-dir", out_dir, "--output", stem, notebook],
                   check=True, capture_output=True)
    html = os.path.join(out_dir, stem + ".html")
    with open(html, encoding="utf-8") as f:
        page = f.read()
    if "/usr/share/javascript/mathjax" in page and not os.path.exists("/usr/share/javascript/mathjax/MathJax.js"):
        return [f"{stem}: the page loads MathJax from /usr/share/javascript/mathjax, which is not installed"]
    probed = os.path.join(out_dir, stem + ".probe.html")
    with open(probed, "w", encoding="utf-8") as f:
        f.write(page.replace("</body>", PROBE + "</body>"))
    dom = chromium("--dump-dom", "file://" + os.path.abspath(probed)).stdout
    chromium("--window-size=1200,1600", "--screenshot=" + os.path.join(out_dir, stem + ".png"),
             "file://" + os.path.abspath(html))
    found = re.search(r'<pre id="backprop-probe">(.*?)</pre>', dom, re.S)
    if not found:
        return [f"{stem}: the page did not finish rendering in Chromium"]
    probe = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
    problems = []
    if not probe["mathJax"]:
        problems.append(f"{stem}: MathJax did not load")
    if probe["rawDollars"]:
        problems.append(f"{stem}: {probe['rawDollars']} raw $$ left in the rendered text")
    for alt, w, h, shown in probe["images"]:
        if not (w > 0 and h > 0 and shown > 0):
            problems.append(f"{stem}: figure '{alt}' has size {w}x{h}, shown {shown} px wide")
    print(f"{stem}: {len(probe['images'])} figures, all with a size; formulas typeset; screenshot {stem}.png"
          if not problems else f"{stem}: {len(problems)} problems")
    return problems


def main(out_dir, notebooks):
    os.makedirs(out_dir, exist_ok=True)
    problems = [p for nb in notebooks for p in check(out_dir, nb)]
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
