import Foundation

/// The naming convention that pairs a nodes file with its edges file in one folder.
///
/// `X-nodes.csv`/`X-edges.csv`, `X_nodes.csv`/`X_edges.csv`, `X nodes.csv`, `X [Nodes].csv` (Gephi)
/// and plain `nodes.csv`/`edges.csv`, in any letter case; Kumu's `X-elements.csv`/`X-connections.csv` likewise.
public enum CSVGraphFiles {
    /// Which half of a pair a file is.
    public enum Role: String, Sendable, Hashable {
        /// A table of nodes (`id`, `label`, …).
        case nodes
        /// A table of edges (`source`, `target`, `weight`, …).
        case edges
    }

    /// The role that `path`'s name implies and the path its partner would have; nil when the
    /// name follows no convention.
    public static func convention(for path: String) -> (role: Role, partner: String)? {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? url.lastPathComponent : String(url.lastPathComponent.dropLast(ext.count + 1))
        let lower = stem.lowercased()
        let conventions = [(Role.nodes, "nodes", "edges"), (Role.edges, "edges", "nodes"),
                           (Role.nodes, "elements", "connections"), (Role.edges, "connections", "elements")]  // Kumu
        for (role, token, other) in conventions {
            let matches = lower == token || ["-", "_", " ", "."].contains { lower.hasSuffix($0 + token) }
                || lower.hasSuffix("[\(token)]")
            guard matches, let range = stem.range(of: token, options: [.caseInsensitive, .backwards]) else { continue }
            let written = String(stem[range])
            let replacement = written == written.uppercased() ? other.uppercased()
                : written.first?.isUppercase == true ? other.capitalized : other
            let partnerName = stem.replacingCharacters(in: range, with: replacement) + (ext.isEmpty ? "" : "." + ext)
            let partner = (path as NSString).deletingLastPathComponent
            return (role, partner.isEmpty ? partnerName : (partner as NSString).appendingPathComponent(partnerName))
        }
        return nil
    }

    /// Whether `path` is named as a Kumu elements file (`X-elements.csv`), whose `Label` may be its only id.
    public static func isKumuElements(_ path: String) -> Bool {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent.lowercased()
        return name.hasSuffix("elements")
    }

    /// The nodes and edges files that go with `path`: `path` itself in its role, and its partner
    /// if that file exists. Nil roles when the name follows no convention.
    public static func pair(for path: String) -> (nodes: String?, edges: String?)? {
        guard let (role, partner) = convention(for: path) else { return nil }
        let found = FileManager.default.fileExists(atPath: partner) ? partner : nil
        return role == .nodes ? (path, found) : (found, path)
    }
}
