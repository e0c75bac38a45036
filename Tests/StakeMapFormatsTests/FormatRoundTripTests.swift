import Foundation
import Testing
import StakeMapFormats

/// native → format → native keeps, field by field, everything the format can hold, and the one
/// warning names exactly what it cannot.
@Suite("Format round trips")
struct FormatRoundTripTests {
    static let formats: [GraphFormat] = [.yaml, .json, .graphml, .gexf, .kumuJSON, .kumuCSV]

    @Test("every field the format holds comes back", arguments: formats, ["libya", "synthetic", "tricky"])
    func roundTrip(format: GraphFormat, network: String) throws {
        let original = try InteropNetworks.named(network)
        let (path, _) = try InteropNetworks.write(original, as: format)
        let copy = try GraphLoader.load(path: path).graph
        let lost = Set(FormatCapabilities.lostFields(in: format).map(\.field))
        let held = ModelField.all.filter { !lost.contains($0) }
        #expect(copy.actors.map(\.id) == original.actors.map(\.id))
        #expect(copy.ties.count == original.ties.count)
        for field in held {
            switch field.scope {
            case .actor:
                for (a, b) in zip(original.actors, copy.actors) {
                    #expect(ModelFieldValues.actor(field.name, a) == ModelFieldValues.actor(field.name, b), "\(format) \(field) of \(a.id)")
                }
            case .tie:
                for (a, b) in zip(original.ties, copy.ties) {
                    #expect(ModelFieldValues.tie(field.name, a) == ModelFieldValues.tie(field.name, b), "\(format) \(field) of \(a.identity)")
                }
            case .event:
                #expect(copy.events.map(\.id) == original.events.map(\.id))
                for (a, b) in zip(original.events, copy.events) {
                    #expect(ModelFieldValues.event(field.name, a) == ModelFieldValues.event(field.name, b), "\(format) \(field) of \(a.id)")
                }
            case .source:
                #expect(copy.sources == original.sources, "\(format) source records")
            case .network:
                #expect(field.isUsed(in: copy) == field.isUsed(in: original), "\(format) \(field)")
            }
        }
        if lost.isEmpty { #expect(copy == original, "\(format) is lossless, so the graphs are equal") }
        // What is not held is at least not invented, and every citation still has a source.
        let sourceIDs = Set(copy.sources.map(\.id))
        #expect(copy.actors.flatMap(\.sources).allSatisfy { sourceIDs.contains($0.sourceID) })
    }

    @Test("the title and description per language survive where the format holds them", arguments: [GraphFormat.graphml, .json])
    func networkTexts(format: GraphFormat) throws {
        let original = InteropNetworks.synthetic
        let copy = try GraphLoader.load(path: InteropNetworks.write(original, as: format).path).graph
        #expect(copy.title == original.title)
        #expect(copy.description == original.description)
        #expect(copy.asOf == original.asOf)
    }

    @Test("one warning per format names exactly the lost fields the network uses", arguments: GraphFormat.writable)
    func oneWarning(format: GraphFormat) throws {
        let graph = InteropNetworks.synthetic
        let (_, warnings) = try InteropNetworks.write(graph, as: format)
        let expected = FormatCapabilities.lostFields(in: format).filter { $0.field.isUsed(in: graph) }
        #expect(warnings.count == (expected.isEmpty ? 0 : 1))
        if let warning = warnings.first {
            #expect(warning.severity == .warning)
            #expect(warning.message.hasPrefix("\(format.displayName) cannot hold: "))
            for (field, _) in expected where field.scope != .event {
                #expect(warning.message.contains(field.description), "\(field) missing from: \(warning.message)")
            }
        }
    }

    @Test("a network that uses nothing a format lacks gets no warning")
    func noWarning() throws {
        let graph = Graph(actors: [Actor(id: "a", kind: .person), Actor(id: "b", kind: .organization)],
                          ties: [Tie(from: "a", to: "b", kind: .memberOf)])
        for format in [GraphFormat.graphml, .gexf, .kumuJSON, .kumuCSV, .cypher, .neo4jCSV] {
            #expect(FormatCapabilities.lossWarning(for: graph, in: format) == nil, "\(format)")
        }
    }
}
