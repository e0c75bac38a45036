import Foundation
import Testing

/// One PageRank rule everywhere (issue 16): `render --size-by pagerank`, `diff` and `report` give
/// networkx's `pagerank(G, weight=None)` unless `--weighted` (then `weight="weight"`), as
/// `centrality` does, checked against the fixtures' networkx values.
@Suite("one PageRank rule: render, diff, report")
struct PageRankRuleTests {
    static func networkx(_ key: String) throws -> [String: Double] {
        let measures = try #require(try AnalystMeasuresTests.reference("lesmis")["measures"] as? [String: Any])
        return try #require(measures[key] as? [String: Double])
    }

    /// networkx's node id as the GraphML reader slugs it.
    static func slug(_ id: String) -> String { id.lowercased() }

    /// Each node's height in points from a laid-out DOT file (`height` in inches).
    static func heights(dot: String) -> [String: Double] {
        var result = [String: Double]()
        var current: String?
        for line in dot.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            if text.hasPrefix("\t"), !text.hasPrefix("\t\t"), text.hasSuffix("[class=\"actor other\",") {
                current = text.split(separator: "\t").first.map(String.init)
            } else if let id = current, let range = text.range(of: "height=") {
                let value = text[range.upperBound...].prefix { $0.isNumber || $0 == "." }
                result[id] = (Double(value) ?? .nan) * 72
                current = nil
            }
        }
        return result
    }

    /// The largest gap, in points, between the rendered heights and the heights networkx's
    /// values give (`0.5 + 0.7 · s` inches, `s` the value scaled to 0…1 over the actors).
    static func largestGap(_ heights: [String: Double], _ expected: [String: Double]) -> Double {
        let (low, high) = (expected.values.min() ?? 0, expected.values.max() ?? 1)
        return expected.map { id, value in
            let scaled = (value - low) / (high - low)
            return abs((heights[slug(id)] ?? .infinity) - 72 * (0.5 + 0.7 * scaled))
        }.max() ?? .infinity
    }

    @Test("render --size-by pagerank sizes nodes by networkx's unweighted PageRank; --weighted by the weighted one")
    func renderSizes() throws {
        let scratch = Scratch()
        let (unweighted, weighted) = (try Self.networkx("pagerank_unweighted"), try Self.networkx("pagerank"))
        for (arguments, expected, other) in [([String](), unweighted, weighted), (["--weighted"], weighted, unweighted)] {
            let file = scratch.path("map.dot")
            let result = try StakeMapBinary.run(["render", AnalystMeasuresTests.graphml("lesmis"), "-o", file, "--layout", "neato",
                                                 "--size-by", "pagerank"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let heights = Self.heights(dot: try String(contentsOfFile: file, encoding: .utf8))
            #expect(heights.count == expected.count)
            // Graphviz keeps whole points: within a point of networkx's value, and clearly not the other rule.
            #expect(Self.largestGap(heights, expected) <= 1, "\(arguments)")
            #expect(Self.largestGap(heights, other) > 3, "\(arguments) cannot tell the rules apart")
        }
        let refused = try StakeMapBinary.run(["render", "graphs/libya-wps.yaml", "-o", scratch.path("x.svg"), "--weighted"])
        #expect(refused.status == 64 && refused.stderr.contains("--size-by"))
    }

    @Test("diff's PageRank shifts are networkx's values, under the same rule")
    func diffShifts() throws {
        let scratch = Scratch()
        let empty = scratch.write("empty.yaml", "stakemap: 1\nactors:\n  - {id: nobody, kind: person}\n")
        for (arguments, key) in [([String](), "pagerank_unweighted"), (["--weighted"], "pagerank")] {
            let result = try StakeMapBinary.run(["diff", empty, AnalystMeasuresTests.graphml("lesmis"), "--format", "json", "--top", "100"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let output = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let shifts = try #require((output["centrality"] as? [String: Any])?["pagerank"] as? [[String: Any]])
            var mine = [String: Double]()
            for shift in shifts { if let id = shift["id"] as? String, id != "nobody" { mine[id] = shift["new"] as? Double } }
            AnalystMeasuresTests.expectMatch(mine, try Self.networkx(key), "diff \(key)")
        }
    }

    @Test("the report's PageRank column is networkx's unweighted value; --weighted the weighted one")
    func reportColumn() throws {
        let scratch = Scratch()
        for (arguments, key) in [([String](), "pagerank_unweighted"), (["--weighted"], "pagerank")] {
            let page = scratch.path("report.html")
            let result = try StakeMapBinary.run(["report", AnalystMeasuresTests.graphml("lesmis"), "-o", page, "--no-map"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let html = try String(contentsOfFile: page, encoding: .utf8)
            AnalystMeasuresTests.expectMatch(try Self.pageRankColumn(html), try Self.networkx(key), "report \(key)", tolerance: 1e-8)
        }
    }

    /// The PageRank cell (`data-v`, nine decimals) of every table row, by actor id.
    static func pageRankColumn(_ html: String) throws -> [String: Double] {
        let dataStart = try #require(html.range(of: #"id="report-data">"#))
        let dataEnd = try #require(html.range(of: "</script>", range: dataStart.upperBound..<html.endIndex))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(html[dataStart.upperBound..<dataEnd.lowerBound].utf8)) as? [String: Any])
        let ids = try #require(data["actors"] as? [[String: Any]]).map { $0["id"] as? String ?? "" }
        var result = [String: Double]()
        for row in html.components(separatedBy: "<tr data-i=\"").dropFirst() {
            guard let index = Int(row.prefix { $0.isNumber }), index < ids.count else { continue }
            let values = row.components(separatedBy: "data-v=\"").dropFirst().map { Double($0.prefix { $0 != "\"" }) ?? .nan }
            if values.count >= 3 { result[ids[index]] = values[2] }
        }
        return result
    }
}
