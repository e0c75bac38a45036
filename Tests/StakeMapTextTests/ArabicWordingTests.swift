import Foundation
import Testing
import StakeMap
import StakeMapAnalysis
import StakeMapText

/// Every sentence of the Arabic gap and plan wordings, fed Latin names, ids and places: no Latin
/// letter may stand outside an isolate (so no English word is left in the catalog, and nothing
/// Latin can scramble the line).
@Suite("Arabic wording of findings and plans")
struct ArabicWordingTests {
    static let g = ArabicGapWording()
    static let p = ArabicPlanWording()
    static let date = DateSpan(parsing: "2018-09")
    static let range = DateSpan(parsing: "2024-10-30..2024-10-31")
    static let day = PartialDate(parsing: "2025-10-04")!

    /// Latin letters outside FSI/LRI/RLI … PDI.
    static func latinOutsideIsolates(_ text: String) -> String {
        var depth = 0, outside = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2066...0x2068: depth += 1
            case 0x2069: depth = max(0, depth - 1)
            default: if depth == 0, scalar.isASCII, CharacterSet.letters.contains(scalar) { outside.unicodeScalars.append(scalar) }
            }
        }
        return outside
    }

    static var sentences: [String] {
        let asOf = day
        var counts = BrokerageCounts()
        counts.liaison = 8
        counts.itinerant = 4
        let facts: [GapSentences] = [
            g.onlyMemberMet(target: "Post X", holder: "Jane Doe", member: "Member Org", home: "Home Coalition", last: date),
            g.neverMet(target: "Target", holder: nil, home: "Home", route: ["Home", "Mid", "Target"], introducer: "Mid", hint: "Friend"),
            g.neverMet(target: "Target", holder: "Holder", home: "Home", route: ["Home", "Target"], introducer: nil, hint: nil),
            g.unreachable(target: "Target", holder: nil, home: "Home"),
            g.soleBroker(broker: "Broker", home: "Home", targets: ["One", "Two"]),
            g.coalitionBroker(broker: "Broker", home: "Home", members: ["A", "B", "C", "D", "E"]),
            g.partCutOff(broker: "Broker", home: "Home", count: 12, shown: ["A", "B"], isGroup: false),
            g.partCutOff(broker: "Group", home: "Home", count: 2, shown: ["A"], isGroup: true),
            g.staleContact(subject: "Subject", date: PartialDate(year: 2018)!, by: ["A", "B"], asOf: asOf, thresholdMonths: 18,
                           post: "Post", postRecord: date, leadBy: "Lead"),
            g.reEngage(post: "Post", member: "Member", previous: "Old", met: date, successor: "New", since: PartialDate(year: 2023)),
            g.reEngage(post: "Post", member: "Member", previous: "Old", met: nil, successor: "New", since: nil),
            g.vacated(post: "Post", person: "Person", left: PartialDate(year: 2022)),
            g.outdatedHolders(holders: [(person: "P", post: "Post")], years: ["2018"]),
            g.isolatedMember(member: "Member", home: "Home", others: ["A", "B", "C", "D"], start: (member: "A", broker: "Broker")),
            g.isolatedMember(member: "Member", home: "Home", others: ["A"], start: nil),
            g.groupDivide(attribute: .region, groups: [(value: "east", count: 3, shown: ["A"]), (value: "west", count: 1, shown: ["B"])], linkers: ["L"]),
            g.groupDivide(attribute: .gender, groups: [(value: "woman", count: 3, shown: ["A"]), (value: "man", count: 2, shown: ["B"])], linkers: []),
            g.oneWayAdvocacy(advocate: "Advocate", targets: ["T"], hint: (broker: "B", target: "T")),
            g.genderLens(home: "Home", women: ["W"], men: ["M", "N"], other: 1, unknown: ["U"], womenNotMet: ["Z"]),
            g.genderLens(home: nil, women: [], men: ["M"], other: 0, unknown: [], womenNotMet: []),
            g.weakTie(a: "A", b: "B", kind: .partnersWith, levels: [.reported, .unverified], targets: ["T"]),
            g.unsourcedTies(count: 2), g.unsourcedEvents(count: 11), g.undatedMeetings(home: "Home", count: 5, items: ["A – B", "Event"]),
        ]
        var lines = facts.flatMap { [$0.message, $0.suggestion] }
        lines += GapPhrase.allCases.map(g.phrase) + GapSeverity.allCases.map(g.heading)
        lines += [g.summary(total: 12, high: 5, medium: 4, low: 3), g.header(home: "Home (home)", targets: 4, asOf: day, audience: .internal),
                  g.title(home: nil),
                  g.tieEvidence(from: "A", kind: .memberOf, to: "B", date: range, place: "Tripoli", confidence: .reported, note: "a note"),
                  g.eventEvidence(event: "Workshop", kind: .workshop, date: range, place: "Tunis", pair: ("A", "B")),
                  g.genderEvidence(actor: "A", gender: nil, influence: 4), g.tieCountEvidence(actor: "A", count: 3, home: "Home"),
                  g.rolesEvidence(actor: "A", counts: counts), g.groupSizesEvidence(attribute: .kind, groups: [(value: "person", count: 2)]),
                  g.citations(["seed-000#p6"]), g.detector("stale-contact")]
        lines += PlanPhrase.allCases.map(p.phrase) + TargetStatus.allCases.map(p.status)
        lines += [ProposedMeeting.Purpose.reEngage, .introduction, .askIntroduction].flatMap { [p.purpose($0), p.purposeLine($0)] }
        lines += [PlaceBasis.actor, .lastMeeting, .post, .country, .unknown].flatMap { [p.placeBasis($0), p.place("Tunis", basis: $0)] }
        lines += [p.title(home: "Home"), p.meta(asOf: day, targets: 3, audience: .public), p.glance(target: "T", lastMet: date, via: "V"),
                  p.gapsLine(total: 2, high: 1), p.postsCovered(count: 2), p.heldBy(holder: "H", record: date, sources: ["seed-000#p6"]),
                  p.coversPost(post: "Post", record: date, sources: []), p.lastMet(date: nil, by: "B", place: "Tunis", event: "Event", sources: []),
                  p.neverMet(home: "Home"), p.noRoute(home: "Home"), p.warmestRoute(["A", "B"], cost: 1.5), p.alternative(["A", "C"], cost: 2),
                  p.openedBy("O"), p.soleIntermediaries(["A", "B"]), p.whereLine(p.place(nil, basis: .unknown)),
                  p.followUp(subject: "S", posts: ["Post"], last: (date: date, by: "B"), confirm: (post: "Post", record: nil)),
                  p.followUp(subject: "S", posts: [], last: nil, confirm: nil),
                  p.askIntroduction(via: "V", home: "Home", introduces: ["A", "B"]),
                  p.introduction(subject: "S", posts: [], via: "V", viaIsMember: true, viaMet: .some(date), viaTie: nil, confirm: nil),
                  p.introduction(subject: "S", posts: ["P"], via: "V", viaIsMember: true, viaMet: nil, viaTie: (from: "V", kind: .supports, to: "S"),
                                 confirm: (post: "P", record: date)),
                  p.introduction(subject: "S", posts: [], via: "V", viaIsMember: false, viaMet: nil, viaTie: nil, confirm: nil),
                  p.intermediaryReason(name: "N", isMember: false, home: "Home", met: ["A"], metDates: [date, range].compactMap { $0 }, tied: ["B"], opens: 2),
                  p.opens(targets: ["A", "B"]), p.calendarName(home: "Home"), p.calendarSummary(purpose: .askIntroduction, with: "W"),
                  p.routeLine(["A", "B"]), p.calendarLastMet(date: date, by: "B", sources: ["seed-000#p6"])]
        return lines
    }

    @Test("no Latin letter outside an isolate, in any sentence")
    func noLatinOutsideIsolates() {
        for line in Self.sentences {
            #expect(Self.latinOutsideIsolates(line).isEmpty, "\(line)")
            let onlyACode = line.hasPrefix(Bidi.firstStrongIsolate) && line.hasSuffix(Bidi.popIsolate)
            #expect(onlyACode || Bidi.hasRightToLeftLetter(line), "not Arabic: \(line)")
        }
    }

    @Test("the checker sees an English word left outside")
    func checkerWorks() {
        #expect(Self.latinOutsideIsolates("الأدلة: Evidence \u{2068}Tunis\u{2069}") == "Evidence")
    }

    @Test("agreement and plural categories in the sentences")
    func agreement() {
        #expect(Self.g.unsourcedTies(count: 1).message.hasPrefix("علاقة واحدة لا تستند"))
        #expect(Self.g.unsourcedTies(count: 2).message.hasPrefix("علاقتان لا تستندان"))
        #expect(Self.g.unsourcedTies(count: 11).message.hasPrefix("11 علاقةً لا تستند"))
        #expect(Self.g.undatedMeetings(home: nil, count: 2, items: []).message.contains("لقاءان مع الأهداف ليس لهما تاريخ"))
        #expect(Self.g.summary(total: 3, high: 1, medium: 1, low: 1).hasPrefix("3 فجوات"))
        #expect(Self.g.neverMet(target: "ت", holder: nil, home: "ب", route: ["ب", "و", "ت"], introducer: "و", hint: nil).message.contains("وسيط واحد"))
        #expect(Self.p.meta(asOf: nil, targets: 2, audience: .internal).contains("هدفان"))
    }

    @Test("Arabic-Indic digits apply to counts and dates, not to ids and citations")
    func digits() {
        let g = ArabicGapWording(digits: .arabicIndic)
        #expect(g.unsourcedEvents(count: 3).message.hasPrefix("٣ فعاليات"))
        #expect(g.citations(["seed-000#p6"]).contains("seed-000#p6"))
    }

    @Test("isolates become <bdi> in markup, balanced; stray isolates from data are dropped")
    func markup() {
        #expect(Bidi.isolatesAsMarkup("أ \u{2068}Tunis\u{2069} ب") == "أ <bdi>Tunis</bdi> ب")
        #expect(Bidi.isolatesAsMarkup("\u{2069}x\u{2068}y") == "xy")
        #expect(Bidi.isolatesAsMarkup("\u{2068}a\u{2066}b\u{2069}\u{2069}") == "<bdi>a<bdi dir=\"ltr\">b</bdi></bdi>")
    }
}
