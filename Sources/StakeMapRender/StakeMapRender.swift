// StakeMapRender: coalition maps drawn by Graphviz (libgvc/libcgraph) in-process.
//
// `MapRenderer.render(_:options:)` is the entry point: it turns a `Graph` into SVG, PNG,
// PDF or DOT bytes for an audience. Analysis results come in as plain values in
// `RenderOptions` (scores, communities, highlighted ids); this module never imports
// StakeMapAnalysis.
@_exported import StakeMap
