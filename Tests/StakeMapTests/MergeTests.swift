import Foundation
import Testing
@testable import StakeMap

/// Includes, the merge of one actor declared in several files, conflicts and cycles.
@Suite("Includes and merge")
struct MergeTests {
    @Test("the same actor in two files is merged: names, aliases, tags and sources united")
    func mergesActors() throws {
        let files = TestFiles()
        files.write("parts/one.yaml", """
            stakemap: 1
            sources: [{id: s1}]
            actors:
              - {id: twbi, kind: organization, name: {en: Together We Build It}, aliases: [TWBI], tags: [women-led], sources: [s1#p1]}
            """)
        files.write("parts/two.yaml", """
            stakemap: 1
            sources: [{id: s2}]
            actors:
              - {id: twbi, kind: organization, name: {ar: معا نبنيها}, tags: [civil-society, women-led], country: LY, sources: [s2]}
            """)
        let root = files.write("root.yaml", """
            stakemap: 1
            include: [parts/one.yaml, parts/two.yaml]
            ties: [{from: twbi, to: x, kind: met}]
            actors: [{id: x, kind: person}]
            """)
        let graph = try NativeReader().read(path: root).graph
        let twbi = try #require(graph.actor(withID: "twbi"))
        #expect(twbi.name == LocalizedText(["en": "Together We Build It", "ar": "معا نبنيها"]))
        #expect(twbi.tags == ["women-led", "civil-society"])
        #expect(twbi.aliases == ["TWBI"])
        #expect(twbi.country == "LY")
        #expect(twbi.sources.map(\.description) == ["s1#p1", "s2"])
        #expect(graph.actors.count == 2)
        #expect(graph.sources.map(\.id) == ["s1", "s2"])
    }

    @Test("a conflicting scalar is an error naming both places")
    func conflict() throws {
        let files = TestFiles()
        let one = files.write("one.yaml", "stakemap: 1\nactors:\n  - {id: a, kind: organization}\n")
        files.write("two.yaml", "stakemap: 1\nactors:\n  - {id: a, kind: coalition}\n")
        let root = files.write("root.yaml", "stakemap: 1\ninclude: [one.yaml, two.yaml]\n")
        let error = try #require(throws: StakeMapError.self) { try NativeReader().read(path: root) }
        let message = try #require(error.diagnostics.first).description
        #expect(message.contains("conflicting kind for actor 'a'"))
        #expect(message.contains("two.yaml:3:"))
        #expect(message.contains("\(one):3:"))
    }

    @Test("a file included twice (a diamond) is read once")
    func diamond() throws {
        let files = TestFiles()
        files.write("shared.yaml", "stakemap: 1\nactors:\n  - {id: a, kind: person}\n")
        files.write("left.yaml", "stakemap: 1\ninclude: [shared.yaml]\n")
        files.write("right.yaml", "stakemap: 1\ninclude: [shared.yaml]\n")
        let root = files.write("root.yaml", "stakemap: 1\ninclude: [left.yaml, right.yaml]\n")
        #expect(try NativeReader().read(path: root).graph.actors.count == 1)
    }

    @Test("an include cycle is an error at the include that closes it")
    func cycle() throws {
        let files = TestFiles()
        let a = files.write("a.yaml", "stakemap: 1\ninclude: [b.yaml]\n")
        let b = files.write("b.yaml", "stakemap: 1\ninclude:\n  - a.yaml\n")
        let error = try #require(throws: StakeMapError.self) { try NativeReader().read(path: a) }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message == "include cycle: a.yaml → b.yaml → a.yaml")
        #expect(diagnostic.location == SourceLocation(file: b, line: 3, column: 5))
    }

    @Test("a missing include is located at the include")
    func missingInclude() throws {
        let files = TestFiles()
        let root = files.write("root.yaml", "stakemap: 1\ninclude: [nowhere.yaml]\n")
        let error = try #require(throws: StakeMapError.self) { try NativeReader().read(path: root) }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: root, line: 2, column: 11))
        #expect(diagnostic.message.contains("cannot include 'nowhere.yaml'"))
    }

    @Test("the same tie stated in two files becomes one tie with both sources")
    func mergesTies() throws {
        let files = TestFiles()
        files.write("one.yaml", "stakemap: 1\nsources: [{id: s1}]\nactors: [{id: a, kind: person}, {id: b, kind: person}]\nties: [{from: a, to: b, kind: met, date: 2018, sources: [s1]}]\n")
        files.write("two.yaml", "stakemap: 1\nsources: [{id: s2}]\nactors: [{id: a, kind: person}, {id: b, kind: person}]\nties: [{from: b, to: a, kind: met, date: 2018, sources: [s2]}]\n")
        let root = files.write("root.yaml", "stakemap: 1\ninclude: [one.yaml, two.yaml]\n")
        let graph = try NativeReader().read(path: root).graph
        #expect(graph.ties.count == 1)
        #expect(graph.ties.first?.sources.map(\.sourceID) == ["s1", "s2"])
    }

    @Test("a merge never lowers protection: the stricter sensitivity wins")
    func sensitivityMerge() throws {
        let files = TestFiles()
        files.write("one.yaml", "stakemap: 1\nactors: [{id: a, kind: person}]\n")
        files.write("two.yaml", "stakemap: 1\nactors: [{id: a, kind: person, sensitivity: confidential}]\n")
        let root = files.write("root.yaml", "stakemap: 1\ninclude: [one.yaml, two.yaml]\n")
        #expect(try NativeReader().read(path: root).graph.actors.first?.sensitivity == .confidential)
    }
}
