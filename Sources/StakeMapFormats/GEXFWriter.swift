/// Writes a network as GEXF 1.3 for Gephi, with time spells from the dates.
///
/// Actor and tie fields are static attributes (`FormatRecords`); a tie's dates, as written, are
/// the attributes `date` or `date_start`/`date_end`, and its spell (`start`/`end`, first and last
/// day, `timeformat="date"`) drives Gephi's timeline. An actor's spell starts at its earliest
/// dated tie or event (open-ended), so it appears when it enters the record. A tie's `weight` is
/// its analysis weight (the exact weight when set, else the strength). The graph is undirected
/// (networkx refuses mixed directions); the kind gives a tie's direction.
public struct GEXFWriter: Sendable {
    /// The `<creator>` text that marks a file as StakeMap's own (its reader then reads exact fields back).
    public static let creator = "StakeMap"

    /// Creates a writer.
    public init() {}

    /// The GEXF text of `graph`.
    /// - Complexity: O(size of the network).
    public func write(_ graph: Graph) -> String {
        let actorRecords = graph.actors.map(FormatRecords.actor).map { $0.filter { $0.key != "label" } }
        let tieRecords = graph.ties.map(FormatRecords.tie).map { record in
            record.map { pair in pair.key == "start" || pair.key == "end" ? ("date_" + pair.key, pair.value) : pair }
        }
        let firstSeen = self.firstSeen(graph)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
            "  <meta>",
            "    <creator>\(Self.creator)</creator>",
        ]
        if let title = graph.title { lines.append("    <description>\(XMLEscaping.escaped(title.text()))</description>") }
        lines += ["  </meta>", #"  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">"#]
        lines += attributes("node", FormatRecords.columns(actorRecords))
        lines += attributes("edge", FormatRecords.columns(tieRecords))
        lines.append("    <nodes>")
        for (actor, record) in zip(graph.actors, actorRecords) {
            let spell = firstSeen[actor.id].map { " start=\"\(day($0.firstDay))\"" } ?? ""
            lines.append("      <node id=\"\(XMLEscaping.escaped(actor.id))\" label=\"\(XMLEscaping.escaped(actor.displayName()))\"\(spell)>"
                         + attvalues(record) + "</node>")
        }
        lines += ["    </nodes>", "    <edges>"]
        for (index, (tie, record)) in zip(graph.ties, tieRecords).enumerated() {
            var spell = ""
            if let date = tie.date { spell = " start=\"\(day(date.start.firstDay))\" end=\"\(day(date.end.lastDay))\"" }
            lines.append("      <edge id=\"\(index)\" source=\"\(XMLEscaping.escaped(tie.from))\" target=\"\(XMLEscaping.escaped(tie.to))\""
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
                let type = types[FormatRecords.type(of: key)] ?? "string"
                return "      <attribute id=\"\(XMLEscaping.escaped(key))\" title=\"\(XMLEscaping.escaped(key))\" type=\"\(type)\"/>"
            }
            + ["    </attributes>"]
    }

    private func attvalues(_ record: [(key: String, value: String)]) -> String {
        guard !record.isEmpty else { return "" }
        return "<attvalues>" + record.map { "<attvalue for=\"\(XMLEscaping.escaped($0.key))\" value=\"\(XMLEscaping.escaped($0.value))\"/>" }.joined()
            + "</attvalues>"
    }

    /// The earliest date each actor appears on (its ties and the events it attends).
    private func firstSeen(_ graph: Graph) -> [String: PartialDate] {
        var result: [String: PartialDate] = [:]
        func note(_ id: String, _ date: PartialDate) {
            if let known = result[id], known.firstDayNumber <= date.firstDayNumber { return }
            result[id] = date
        }
        for tie in graph.ties { if let date = tie.date?.start { note(tie.from, date); note(tie.to, date) } }
        for event in graph.events { if let date = event.date?.start { event.attendees.forEach { note($0, date) } } }
        return result
    }

    private func day(_ date: (year: Int, month: Int, day: Int)) -> String {
        PartialDate(year: date.year, month: date.month, day: date.day)?.description ?? "\(date.year)"
    }
}
