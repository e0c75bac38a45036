import Foundation
import StakeMap
import StakeMapRender

/// The data the page's script reads, as a `<script type="application/json">` block.
///
/// Built with `JSONSerialization`, never by concatenation; then `<`, `>`, `&`, U+2028 and
/// U+2029 are written as `\uXXXX` escapes, so that no value can end the script element or be
/// read as markup, and the block stays valid JSON (and valid JavaScript).
enum ReportData {
    /// The JSON text for the page: per actor (in card order) its map id and search text, and
    /// the page's language.
    static func json(_ analysis: ReportAnalysis) -> String {
        let actors: [[String: Any]] = analysis.graph.actors.map { actor in
            ["id": actor.id, "svg": MapElementID.actor(actor.id), "search": searchText(actor)]
        }
        let object: [String: Any] = [
            "language": analysis.options.language.rawValue,
            "audience": analysis.options.audience.rawValue,
            "actors": actors,
            "shown": ReportText.matches.text(analysis.options.language),
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return escaped(String(decoding: data, as: UTF8.self))
    }

    /// `json` with the characters that could break out of a script element escaped.
    static func escaped(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Every name, alias, id, tag, kind and place of an actor, normalized for search.
    static func searchText(_ actor: Actor) -> String {
        let parts = [actor.id, actor.kind.rawValue] + actor.allNames + actor.tags
            + [actor.country, actor.place, actor.region].compactMap { $0 } + (actor.title?.allValues ?? [])
        return normalized(parts.joined(separator: " "))
    }

    /// Lower case, without diacritics, Arabic harakat or tatweel (the script does the same to
    /// the query).
    static func normalized(_ text: String) -> String {
        ActorResolver.normalized(text).lowercased()
    }
}
