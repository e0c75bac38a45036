/// The file format a map is rendered to.
public enum RenderFormat: String, Sendable, CaseIterable, Hashable {
    /// Scalable vector graphics from Graphviz's own renderer: text stays text, with `id`
    /// and `class` attributes per actor and tie.
    case svg
    /// A bitmap drawn by cairo and pango (Arabic shaped right-to-left).
    case png
    /// A vector document drawn by cairo and pango.
    case pdf
    /// The laid-out graph as DOT text (with positions), for post-processing.
    case dot

    /// The format named by a file's extension (`map.svg` → `.svg`), case-insensitively.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// The Graphviz output format string (`png:cairo`, never `png:gd`, which mangles Arabic).
    var graphvizFormat: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }

    /// The Graphviz device plugin the format needs.
    var device: String { rawValue }
}
