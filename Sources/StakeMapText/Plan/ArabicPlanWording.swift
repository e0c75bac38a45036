import StakeMapAnalysis

/// The Arabic words of a mission plan: status, routes (read right to left, "أ ← ب"), places,
/// meetings and the reasons for each intermediary, with Latin names, ids, dates and citations
/// isolated. Like `ArabicGapWording`, no verb has to agree with an actor of unknown gender.
public struct ArabicPlanWording: PlanWording {
    let a: ArabicPhrasing

    /// Creates the catalog with `digits` (Western by default, as in Libya).
    public init(digits: DigitStyle = .western) {
        a = ArabicPhrasing(digits: digits)
    }

    /// Arabic.
    public var language: TextLanguage { .ar }

    /// A fixed phrase.
    public func phrase(_ phrase: PlanPhrase) -> String {
        switch phrase {
        case .atAGlance: "نظرة سريعة"
        case .targets: "الأهداف"
        case .routesNote: "الطرق المعروضة هي أدفأ مسارات التعارف؛ وكلفة الطريق مجموع مقلوب قوة كل علاقة عليه (كلما قلّت الكلفة كان الطريق أدفأ)."
        case .intermediaries: "الوسطاء"
        case .intermediariesNote: "أقل عدد من الوسطاء يفتح كل هدف يمكن بلوغه ولم يُلتقَ بعد (تغطية جشعة: كل اختيار يفتح أكبر عدد من الأهداف "
            + "التي ما زالت مغلقة، ويُقدَّم أعضاء التحالف عند التساوي)."
        case .itinerary: "برنامج الزيارة"
        case .noMeeting: "لا لقاء مقترح."
        case .deferred: "خارج هذه المهمة (بحسب \(a.code("--places")) أو \(a.code("--max-meetings")))"
        case .gaps: "الفجوات المهمة لهذه الخطة"
        case .noneFound: "لم يُعثر على شيء."
        case .fewestIntermediaries: "أقل عدد من الوسطاء يفتح كل الأهداف:"
        case .unknownPlace: "مكان غير مسجَّل — يلزم التأكيد"
        case .countryCaveat: "(بلد السجلّ — يلزم تأكيد مكان اللقاء)"
        case .draft: "مسودة: يلزم تأكيد التاريخ والمكان."
        case .target: "الهدف"
        case .status: "الحالة"
        case .lastMetHeader: "آخر لقاء"
        case .routeHeader: "أدفأ طريق"
        case .whereHeader: "المكان"
        }
    }

    /// "خطة المهمة: تحالف المرأة الليبية".
    public func title(home: String) -> String { "خطة المهمة: \(a.name(home))" }

    /// "بتاريخ 4 أكتوبر 2025 · 4 أهداف · الجمهور: داخلي".
    public func meta(asOf: PartialDate?, targets: Int, audience: Audience) -> String {
        "بتاريخ \(asOf.map { a.date($0) } ?? "—") · \(a.count(targets, .target)) · الجمهور: \(a.words.catalog.name(of: audience))"
    }

    /// A status in words.
    public func status(_ status: TargetStatus) -> String { a.words.catalog.name(of: status) }

    /// A purpose in words.
    public func purpose(_ purpose: ProposedMeeting.Purpose) -> String {
        switch purpose {
        case .reEngage: "إعادة التواصل"
        case .introduction: "تعارف"
        case .askIntroduction: "طلب تعارف"
        }
    }

    /// Where a place comes from.
    public func placeBasis(_ basis: PlaceBasis) -> String {
        switch basis {
        case .actor: "المكان المسجَّل"
        case .lastMeeting: "مكان آخر لقاء"
        case .post: "مكان المنصب"
        case .country: "بلد السجلّ، يلزم تأكيد مكان اللقاء"
        case .unknown: "مكان غير مسجَّل — يلزم التأكيد"
        }
    }

    /// A place with its basis.
    public func place(_ place: String?, basis: PlaceBasis) -> String {
        guard let place else { return "مكان غير مسجَّل — يلزم التأكيد قبل المهمة" }
        switch basis {
        case .actor: return a.name(place)
        case .lastMeeting: return "\(a.name(place)) (مكان آخر لقاء)"
        case .post: return "\(a.name(place)) (مكان المنصب)"
        case .country: return "\(a.name(place)) (بلد السجلّ؛ يلزم تأكيد مكان اللقاء)"
        case .unknown: return "مكان غير مسجَّل — يلزم التأكيد قبل المهمة"
        }
    }

    /// One target at a glance.
    public func glance(target: String, lastMet: DateSpan?, via: String?) -> String {
        a.name(target) + (lastMet.map { " (آخر لقاء \(a.date($0)))" } ?? "") + (via.map { " عبر \(a.name($0))" } ?? "")
    }

    /// "15 فجوة (6 عالية الأهمية) — انظر أدناه".
    public func gapsLine(total: Int, high: Int) -> String { "\(a.count(total, .gap)) (\(a.number(high)) عالية الأهمية) — انظر أدناه" }

    /// "المناصب (2) مغطّاة عبر شاغليها أعلاه:".
    public func postsCovered(count: Int) -> String { "المناصب (\(a.number(count))) مغطّاة عبر شاغليها أعلاه:" }

    private func record(_ date: DateSpan?, _ sources: [String]) -> String? {
        let parts = (date.map { ["سُجّل في \(a.date($0))"] } ?? []) + (sources.isEmpty ? [] : [sources.map(a.code).joined(separator: "، ")])
        return parts.isEmpty ? nil : parts.joined(separator: "؛ ")
    }

    /// "المنصب بيد أ حسب آخر سجلّ (سُجّل في 2018؛ seed-000#p6)".
    public func heldBy(holder: String, record: DateSpan?, sources: [String]) -> String {
        "المنصب بيد \(a.name(holder)) حسب آخر سجلّ" + (self.record(record, sources).map { " (\($0))" } ?? "")
    }

    /// "يشمل هذا الهدف أيضًا منصب م (علاقة «يشغل منصب»: سُجّل في 2018)".
    public func coversPost(post: String, record: DateSpan?, sources: [String]) -> String {
        "يشمل هذا الهدف أيضًا منصب \(a.name(post))" + (self.record(record, sources).map { " (علاقة «\(a.tie(.holds))»: \($0))" } ?? "")
    }

    /// "آخر لقاء: 2018، من جانب معا نبنيها، في تونس، خلال الورشة [seed-000#p6]".
    public func lastMet(date: DateSpan?, by: String, place: String?, event: String?, sources: [String]) -> String {
        "آخر لقاء: \(date.map(a.date) ?? "بلا تاريخ")، من جانب \(a.name(by))" + (place.map { "، في \(a.name($0))" } ?? "")
            + (event.map { "، خلال \(a.name($0))" } ?? "") + " " + (sources.isEmpty ? "[بلا مصدر]" : a.citations(sources))
    }

    /// "لا لقاء مسجَّل بين هذا الهدف وتحالف المرأة الليبية أو أعضاء التحالف".
    public func neverMet(home: String) -> String { "لا لقاء مسجَّل بين هذا الهدف و\(a.name(home)) أو أعضاء التحالف" }

    /// "لا طريق: …".
    public func noRoute(home: String) -> String { "لا طريق: لا توجد سلسلة علاقات تصل \(a.name(home)) بهذا الهدف" }

    /// "أدفأ طريق: أ ← ب ← ج (الكلفة 1.50)".
    public func warmestRoute(_ route: [String], cost: Double?) -> String {
        "أدفأ طريق: " + a.route(route) + (cost.map { " (الكلفة \(a.decimal($0)))" } ?? "")
    }

    /// "طريق بديل: أ ← د ← ج (الكلفة 2.00)".
    public func alternative(_ route: [String], cost: Double) -> String {
        "طريق بديل: " + a.route(route) + " (الكلفة \(a.decimal(cost)))"
    }

    /// "الوسيط الذي يفتحه: معا نبنيها".
    public func openedBy(_ name: String) -> String { "الوسيط الذي يفتحه: \(a.name(name))" }

    /// "كل الطرق تمرّ عبر أ: نقطة إخفاق وحيدة".
    public func soleIntermediaries(_ names: [String]) -> String {
        "كل الطرق تمرّ عبر \(a.list(names)): \(names.count == 1 ? "نقطة إخفاق وحيدة" : "نقاط إخفاق لا بديل لها")"
    }

    /// "المكان: …".
    public func whereLine(_ place: String) -> String { "المكان: \(place)" }
}
