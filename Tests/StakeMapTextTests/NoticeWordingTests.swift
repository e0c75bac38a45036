import Foundation
import Testing
import StakeMap
import StakeMapFormats
import StakeMapText

/// The facts behind errors about actor names and the commands' notices, worded in English
/// exactly as the library (and the commands before the catalogs) wrote them, and in Arabic.
@Suite("Notice wording (issue 13)")
struct NoticeWordingTests {
    static let graph = Graph(actors: [
        Actor(id: "lwa", kind: .coalition, name: LocalizedText(["en": "Libyan Women's Alliance", "ar": "تحالف المرأة الليبية"])),
        Actor(id: "council-a", kind: .government, name: LocalizedText(["en": "National Council", "ar": "المجلس الوطني"])),
        Actor(id: "council-b", kind: .organization, name: LocalizedText(["en": "National Council of Women", "ar": "المجلس الوطني"])),
        Actor(id: "quiet", kind: .person, name: LocalizedText(["en": "Quiet Person", "ar": "شخص هادئ"]), sensitivity: .confidential),
    ])

    static let queries = ["تحالف المرأه اللبيه", "Libyan Womens Aliance", "lwb", "xyzzy-nothing-close", "المجلس الوطنى", "quiet"]

    static func failure(_ query: String) throws -> ActorResolutionFailure {
        let resolver = ActorResolver(graph: graph, audience: .internal)
        guard case let .failure(failure) = resolver.resolution(of: query) else { throw CancellationError() }
        return failure
    }

    @Test("the English line of every failure is the library's error, as the commands always printed it", arguments: queries)
    func englishAsBefore(_ query: String) throws {
        let failure = try Self.failure(query)
        #expect(ResolutionText.line(failure, words: Words(.en)) == failure.error.description)
        #expect(failure.error.actorResolution == failure)
    }

    @Test("the facts: not found with candidates in the script of the query, ambiguous, withheld")
    func facts() throws {
        let arabic = try Self.failure("تحالف المرأه اللبيه")
        #expect(arabic.reason == .notFound && arabic.candidates.map(\.id) == ["lwa"] && arabic.candidates.first?.matched == "تحالف المرأة الليبية")
        let latin = try Self.failure("lwb")
        #expect(latin.candidates.first?.id == "lwa" && latin.candidates.first?.matched == nil)
        #expect(try Self.failure("المجلس الوطنى").reason == .ambiguous)
        #expect(try Self.failure("المجلس الوطنى").candidates.map(\.id) == ["council-a", "council-b"])
        #expect(try Self.failure("quiet").reason == .withheld(sensitivity: .confidential, audience: .internal))
        #expect(try Self.failure("quiet").candidates.isEmpty)
    }

    @Test("Arabic: the suggestion in the script of the query, ids and Latin names isolated")
    func arabic() throws {
        let words = Words(.ar)
        #expect(ResolutionText.line(try Self.failure("تحالف المرأه اللبيه"), words: words)
            == "خطأ: لا توجد جهة بالمعرّف أو الاسم «تحالف المرأه اللبيه»؛ هل تقصد «تحالف المرأة الليبية» (⁨lwa⁩)؟")
        #expect(ResolutionText.line(try Self.failure("Libyan Womens Aliance"), words: words)
            == "خطأ: لا توجد جهة بالمعرّف أو الاسم «⁨Libyan Womens Aliance⁩»؛ هل تقصد «⁨Libyan Women's Alliance⁩» (⁨lwa⁩)؟")
        #expect(ResolutionText.line(try Self.failure("xyzzy-nothing-close"), words: words).hasSuffix("؛ تُقبل المعرّفات والأسماء بأي لغة"))
        #expect(ResolutionText.line(try Self.failure("المجلس الوطنى"), words: words)
            == "خطأ: الاسم «المجلس الوطنى» يطابق أكثر من جهة: ⁨council-a⁩ (المجلس الوطني، جهة حكومية)، ⁨council-b⁩ (المجلس الوطني، منظمة)؛ حدّد الجهة بمعرّفها")
        #expect(ResolutionText.line(try Self.failure("quiet"), words: words)
            == "خطأ: الجهة «⁨quiet⁩» محجوبة عن جمهور «داخلي»؛ تصنيفها «سري»، فاستعمل ⁨--audience confidential⁩ إن كان يحق لك الاطلاع عليها")
    }

    @Test("the omission notice: English as AudienceOmission says it; Arabic names what is left out, in CLDR plurals")
    func omission() throws {
        let full = Graph(actors: Self.graph.actors + [Actor(id: "r1", kind: .person, sensitivity: .restricted),
                                                      Actor(id: "r2", kind: .person, sensitivity: .restricted)],
                         ties: [Tie(from: "lwa", to: "r1", kind: .met), Tie(from: "lwa", to: "r2", kind: .met),
                                Tie(from: "lwa", to: "quiet", kind: .met)])
        let omission = AudienceOmission(of: full, for: .public)
        #expect(NoticeText.omission(omission, audience: .public, words: Words(.en)) == omission.notice(for: .public))
        #expect(NoticeText.omission(omission, audience: .public, words: Words(.ar))
            == "ملاحظة: حُجب عن جمهور «عام»: 3 جهات و3 علاقات؛ الخيار ⁨--audience confidential⁩ يُبقيها")
        let one = AudienceOmission(of: full, for: .internal)
        #expect(NoticeText.omission(one, audience: .internal, words: Words(.ar, digits: .arabicIndic))
            == "ملاحظة: حُجب عن جمهور «داخلي»: جهة واحدة وعلاقة واحدة؛ الخيار ⁨--audience confidential⁩ يُبقيها")
        #expect(NoticeText.omission(AudienceOmission(of: Self.graph, for: .confidential), audience: .confidential, words: Words(.ar)) == nil)
    }

    @Test("wrote lines, quarters and roles")
    func wroteQuartersRoles() {
        #expect(NoticeText.wroteMap("m.svg", nodes: 2, edges: 11, layout: "dot", words: Words(.en)) == "wrote m.svg: 2 nodes, 11 edges, dot layout")
        #expect(NoticeText.wroteMap("m.svg", nodes: 2, edges: 11, layout: "dot", words: Words(.ar)) == "كُتب الملف ⁨m.svg⁩: عقدتان و11 رابطًا، بتخطيط ⁨dot⁩")
        #expect(NoticeText.wroteReport("r.html", actors: 1, audience: .public, hasMap: false, words: Words(.ar))
            == "كُتب الملف ⁨r.html⁩: جهة واحدة، لجمهور «عام» (بلا خريطة)")
        #expect(NoticeText.added(to: "n.yaml", dryRun: true, words: Words(.en)) == "would add to n.yaml:")
        #expect(Words(.en).period("2018-Q1") == "2018-Q1")
        #expect(Words(.ar).period("2018-Q1") == "الربع الأول 2018")
        #expect(Words(.ar, digits: .arabicIndic).period("2018-Q4") == "الربع الرابع ٢٠١٨")
        #expect(Words(.ar).period("2018-09") == "سبتمبر 2018")
        #expect(Words(.ar).period("2018") == "2018")
        #expect(Words(.ar).role("speaker", feminine: true) == "متحدثة")
        #expect(Words(.ar).role("organizer") == "منظِّم")
        #expect(Words(.ar).role("moderator") == "⁨moderator⁩")
        #expect(Words(.en).role("speaker") == "speaker")
    }

    @Test("did-not-converge: English as centrality always said it, Arabic without English words")
    func convergence() {
        #expect(NoticeText.didNotConverge("closeness", words: Words(.en)) == "error: closeness did not converge within its iteration limit")
        #expect(NoticeText.didNotConverge("pagerank", words: Words(.en)).hasSuffix("(networkx raises PowerIterationFailedConvergence here)"))
        #expect(NoticeText.didNotConverge("closeness", words: Words(.ar)) == "خطأ: لم يتقارب حساب «القرب» ضمن حدّ التكرارات")
    }
}
