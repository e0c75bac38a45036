// Added to a StakeMap report before </body> (by ReportScaleBrowserTests and scripts/bench_scale.py):
// times how the page behaves in a browser and writes the figures as JSON into a PRE element with id test-results.
// Each step is timed with the style and layout it forces (synchronously: `--dump-dom` does not
// wait for animation frames); painting is not counted.
//   loadedMs  from navigation start to this script (HTML parsed, the page's own script run)
//   layoutMs  the page's first style and layout, after loadedMs
//   rowsMs    scrolling the actor table to its end, until every row is there (rows: how many;
//             rowShapes: how many different row structures, 1 when built rows match written ones)
//   searchMs  typing the last actor's name into the table search until the rows are filtered
//   sortMs    sorting the table by name
//   zoomMs    the map's "+" button
//   wheelMs   one wheel step over the map
//   panMs     a drag of the map (pointer down, 10 moves, up)
//   cardMs    a click on a map node until its card is shown
(function () {
  var r = {};
  function settle() { document.body.getBoundingClientRect(); }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("#actor-table tbody tr")); }
  function timed(key, action) {
    var t0 = performance.now();
    action();
    settle();
    r[key] = Math.round(performance.now() - t0);
  }
  try {
    r.loadedMs = Math.round(performance.now());
    timed("layoutMs", function () {});
    var view = document.getElementById("map-view");
    var svg = view ? view.querySelector("svg") : null;
    var search = document.getElementById("search");
    var scroller = document.querySelector("#actors .scroll");
    var last = "";
    timed("rowsMs", function () {
      // Scroll to the end until no more rows come (the table adds rows as it is scrolled).
      var count = -1;
      while (scroller && rows().length !== count) {
        count = rows().length;
        scroller.scrollTop = scroller.scrollHeight;
        scroller.dispatchEvent(new Event("scroll"));
      }
      var all = rows();
      r.rows = all.length;
      // Rows written in the page and rows built from its data have one shape.
      var shapes = {};
      all.forEach(function (row) {
        shapes[Array.prototype.map.call(row.cells, function (cell) {
          return cell.className + (cell.hasAttribute("data-v") ? "=" : "") + (cell.querySelector("a[data-card] bdi") ? "@" : "");
        }).join("|")] = true;
      });
      r.rowShapes = Object.keys(shapes).length;
      last = all.length ? all[all.length - 1].cells[0].textContent.trim() : "";
    });
    timed("searchMs", function () {
      search.value = last; search.dispatchEvent(new Event("input"));
      r.found = rows().filter(function (row) { return !row.hidden; }).length;
    });
    search.value = ""; search.dispatchEvent(new Event("input"));
    timed("sortMs", function () { document.querySelector("#actor-table th[data-col='0']").click(); });
    r.mapNodes = svg ? svg.querySelectorAll("g.node").length : 0;
    if (svg) {
      var state = function () { return (svg.getAttribute("viewBox") || "") + "|" + (svg.style.transform || ""); };
      var before = state();
      timed("zoomMs", function () { document.querySelector("[data-zoom='in']").click(); });
      r.zoomChanged = state() !== before;
      var rect = view.getBoundingClientRect();
      timed("wheelMs", function () {
        view.dispatchEvent(new WheelEvent("wheel", { deltaY: -100, clientX: rect.left + rect.width / 3, clientY: rect.top + rect.height / 3,
                                                     bubbles: true, cancelable: true }));
      });
      var x = rect.left + rect.width / 2, y = rect.top + rect.height / 2;
      timed("panMs", function () {
        view.dispatchEvent(new PointerEvent("pointerdown", { clientX: x, clientY: y, bubbles: true }));
        for (var i = 1; i <= 10; i++) {
          window.dispatchEvent(new PointerEvent("pointermove", { clientX: x + 8 * i, clientY: y + 5 * i, bubbles: true }));
          settle();
        }
        window.dispatchEvent(new PointerEvent("pointerup", { clientX: x + 80, clientY: y + 50, bubbles: true }));
      });
      view.dataset.dragged = "";
      var node = svg.querySelector("g.node[id^='actor-']");
      timed("cardMs", function () { if (node) { node.dispatchEvent(new MouseEvent("click", { bubbles: true })); } });
      r.cardsShown = Array.prototype.slice.call(document.querySelectorAll("article.card")).filter(function (c) { return !c.hidden; }).length;
    }
  } catch (error) { r.error = String(error && error.stack || error); }
  var pre = document.createElement("pre");
  pre.id = "test-results";
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
})();
