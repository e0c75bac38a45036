import Foundation
import Testing
@testable import StakeMap

/// Every class of input error is reported with its file, line and column.
@Suite("Native reader errors")
struct ReaderErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let yaml: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { name }
    }

    static let header = "stakemap: 1\nsources:\n  - {id: s1}\nactors:\n  - {id: a, kind: person}\n  - {id: b, kind: organization}\n"

    static let cases: [Case] = [
        Case(name: "unknown tie kind", yaml: header + "ties:\n  - {from: a, to: b, kind: memberof}\n",
             line: 8, column: 28, message: "unknown tie kind 'memberof'; did you mean 'member-of'?"),
        Case(name: "unknown actor kind", yaml: header + "  - {id: c, kind: organisation}\n",
             line: 7, column: 19, message: "unknown actor kind 'organisation'; did you mean 'organization'?"),
        Case(name: "unknown key", yaml: header + "  - {id: c, kind: person, colr: red}\n",
             line: 7, column: 27, message: "unknown key 'colr' in an actor"),
        Case(name: "unknown top-level key", yaml: header + "actor: []\n",
             line: 7, column: 1, message: "unknown key 'actor' in a StakeMap file; did you mean 'actors'?"),
        Case(name: "dangling tie end", yaml: header + "ties:\n  - {from: a, to: bb, kind: met}\n",
             line: 8, column: 19, message: "unknown actor 'bb' (tie end 'to'); did you mean 'b'?"),
        Case(name: "dangling participant", yaml: header + "events:\n  - {id: e, kind: meeting, participants: [a, zz]}\n",
             line: 8, column: 46, message: "unknown actor 'zz' (participant of 'e')"),
        Case(name: "dangling source", yaml: header + "  - {id: c, kind: person, sources: [s2#p1]}\n",
             line: 7, column: 37, message: "unknown source 's2'; did you mean 's1'?"),
        Case(name: "duplicate id", yaml: header + "  - {id: a, kind: person}\n",
             line: 7, column: 5, message: "duplicate actor id 'a'"),
        Case(name: "impossible date", yaml: header + "ties:\n  - {from: a, to: b, kind: met, date: 2023-02-29}\n",
             line: 8, column: 39, message: "'2023-02-29' is not a valid date for 'date'; that day does not exist"),
        Case(name: "malformed date", yaml: header + "ties:\n  - {from: a, to: b, kind: met, date: last spring}\n",
             line: 8, column: 39, message: "'last spring' is not a valid date"),
        Case(name: "reversed range", yaml: header + "ties:\n  - {from: a, to: b, kind: met, date: 2020..2019}\n",
             line: 8, column: 39, message: "'2020..2019' is not a valid date for 'date'; the end is before the start"),
        Case(name: "strength out of range", yaml: header + "ties:\n  - {from: a, to: b, kind: met, strength: 9}\n",
             line: 8, column: 43, message: "'strength' is 9, out of range 1…5"),
        Case(name: "stance out of range", yaml: header + "  - {id: c, kind: person, stance: -3}\n",
             line: 7, column: 35, message: "'stance' is -3, out of range -2…2"),
        Case(name: "influence not a number", yaml: header + "  - {id: c, kind: person, influence: high}\n",
             line: 7, column: 38, message: "'influence' must be a whole number from 1 to 5"),
        Case(name: "bad id", yaml: header + "  - {id: Bad Id, kind: person}\n",
             line: 7, column: 10, message: "'Bad Id' is not a valid id"),
        Case(name: "bad country", yaml: header + "  - {id: c, kind: person, country: fr}\n",
             line: 7, column: 36, message: "'fr' is not an ISO 3166-1 alpha-2 country code; write 'FR'"),
        Case(name: "missing version", yaml: "actors:\n  - {id: a, kind: person}\n",
             line: 1, column: 1, message: "missing 'stakemap: 1'"),
        Case(name: "YAML syntax", yaml: "stakemap: 1\nactors:\n  - {id: a, kind: person\n",
             line: 4, column: 1, message: "YAML syntax"),
        Case(name: "tie to itself", yaml: header + "ties:\n  - {from: a, to: a, kind: met}\n",
             line: 8, column: 19, message: "a tie from 'a' to itself"),
        Case(name: "gender on an organization", yaml: header + "  - {id: c, kind: organization, gender: woman}\n",
             line: 7, column: 41, message: "'gender' applies to persons only"),
        Case(name: "event id shared with an actor", yaml: header + "events:\n  - {id: a, kind: meeting}\n",
             line: 8, column: 5, message: "event id 'a' is already the id of an actor"),
    ]

    @Test("reports the error at its line and column", arguments: cases)
    func located(_ testCase: Case) throws {
        let files = TestFiles()
        let path = files.write("g.yaml", testCase.yaml)
        let error = try #require(throws: StakeMapError.self) { try NativeReader().read(path: path) }
        let match = error.diagnostics.first { $0.description.contains(testCase.message) }
        let diagnostic = try #require(match, "no '\(testCase.message)' among: \(error.diagnostics)")
        #expect(diagnostic.location == SourceLocation(file: path, line: testCase.line, column: testCase.column),
                "\(diagnostic)")
        #expect(diagnostic.description.hasPrefix("\(path):\(testCase.line):\(testCase.column): error: "))
    }

    @Test("five mistakes give five located errors")
    func everyProblemReported() throws {
        let files = TestFiles()
        let path = files.write("five.yaml", """
            stakemap: 1
            actors:
              - {id: a, kind: persn}
              - {id: b, kind: person, influence: 6}
              - {id: c, kind: person, colour: red}
            ties:
              - {from: a, to: nobody, kind: met}
              - {from: a, to: b, kind: met, date: 2019-13}

            """)
        let error = try #require(throws: StakeMapError.self) { try NativeReader().read(path: path) }
        #expect(error.diagnostics.count == 5, "\(error)")
        #expect(error.diagnostics.map { $0.location?.line ?? 0 } == [3, 4, 5, 7, 8])
        #expect(error.code == .invalidInput)
    }
}
