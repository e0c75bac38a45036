import StakeMapAnalysis

extension ArabicGapWording {
    /// A fixed phrase.
    public func phrase(_ phrase: GapPhrase) -> String {
        switch phrase {
        case .evidence: "الأدلة:"
        case .next: "الخطوة التالية:"
        case .noGaps: "لم يُعثر على فجوات."
        case .computed: "[محسوب]"
        case .noSource: "[بلا مصدر]"
        }
    }

    /// "أهمية عالية — ابدأ بها".
    public func heading(_ severity: GapSeverity) -> String {
        "أهمية " + a.words.catalog.severityHeading(severity)
    }

    /// "15 فجوة: 6 عالية الأهمية، 5 متوسطة، 4 منخفضة".
    public func summary(total: Int, high: Int, medium: Int, low: Int) -> String {
        "\(a.count(total, .gap)): \(a.number(high)) عالية الأهمية، \(a.number(medium)) متوسطة، \(a.number(low)) منخفضة"
    }

    /// "فجوات تحالف المرأة الليبية (lwa)، 4 أهداف، بتاريخ 4 أكتوبر 2025، الجمهور: داخلي".
    public func header(home: String?, targets: Int, asOf: PartialDate?, audience: Audience) -> String {
        "فجوات " + (home.map(a.name) ?? "الشبكة كلها") + (targets == 0 ? "" : "، \(a.count(targets, .target))")
            + (asOf.map { "، بتاريخ \(a.date($0))" } ?? "") + "، الجمهور: \(a.words.catalog.name(of: audience))"
    }

    /// "الفجوات: تحالف المرأة الليبية".
    public func title(home: String?) -> String { "الفجوات: " + (home.map(a.name) ?? "الشبكة") }

    /// An isolated name.
    public func name(_ name: String) -> String { a.name(name) }

    /// An isolated detector id.
    public func detector(_ id: String) -> String { a.code(id) }

    /// "[⁨seed-000#p6⁩، ⁨seed-001#p2⁩]".
    public func citations(_ sources: [String]) -> String { a.citations(sources) }

    /// Names joined with "و".
    public func actors(_ names: [String]) -> String { a.list(names) }

    /// "علاقة «أسّس» من معا نبنيها إلى تحالف المرأة الليبية (2018، طرابلس، منقولة) — note".
    public func tieEvidence(from: String, kind: TieKind, to: String, date: DateSpan?, place: String?, confidence: Confidence?,
                            note: String?) -> String {
        var text = a.tiePhrase(from: from, kind: kind, to: to)
        var details = [String]()
        if let date { details.append(a.date(date)) }
        if let place { details.append(a.name(place)) }
        if let confidence, confidence != .confirmed { details.append(a.confidence(confidence)) }
        if !details.isEmpty { text += " (\(details.joined(separator: "، ")))" }
        if let note, !note.isEmpty { text += " — " + a.name(note.count > 140 ? String(note.prefix(139)) + "…" : note) }
        return text
    }

    /// "حضر كلٌّ من أ وب ورشة العمل (ورشة عمل، 30–31 أكتوبر 2024، طرابلس)".
    public func eventEvidence(event: String, kind: EventKind?, date: DateSpan?, place: String?, pair: (String, String)?) -> String {
        let details = [kind.map { a.words.catalog.name(of: $0) }, date.map(a.date), place.map(a.name)].compactMap { $0 }
        let text = a.name(event) + (details.isEmpty ? "" : " (\(details.joined(separator: "، ")))")
        return pair.map { "حضر كلٌّ من \(a.name($0.0)) و\(a.name($0.1)) \(text)" } ?? "فعالية: " + text
    }

    /// "ستيفاني ويليامز: امرأة، درجة التأثير 5".
    public func genderEvidence(actor: String, gender: Gender?, influence: Int?) -> String {
        let word = switch gender {
        case .woman?: "امرأة"
        case .man?: "رجل"
        case .other?: "هوية جندرية أخرى"
        case nil: "الجنس غير مسجَّل"
        }
        return "\(a.name(actor)): \(word)" + (influence.map { "، درجة التأثير \(a.number($0))" } ?? "")
    }

    /// "لدى أ 3 علاقات في السجلّ، ليس بينها ما يؤدّي إلى ب".
    public func tieCountEvidence(actor: String, count: Int, home: String) -> String {
        "لدى \(a.name(actor)) \(a.count(count, .tie)) في السجلّ، ليس بينها ما يؤدّي إلى \(a.name(home))"
    }

    /// "أ — مسارات مفتوحة من خطوتين بين أنواع الجهات يتوسّطها: 12 (…)؛ أدوار الوساطة لغولد وفرنانديز حسب النوع".
    public func rolesEvidence(actor: String, counts: BrokerageCounts) -> String {
        let parts = BrokerageRole.allCases.filter { $0 != .coordinator && counts[$0] > 0 }
            .map { "\(a.words.catalog.name(of: $0)) \(a.number(counts[$0]))" }
        return "\(a.name(actor)) — مسارات مفتوحة من خطوتين بين أنواع الجهات تمرّ عبرها: \(a.number(counts.betweenGroups)) "
            + "(\(parts.joined(separator: "، ")))؛ أدوار الوساطة لغولد وفرنانديز حسب النوع"
    }

    /// "لا علاقة ولا فعالية مشتركة بين مجموعات المنطقة: east (جهتان) و south (جهة واحدة)".
    public func groupSizesEvidence(attribute: GroupAttribute, groups: [(value: String, count: Int)]) -> String {
        "لا علاقة ولا فعالية مشتركة بين مجموعات \(name(of: attribute)): "
            + a.words.catalog.join(groups.map { "\(value(attribute, $0.value)) (\(a.count($0.count, .actor)))" })
    }

    /// The attribute's name: "المنطقة", "النوع", "البلد", "الوسم", "النوع الاجتماعي", "المكان".
    func name(of attribute: GroupAttribute) -> String {
        switch attribute {
        case .region: "المنطقة"
        case .kind: "النوع"
        case .country: "البلد"
        case .tag: "الوسم"
        case .gender: "النوع الاجتماعي"
        case .place: "المكان"
        }
    }

    /// A value of the attribute: a kind or a gender in Arabic; a region, country, tag or place as written.
    func value(_ attribute: GroupAttribute, _ value: String) -> String {
        switch attribute {
        case .kind: ActorKind(rawValue: value).map { a.words.catalog.name(of: $0) } ?? a.code(value)
        case .gender: ["woman": "النساء", "man": "الرجال", "other": "هوية جندرية أخرى"][value] ?? a.code(value)
        case .country, .tag: a.code(value)
        case .region, .place: a.name(value)
        }
    }
}
