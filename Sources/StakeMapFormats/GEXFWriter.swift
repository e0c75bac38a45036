/// Writes a network as GEXF 1.3 for Gephi, with time spells from the dates.
///
/// Actor and tie fields are static attributes (`FormatRecords`); a tie's dates, as written, are
/// the attributes `date` or `date_start`/`date_end`, and its spell (`start`/`end`, first and last
/// day, `timeformat="date"`) drives Gephi's timeline; a tie written with a `start` and no `end`
/// (a membership that still holds) has a spell with no end. An actor whose ties and events are all
/// dated has a spell from the earliest of them (open-ended), so it appears when it enters the record;
/// any other actor is always there. A network with no dates at all is written `mode="static"`.
/// A tie's `weight` is its analysis weight (the exact weight when set, else the strength).
/// The graph is `defaultedgetype="directed"`, so that networkx keeps every tie's order through its
/// own read and write (it refuses mixed directions); the boolean attribute `directed` is `false`
/// on ties of undirected kinds (`met`).
public struct GEXFWriter: Sendable {
    /// The `<creator>` text that marks a file as StakeMap's own (its reader then reads exact fields back).
    public static let creator = "StakeMap"

    /// Creates a writer.
    public init() {}

    /// The GEXF text of `graph`.
    /// - Complexity: O(size of the network).
    public func write(_ graph: Graph) -> String {
        let actorRecords = graph.actors.map(FormatRecords.actor).map { $0.filter { $0.key != "label" } }
        let tieRecords = graph.ties.map { tie in
            FormatRecords.tie(tie).map { pair in pair.key == "start" || pair.key == "end" ? ("date_" + pair.key, pair.value) : pair }
                + [("directed", tie.isDirected ? "true" : "false")]
        }
        let firstSeen = self.firstSeen(graph)
        let dynamic = !firstSeen.isEmpty || graph.ties.contains { $0.date != nil }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
            "  <meta>",
            "    <creator>\(Self.creator)</creator>",
        ]
        if let title = graph.title { lines.append("    <description>\(MarkupEscaping.escaped(title.text(), for: .xml))</description>") }
        lines += ["  </meta>", #"  <graph defaultedgetype="directed" "# + (dynamic ? #"mode="dynamic" timeformat="date">"# : #"mode="static">"#)]
        lines += attributes("node", FormatRecords.columns(actorRecords))
        lines += attributes("edge", FormatRecords.columns(tieRecords))
        lines.append("    <nodes>")
        for (actor, record) in zip(graph.actors, actorRecords) {
            let spell = firstSeen[actor.id].map { " start=\"\(day($0.firstDay))\"" } ?? ""
            lines.append("      <node id=\"\(MarkupEscaping.escaped(actor.id, for: .xml))\" label=\"\(MarkupEscaping.escaped(actor.displayName(), for: .xml))\"\(spell)>"
                         + attvalues(record) + "</node>")
        }
        lines += ["    </nodes>", "    <edges>"]
        for (index, (tie, record)) in zip(graph.ties, tieRecords).enumerated() {
            var spell = ""
            if let date = tie.date {
                spell = " start=\"\(day(date.start.firstDay))\""
                if !(tie.usesStartEnd && date.end == date.start) { spell += " end=\"\(day(date.end.lastDay))\"" }
            }
            lines.append("      <edge id=\"\(index)\" source=\"\(MarkupEscaping.escaped(tie.from, for: .xml))\" target=\"\(MarkupEscaping.escaped(tie.to, for: .xml))\""
                         + " weight=\"\(tie.analysisWeight)\"\(spell)>" + attvalues(record) + "</edge>")
        }
        lines += ["    </edges>", "  </graph>", "</gexf>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private func attributes(_ kind: String, _ keys: [String]) -> [String] {
        guard !keys.isEmpty else { return [] }
        let types: [FormatRecords.ValueType: String] = [.string: "string", .int: "integer", .double: "double"]
        return ["    <attributes class=\"\(kind)\" mode=\"static\">"]
            + keys.map { key in
                let type = kind == "edge" && key == "directed" ? "boolean" : types[FormatRecords.type(of: key)] ?? "string"
                return "      <attribute id=\"\(MarkupEscaping.escaped(key, for: .xml))\" title=\"\(MarkupEscaping.escaped(key, for: .xml))\" type=\"\(type)\"/>"
            }
            + ["    </attributes>"]
    }

    private func attvalues(_ record: [(key: String, value: String)]) -> String {
        guard !record.isEmpty else { return "" }
        return "<attvalues>" + record.map { "<attvalue for=\"\(MarkupEscaping.escaped($0.key, for: .xml))\" value=\"\(MarkupEscaping.escaped($0.value, for: .xml))\"/>" }.joined()
            + "</attvalues>"
    }

    /// The earliest date each actor appears on (its ties and the events it attends), for the actors
    /// that have at least one dated tie or event and no undated one (an undated tie is always there,
    /// and so must its ends be).
    private func firstSeen(_ graph: Graph) -> [String: PartialDate] {
        var result: [String: PartialDate] = [:]
        var undated = Set<String>()
        func note(_ id: String, _ date: PartialDate?) {
            guard let date else {
                undated.insert(id)
                return
            }
            if let known = result[id], known.firstDayNumber <= date.firstDayNumber { return }
            result[id] = date
        }
        for tie in graph.ties { note(tie.from, tie.date?.start); note(tie.to, tie.date?.start) }
        for event in graph.events { event.attendees.forEach { note($0, event.date?.start) } }
        return result.filter { !undated.contains($0.key) }
    }

    private func day(_ date: (year: Int, month: Int, day: Int)) -> String {
        PartialDate(year: date.year, month: date.month, day: date.day)?.description ?? "\(date.year)"
    }
}
