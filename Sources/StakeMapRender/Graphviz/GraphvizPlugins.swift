internal import CGraphviz

/// Checks that a Graphviz context has the plugins a render needs.
///
/// When libgvc6's plugin configuration (`config6a`) is missing, `gvContext()` silently has no
/// plugins and every layout fails with `Layout type: "dot" not recognized`; this turns that
/// into one line saying how to fix it.
enum GraphvizPlugins {
    /// The fix for a broken plugin installation.
    static let fix = "run 'libgvc6-config-update -c' as root, or 'apt-get install --reinstall libgvc6'"

    /// Throws `.environment` unless `context` has the `dot` layout, `engine` and the device
    /// and renderer for `format` (with no format, only the layouts are checked). Call with
    /// `GraphvizLock` held.
    static func require(_ context: OpaquePointer, engine: LayoutEngine, format: RenderFormat?) throws {
        guard has(context, kind: "layout", name: "dot") else {
            throw StakeMapError(.environment, "Graphviz has no layout plugins (the 'dot' layout is missing)", hint: fix)
        }
        let layout = engine == .auto ? "dot" : engine.rawValue
        guard has(context, kind: "layout", name: layout) else {
            throw StakeMapError(.environment, "Graphviz has no '\(layout)' layout plugin", hint: fix)
        }
        guard let format else { return }
        guard has(context, kind: "device", name: format.device) else {
            throw StakeMapError(.environment, "Graphviz cannot write \(format.rawValue) (no '\(format.device)' device plugin)",
                                hint: fix)
        }
        if format == .png || format == .pdf, !has(context, kind: "render", name: "cairo") {
            throw StakeMapError(.environment, "Graphviz has no cairo renderer for \(format.rawValue)",
                                hint: "apt-get install --reinstall libgvc6 (it brings the cairo plugin)")
        }
    }

    /// Whether the plugin `name` of `kind` is listed.
    static func has(_ context: OpaquePointer, kind: String, name: String) -> Bool {
        smap_has_plugin(context, kind, name) != 0
    }
}
