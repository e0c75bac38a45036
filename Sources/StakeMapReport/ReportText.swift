import StakeMap
import StakeMapAnalysis

/// A phrase of the page in English and Arabic.
struct Phrase: Sendable, Hashable {
    /// The English form.
    let en: String
    /// The Arabic form.
    let ar: String

    init(_ en: String, _ ar: String) {
        self.en = en
        self.ar = ar
    }

    /// The phrase in `language` as one plain string (`both`: "English · العربية").
    func text(_ language: ReportLanguage) -> String {
        switch language {
        case .en: en
        case .ar: ar
        case .both: en == ar ? en : "\(en) · \(ar)"
        }
    }
}

/// The page's own words, in both languages.
enum ReportText {
    static let report = Phrase("Stakeholder report", "تقرير أصحاب المصلحة")
    static let map = Phrase("Coalition map", "خريطة التحالف")
    static let actors = Phrase("Actors", "الجهات الفاعلة")
    static let gaps = Phrase("Gaps", "الفجوات")
    static let plan = Phrase("Mission plan", "خطة المهمة")
    static let timeline = Phrase("Timeline", "التسلسل الزمني")
    static let search = Phrase("Search names, aliases, tags…", "ابحث بالاسم أو الاسم البديل أو الوسم…")
    static let name = Phrase("Name", "الاسم")
    static let kind = Phrase("Kind", "النوع")
    static let degree = Phrase("Degree", "الدرجة")
    static let betweenness = Phrase("Betweenness", "البينية")
    static let pageRank = Phrase("PageRank", "PageRank")
    static let community = Phrase("Community", "المجموعة")
    static let role = Phrase("Brokerage role", "دور الوساطة")
    static let constraint = Phrase("Constraint", "القيد")
    static let ties = Phrase("Ties", "العلاقات")
    static let meetings = Phrase("Meetings", "اللقاءات")
    static let sources = Phrase("Sources", "المصادر")
    static let tags = Phrase("Tags", "الوسوم")
    static let aliases = Phrase("Also known as", "يُعرف أيضاً باسم")
    static let note = Phrase("Note", "ملاحظة")
    static let asOf = Phrase("As of", "بتاريخ")
    static let audience = Phrase("Audience", "الجمهور")
    static let evidence = Phrase("Evidence", "الأدلة")
    static let next = Phrase("Next step", "الخطوة التالية")
    static let zoomIn = Phrase("Zoom in", "تكبير")
    static let zoomOut = Phrase("Zoom out", "تصغير")
    static let reset = Phrase("Fit", "ملاءمة")
    static let close = Phrase("Close", "إغلاق")
    static let clickHint = Phrase("Click an actor on the map or in the table to see its card. Drag to pan, scroll to zoom.",
                                  "انقر على جهة في الخريطة أو في الجدول لعرض بطاقتها. اسحب للتحريك ومرّر للتكبير.")
    static let noMap = Phrase("The map could not be drawn here", "تعذّر رسم الخريطة هنا")
    static let noGaps = Phrase("No gaps found.", "لم تُعثر على فجوات.")
    static let planNote = Phrase("Give --home and --targets to add a mission plan.", "أضف ‎--home‎ و‎--targets‎ لإضافة خطة مهمة.")
    static let target = Phrase("Target", "الهدف")
    static let status = Phrase("Status", "الحالة")
    static let route = Phrase("Warmest route", "أدفأ طريق")
    static let lastMet = Phrase("Last met", "آخر لقاء")
    static let place = Phrase("Where", "المكان")
    static let intermediaries = Phrase("Fewest intermediaries", "أقل عدد من الوسطاء")
    static let itinerary = Phrase("Itinerary", "برنامج الزيارة")
    static let date = Phrase("Date", "التاريخ")
    static let what = Phrase("What", "ماذا")
    static let who = Phrase("Who", "من")
    static let direct = Phrase("met", "لقاء")
    static let count = Phrase("actors", "جهة")
    static let matches = Phrase("shown", "معروضة")
    static let withheldNotice = Phrase(
        "Only items cleared for this audience are in this report: anything more sensitive is left out entirely.",
        "لا يتضمن هذا التقرير إلا ما يُسمح لهذا الجمهور بالاطلاع عليه، وكل ما هو أكثر حساسية محذوف بالكامل.")
    static let modularity = Phrase("communities, modularity", "مجموعات، النمطية")
    static let undated = Phrase("undated", "بلا تاريخ")
    static let none = Phrase("none recorded", "لا يوجد")
    static let more = Phrase("more", "أخرى")
    static let events = Phrase("events", "فعاليات")
    static let cutPoint = Phrase("cut point", "نقطة قطع")

    /// The audience's name.
    static func audience(_ audience: Audience) -> Phrase {
        switch audience {
        case .public: Phrase("public", "عام")
        case .internal: Phrase("internal", "داخلي")
        case .confidential: Phrase("confidential", "سري")
        }
    }

    /// A severity heading.
    static func severity(_ severity: GapSeverity) -> Phrase {
        switch severity {
        case .high: Phrase("High — act first", "عالية — ابدأ بها")
        case .medium: Phrase("Medium — plan for it", "متوسطة — خطّط لها")
        case .low: Phrase("Low — worth knowing, or data to fix", "منخفضة — للعلم أو بيانات يجب تصحيحها")
        }
    }

    /// An actor kind.
    static func kind(_ kind: ActorKind) -> Phrase {
        switch kind {
        case .person: Phrase("person", "شخص")
        case .organization: Phrase("organization", "منظمة")
        case .coalition: Phrase("coalition", "تحالف")
        case .unBody: Phrase("UN body", "هيئة أممية")
        case .government: Phrase("government", "جهة حكومية")
        case .diplomaticMission: Phrase("diplomatic mission", "بعثة دبلوماسية")
        case .state: Phrase("state", "دولة")
        case .intergovernmental: Phrase("intergovernmental", "منظمة حكومية دولية")
        case .media: Phrase("media", "إعلام")
        case .community: Phrase("community", "فئة مجتمعية")
        case .post: Phrase("post", "منصب")
        case .other: Phrase("other", "أخرى")
        }
    }

    /// A tie kind.
    static func tie(_ kind: TieKind) -> Phrase {
        switch kind {
        case .memberOf: Phrase("member of", "عضو في")
        case .partOf: Phrase("part of", "جزء من")
        case .leads: Phrase("leads", "يقود")
        case .worksFor: Phrase("works for", "يعمل لدى")
        case .holds: Phrase("holds", "يشغل")
        case .represents: Phrase("represents", "يمثّل")
        case .founded: Phrase("founded", "أسّس")
        case .supports: Phrase("supports", "يدعم")
        case .funds: Phrase("funds", "يموّل")
        case .advocatesTo: Phrase("advocates to", "يناصر لدى")
        case .threatens: Phrase("threatens", "يهدّد")
        case .met: Phrase("met", "التقى")
        case .partnersWith: Phrase("partners with", "شريك لـ")
        case .opposes: Phrase("opposes", "يعارض")
        case .related: Phrase("related to", "مرتبط بـ")
        }
    }

    /// An event kind.
    static func event(_ kind: EventKind) -> Phrase {
        switch kind {
        case .meeting: Phrase("meeting", "اجتماع")
        case .workshop: Phrase("workshop", "ورشة عمل")
        case .consultation: Phrase("consultation", "لقاء تشاوري")
        case .conference: Phrase("conference", "مؤتمر")
        case .campaign: Phrase("campaign", "حملة")
        case .training: Phrase("training", "تدريب")
        case .other: Phrase("event", "فعالية")
        }
    }

    /// A mission target's status.
    static func status(_ status: TargetStatus) -> Phrase {
        switch status {
        case .met: Phrase("met", "تم اللقاء")
        case .direct: Phrase("direct tie, never met", "علاقة مباشرة دون لقاء")
        case .reachable: Phrase("reachable through intermediaries", "يمكن الوصول عبر وسطاء")
        case .unreachable: Phrase("unreachable", "لا طريق للوصول")
        }
    }

    /// A Gould–Fernandez role.
    static func role(_ role: BrokerageRole) -> Phrase {
        switch role {
        case .coordinator: Phrase("coordinator", "منسّق")
        case .itinerant: Phrase("itinerant", "وسيط من الخارج")
        case .gatekeeper: Phrase("gatekeeper", "حارس بوابة")
        case .representative: Phrase("representative", "ممثّل")
        case .liaison: Phrase("liaison", "همزة وصل")
        }
    }
}
