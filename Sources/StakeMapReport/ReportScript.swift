/// The page's script, inline: pan and zoom on the map, actor cards, table search and sort.
///
/// It reads its data from the `report-data` JSON block and writes to the page only through
/// `textContent`, attributes it sets itself and `hidden` flags — never `innerHTML`.
enum ReportScript {
    /// The JavaScript source.
    static let source = """
    (function () {
      "use strict";
      var dataNode = document.getElementById("report-data");
      var data = JSON.parse(dataNode ? dataNode.textContent : "{}");
      var actors = data.actors || [];
      var bySvg = {};
      actors.forEach(function (actor, index) { bySvg[actor.svg] = index; });

      function normalize(text) {
        return String(text).normalize("NFD").replace(/[\\u0300-\\u036f\\u064b-\\u065f\\u0670\\u0640]/g, "")
          .toLowerCase().replace(/\\s+/g, " ").trim();
      }

      // Map: pan and zoom by changing the SVG's viewBox.
      var view = document.getElementById("map-view");
      var svg = view ? view.querySelector("svg") : null;
      var home = null, box = null;
      function setBox(next) { box = next; svg.setAttribute("viewBox", [box.x, box.y, box.w, box.h].join(" ")); }
      function zoom(factor, cx, cy) {
        if (!svg) { return; }
        var w = box.w * factor, h = box.h * factor;
        if (w > home.w * 8 || w < home.w / 40) { return; }
        if (cx === undefined) { cx = box.x + box.w / 2; cy = box.y + box.h / 2; }
        setBox({ x: cx - (cx - box.x) * factor, y: cy - (cy - box.y) * factor, w: w, h: h });
      }
      function toSvgPoint(event) {
        var rect = svg.getBoundingClientRect();
        var scale = Math.max(box.w / rect.width, box.h / rect.height);
        var offsetX = (rect.width * scale - box.w) / 2, offsetY = (rect.height * scale - box.h) / 2;
        return { x: box.x - offsetX + (event.clientX - rect.left) * scale, y: box.y - offsetY + (event.clientY - rect.top) * scale, scale: scale };
      }
      if (svg) {
        var parts = (svg.getAttribute("viewBox") || "").split(/[\\s,]+/).map(Number);
        if (parts.length !== 4 || parts.some(isNaN)) {
          var bounds = svg.getBBox();
          parts = [bounds.x, bounds.y, bounds.width, bounds.height];
        }
        home = { x: parts[0], y: parts[1], w: parts[2], h: parts[3] };
        svg.removeAttribute("width");
        svg.removeAttribute("height");
        svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
        setBox(home);
        view.addEventListener("wheel", function (event) {
          event.preventDefault();
          var point = toSvgPoint(event);
          zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, point.x, point.y);
        }, { passive: false });
        var drag = null;
        view.addEventListener("pointerdown", function (event) {
          drag = { x: event.clientX, y: event.clientY, box: box, moved: false, scale: toSvgPoint(event).scale };
          view.classList.add("dragging");
        });
        window.addEventListener("pointermove", function (event) {
          if (!drag) { return; }
          var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
          if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
          setBox({ x: drag.box.x - dx * drag.scale, y: drag.box.y - dy * drag.scale, w: drag.box.w, h: drag.box.h });
        });
        window.addEventListener("pointerup", function () {
          if (drag) { view.classList.remove("dragging"); view.dataset.dragged = drag.moved ? "1" : ""; }
          drag = null;
        });
        view.addEventListener("click", function (event) {
          if (view.dataset.dragged === "1") { view.dataset.dragged = ""; return; }
          var node = event.target.closest ? event.target.closest("g.node") : null;
          if (node && bySvg.hasOwnProperty(node.id)) { showCard(bySvg[node.id], false); }
        });
      }
      document.querySelectorAll("[data-zoom]").forEach(function (button) {
        button.addEventListener("click", function () {
          var action = button.getAttribute("data-zoom");
          if (!svg) { return; }
          if (action === "in") { zoom(1 / 1.4); } else if (action === "out") { zoom(1.4); } else { setBox(home); }
        });
      });
      function centreOn(index) {
        if (!svg || !actors[index]) { return; }
        var node = document.getElementById(actors[index].svg);
        if (!node || !node.getBBox) { return; }
        var b = node.getBBox();
        setBox({ x: b.x + b.width / 2 - box.w / 2, y: b.y + b.height / 2 - box.h / 2, w: box.w, h: box.h });
      }

      // Cards.
      var hint = document.getElementById("card-hint");
      var current = null;
      function showCard(index, fromOutside) {
        var card = document.getElementById("card-" + index);
        if (!card) { return; }
        if (current) { current.hidden = true; }
        document.querySelectorAll("g.node.selected, tr.selected").forEach(function (element) { element.classList.remove("selected"); });
        card.hidden = false;
        current = card;
        if (hint) { hint.hidden = true; }
        card.parentNode.scrollTop = 0;
        var node = actors[index] ? document.getElementById(actors[index].svg) : null;
        if (node) { node.classList.add("selected"); }
        var row = document.querySelector("tr[data-i='" + index + "']");
        if (row) { row.classList.add("selected"); }
        if (fromOutside) {
          centreOn(index);
          var section = document.getElementById("map");
          if (section && section.scrollIntoView) { section.scrollIntoView({ block: "start" }); }
        }
      }
      document.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("[data-card]") : null;
        if (link) { event.preventDefault(); showCard(Number(link.getAttribute("data-card")), true); return; }
        var close = event.target.closest ? event.target.closest("[data-close]") : null;
        if (close && current) {
          current.hidden = true;
          current = null;
          if (hint) { hint.hidden = false; }
          document.querySelectorAll("g.node.selected, tr.selected").forEach(function (element) { element.classList.remove("selected"); });
        }
      });

      // Table: search and sort.
      var table = document.getElementById("actor-table");
      var body = table ? table.tBodies[0] : null;
      var rows = body ? Array.prototype.slice.call(body.rows) : [];
      var search = document.getElementById("search");
      var shown = document.getElementById("shown");
      function filter() {
        var terms = normalize(search ? search.value : "").split(" ").filter(Boolean);
        var count = 0;
        rows.forEach(function (row) {
          var actor = actors[Number(row.getAttribute("data-i"))];
          var text = actor ? actor.search : normalize(row.textContent);
          var match = terms.every(function (term) { return text.indexOf(term) >= 0; });
          row.hidden = !match;
          if (match) { count += 1; }
        });
        if (shown) { shown.textContent = count + " / " + rows.length + " " + (data.shown || ""); }
      }
      if (search) { search.addEventListener("input", filter); }
      function sortBy(header) {
        var column = Number(header.getAttribute("data-col"));
        var numeric = header.getAttribute("data-type") === "number";
        var descending = header.getAttribute("aria-sort") !== "descending";
        if (header.getAttribute("aria-sort") === null) { descending = numeric; }
        table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var collator = new Intl.Collator(data.language === "ar" ? "ar" : "en", { sensitivity: "base", numeric: true });
        rows.sort(function (a, b) {
          var x = a.cells[column], y = b.cells[column], result;
          if (numeric) {
            result = Number(x ? x.getAttribute("data-v") : -1) - Number(y ? y.getAttribute("data-v") : -1);
          } else {
            result = collator.compare(x ? x.textContent.trim() : "", y ? y.textContent.trim() : "");
          }
          if (result === 0) { result = Number(a.getAttribute("data-i")) - Number(b.getAttribute("data-i")); return result; }
          return descending ? -result : result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      if (table) {
        table.querySelectorAll("th[data-col]").forEach(function (header) {
          header.addEventListener("click", function () { sortBy(header); });
          header.addEventListener("keydown", function (event) { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(header); } });
        });
      }
      window.stakemapReport = { showCard: showCard, sortBy: sortBy, filter: filter, zoom: zoom, actors: actors };
    })();
    """
}
