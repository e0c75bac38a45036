/// The table part of the page's script (inside `ReportScript.source`, which defines `build`,
/// `textOf`, `normalize`, `actors`, `shared` and `currentIndex`): search over the actors' data, sort, and
/// rows shown a page at a time, more as the table is scrolled to its end.
///
/// The first `ReportTable.pageSize` rows are in the page as markup; the others are in the data
/// (`rows`) and built when first shown. The table body holds the first `limit` rows that match
/// the search, in the order asked for.
enum ReportTableScript {
    /// The JavaScript source.
    static let source = """
      var table = document.getElementById("actor-table");
      var body = table ? table.tBodies[0] : null;
      var scroller = table ? table.parentNode : null;
      var pageSize = \(ReportTable.pageSize), limit = pageSize;
      var records = (body ? Array.prototype.slice.call(body.rows) : []).map(function (row) {
        return { i: Number(row.getAttribute("data-i")), row: row, piece: null };
      }).concat((data.rows || []).map(function (piece) {
        return { i: Number((piece[1] || {})["data-i"]), row: null, piece: piece };
      }));
      var order = records.slice(), visible = records.slice();
      var search = document.getElementById("search");
      var shown = document.getElementById("shown");
      function rowOf(record) {
        if (!record.row) { record.row = build(record.piece, document.createDocumentFragment()); }
        if (record.i === currentIndex) { record.row.classList.add("selected"); }
        return record.row;
      }
      function render() {
        if (!body) { return; }
        var fragment = document.createDocumentFragment();
        visible.slice(0, limit).forEach(function (record) { fragment.appendChild(rowOf(record)); });
        body.replaceChildren(fragment);
      }
      function more() {
        if (!body || limit >= visible.length) { return; }
        var fragment = document.createDocumentFragment();
        visible.slice(limit, limit + pageSize).forEach(function (record) { fragment.appendChild(rowOf(record)); });
        limit += pageSize;
        body.appendChild(fragment);
      }
      if (scroller) {
        scroller.addEventListener("scroll", function () {
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 400) { more(); }
        });
      }
      window.addEventListener("beforeprint", function () { limit = visible.length; render(); });
      function refresh() {
        var terms = normalize(search ? search.value : "").split(" ").filter(Boolean);
        visible = order.filter(function (record) {
          var actor = actors[record.i];
          var text = actor ? actor.search : normalize(record.row ? record.row.textContent : textOf(record.piece));
          return terms.every(function (term) { return text.indexOf(term) >= 0; });
        });
        limit = pageSize;
        render();
      }
      function filter() {
        refresh();
        if (shown) { shown.textContent = visible.length + " / " + records.length + " " + (data.shown || ""); }
      }
      if (search) { search.addEventListener("input", filter); }
      function key(record, column, numeric) {
        if (record.row) {
          var cell = record.row.cells[column];
          return numeric ? Number(cell ? cell.getAttribute("data-v") : -1) : (cell ? cell.textContent.trim() : "");
        }
        var piece = record.piece[2 + column];
        if (typeof piece === "number") { piece = shared[piece]; }
        if (!piece) { return numeric ? -1 : ""; }
        var value = (piece[1] || {})["data-v"];
        return numeric ? Number(value === undefined ? null : value) : textOf(piece).trim();
      }
      function sortBy(header) {
        var column = Number(header.getAttribute("data-col"));
        var numeric = header.getAttribute("data-type") === "number";
        var descending = header.getAttribute("aria-sort") !== "descending";
        if (header.getAttribute("aria-sort") === null) { descending = numeric; }
        table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var collator = new Intl.Collator(data.language === "ar" ? "ar" : "en", { sensitivity: "base", numeric: true });
        var keyed = order.map(function (record) { return { record: record, key: key(record, column, numeric) }; });
        keyed.sort(function (a, b) {
          var result = numeric ? a.key - b.key : collator.compare(a.key, b.key);
          if (result === 0) { return a.record.i - b.record.i; }
          return descending ? -result : result;
        });
        order = keyed.map(function (entry) { return entry.record; });
        refresh();
      }
      if (table) {
        table.querySelectorAll("th[data-col]").forEach(function (header) {
          header.addEventListener("click", function () { sortBy(header); });
          header.addEventListener("keydown", function (event) { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(header); } });
        });
      }
    """
}
