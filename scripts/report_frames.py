#!/usr/bin/env python3
"""Times a StakeMap report in headless Chromium frame by frame (what scripts/report_probe.js,
read through --dump-dom, cannot see: painting and compositing).

Usage: scripts/report_frames.py REPORT.html
Opens the page over the DevTools pipe (--remote-debugging-pipe; no package needed), waits for
its load event, then runs the steps below, each timed until the browser has drawn the frame
after it (two animation frames; an idle page takes about 33 ms), and prints them as JSON:
  loadS            navigation to the load event
  idleMs           nothing: the floor of every other figure
  zoomMs, zoom2Ms  the map's "+" button, twice
  wheelMs          one wheel step over the map
  pan10Ms          a drag of 10 moves, each waiting for its frame (ideal: 10 frames, ~170 ms)
  zoomRestedMs     "−" after the map has rested (drawn sharp again)
  searchMs         typing "Actor 17" into the table search; clearMs: emptying it
  cardMs           a click on a map node until its card is drawn
"""
import json
import os
import subprocess
import sys
import tempfile
import time

STEPS = r"""
new Promise(function (resolve) {
  var r = {};
  function frame(next) { requestAnimationFrame(function () { requestAnimationFrame(next); }); }
  function timed(key, action) { return function (next) { var t0 = performance.now(); action(); frame(function () { r[key] = Math.round(performance.now() - t0); next(); }); }; }
  var view = document.getElementById("map-view"), svg = view.querySelector("svg"), search = document.getElementById("search");
  var rect = view.getBoundingClientRect(), x = rect.left + rect.width / 2, y = rect.top + rect.height / 2;
  var steps = [
    timed("idleMs", function () {}),
    timed("zoomMs", function () { document.querySelector("[data-zoom='in']").click(); }),
    timed("zoom2Ms", function () { document.querySelector("[data-zoom='in']").click(); }),
    timed("wheelMs", function () { view.dispatchEvent(new WheelEvent("wheel", { deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true })); }),
    function (next) {
      var t0 = performance.now(), i = 0;
      view.dispatchEvent(new PointerEvent("pointerdown", { clientX: x, clientY: y, bubbles: true }));
      (function move() {
        i += 1;
        if (i > 10) {
          window.dispatchEvent(new PointerEvent("pointerup", { clientX: x, clientY: y, bubbles: true }));
          view.dataset.dragged = ""; r.pan10Ms = Math.round(performance.now() - t0); next(); return;
        }
        window.dispatchEvent(new PointerEvent("pointermove", { clientX: x + 8 * i, clientY: y + 5 * i, bubbles: true }));
        requestAnimationFrame(move);
      })();
    },
    function (next) { setTimeout(next, 800); },
    timed("zoomRestedMs", function () { document.querySelector("[data-zoom='out']").click(); }),
    timed("searchMs", function () { search.value = "Actor 17"; search.dispatchEvent(new Event("input")); }),
    timed("clearMs", function () { search.value = ""; search.dispatchEvent(new Event("input")); }),
    timed("cardMs", function () { svg.querySelector("g.node[id^='actor-']").dispatchEvent(new MouseEvent("click", { bubbles: true })); })
  ];
  (function run() { if (!steps.length) { resolve(r); return; } steps.shift()(run); })();
})
"""


def main():
    page = os.path.abspath(sys.argv[1])
    to_chrome, from_chrome = os.pipe(), os.pipe()
    work = tempfile.mkdtemp(prefix="report-frames")

    def pipes():  # the browser reads commands on fd 3 and answers on fd 4
        read, write = os.dup(to_chrome[0]), os.dup(from_chrome[1])
        os.dup2(read, 3)
        os.dup2(write, 4)

    browser = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", f"--user-data-dir={work}",
                                "--window-size=1400,1000", "--remote-debugging-pipe", "about:blank"],
                               preexec_fn=pipes, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_chrome[0])
    os.close(from_chrome[1])
    pending, events, counter = [b""], [], [0]

    def receive():
        while b"\0" not in pending[0]:
            chunk = os.read(from_chrome[0], 1 << 20)
            if not chunk:
                raise SystemExit("chromium closed the pipe")
            pending[0] += chunk
        message, _, pending[0] = pending[0].partition(b"\0")
        return json.loads(message)

    def call(method, params=None, session=None):
        counter[0] += 1
        message = {"id": counter[0], "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(to_chrome[1], json.dumps(message).encode() + b"\0")
        while True:
            answer = receive()
            if answer.get("id") == counter[0]:
                return answer
            events.append(answer)

    try:
        target = call("Target.createTarget", {"url": "about:blank"})["result"]["targetId"]
        session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["result"]["sessionId"]
        call("Page.enable", session=session)
        started = time.time()
        call("Page.navigate", {"url": "file://" + page}, session=session)
        while not any(event.get("method") == "Page.loadEventFired" for event in events):
            events.append(receive())
        loaded = time.time() - started
        answer = call("Runtime.evaluate", {"expression": STEPS, "awaitPromise": True, "returnByValue": True}, session=session)
        figures = answer.get("result", {}).get("result", {}).get("value") or {"error": answer}
        print(json.dumps(dict(loadS=round(loaded, 2), **figures)))
    finally:
        browser.kill()
        browser.wait()
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
