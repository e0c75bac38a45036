import Foundation
import Testing
@testable import StakeMapRender

/// Withheld actors, ties and events leave nothing in the bytes of any format.
@Suite("Audience")
struct AudienceTests {
    static let cases: [(Audience, RenderFormat)] = [Audience.public, .internal].flatMap { audience in
        RenderFormat.allCases.map { (audience, $0) }
    }

    @Test("withheld items leave no trace", arguments: cases)
    func nothingWithheldInOutput(audience: Audience, format: RenderFormat) throws {
        for events in EventStyle.allCases {
            let options = RenderOptions(format: format, language: .both, events: events, audience: audience)
            let map = try MapRenderer.render(Fixtures.briefing(), options: options)
            #expect(!map.data.isEmpty)
            let secrets = Fixtures.secretsAboveInternal + (audience == .public ? Fixtures.secretsAbovePublic : [])
            for secret in secrets {
                #expect(map.data.range(of: Data(secret.utf8)) == nil, "'\(secret)' leaked into \(format) for \(audience)")
            }
        }
    }

    @Test("the internal audience sees restricted items, the public one does not")
    func restrictedVisibility() throws {
        let internalMap = try svg(Fixtures.briefing(), RenderOptions(audience: .internal))
        #expect(internalMap.groups["actor-armed-group-q"] != nil)
        #expect(internalMap.groups["actor-defender-secret-7"] == nil)
        let publicMap = try svg(Fixtures.briefing(), RenderOptions(audience: .public))
        #expect(publicMap.groups["actor-armed-group-q"] == nil)
        #expect(publicMap.groups["actor-twbi"] != nil)
        let confidentialMap = try svg(Fixtures.briefing(), RenderOptions(audience: .confidential))
        #expect(confidentialMap.groups["actor-defender-secret-7"] != nil)
    }

    @Test("tie numbers count visible ties only")
    func tieNumbering() throws {
        let graph = Fixtures.briefing()
        let document = try svg(graph, RenderOptions(audience: .public))
        let visibleTies = graph.ties.filter { tie in
            tie.sensitivity == .public && [tie.from, tie.to].allSatisfy { graph.actor(withID: $0)?.sensitivity == .public }
        }
        let numbers = document.groupOrder.filter { $0.hasPrefix("tie-") }.compactMap { Int($0.dropFirst(4)) }
        #expect(numbers.allSatisfy { $0 < visibleTies.count })
    }
}

/// Renders `graph` to SVG and parses it, failing the test when it is not well-formed.
func svg(_ graph: Graph, _ options: RenderOptions) throws -> SVGDocument {
    var options = options
    options.format = .svg
    let map = try MapRenderer.render(graph, options: options)
    return try #require(SVGDocument.parse(map.data), "the SVG is not well-formed XML")
}
