import Foundation
import StakeMap
import StakeMapRender

/// The data the page's script reads, as a `<script type="application/json">` block.
///
/// Every string is written by `MarkupTree.string`: `<`, `>`, `&`, U+2028, U+2029 and controls
/// as `\uXXXX` escapes, so that no value can end the script element or be read as markup, and
/// the block stays valid JSON (and valid JavaScript); the page's script writes its texts with
/// `createTextNode` only.
enum ReportData {
    /// The JSON text for the page: per actor (in card order) its map id and search text; the
    /// actors' cards and names (for the links between cards); the table rows not written as
    /// markup (`rows`, in table order); the leaf elements they share (`MarkupJSON`); the page's
    /// language and audience.
    /// - Complexity: O(size of the page's data); written directly, escaped as `escaped(_:)` does.
    static func json(_ analysis: ReportAnalysis, cards: [MarkupTree], names: [MarkupTree], rows: ArraySlice<MarkupTree>) -> String {
        var output = "{\"actors\":["
        output.reserveCapacity(analysis.graph.actors.count * 600)
        for (index, actor) in analysis.graph.actors.enumerated() {
            if index > 0 { output += "," }
            output += "{\"id\":"
            MarkupTree.string(actor.id, into: &output)
            output += ",\"search\":"
            MarkupTree.string(searchText(actor), into: &output)
            output += ",\"svg\":"
            MarkupTree.string(MapElementID.actor(actor.id), into: &output)
            output += "}"
        }
        output += "],\"audience\":"
        MarkupTree.string(analysis.options.audience.rawValue, into: &output)
        let json = MarkupJSON.write([(cards[...], false), (names[...], true), (rows, false)])
        output += ",\"cards\":" + json.lists[0]
        output += ",\"language\":"
        MarkupTree.string(analysis.options.language.rawValue, into: &output)
        output += ",\"names\":" + json.lists[1]
        output += ",\"rows\":" + json.lists[2]
        output += ",\"shared\":" + json.shared
        output += ",\"shown\":"
        MarkupTree.string(ReportText.matches.text(analysis.options.language), into: &output)
        return output + "}"
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
