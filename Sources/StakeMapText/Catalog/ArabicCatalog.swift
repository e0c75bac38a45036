import StakeMap

/// The Arabic words: CLDR plural categories, agreement of verbs with counted nouns, month names
/// as used in Libya and Egypt (يناير … ديسمبر), lists joined with "و". Every message is worded
/// here (the switch has no default), so a new message cannot be left in English.
public struct ArabicCatalog: MessageCatalog {
    /// Creates the catalog.
    public init() {}

    /// Arabic.
    public var language: TextLanguage { .ar }

    /// The template of `message`.
    public func template(_ message: Message) -> String {
        switch message {
        case .date: "التاريخ"
        case .with: "مع"
        case .member: "العضو"
        case .place: "المكان"
        case .event: "الفعالية"
        case .othersPresent: "حاضرون آخرون"
        case .outcome: "النتيجة"
        case .sources: "المصادر"
        case .path: "المسار"
        case .cost: "الكلفة"
        case .step: "الخطوة"
        case .from: "من"
        case .to: "إلى"
        case .evidence: "الدليل"
        case .group: "الفترة"
        case .kind: "النوع"
        case .what: "الحدث"
        case .who: "الحضور"
        case .actors: "الجهات"
        case .id: "المعرّف"
        case .name: "الاسم"
        case .steps: "الخطوات"
        case .via: "عبر"
        case .shared: "المشترَك"
        case .by: "العدد"
        case .sharedBy: "يشترك فيه"
        case .measure: "المقياس"
        case .value: "القيمة"
        case .audience: "الجمهور"
        case .ties: "العلاقات"
        case .events: "الفعاليات"
        case .item: "العنصر"
        case .sensitivity: "الحساسية"
        case .withheldFrom: "محجوب عن"
        case .why: "السبب"
        case .severity: "الأهمية"
        case .risk: "الخطر"
        case .items: "العناصر"
        case .message: "الرسالة"
        case .suggestion: "الاقتراح"
        case .undated: "بلا تاريخ"
        case .direct: "(لقاء مباشر)"
        case .followUp: "متابعة في {date}"
        case .contact: "جهة اتصال"
        case .membership: "عضوية"
        case .meetingsOf: "سُجّلت {count} في سجلّ {name}:"
        case .meetingsOfPair: "سُجّلت {count} بين {name} و{other}:"
        case .noMeetings: "لا توجد في سجلّ {name} لقاءات تطابق البحث."
        case .noMeetingsPair: "لا توجد لقاءات بين {name} و{other} تطابق البحث."
        case .noPath: "لا يوجد مسار من {from} إلى {to}."
        case .noPathAvoiding: "لا يوجد مسار من {from} إلى {to} يتجنّب {avoid}."
        case .pathLine: "{number}. {actors}   الكلفة {cost}"
        case .evidenceBothAt: "شاركا معًا في {event}{details}"
        case .evidenceConnected: "بينهما صلة{details}"
        case .evidenceMore: "{phrases}، وأدلة أخرى عددها {number}"
        case .noOneRecorded: "لم يُسجَّل أحد"
        case .metBetween: "لقاء بين {a} و{b}"
        case .wroteNetwork: "كُتب الملف {file}: {actors} و{ties} و{events}"
        case .shareNothing: "لا شيء مشترك بين {names}: لا جهة اتصال ولا عضوية ولا فعالية."
        case .statsTitle: "{title}"
        case .statsTitleAsOf: "{title} (بتاريخ {date})"
        case .statActors: "الجهات"
        case .statTies: "العلاقات"
        case .statEvents: "الفعاليات"
        case .statSources: "المصادر"
        case .statEdges: "الروابط في شبكة التحليل"
        case .statDensity: "الكثافة"
        case .statComponents: "المكوّنات المترابطة"
        case .statLargest: "أكبر مكوّن"
        case .statIsolated: "جهات معزولة"
        case .statDateSpan: "المدى الزمني"
        case .statUndatedTies: "علاقات بلا تاريخ"
        case .statUnsourcedTies: "علاقات بلا مصدر"
        case .statTransitivity: "التعدّي (نسبة المثلثات)"
        case .statAverageClustering: "متوسط معامل التجمّع"
        case .statDiameter: "القطر"
        case .statRadius: "نصف القطر"
        case .statDegreeDistribution: "توزيع الدرجات"
        case .auditTitle: "تدقيق الحماية: {title}"
        case .auditFor: "لجمهور «{audience}»"
        case .auditViews: "ما يراه كل جمهور"
        case .auditWithheld: "المحجوب ({number})"
        case .auditNothingWithheld: "لا شيء محجوب عن أي جمهور."
        case .auditRisks: "المخاطر ({number})"
        case .auditNoRisk: "لم يُعثر على أي نمط خطِر."
        case .auditNext: "الخطوة التالية:"
        case .itemActor: "جهة"
        case .itemTie: "علاقة"
        case .itemEvent: "فعالية"
        case .itemSource: "مصدر"
        case .citedOnlyByWithheld: "لا تستشهد به إلا عناصر محجوبة"
        case .endIsMoreSensitive: "تصنيف {name} «{sensitivity}»"
        case .tieLabel: "{from} ({tie}) {to}"
        case .high: "عالية"
        case .medium: "متوسطة"
        case .low: "منخفضة"
        case .flagWithheldAtEvent: "سُجّل حضور {actor} (التصنيف: «{sensitivity}») في {event}، والفعالية مصنّفة «{eventSensitivity}»: تبقى الفعالية وتاريخها ومكانها وسائر الحاضرين ظاهرةً."
        case .flagWithheldAtEventNext: "صنّف الفعالية «{sensitivity}»، أو تحقّق من أن اسمها وملاحظتها ونتيجتها لا تتيح للقارئ أن يستنتج من حضر أيضًا."
        case .flagAtRisk: "يحمل سجلّ {actor} ({kind}) الوسوم {tags}، وتصنيفه «عام»: يظهر الاسم والعلاقات واللقاءات في كل المخرجات."
        case .flagAtRiskPersonNext: "صنّف هذا الشخص «مقيّد» (أو «سري»)، ما لم يكن يتحدث علنًا بهذه الصفة وقد وافق على إدراج اسمه."
        case .flagAtRiskGroupNext: "صنّف المجموعة «مقيّد» إن كان ذكر اسمها أو لقاءاتها قد يعرّض أعضاءها للخطر."
        case .flagTieLess: "العلاقة ({tie}) بين {from} و{to} مصنّفة «{tieSensitivity}»، أما تصنيف {actor} فهو «{sensitivity}»: لا تُحجب العلاقة إلا بسبب طرفها هذا."
        case .flagTieLessNext: "صنّف العلاقة «{sensitivity}» أيضًا، كي تبقى محجوبة إذا تغيّر سجلّ طرفها أو نُسخت العلاقة إلى مكان آخر."
        case .flagNamedInText: "{item} ظاهر لجمهور «{audience}» ويذكر {actor} (التصنيف: «{sensitivity}»)."
        case .flagNamedInTextNext: "أعد صياغة النص دون ذكر الاسم، أو صنّف العنصر «{sensitivity}»."
        case .flagNamedInSource: "المصدر {item} ظاهر لجمهور «{audience}» ويذكر {actor} (التصنيف: «{sensitivity}»)."
        case .flagNamedInSourceNext: "أعطِ المصدر عنوانًا محايدًا (أو صنّف ما يستشهد به «{sensitivity}»)."
        case .mapTitle: "خريطة أصحاب المصلحة"
        case .legendActors: "الجهات"
        case .legendEvents: "الفعاليات"
        case .legendTies: "العلاقات"
        case .legendStance: "الموقف"
        case .legendColour: "اللون"
        case .legendSize: "الحجم"
        case .legendMarked: "التمييز"
        case .legendEvent: "فعالية"
        case .legendUnknownStance: "غير معروف"
        case .legendCommunity: "المجموعة"
        case .legendScore: "الدرجة"
        case .legendHighlighted: "مُبرَز"
        case .captionAsOf: "بتاريخ {date}"
        case .captionAround: "حول {name}، العمق: {steps}"
        case .captionCounts: "{actors}، {links}"
        case .captionAudience: "الجمهور: {audience}"
        }
    }

    /// The verb agrees with the counted noun when it comes first: "سُجّل لقاء واحد",
    /// "سُجّل لقاءان", "سُجّلت ٣ لقاءات", "سُجّل ١١ لقاءً", "سُجّل ١٠٠ لقاء".
    public func template(_ message: Message, agreeingWith category: PluralCategory, feminine: Bool) -> String {
        let plain = template(message)
        switch message {
        case .meetingsOf, .meetingsOfPair:
            let verb = category == .few || (feminine && category != .zero) ? "سُجّلت" : "سُجّل"
            return plain.replacingOccurrences(of: "سُجّلت", with: verb)
        default:
            return plain
        }
    }

    /// The forms of `noun` in every category.
    public func noun(_ noun: Noun) -> CountedNoun {
        switch noun {
        case .meeting:
            CountedNoun([.zero: "لا لقاءات", .one: "لقاء واحد", .two: "لقاءان", .few: "{n} لقاءات", .many: "{n} لقاءً", .other: "{n} لقاء"])
        case .actor:
            CountedNoun([.zero: "لا جهات", .one: "جهة واحدة", .two: "جهتان", .few: "{n} جهات", .many: "{n} جهةً", .other: "{n} جهة"], feminine: true)
        case .link:
            CountedNoun([.zero: "لا روابط", .one: "رابط واحد", .two: "رابطان", .few: "{n} روابط", .many: "{n} رابطًا", .other: "{n} رابط"])
        case .step:
            CountedNoun([.zero: "لا خطوات", .one: "خطوة واحدة", .two: "خطوتان", .few: "{n} خطوات", .many: "{n} خطوةً", .other: "{n} خطوة"], feminine: true)
        case .tie:
            CountedNoun([.zero: "لا علاقات", .one: "علاقة واحدة", .two: "علاقتان", .few: "{n} علاقات", .many: "{n} علاقةً", .other: "{n} علاقة"], feminine: true)
        case .event:
            CountedNoun([.zero: "لا فعاليات", .one: "فعالية واحدة", .two: "فعاليتان", .few: "{n} فعاليات", .many: "{n} فعاليةً", .other: "{n} فعالية"], feminine: true)
        case .present:
            CountedNoun([.zero: "لا أحد", .one: "حاضر واحد", .two: "حاضران", .few: "{n} حاضرين", .many: "{n} حاضرًا", .other: "{n} حاضر"])
        case .source:
            CountedNoun([.zero: "لا مصادر", .one: "مصدر واحد", .two: "مصدران", .few: "{n} مصادر", .many: "{n} مصدرًا", .other: "{n} مصدر"])
        case .node:
            CountedNoun([.zero: "لا عُقد", .one: "عقدة واحدة", .two: "عقدتان", .few: "{n} عُقد", .many: "{n} عقدةً", .other: "{n} عقدة"], feminine: true)
        case .row:
            CountedNoun([.zero: "لا صفوف", .one: "صف واحد", .two: "صفّان", .few: "{n} صفوف", .many: "{n} صفًّا", .other: "{n} صف"])
        }
    }

    /// CLDR: zero, one, two, few (3–10), many (11–99), other.
    public func pluralCategory(_ n: Int) -> PluralCategory { .arabic(n) }

    /// The actor kind in Arabic.
    public func name(of kind: ActorKind) -> String {
        switch kind {
        case .person: "شخص"
        case .organization: "منظمة"
        case .coalition: "تحالف"
        case .unBody: "هيئة أممية"
        case .government: "جهة حكومية"
        case .diplomaticMission: "بعثة دبلوماسية"
        case .state: "دولة"
        case .intergovernmental: "منظمة حكومية دولية"
        case .media: "وسيلة إعلام"
        case .community: "فئة مجتمعية"
        case .post: "منصب"
        case .other: "أخرى"
        }
    }

    /// The tie kind in Arabic.
    public func name(of kind: TieKind) -> String {
        switch kind {
        case .memberOf: "عضو في"
        case .partOf: "جزء من"
        case .leads: "يقود"
        case .worksFor: "يعمل لدى"
        case .holds: "يشغل منصب"
        case .represents: "يمثّل"
        case .founded: "أسّس"
        case .supports: "يدعم"
        case .funds: "يموّل"
        case .advocatesTo: "يناصر لدى"
        case .threatens: "يهدّد"
        case .met: "لقاء"
        case .partnersWith: "شراكة"
        case .opposes: "يعارض"
        case .related: "صلة"
        }
    }

    /// The event kind in Arabic.
    public func name(of kind: EventKind) -> String {
        switch kind {
        case .meeting: "اجتماع"
        case .workshop: "ورشة عمل"
        case .consultation: "لقاء تشاوري"
        case .conference: "مؤتمر"
        case .campaign: "حملة"
        case .training: "تدريب"
        case .other: "فعالية"
        }
    }

    /// The audience in Arabic.
    public func name(of audience: Audience) -> String {
        switch audience {
        case .public: "عام"
        case .internal: "داخلي"
        case .confidential: "سري"
        }
    }

    /// The sensitivity in Arabic.
    public func name(of sensitivity: Sensitivity) -> String {
        switch sensitivity {
        case .public: "عام"
        case .restricted: "مقيّد"
        case .confidential: "سري"
        }
    }

    /// "معارض", "منتقد", "محايد", "داعم", "مناصر".
    public func stanceName(_ stance: Int) -> String {
        switch stance {
        case ...(-2): "معارض"
        case -1: "منتقد"
        case 0: "محايد"
        case 1: "داعم"
        default: "مناصر"
        }
    }

    /// The months as written in Libya and Egypt.
    public static let months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                                "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

    /// "2018", "سبتمبر 2018", "15 سبتمبر 2018".
    public func date(_ date: PartialDate) -> String {
        guard let month = date.month, (1...12).contains(month) else { return String(date.year) }
        let monthYear = "\(Self.months[month - 1]) \(date.year)"
        return date.day.map { "\($0) \(monthYear)" } ?? monthYear
    }

    /// "12–13 نوفمبر 2018" within one month, else "من 30 أكتوبر 2024 إلى 2 نوفمبر 2024".
    public func span(_ span: DateSpan) -> String {
        let start = span.start, end = span.end
        if start.year == end.year, start.month == end.month, let month = start.month, (1...12).contains(month),
           let first = start.day, let last = end.day {
            return "\(first)–\(last) \(Self.months[month - 1]) \(start.year)"
        }
        return "من \(date(start)) إلى \(date(end))"
    }

    /// The arrow along the reading direction.
    public var arrow: String { " ← " }

    /// The list comma.
    public var comma: String { "، " }

    /// "أ"، "أ وب"، "أ، ب وج": و is written joined to the word after it.
    public func join(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: "، ") + " و" + last
    }
}
