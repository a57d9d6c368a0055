#!/usr/bin/python3
"""Renders notebooks as a reader sees them, with no MathJax, and checks the page. Issue 20: pip's nbconvert 7
(nbgrader's) loads MathJax from a CDN, so offline its pages showed raw $$\\frac…$$; the notebooks now write their
formulas as HTML (sub, sup, Unicode), and this proves a page needs no MathJax: nbconvert's HTML is written with
MathJax pointed at a file that does not exist, opened in headless Chromium, and must show no raw TeX ($$, \\frac,
\\partial, ^{, _{) in its Markdown, every formula line centred, every sub and sup lowered or raised, and no figure
of zero size. Saves a screenshot of each page beside the HTML for a person to look at.

    render_check.py OUT_DIR NOTEBOOK.ipynb [NOTEBOOK.ipynb ...]
"""
import json
import os
import re
import subprocess
import sys
from html import unescape

NO_MATHJAX = "file:///nonexistent/MathJax.js"
RAW_TEX = ["$$", "\\frac", "\\partial", "^{", "_{"]

# Run in the page once it has loaded: the Markdown's text, each formula line, each script's place, each figure's size.
PROBE = """
<script>
function backpropProbe() {
  var markdown = Array.prototype.slice.call(document.querySelectorAll('.jp-RenderedMarkdown, .text_cell_render'));
  var inMarkdown = function (selector) {
    return markdown.reduce(function (all, m) { return all.concat(Array.prototype.slice.call(m.querySelectorAll(selector))); }, []);
  };
  var bottom = function (node) {
    var r = document.createRange();
    r.selectNode(node);
    return r.getBoundingClientRect().bottom;
  };
  // a script sits below (sub) or above (sup) what it follows: its bottom against its left neighbour's
  var scripts = inMarkdown('sub, sup').map(function (s) {
    var before = s.previousSibling || s.parentNode;
    var shift = bottom(s) - bottom(before);
    return [s.tagName.toLowerCase(), s.textContent.slice(0, 20), shift];
  });
  var formulas = inMarkdown('div[align=center]').map(function (d) {
    return [d.textContent.slice(0, 40), getComputedStyle(d).textAlign];
  });
  var images = Array.prototype.map.call(document.images, function (i) {
    return [i.alt || i.src.slice(0, 40), i.naturalWidth, i.naturalHeight, i.getBoundingClientRect().width];
  });
  var out = document.createElement('pre');
  out.id = 'backprop-probe';
  out.textContent = JSON.stringify({markdown: markdown.map(function (m) { return m.innerText; }).join('\\n'),
                                    mathJax: typeof MathJax !== 'undefined', scripts: scripts, formulas: formulas,
                                    images: images});
  document.body.appendChild(out);
}
window.addEventListener('load', backpropProbe);
</script>
"""


def chromium(*args):
    return subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           "--virtual-time-budget=30000", *args], capture_output=True, text=True, timeout=300)


def formulas_in(notebook):
    """The centred formula lines the notebook's Markdown holds, as the export wrote them."""
    with open(notebook, encoding="utf-8") as f:
        cells = json.load(f)["cells"]
    return sum("".join(c["source"]).count('<div align="center">') for c in cells if c["cell_type"] == "markdown")


def problems_of(stem, probe, expected_formulas):
    problems = []
    if probe["mathJax"]:
        problems.append(f"{stem}: MathJax loaded, though the page points it at {NO_MATHJAX}")
    for tex in RAW_TEX:
        if tex in probe["markdown"]:
            at = probe["markdown"].index(tex)
            problems.append(f"{stem}: raw TeX {tex} in the rendered Markdown: ..."
                            + " ".join(probe["markdown"][max(0, at - 30):at + 50].split()) + "...")
    if len(probe["formulas"]) != expected_formulas:
        problems.append(f"{stem}: {len(probe['formulas'])} formula lines rendered, the notebook has {expected_formulas}")
    for text, align in probe["formulas"]:
        if align not in ("center", "-webkit-center"):
            problems.append(f"{stem}: formula '{text}' is aligned {align}, not centred")
    for tag, text, shift in probe["scripts"]:
        if not (shift > 0 if tag == "sub" else shift < 0):
            problems.append(f"{stem}: <{tag}>{text}</{tag}> is not {'lowered' if tag == 'sub' else 'raised'} ({shift:+.1f} px)")
    for alt, w, h, shown in probe["images"]:
        if not (w > 0 and h > 0 and shown > 0):
            problems.append(f"{stem}: figure '{alt}' has size {w}x{h}, shown {shown} px wide")
    return problems


def check(out_dir, notebook):
    name = os.path.splitext(os.path.basename(notebook))[0]
    kind = os.path.basename(os.path.dirname(notebook))
    stem = f"{kind}-{name}"
    subprocess.run(["jupyter", "nbconvert", "--to", "html", f"--HTMLExporter.mathjax_url={NO_MATHJAX}",
                    "--output-dir", out_dir, "--output", stem, notebook], check=True, capture_output=True)
    html = os.path.join(out_dir, stem + ".html")
    with open(html, encoding="utf-8") as f:
        page = f.read()
    if NO_MATHJAX not in page:
        return [f"{stem}: nbconvert did not take --HTMLExporter.mathjax_url; the page may load MathJax"]
    probed = os.path.join(out_dir, stem + ".probe.html")
    with open(probed, "w", encoding="utf-8") as f:
        f.write(page.replace("</body>", PROBE + "</body>"))
    dom = chromium("--dump-dom", "file://" + os.path.abspath(probed)).stdout
    chromium("--window-size=1200,1600", "--screenshot=" + os.path.join(out_dir, stem + ".png"),
             "file://" + os.path.abspath(html))
    found = re.search(r'<pre id="backprop-probe">(.*?)</pre>', dom, re.S)
    if not found:
        return [f"{stem}: the page did not finish rendering in Chromium"]
    probe = json.loads(unescape(found.group(1)))
    problems = problems_of(stem, probe, formulas_in(notebook))
    print(f"{stem}: with no MathJax, formula lines {len(probe['formulas'])}, all centred; sub/sup {len(probe['scripts'])},"
          f" all in place; no raw TeX; figures {len(probe['images'])}, all with a size; screenshot {stem}.png"
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
