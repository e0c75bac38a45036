import Foundation
import Testing
import StakeMap
import StakeMapAnalysis
@testable import StakeMapReport

/// The cards' meeting index gives exactly what `Graph.meetings(of:)` gives, actor by actor.
@Suite("report meetings")
struct ReportMeetingsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("same meetings, same order, for every actor of the example networks", arguments: ["libya-wps.yaml", "wps-all.yaml", "yemen-marib.yaml"])
    func sameMeetings(file: String) throws {
        let graph = try NativeReader().read(path: Self.root.appendingPathComponent("graphs/\(file)").path).graph
        for audience in [Audience.public, .internal] {
            let visible = graph.visible(to: audience)
            let index = ReportMeetings(graph: visible, audience: audience)
            for actor in visible.actors {
                #expect(index.meetings(of: actor.id) == visible.meetings(of: actor.id, query: MeetingQuery(audience: audience)), "\(actor.id)")
            }
        }
    }

    @Test("a report on 1,000 actors builds in seconds")
    func thousandActors() {
        let actors = (0..<1_000).map { Actor(id: "a\($0)", kind: $0 % 4 == 0 ? .organization : .person, name: LocalizedText("Actor \($0)")) }
        let ties = (1..<1_000).flatMap { index in
            [Tie(from: "a\(index)", to: "a\((index * 7_919) % index)", kind: .met),
             Tie(from: "a\(index)", to: "a\((index * 104_729) % 1_000)", kind: index % 3 == 0 ? .partnersWith : .met)]
        }.filter { $0.from != $0.to }
        let start = Date()
        let report = ReportBuilder.build(Graph(actors: actors, ties: ties), options: ReportOptions(includesMap: false))
        #expect(report.html.contains("card-999"))
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
