import Foundation
import StakeMap

/// Checks that an Arabic rendering has no Latin-letter word apart from what may stay in Latin
/// script: the network's names, ids, aliases, places, regions, titles and citations, ISO country
/// codes, dates, tie ids (`a -kind- b`), and the command-line options a message names.
struct ArabicOnlyCheck13b {
    /// The strings allowed in Latin script, longest first.
    let allowed: [String]

    /// Options and codes that messages name as written on the command line.
    static let codes = ["--since/--until", "--undated include", "--group-by kind", "--as-of", "as_of", "--over-time",
                        "withheld-actor-at-visible-event", "unprotected-at-risk-actor", "tie-less-protected-than-actor",
                        "withheld-actor-named-in-visible-text", "withheld-actor-named-in-source"]

    /// What `graph` (a path in the repository) allows, plus `extra` (ids the test itself passes).
    init(graph path: String, extra: [String] = []) throws {
        let file = path.hasPrefix("/") ? path : StakeMapBinary.repository.appendingPathComponent(path).path
        let graph = try NativeReader().read(path: file).graph
        var allowed = Set(extra + Self.codes + [path])
        for actor in graph.actors {
            allowed.insert(actor.id)
            allowed.formUnion(actor.allNames)
            allowed.formUnion(actor.tags)
            allowed.formUnion([actor.place, actor.region, actor.country].compactMap { $0 })
            allowed.formUnion(actor.title?.allValues ?? [])
        }
        for event in graph.events {
            allowed.insert(event.id)
            allowed.formUnion(event.name?.allValues ?? [])
            allowed.formUnion([event.place].compactMap { $0 })
        }
        for tie in graph.ties { allowed.formUnion([tie.place].compactMap { $0 }) }
        for source in graph.sources {
            allowed.insert(source.id)
            allowed.formUnion(source.title?.allValues ?? [])
        }
        self.allowed = allowed.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// The Latin-letter words of `text` outside what is allowed (names cut short by "…" in a
    /// table cell count as the name; markup such as `<div dir="rtl">` is not words).
    func latinWords(in text: String) -> [String] {
        var rest = text
        for pattern in [#"<[^>\n]+>"#, #"[a-z0-9][a-z0-9._-]*#[A-Za-z0-9._-]+"#, #"[a-z0-9._-]+ -[a-z]+(-[a-z]+)*- [a-z0-9._-]+"#] {
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for item in allowed where item.count > 6 {
            for length in stride(from: item.count - 1, through: 4, by: -1) {
                rest = rest.replacingOccurrences(of: String(item.prefix(length)) + "…", with: " ")
            }
        }
        for item in allowed { rest = rest.replacingOccurrences(of: item, with: " ") }
        return rest.components(separatedBy: CharacterSet.letters.inverted).filter { word in
            word.unicodeScalars.contains { $0.isASCII && CharacterSet.letters.contains($0) }
        }
    }
}
