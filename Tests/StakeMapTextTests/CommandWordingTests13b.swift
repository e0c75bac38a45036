import Foundation
import Testing
import StakeMap
import StakeMapAnalysis
import StakeMapText

/// The facts of link prediction, path steps and audits, worded in English (as the analysis
/// once wrote them) and in Arabic.
@Suite("Command wording (issue 13b)")
struct CommandWordingTests13b {
    static let graph = Graph(
        actors: [Actor(id: "a", kind: .organization, name: LocalizedText(["en": "A", "ar": "أ"])),
                 Actor(id: "b", kind: .organization, name: LocalizedText(["en": "B", "ar": "ب"])),
                 Actor(id: "z", kind: .person, name: LocalizedText(["en": "Z", "ar": "زينب"]))],
        ties: [Tie(from: "a", to: "z", kind: .partnersWith), Tie(from: "b", to: "z", kind: .memberOf)],
        events: [Event(id: "e1", kind: .workshop, name: LocalizedText(["en": "Workshop One", "ar": "الورشة الأولى"]),
                       participants: [.init(id: "a"), .init(id: "b")])])

    @Test("link-prediction reasons read as before in English, and in Arabic without Latin words")
    func linkReasons() {
        let predictor = LinkPredictor(graph: Self.graph)
        let reasons = predictor.reasons(predictor.score("a", "b"))
        let english = SuggestText.reason(reasons, names: Names(graph: Self.graph), words: Words(.en))
        #expect(english == "both attended Workshop One; both are linked to Z (A partners with Z; B is a member of Z)")
        let arabic = SuggestText.reason(reasons, names: Names(graph: Self.graph, language: "ar"), words: Words(.ar, medium: .cell))
        #expect(arabic == "حضر كلاهما الورشة الأولى؛ كلاهما على صلة بـزينب (علاقة «شراكة» من أ إلى زينب؛ علاقة «عضو في» من ب إلى زينب)")
        let more = SuggestText.reason([.moreCommonContacts(1), .moreCommonContacts(4)], names: Names(graph: Self.graph), words: Words(.en))
        #expect(more == "and 1 more common contact; and 4 more common contacts")
    }

    @Test("a path step's explanation: evidence in words, then how many more")
    func stepExplanation() throws {
        let step = try #require(Self.graph.introductionPaths(from: "a", to: "b").first?.steps.first)
        #expect(PathText.explanation(step, in: Self.graph, words: Words(.en)) == "both at Workshop One")
        #expect(PathText.explanation(step, in: Self.graph, words: Words(.ar)) == "شاركا معًا في الورشة الأولى")
        let tie = PairEvidence(tieKind: .memberOf, from: "b", to: "z", event: nil, date: nil, place: nil, strength: 1, sources: [])
        let explanation = StepExplanation(shown: [tie], more: 3)
        #expect(PathText.explanation(explanation, in: Self.graph, words: Words(.en)) == "B is a member of Z and 3 more")
    }

    @Test("an audit flag and a withheld tie are worded from their facts", arguments: TextLanguage.allCases)
    func audit(_ language: TextLanguage) {
        var graph = Self.graph
        graph.upsert(Actor(id: "z", kind: .person, name: LocalizedText(["en": "Z", "ar": "زينب"]), tags: ["human-rights-defender"]))
        graph.upsert(Actor(id: "b", kind: .organization, name: LocalizedText(["en": "B", "ar": "ب"]), sensitivity: .restricted))
        let audit = graph.audit(for: .confidential)
        let words = Words(language, medium: .cell)
        let messages = audit.flags.map { AuditText.message($0, in: graph, words: words) + " " + AuditText.suggestion($0, in: graph, words: words) }
        #expect(!messages.isEmpty)
        if language == .en {
            #expect(messages.contains { $0.hasPrefix("Z is a person tagged human-rights-defender and is public") })
            #expect(messages.contains { $0.hasPrefix("the member-of tie B – Z is public but B is restricted") })
        } else {
            let latin = messages.joined().replacingOccurrences(of: "human-rights-defender", with: "").unicodeScalars
                .filter { $0.isASCII && CharacterSet.letters.contains($0) }
            #expect(latin.isEmpty, "\(messages)")
        }
    }
}
