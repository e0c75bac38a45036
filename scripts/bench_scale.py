"""The side-by-side part of scripts/bench that is not analysis: loading, rendering, reporting.

- native YAML vs GraphML load of the same network (`stakemap validate`), wall and user CPU
  time and peak memory (`/usr/bin/time -v`), best of --repeat runs;
- `stakemap render` (in-process Graphviz) vs the Graphviz command (`sfdp`/`neato`) on the
  same DOT: the scene StakeMap built, written with `-o map.dot` and stripped of its layout;
- `stakemap report` time.

Networks come from scripts/make_network.py. The binary is $STAKEMAP, or a release build in
.build-render (as scripts/bench-render builds it).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import make_network  # noqa: E402


def stakemap_binary():
    if os.environ.get("STAKEMAP"):
        return os.environ["STAKEMAP"]
    subprocess.run(["swift", "build", "-c", "release", "--package-path", ROOT, "--scratch-path",
                    os.path.join(ROOT, ".build-render"), "--product", "stakemap"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, ".build-render", "release", "stakemap")


def measure(command, repeat):
    """Best wall seconds, its user CPU seconds and the largest peak RSS (MB) over `repeat` runs."""
    best = None
    for _ in range(repeat):
        result = subprocess.run(["/usr/bin/time", "-f", "%e %U %M"] + command, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
        wall, user, rss = result.stderr.strip().splitlines()[-1].split()
        run = (float(wall), float(user), int(rss) / 1024)
        best = run if best is None or run[0] < best[0] else (best[0], best[1], max(best[2], run[2]))
    return best


def write(shape, n, path):
    sys.argv = ["make_network.py", shape, str(n), path]
    make_network.main()


def strip_layout(dot_text):
    """The DOT without the positions and sizes Graphviz computed, so a command lays it out anew."""
    for attribute in ["pos", "bb", "lp", "lwidth", "lheight", "width", "height", "_draw_", "_ldraw_", "_hdraw_", "_tdraw_"]:
        dot_text = re.sub(rf'\b{attribute}="[^"]*",?\s*', "", dot_text)
    return dot_text


def load_rows(binary, actors, repeat, work):
    yaml_path = os.path.join(work, f"load-{actors}.yaml")
    graphml_path = os.path.join(work, f"load-{actors}.graphml")
    write("mixed", actors, yaml_path)
    subprocess.run([binary, "convert", yaml_path, "-o", graphml_path], check=True, capture_output=True)
    native = measure([binary, "validate", yaml_path], repeat)
    graphml = measure([binary, "validate", graphml_path], repeat)
    size = lambda path: os.path.getsize(path) / 1e6
    return [f"| load {actors:,} actors, native YAML ({size(yaml_path):.0f} MB) | {native[0]:.2f} s | {native[1]:.2f} s | {native[2]:.0f} MB | "
            f"GraphML ({size(graphml_path):.0f} MB): {graphml[0]:.2f} s, {graphml[1]:.2f} s user, {graphml[2]:.0f} MB | "
            f"{native[0] / graphml[0]:.2f}× |"]


def render_rows(binary, cases, repeat, work):
    rows = []
    for shape, n in cases:
        path = os.path.join(work, f"render-{shape}-{n}.yaml")
        write(shape, n, path)
        svg = os.path.join(work, f"map-{shape}-{n}.svg")
        ours = measure([binary, "render", path, "-o", svg], repeat)
        dot_path = os.path.join(work, f"map-{shape}-{n}.dot")
        info = subprocess.run([binary, "render", path, "-o", dot_path], check=True, capture_output=True, text=True).stderr
        engine = (re.findall(r" ([a-z]+) layout", info) or ["sfdp"])[-1]
        with open(dot_path) as handle:
            stripped = strip_layout(handle.read())
        with open(dot_path, "w") as handle:
            handle.write(stripped)
        peer = "—"
        ratio = "—"
        if shutil.which(engine):
            theirs = measure([engine, "-Tsvg", dot_path, "-o", os.path.join(work, "peer.svg")], repeat)
            peer = f"`{engine} -Tsvg`: {theirs[0]:.2f} s, {theirs[1]:.2f} s user, {theirs[2]:.0f} MB"
            ratio = f"{ours[0] / theirs[0]:.2f}×"
        rows.append(f"| render {n:,} actors ({shape}) to SVG, {engine} | {ours[0]:.2f} s | {ours[1]:.2f} s | {ours[2]:.0f} MB | {peer} | {ratio} |")
    return rows


def report_rows(binary, sizes, repeat, work):
    rows = []
    for n in sizes:
        path = os.path.join(work, f"report-{n}.yaml")
        write("mixed", n, path)
        ours = measure([binary, "report", path, "-o", os.path.join(work, f"report-{n}.html")], repeat)
        rows.append(f"| report on {n:,} actors | {ours[0]:.2f} s | {ours[1]:.2f} s | {ours[2]:.0f} MB | — | — |")
    return rows


def run(load_actors=250_000, render_cases=(("ba", 5000), ("isolated", 1000), ("mixed", 1000)), report_sizes=(1000,), repeat=3):
    """The Markdown table of the load, render and report measurements."""
    binary = stakemap_binary()
    with tempfile.TemporaryDirectory(prefix="stakemap-scale-") as work:
        rows = []
        if load_actors:
            rows += load_rows(binary, load_actors, repeat, work)
        rows += render_rows(binary, render_cases, repeat, work)
        rows += report_rows(binary, report_sizes, repeat, work)
    header = ["| work | StakeMap wall | user CPU | peak memory | reference in the same run | ratio |",
              "|---|---:|---:|---:|---|---:|"]
    return "\n".join(header + rows)


if __name__ == "__main__":
    print(run())
