/// The page's script, inline: pan and zoom on the map, actor cards, table search and sort.
///
/// It reads its data from the `report-data` JSON block and writes to the page only through
/// text nodes, attributes of a short list (a link only to a card or an `http(s)` address),
/// elements of a short list and `hidden` flags — never `innerHTML`. Cards, and table rows past
/// the first page, are built from that data when they are first shown, so that a page of
/// thousands of actors opens and moves quickly; the map moves by a CSS transform (drawn by the
/// compositor while it moves), never by laying the drawing out again.
enum ReportScript {
    /// The JavaScript source.
    static let source = """
    (function () {
      "use strict";
      var dataNode = document.getElementById("report-data");
      var data = JSON.parse(dataNode ? dataNode.textContent : "{}");
      var actors = data.actors || [], cards = data.cards || [], names = data.names || [], shared = data.shared || [];
      var bySvg = {};
      actors.forEach(function (actor, index) { bySvg[actor.svg] = index; });

      function normalize(text) {
        return String(text).normalize("NFD").replace(/[\\u0300-\\u036f\\u064b-\\u065f\\u0670\\u0640]/g, "")
          .toLowerCase().replace(/\\s+/g, " ").trim();
      }

      // Pieces of the page from the data: text as text nodes; elements and attributes of a short list;
      // a number is a piece of `shared`, a `{card: N}` the link to card N.
      var tags = { a: 1, article: 1, bdi: 1, button: 1, dd: 1, div: 1, dl: 1, dt: 1, h3: 1, h4: 1, li: 1, p: 1, span: 1, strong: 1, td: 1, tr: 1, ul: 1 };
      var attributes = { "class": 1, "data-card": 1, "data-close": 1, "data-i": 1, "data-v": 1, dir: 1, href: 1, id: 1, lang: 1, rel: 1, target: 1, type: 1 };
      function build(piece, parent) {
        if (typeof piece === "string") { parent.appendChild(document.createTextNode(piece)); return null; }
        if (typeof piece === "number") { return Array.isArray(shared[piece]) ? build(shared[piece], parent) : null; }
        if (piece && typeof piece.card === "number") {
          return build(["a", { href: "#card-" + piece.card, "data-card": String(piece.card) }].concat(names[piece.card] || []), parent);
        }
        if (!Array.isArray(piece) || !tags.hasOwnProperty(piece[0])) { return null; }
        var element = document.createElement(piece[0]), given = piece[1] || {};
        Object.keys(given).forEach(function (name) {
          var value = String(given[name]);
          if (!attributes.hasOwnProperty(name) || (name === "href" && !/^(#|https?:\\/\\/)/i.test(value))) { return; }
          element.setAttribute(name, value);
        });
        for (var i = 2; i < piece.length; i++) { build(piece[i], element); }
        parent.appendChild(element);
        return element;
      }
      function textOf(piece) {
        if (typeof piece === "string") { return piece; }
        if (typeof piece === "number") { return Array.isArray(shared[piece]) ? textOf(shared[piece]) : ""; }
        if (piece && typeof piece.card === "number") { return (names[piece.card] || []).map(textOf).join(""); }
        if (!Array.isArray(piece)) { return ""; }
        var text = "";
        for (var i = 2; i < piece.length; i++) { text += textOf(piece[i]); }
        return text;
      }

      // Map: pan and zoom by a CSS transform of the drawing (origin top left), a layer of its own while it moves.
      var view = document.getElementById("map-view");
      var svg = view ? view.querySelector("svg") : null;
      var scale = 1, tx = 0, ty = 0, resting = null;
      function place() {
        svg.style.willChange = "transform";
        svg.style.transform = "translate(" + tx + "px, " + ty + "px) scale(" + scale + ")";
        clearTimeout(resting);
        resting = setTimeout(function () { svg.style.willChange = ""; }, 300);
      }
      function zoom(factor, cx, cy) {
        if (!svg) { return; }
        var next = scale / factor;
        if (next < 1 / 8 || next > 40) { return; }
        if (cx === undefined) { var rect = view.getBoundingClientRect(); cx = rect.width / 2; cy = rect.height / 2; }
        tx = cx - (cx - tx) * (next / scale);
        ty = cy - (cy - ty) * (next / scale);
        scale = next;
        place();
      }
      function reset() { scale = 1; tx = 0; ty = 0; place(); }
      if (svg) {
        if (!svg.getAttribute("viewBox")) {
          var bounds = svg.getBBox();
          svg.setAttribute("viewBox", [bounds.x, bounds.y, bounds.width, bounds.height].join(" "));
        }
        svg.removeAttribute("width");
        svg.removeAttribute("height");
        svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
        view.addEventListener("wheel", function (event) {
          event.preventDefault();
          var rect = view.getBoundingClientRect();
          zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, event.clientX - rect.left, event.clientY - rect.top);
        }, { passive: false });
        var drag = null;
        view.addEventListener("pointerdown", function (event) {
          drag = { x: event.clientX, y: event.clientY, tx: tx, ty: ty, moved: false };
          view.classList.add("dragging");
        });
        window.addEventListener("pointermove", function (event) {
          if (!drag) { return; }
          var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
          if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
          tx = drag.tx + dx;
          ty = drag.ty + dy;
          place();
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
          if (action === "in") { zoom(1 / 1.4); } else if (action === "out") { zoom(1.4); } else { reset(); }
        });
      });
      function centreOn(index) {
        if (!svg || !actors[index]) { return; }
        var node = document.getElementById(actors[index].svg);
        if (!node || !node.getBoundingClientRect) { return; }
        var b = node.getBoundingClientRect(), rect = view.getBoundingClientRect();
        tx += rect.left + rect.width / 2 - (b.left + b.width / 2);
        ty += rect.top + rect.height / 2 - (b.top + b.height / 2);
        place();
      }

      // Cards, built from the data the first time they are shown.
      var hint = document.getElementById("card-hint");
      var panel = document.getElementById("cards");
      var current = null, currentIndex = -1;
      function card(index) {
        var element = document.getElementById("card-" + index);
        if (element || !panel || !cards[index]) { return element; }
        element = build(cards[index], panel);
        if (element) { element.hidden = true; }
        return element;
      }
      function showCard(index, fromOutside) {
        var element = card(index);
        if (!element) { return; }
        if (current) { current.hidden = true; }
        document.querySelectorAll("g.node.selected, tr.selected").forEach(function (selected) { selected.classList.remove("selected"); });
        element.hidden = false;
        current = element;
        currentIndex = index;
        if (hint) { hint.hidden = true; }
        element.parentNode.scrollTop = 0;
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
          currentIndex = -1;
          if (hint) { hint.hidden = false; }
          document.querySelectorAll("g.node.selected, tr.selected").forEach(function (element) { element.classList.remove("selected"); });
        }
      });
    \(ReportTableScript.source)
      window.stakemapReport = { showCard: showCard, sortBy: sortBy, filter: filter, zoom: zoom, actors: actors };
    })();
    """
}
