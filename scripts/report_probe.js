// Added to a StakeMap report before </body> (by ReportScaleBrowserTests and scripts/bench_scale.py):
// times how the page behaves in a browser and writes the figures as JSON into a PRE element with id test-results.
//   loadedMs  from navigation start to this script (HTML parsed, the page's own script run)
//   searchMs  typing the last actor's name into the table search until the rows are filtered
//   zoomMs    the map's "+" button, with the style and layout it forces
//   panMs     a drag of the map (pointer down, 10 moves, up), with the style and layout it forces
//   cardMs    a click on a map node until its card is shown
(function () {
  var r = {};
  function settle() { document.body.getBoundingClientRect(); }
  try {
    r.loadedMs = Math.round(performance.now());
    var rows = Array.prototype.slice.call(document.querySelectorAll("#actor-table tbody tr"));
    r.rows = rows.length;
    var last = rows.length ? rows[rows.length - 1].cells[0].textContent.trim() : "";
    var search = document.getElementById("search");
    var t0 = performance.now();
    search.value = last; search.dispatchEvent(new Event("input"));
    r.found = rows.filter(function (row) { return !row.hidden; }).length;
    settle();
    r.searchMs = Math.round(performance.now() - t0);
    search.value = ""; search.dispatchEvent(new Event("input"));
    var view = document.getElementById("map-view");
    var svg = view ? view.querySelector("svg") : null;
    r.mapNodes = svg ? svg.querySelectorAll("g.node").length : 0;
    if (svg) {
      var before = svg.getAttribute("viewBox");
      t0 = performance.now();
      document.querySelector("[data-zoom='in']").click();
      settle();
      r.zoomMs = Math.round(performance.now() - t0);
      r.zoomChanged = svg.getAttribute("viewBox") !== before;
      var rect = view.getBoundingClientRect();
      var x = rect.left + rect.width / 2, y = rect.top + rect.height / 2;
      t0 = performance.now();
      view.dispatchEvent(new PointerEvent("pointerdown", { clientX: x, clientY: y, bubbles: true }));
      for (var i = 1; i <= 10; i++) {
        window.dispatchEvent(new PointerEvent("pointermove", { clientX: x + 8 * i, clientY: y + 5 * i, bubbles: true }));
        settle();
      }
      window.dispatchEvent(new PointerEvent("pointerup", { clientX: x + 80, clientY: y + 50, bubbles: true }));
      r.panMs = Math.round(performance.now() - t0);
      view.dataset.dragged = "";
      var node = svg.querySelector("g.node[id^='actor-']");
      t0 = performance.now();
      if (node) { node.dispatchEvent(new MouseEvent("click", { bubbles: true })); }
      settle();
      r.cardMs = Math.round(performance.now() - t0);
      r.cardsShown = Array.prototype.slice.call(document.querySelectorAll("article.card")).filter(function (c) { return !c.hidden; }).length;
    }
  } catch (error) { r.error = String(error && error.stack || error); }
  var pre = document.createElement("pre");
  pre.id = "test-results";
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
})();
