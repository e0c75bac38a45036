import Foundation
import StakeMap

/// What an Arabic rendering may contain in Latin letters: names, ids and citations of the
/// network (and the kinds and risks as written in the data, which are ids), nothing else.
struct ArabicTextCheck {
    /// The strings allowed in Latin script, longest first.
    let allowed: [String]

    init(graph path: String, extra: [String] = []) throws {
        let graph = try NativeReader().read(path: StakeMapBinary.repository.appendingPathComponent(path).path).graph
        var allowed = Set(extra + [path])
        for actor in graph.actors {
            allowed.insert(actor.id)
            allowed.formUnion(actor.allNames)
            allowed.formUnion(actor.tags)
            if let place = actor.place { allowed.insert(place) }
            if let title = actor.title { allowed.formUnion(title.allValues) }
        }
        for event in graph.events {
            allowed.insert(event.id)
            allowed.formUnion(event.name?.allValues ?? [])
            allowed.formUnion([event.place, event.outcome, event.note].compactMap { $0 })
        }
        for tie in graph.ties {
            if let place = tie.place { allowed.insert(place) }
            allowed.formUnion([tie.outcome, tie.note].compactMap { $0 })
        }
        for source in graph.sources {
            allowed.insert(source.id)
            allowed.formUnion(source.title?.allValues ?? [])
        }
        self.allowed = allowed.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// The Latin words of `text` that are not a name, id or citation of the network (nor markup,
    /// nor the start of a name cut short by "…" in a table cell).
    func englishWords(in text: String) -> [String] {
        var rest = text
        for pattern in [#"<[^>\n]+>"#, #"[a-z0-9][a-z0-9._-]*#[A-Za-z0-9._-]+"#, #"[a-z0-9._-]+ -[a-z]+(-[a-z]+)*- [a-z0-9._-]+"#] {
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for item in allowed where item.count > 8 {
            for length in stride(from: item.count - 1, through: 4, by: -1) {
                rest = rest.replacingOccurrences(of: String(item.prefix(length)) + "…", with: " ")
            }
        }
        for item in allowed { rest = rest.replacingOccurrences(of: item, with: " ") }
        let words = rest.components(separatedBy: CharacterSet.letters.inverted)
        return words.filter { word in !word.isEmpty && word.unicodeScalars.contains { $0.isASCII && CharacterSet.letters.contains($0) } }
    }
}

/// Golden files of Arabic output, in Tests/Golden/arabic; `STAKEMAP_RECORD_GOLDEN=1` re-records them.
enum Golden {
    static let directory = StakeMapBinary.repository.appendingPathComponent("Tests/Golden/arabic")

    /// The recorded text for `name`, after recording `actual` when asked to.
    static func expected(_ name: String, actual: String) -> String? {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["STAKEMAP_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
