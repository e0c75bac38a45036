/// The page's style sheet, inline (no fonts or files from elsewhere).
enum ReportStyle {
    /// The CSS of the report.
    static let css = """
    :root { --ink: #1a202c; --muted: #5a6473; --line: #d9dee5; --bg: #f5f6f8; --card: #ffffff; --accent: #2b6cb0;
      --high: #c53030; --medium: #b7791f; --low: #4a5568; }
    * { box-sizing: border-box; }
    html { font-family: "Noto Sans", "Noto Sans Arabic", "Segoe UI", Tahoma, Arial, sans-serif; color: var(--ink); background: var(--bg); }
    body { margin: 0; font-size: 15px; line-height: 1.45; }
    header { padding: 20px 28px 12px; background: #fff; border-bottom: 1px solid var(--line); }
    header h1 { margin: 2px 0 6px; font-size: 26px; line-height: 1.25; }
    .kicker { margin: 0; text-transform: uppercase; letter-spacing: .06em; font-size: 12px; color: var(--muted); }
    .description { max-width: 70em; color: #2d3748; margin: 4px 0 8px; }
    .facts span { margin-inline-end: 1.2em; color: var(--muted); }
    .audience { display: inline-block; margin: 6px 0 0; padding: 6px 10px; border-radius: 6px; font-size: 13px; background: #ebf4ff; border: 1px solid #bee3f8; }
    .audience.public { background: #f0fff4; border-color: #c6f6d5; }
    .audience.confidential { background: #fff5f5; border-color: #fed7d7; }
    nav { position: sticky; top: 0; z-index: 5; display: flex; gap: 4px; padding: 6px 28px; background: #1a365d; }
    nav a { color: #fff; text-decoration: none; padding: 4px 10px; border-radius: 4px; font-size: 14px; }
    nav a:hover { background: rgba(255,255,255,.15); }
    main { padding: 12px 28px 28px; }
    .panel { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 14px 0; }
    .panel h2 { margin: 0 0 10px; font-size: 20px; }
    h3 { font-size: 16px; margin: 14px 0 6px; }
    h4 { font-size: 14px; margin: 12px 0 4px; color: #2d3748; }
    .muted { color: var(--muted); }
    .small { font-size: 12px; }
    a { color: var(--accent); }
    bdi.ar, .ar-block { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", Tahoma, sans-serif; }
    .ar-block { display: block; text-align: right; }
    .map-wrap { display: flex; gap: 14px; align-items: stretch; }
    .map-box { position: relative; flex: 1 1 auto; min-width: 0; }
    #map-view { height: clamp(420px, 72vh, 760px); border: 1px solid var(--line); border-radius: 6px; overflow: hidden; background: #fcfcfd; cursor: grab; touch-action: none; }
    #map-view.dragging { cursor: grabbing; }
    #map-view svg { width: 100%; height: 100%; display: block; direction: ltr; transform-origin: 0 0; }
    #map-view g.node { cursor: pointer; }
    #map-view g.node.selected > path, #map-view g.node.selected > polygon, #map-view g.node.selected > ellipse { stroke: #d53f8c; stroke-width: 5px; }
    #map-view.nomap { display: flex; align-items: center; justify-content: center; cursor: default; }
    .map-tools { position: absolute; top: 8px; inset-inline-start: 8px; z-index: 2; display: flex; gap: 4px; }
    .map-tools button { min-width: 34px; height: 30px; border: 1px solid var(--line); border-radius: 4px; background: #fff; font-size: 16px; cursor: pointer; }
    aside#cards { flex: 0 0 360px; height: clamp(420px, 72vh, 760px); overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; background: #fff; }
    .card h3 { margin: 4px 0; font-size: 18px; }
    .card .facts { color: var(--muted); margin: 2px 0 6px; }
    .card .close { float: inline-end; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
    .card ul { padding-inline-start: 18px; margin: 4px 0; }
    .card li { margin: 2px 0; }
    ul.tags { list-style: none; padding: 0 !important; display: flex; flex-wrap: wrap; gap: 4px; }
    ul.tags li { background: #edf2f7; border-radius: 10px; padding: 1px 8px; font-size: 12px; }
    dl.scores { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; font-size: 13px; margin: 8px 0; }
    dl.scores dt { color: var(--muted); }
    dl.scores dd { margin: 0; font-variant-numeric: tabular-nums; }
    .kind { font-size: 12px; color: var(--muted); text-transform: lowercase; }
    .date { font-variant-numeric: tabular-nums; color: #2d3748; font-weight: 600; }
    .src-id { font-family: monospace; font-size: 12px; background: #edf2f7; padding: 0 4px; border-radius: 3px; }
    .tools { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 8px; }
    #search { width: 360px; max-width: 100%; padding: 7px 10px; border: 1px solid #a0aec0; border-radius: 6px; font-size: 15px; }
    .scroll { overflow: auto; max-height: clamp(300px, 60vh, 620px); border: 1px solid var(--line); border-radius: 6px; }
    td.role { white-space: nowrap; }
    .en-block { display: block; text-align: left; font-size: .8em; font-weight: 500; color: var(--muted); }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: start; vertical-align: top; }
    th { position: sticky; top: 0; background: #edf2f7; cursor: pointer; user-select: none; white-space: nowrap; }
    th.num, td.num { text-align: end; font-variant-numeric: tabular-nums; }
    th .arrow::after { content: ""; margin-inline-start: 4px; }
    th[aria-sort="ascending"] .arrow::after { content: "▲"; }
    th[aria-sort="descending"] .arrow::after { content: "▼"; }
    tbody tr:hover { background: #f7fafc; }
    tbody tr.selected { background: #fefcbf; }
    td.name a { text-decoration: none; font-weight: 600; }
    td.name .ar-block { font-weight: 500; }
    .cut { display: inline-block; margin-inline-start: 6px; padding: 0 6px; border-radius: 8px; font-size: 11px; color: #fff; background: var(--high); }
    .summary .badge { display: inline-block; margin-inline-end: 8px; padding: 3px 10px; border-radius: 12px; color: #fff; font-size: 13px; }
    .badge.high, .sev.high { background: var(--high); }
    .badge.medium, .sev.medium { background: var(--medium); }
    .badge.low, .sev.low { background: var(--low); }
    h3.sev { color: #fff; padding: 4px 10px; border-radius: 4px; font-size: 15px; }
    ol.findings > li { margin: 8px 0; padding: 6px 10px; border-inline-start: 4px solid var(--line); background: #fafbfc; }
    ol.findings > li.high { border-color: var(--high); }
    ol.findings > li.medium { border-color: var(--medium); }
    .detector { font-family: monospace; font-size: 12px; background: #edf2f7; padding: 1px 5px; border-radius: 3px; }
    .next { margin: 4px 0 0; }
    details summary { cursor: pointer; color: var(--muted); font-size: 13px; }
    .status { padding: 1px 8px; border-radius: 10px; font-size: 12px; background: #edf2f7; white-space: nowrap; }
    .status.met { background: #c6f6d5; } .status.direct { background: #bee3f8; } .status.reachable { background: #fefcbf; } .status.unreachable { background: #fed7d7; }
    ol.entries { list-style: none; padding: 0; margin: 0; }
    ol.entries li { padding: 4px 0; border-bottom: 1px dashed var(--line); }
    .year h3 { border-bottom: 2px solid var(--accent); display: inline-block; }
    [dir="rtl"] .ar-block, html[dir="rtl"] td, html[dir="rtl"] th { text-align: right; }
    html[dir="rtl"] th.num, html[dir="rtl"] td.num { text-align: left; }
    [lang="en"][dir="ltr"] { text-align: left; }
    html[dir="rtl"] [lang="en"][dir="ltr"] { unicode-bidi: isolate; }
    html[dir="rtl"] p[lang="en"], html[dir="rtl"] div[lang="en"], html[dir="rtl"] li[lang="en"] { text-align: left; }
    footer { padding: 10px 28px 24px; font-size: 12px; }
    @media (max-width: 900px) { .map-wrap { flex-direction: column; } aside#cards { flex-basis: auto; max-height: none; } }
    @media print { nav, .map-tools, #search { display: none; } #map-view { height: auto; } aside#cards { display: none; } .scroll { max-height: none; } }
    """
}
