"""The side-by-side part of scripts/bench that is not analysis: loading, rendering, reporting.

- native YAML vs GraphML load of the same network (`stakemap validate`): median wall time,
  median CPU time (user + system, from `wait4`) and the largest peak memory (`/usr/bin/time`) of --repeat runs,
  the two commands taking turns so that both see the same machine load;
- `stakemap render` (in-process Graphviz) vs the Graphviz command (`sfdp`/`neato`) on the
  same DOT: the scene StakeMap built, written with `-o map.dot`, stripped of its layout and put
  back in the order StakeMap created its nodes and edges, so that both draw the same map (the
  row says whether they did); three times --repeat runs, taking turns;
- `stakemap report` time;
- the report of --browser-actors actors in headless Chromium (scripts/report_probe.js): time to
  load the page, to search the table, to zoom and pan the map and to open a card.

Networks come from scripts/make_network.py. The binary is $STAKEMAP, or a release build in
.build-render (as scripts/bench-render builds it).
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import make_network  # noqa: E402


def stakemap_binary():
    if os.environ.get("STAKEMAP"):
        return os.environ["STAKEMAP"]
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "-Xswiftc", "-use-ld=lld", "--package-path", ROOT, "--scratch-path",
                    os.path.join(ROOT, ".build-render"), "--product", "stakemap"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, ".build-render", "release", "stakemap")


def run_once(command):
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one run of `command`.

    Wall time by the clock around the run, CPU time from `wait4` (exact, where `/usr/bin/time`
    rounds to 10 ms), peak memory from `/usr/bin/time -f %M`: the peak `wait4` reports for a
    child started from this process counts the copy of this process it was forked from."""
    start = time.perf_counter()
    process = subprocess.Popen(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    errors = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{errors[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, int(errors.strip().splitlines()[-1]) / 1024


def measure_pair(ours, theirs, repeat):
    """Runs the two commands in turns `repeat` times; for each: median wall, median CPU, largest RSS."""
    runs = ([], [])
    for _ in range(repeat):
        for index, command in enumerate((ours, theirs)):
            if command:
                runs[index].append(run_once(command))
    return tuple(summary(r) if r else None for r in runs)


def measure(command, repeat):
    """Median wall seconds, median CPU seconds and the largest peak RSS (MB) over `repeat` runs."""
    return measure_pair(command, None, repeat)[0]


def summary(runs):
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), max(r[2] for r in runs))


def write(shape, n, path):
    sys.argv = ["make_network.py", shape, str(n), path]
    make_network.main()


def strip_layout(dot_text):
    """The DOT without the positions and sizes Graphviz computed, so a command lays it out anew."""
    for attribute in ["pos", "bb", "lp", "lwidth", "lheight", "width", "height", "_draw_", "_ldraw_", "_hdraw_", "_tdraw_"]:
        dot_text = re.sub(rf'\b{attribute}=("[^"]*"|[^,\]\s]+),?\s*', "", dot_text)
    return dot_text


def creation_ordered(dot_text, actor_ids):
    """The DOT with its nodes and edges in the order StakeMap created them in-process.

    Graphviz writes a node just before the first edge that needs it and each edge after its
    ends, so a command reading that DOT numbers nodes and edges in another order, and sfdp's
    coarsening (which follows that order) draws another map with other work. Here nodes come
    in the order of the actors in the network (`actor_ids`), then ties (`tie-N`) and meetings
    (`meeting-N`) by number, which is how SceneBuilder creates them for these networks."""
    edge = re.compile(r'\t[^\t\n]+ -> [^\t\n]+\t\[key="([^"]*)"[^;]*?\];\n', re.S)
    edges = [(match.group(1), match.group(0)) for match in edge.finditer(dot_text)]
    body = edge.sub("", dot_text)
    node = re.compile(r'\t[^\t\n]+\t\[[^;]*?\bid="actor-([^"]*)"[^;]*?\];\n', re.S)
    rank = {actor: index for index, actor in enumerate(actor_ids)}
    nodes = [(rank.get(match.group(1), len(rank)), match.group(0)) for match in node.finditer(body)]
    body = node.sub("", body)

    def edge_order(item):
        found = re.fullmatch(r"(tie|meeting)-(\d+)", item[0])
        return (0 if found and found.group(1) == "tie" else 1 if found else 2, int(found.group(2)) if found else 0)
    nodes.sort(key=lambda item: item[0])
    edges.sort(key=edge_order)
    end = body.rindex("}")
    return body[:end] + "".join(text for _, text in nodes) + "".join(text for _, text in edges) + body[end:]


def node_positions(svg_path):
    """The centres and corners of every shape in an SVG, to tell whether two layouts are the same."""
    with open(svg_path, encoding="utf-8") as handle:
        return re.findall(r'(?:cx="[^"]*" cy="[^"]*"|points="[^"]*")', handle.read())


def load_rows(binary, actors, repeat, work):
    yaml_path = os.path.join(work, f"load-{actors}.yaml")
    graphml_path = os.path.join(work, f"load-{actors}.graphml")
    write("mixed", actors, yaml_path)
    subprocess.run([binary, "convert", yaml_path, "-o", graphml_path], check=True, capture_output=True)
    native, graphml = measure_pair([binary, "validate", yaml_path], [binary, "validate", graphml_path], repeat)
    size = lambda path: os.path.getsize(path) / 1e6
    return [f"| load {actors:,} actors, native YAML ({size(yaml_path):.0f} MB) | {native[0]:.2f} s | {native[1]:.2f} s | {native[2]:.0f} MB | "
            f"same network as GraphML ({size(graphml_path):.0f} MB): {graphml[0]:.2f} s, {graphml[1]:.2f} s CPU, {graphml[2]:.0f} MB | "
            f"{native[0] / graphml[0]:.2f}× |"]


def render_rows(binary, cases, repeat, work):
    rows = []
    for shape, n in cases:
        path = os.path.join(work, f"render-{shape}-{n}.yaml")
        write(shape, n, path)
        with open(path, encoding="utf-8") as handle:
            actor_ids = re.findall(r"^  - \{id: ([^,]+),", handle.read(), re.M)
        svg = os.path.join(work, f"map-{shape}-{n}.svg")
        dot_path = os.path.join(work, f"map-{shape}-{n}.dot")
        info = subprocess.run([binary, "render", path, "-o", dot_path], check=True, capture_output=True, text=True).stderr
        engine = (re.findall(r" ([a-z]+) layout", info) or ["sfdp"])[-1]
        with open(dot_path) as handle:
            stripped = creation_ordered(strip_layout(handle.read()), actor_ids)
        with open(dot_path, "w") as handle:
            handle.write(stripped)
        peer = "—"
        ratio = "—"
        peer_svg = os.path.join(work, "peer.svg")
        peer_command = [engine, "-Tsvg", dot_path, "-o", peer_svg] if shutil.which(engine) else None
        # Short runs swing most with the machine: three times the runs, taking turns.
        ours, theirs = measure_pair([binary, "render", path, "-o", svg], peer_command, 3 * repeat)
        if theirs:
            same = "the same layout" if node_positions(svg) == node_positions(peer_svg) else "a different layout"
            peer = f"`{engine} -Tsvg` on the same DOT ({same}): {theirs[0]:.2f} s, {theirs[1]:.2f} s CPU, {theirs[2]:.0f} MB"
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


def browser_rows(binary, actors, work):
    """The report of `actors` actors opened in headless Chromium, timed by scripts/report_probe.js."""
    browser = next((path for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                    if os.access(path, os.X_OK)), None)
    if not browser:
        return [f"| report on {actors:,} actors in Chromium | — | — | — | chromium is not installed | — |"]
    path = os.path.join(work, f"browser-{actors}.yaml")
    write("mixed", actors, path)
    page = os.path.join(work, f"browser-{actors}.html")
    subprocess.run([binary, "report", path, "-o", page], check=True, capture_output=True)
    with open(page, encoding="utf-8") as handle:
        html = handle.read()
    with open(os.path.join(ROOT, "scripts", "report_probe.js"), encoding="utf-8") as handle:
        probe = handle.read()
    end = html.rindex("</body>")
    probed = os.path.join(work, "probed.html")
    with open(probed, "w", encoding="utf-8") as handle:
        handle.write(html[:end] + "<script>" + probe + "</script>" + html[end:])
    dom = subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                          "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                          f"--user-data-dir={os.path.join(work, 'chromium-profile')}", "--virtual-time-budget=4000",
                          "--dump-dom", "--window-size=1400,1000", "file://" + probed],
                         capture_output=True, text=True).stdout
    found = re.search(r'<pre id="test-results">([^<]*)</pre>', dom)
    if not found:
        return [f"| report on {actors:,} actors in Chromium | — | — | — | no results from the page | — |"]
    figures = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    seconds = lambda key: f"{figures.get(key, -1) / 1000:.2f} s"
    return [f"| report on {actors:,} actors ({os.path.getsize(page) / 1e6:.0f} MB HTML) in headless Chromium | "
            f"page loaded in {seconds('loadedMs')} | — | — | search {seconds('searchMs')}, zoom step {seconds('zoomMs')}, "
            f"10-step pan {seconds('panMs')}, card {seconds('cardMs')} | — |"]


def run(load_actors=250_000, render_cases=(("ba", 5000), ("isolated", 1000), ("mixed", 1000)), report_sizes=(1000,),
        repeat=3, browser_actors=5000):
    """The Markdown table of the load, render, report and browser measurements."""
    binary = stakemap_binary()
    with tempfile.TemporaryDirectory(prefix="stakemap-scale-") as work:
        rows = []
        if load_actors:
            rows += load_rows(binary, load_actors, repeat, work)
        rows += render_rows(binary, render_cases, repeat, work)
        rows += report_rows(binary, report_sizes, repeat, work)
        if browser_actors:
            rows += browser_rows(binary, browser_actors, work)
    header = ["| work | StakeMap wall (median) | CPU, user + system (median) | peak memory | reference in the same run (median) | ratio of walls |",
              "|---|---:|---:|---:|---|---:|"]
    return "\n".join(header + rows)


if __name__ == "__main__":
    print(run())
