import StakeMapAnalysis

/// The Arabic words of gap findings: sentences written for an Arabic reader (plural categories,
/// agreement of verbs with counted nouns, Arabic month names, lists with "و"), with every Latin
/// name, id, date and citation isolated (FSI…PDI) so that it cannot scramble the line.
///
/// Sentences are built so that no verb must agree with an actor whose gender the data does not
/// give: the actor is the object, or stands after a noun that fixes the agreement ("العضو",
/// "الجهة"), or the verb is a verbal noun.
public struct ArabicGapWording: GapWording {
    let a: ArabicPhrasing

    /// Creates the catalog with `digits` (Western by default, as in Libya).
    public init(digits: DigitStyle = .western) {
        a = ArabicPhrasing(digits: digits)
    }

    /// Arabic.
    public var language: TextLanguage { .ar }

    private func label(_ target: String, _ holder: String?) -> String {
        holder.map { "\(a.name(target)) (يشغله \(a.name($0)))" } ?? a.name(target)
    }

    /// target-reach, one member only.
    public func onlyMemberMet(target: String, holder: String?, member: String, home: String, last: DateSpan?) -> GapSentences {
        let subject = a.name(holder ?? target)
        return GapSentences(
            message: "العضو الوحيد الذي التقى \(label(target, holder)) هو \(a.name(member))"
                + (last.map { " (آخر لقاء في \(a.date($0)))" } ?? "")
                + "؛ وليس لدى \(a.name(home)) تواصل مباشر، فالوصول معلّق بعضو واحد.",
            suggestion: "اطلبوا من العضو \(a.name(member)) أن يصطحب ممثلًا عن \(a.name(home)) إلى لقائه القادم مع \(subject)، "
                + "كي تكون العلاقة بيد التحالف لا بيد عضو واحد.")
    }

    /// target-reach, never met.
    public func neverMet(target: String, holder: String?, home: String, route: [String], introducer: String?, hint: String?) -> GapSentences {
        let subject = a.name(holder ?? target)
        guard let introducer else {
            return GapSentences(
                message: "لم يلتقِ أحد من \(a.name(home)) \(label(target, holder)) قطّ، مع وجود علاقة مباشرة بين الطرفين.",
                suggestion: "اطلبوا لقاءً أول مع \(subject)، انطلاقًا من العلاقة القائمة.")
        }
        let also = hint.map { "؛ أو اطلبوا ذلك من \(a.name($0)) (صلة وصل بين \(a.name(home)) و\(subject))" } ?? ""
        return GapSentences(
            message: "لم يلتقِ أحد من \(a.name(home)) \(label(target, holder)) قطّ؛ وفي أدفأ طريق إليه "
                + "\(a.count(max(0, route.count - 2), .intermediary)): \(a.route(route)).",
            suggestion: "اطلبوا من \(a.name(introducer)) تقديمكم إلى \(subject)، فبينهما صلة\(also).")
    }

    /// target-reach, no path.
    public func unreachable(target: String, holder: String?, home: String) -> GapSentences {
        GapSentences(
            message: "لا سبيل حاليًا إلى \(label(target, holder)): لا توجد سلسلة علاقات تصل \(a.name(home)) بهذا الهدف.",
            suggestion: "ابحثوا عن أول جهة اتصال: جهة تعرف \(a.name(holder ?? target)) (شريك، أو هيئة أممية، أو سفارة)، وسجّلوا العلاقة.")
    }

    /// broker-dependency: targets.
    public func soleBroker(broker: String, home: String, targets: [String]) -> GapSentences {
        let cut = targets.count == 1 ? "انقطع الوصول إلى هذا الهدف" : "انقطع الوصول إلى هذه الأهداف"
        return GapSentences(
            message: "لا صلة بين \(a.name(home)) و\(a.list(targets)) إلا عبر \(a.name(broker)): كل الطرق تمرّ من هناك، "
                + "فإن انقطعت هذه العلاقة \(cut).",
            suggestion: "افتحوا طريقًا ثانيًا إلى \(a.list(targets)) لا يمرّ عبر \(a.name(broker))، "
                + "واطلبوا في الأثناء من \(a.name(broker)) تقديمكم مباشرة.")
    }

    /// broker-dependency: the coalition's own members.
    public func coalitionBroker(broker: String, home: String, members: [String]) -> GapSentences {
        GapSentences(
            message: "تماسك \(a.name(home)) مرهون جزئيًا بجهة واحدة هي \(a.name(broker)): كل الطرق بين \(a.name(home)) "
                + "و\(a.some(Array(members.prefix(4)), of: members.count)) تمرّ عبرها.",
            suggestion: "أنشئوا علاقات مباشرة بين \(a.name(home)) والأعضاء الذين لا يُوصَل إليهم إلا عبر \(a.name(broker))، "
                + "كفريق عمل مشترك مثلًا.")
    }

    /// broker-dependency: a part of the network.
    public func partCutOff(broker: String, home: String, count: Int, shown: [String], isGroup: Bool) -> GapSentences {
        let among = "\(a.count(count, .actor))، منها \(a.some(shown, of: count))"
        let start = a.name(shown.first ?? broker)
        if isGroup {
            return GapSentences(
                message: "ليس لدى \(a.name(home)) طريق مستقل إلى \(among): كل الطرق تمرّ عبر \(a.name(broker))، "
                    + "وهي مجموعة لا منظمة واحدة.",
                suggestion: "ابنوا علاقة مباشرة: رتّبوا لقاءً أول مع \(start).")
        }
        return GapSentences(
            message: "لا طريق من \(a.name(home)) إلى \(among) إلا عبر \(a.name(broker)).",
            suggestion: "حافظوا على العلاقة مع \(a.name(broker))، وابنوا علاقة مباشرة واحدة مع ذلك الجزء من الشبكة "
                + "(ابدأوا بالتواصل مع \(start)).")
    }

    /// stale-contact.
    public func staleContact(subject: String, date: PartialDate, by: [String], asOf: PartialDate, thresholdMonths: Int,
                             post: String?, postRecord: DateSpan?, leadBy: String?) -> GapSentences {
        var suggestion = "أعيدوا التواصل مع \(a.name(subject)): اطلبوا لقاءً"
        if let post {
            suggestion = "أعيدوا التواصل: تأكّدوا أولًا من أن منصب \(a.name(post)) ما زال بيد \(a.name(subject))"
                + (postRecord.map { " (يعود السجلّ إلى \(a.date($0)))" } ?? "") + "، ثم اطلبوا لقاءً"
        }
        suggestion += leadBy.map { "، على أن يقود اللقاءَ \(a.name($0))، الطرفُ الذي أجرى آخر تواصل." } ?? "."
        return GapSentences(
            message: "آخر تواصل مؤرَّخ مع \(a.name(subject)) كان في \(a.date(date))، من جانب \(a.list(by))؛ "
                + "وقد مضى على ذلك \(a.age(of: date, at: asOf)) حتى \(a.date(asOf)) (الحدّ المعتمد: \(a.duration(months: thresholdMonths))).",
            suggestion: suggestion)
    }

    /// post-turnover: re-engage.
    public func reEngage(post: String, member: String, previous: String, met: DateSpan?, successor: String, since: PartialDate?) -> GapSentences {
        GapSentences(
            message: "آخر لقاء جمع بين \(a.name(member)) و\(a.name(previous)) (من شاغلي منصب \(a.name(post))) "
                + (met.map { "كان في \(a.date($0))" } ?? "غير مؤرَّخ")
                + "؛ والمنصب بيد \(a.name(successor)) منذ \(since.map { a.date($0) } ?? "ذلك الحين"): علاقة ينبغي إعادة بنائها.",
            suggestion: "اطلبوا لقاءً تعريفيًا مع \(a.name(successor))، واطلبوا من \(a.name(previous)) تقديمكم عند تسليم المنصب "
                + "إن كانت العلاقة جيدة.")
    }

    /// post-turnover: vacated.
    public func vacated(post: String, person: String, left: PartialDate?) -> GapSentences {
        GapSentences(
            message: "انتهى شغل \(a.name(person)) لمنصب \(a.name(post))" + (left.map { " في \(a.date($0))" } ?? "")
                + "، ولم يُسجَّل خلَف في هذا المنصب.",
            suggestion: "اعرفوا من يشغل منصب \(a.name(post)) الآن، وسجّلوا علاقة «\(a.tie(.holds))» الجديدة.")
    }

    /// post-turnover: outdated records.
    public func outdatedHolders(holders: [(person: String, post: String)], years: [String]) -> GapSentences {
        let who = holders.count == 1 ? "شاغل المنصب المستهدف معروف"
            : "شاغلو المناصب المستهدفة (\(a.number(holders.count))) معروفون"
        let dated = a.words.catalog.join(years.map { a.code(a.words.digits.apply($0)) })
        return GapSentences(
            message: "\(who) من سجلّات تعود إلى \(dated) فقط: "
                + a.words.catalog.join(holders.map { "\(a.name($0.person)) في منصب \(a.name($0.post))" })
                + ". ربما تغيّر شاغلو هذه المناصب منذ ذلك الحين.",
            suggestion: "قبل التخطيط للقاءات، تأكّدوا من الشاغل الحالي لكل منصب وسجّلوا أي علاقة «\(a.tie(.holds))» جديدة؛ "
                + "فالشاغل الجديد يعني لقاءً تعريفيًا لا لقاء متابعة.")
    }

    /// isolated-member.
    public func isolatedMember(member: String, home: String, others: [String], start: (member: String, broker: String)?) -> GapSentences {
        let suggestion = start.map {
            "ابدأوا بالتواصل مع \(a.name($0.member)): \(a.name($0.broker)) على صلة بالطرفين. "
                + "خطّطوا لخطوة مشتركة واحدة (لقاء أو بيان مشترك) قبل المهمة."
        } ?? "خطّطوا لخطوة مشتركة واحدة مع \(a.list(Array(others.prefix(3)))) (لقاء أو بيان مشترك) "
            + "كي تنشأ علاقة مباشرة بين \(a.name(member)) وسائر الأعضاء."
        return GapSentences(
            message: "لا تربط \(a.name(member)) أي علاقة خاصة ولا أي فعالية مشتركة بأي عضو آخر في \(a.name(home)) "
                + "(\(a.some(Array(others.prefix(6)), of: others.count)))؛ والعضوية في \(a.name(home)) هي كل ما يربط "
                + "\(a.name(member)) بالتحالف.",
            suggestion: suggestion)
    }

    /// group-divide.
    public func groupDivide(attribute: GroupAttribute, groups: [(value: String, count: Int, shown: [String])], linkers: [String]) -> GapSentences {
        let described = a.words.catalog.join(groups.map { "\(value(attribute, $0.value)) (\(a.some($0.shown, of: $0.count)))" })
        let values = "مجموعات \(name(of: attribute)) " + a.words.catalog.join(groups.map { value(attribute, $0.value) })
        let sides = groups.count == 2 ? "على صلة بالطرفين" : "على صلة بكلٍّ منها"
        return GapSentences(
            message: "لا علاقة ولا فعالية مشتركة بين مجموعات \(name(of: attribute)): \(described)"
                + (linkers.isEmpty ? "." : "؛ وأقرب الصلات تمرّ عبر \(a.list(linkers)) (\(sides))."),
            suggestion: linkers.first.map { "اطلبوا من \(a.name($0)) جمعَ \(values) مباشرةً، في لقاء أو تشاور مشترك مثلًا." }
                ?? "ابحثوا عن جهة تستطيع الربط بين \(values)، وخطّطوا لأول لقاء مشترك.")
    }

    /// unreciprocated-advocacy.
    public func oneWayAdvocacy(advocate: String, targets: [String], hint: (broker: String, target: String)?) -> GapSentences {
        let way = hint.map { " ومدخلٌ ممكن: \(a.name($0.broker)) على صلة بكلٍّ من \(a.name(advocate)) و\(a.name($0.target))." } ?? ""
        return GapSentences(
            message: "في السجلّ مناصرة من \(a.name(advocate)) لدى \(a.list(targets))، ولم يُسجَّل أي لقاء بين الطرفين: "
                + "المناصرة في اتجاه واحد.",
            suggestion: "حوّلوا المناصرة إلى حوار: اطلبوا لقاءً أو فعالية جانبية مع \(a.list(targets))، وسجّلوا ذلك.\(way)")
    }

    /// gender-lens.
    public func genderLens(home: String?, women: [String], men: [String], other: Int, unknown: [String], womenNotMet: [String]) -> GapSentences {
        let total = women.count + men.count + other + unknown.count
        let known = total - unknown.count
        var parts = [a.count(women.count, .woman) + (women.isEmpty ? "" : " (\(a.list(women)))")]
        if !men.isEmpty { parts.append("\(a.count(men.count, .man)) (\(a.list(men)))") }
        if other > 0 { parts.append("\(a.count(other, .person)) بهوية جندرية أخرى") }
        if !unknown.isEmpty { parts.append("\(a.count(unknown.count, .person)) دون تسجيل الجنس (\(a.list(unknown)))") }
        let share = known > 0 ? Double(women.count) / Double(known) : 0
        let percent = known > 0 ? " — نسبة النساء \(a.number(Int((share * 100).rounded())))٪ ممن سُجّل جنسهم." : "."
        var next = [String]()
        if !unknown.isEmpty { next.append("سجّلوا جنس \(a.list(unknown)) ليكتمل العدّ.") }
        if share < 0.5 && !womenNotMet.isEmpty {
            next.append("ابحثوا عن صانعات قرار لم تلتقوهنّ بعد: \(a.list(womenNotMet)).")
        } else if share < 0.5 {
            next.append("اطلبوا ممن تلتقونهم إشراك نساء من وفودهم، وابحثوا عن صانعات قرار لإضافتهنّ.")
        } else {
            next.append("حافظوا على التوازن: عند تغيّر شاغلي المناصب، تأكّدوا من بقاء نساء بين صنّاع القرار الذين تلتقونهم.")
        }
        let met = home.map { "صنّاع القرار الذين التقاهم أحدٌ من \(a.name($0))" } ?? "صنّاع القرار الذين سُجّل لقاء معهم"
        return GapSentences(message: "\(met): \(a.number(total))؛ منهم " + a.words.catalog.join(parts) + percent,
                            suggestion: next.joined(separator: " "))
    }

    /// weak-evidence.
    public func weakTie(a from: String, b to: String, kind: TieKind, levels: [Confidence], targets: [String]) -> GapSentences {
        GapSentences(
            message: "الطريق إلى \(a.list(targets)) يعتمد على علاقة \(levels.map(a.confidence).joined(separator: "/")) "
                + "دون لقاء مسجَّل: \(a.tiePhrase(from: from, kind: kind, to: to)).",
            suggestion: "تأكّدوا من العلاقة بين \(a.name(from)) و\(a.name(to)) (واذكروا مصدرها) قبل الاعتماد عليها في التعارف.")
    }

    /// data-gap: ties. The verb agrees with the count: "علاقة واحدة لا تستند", "علاقتان لا تستندان".
    public func unsourcedTies(count: Int) -> GapSentences {
        GapSentences(
            message: "\(a.count(count, .tie)) \(count == 2 ? "لا تستندان" : "لا تستند") إلى أي مصدر.",
            suggestion: "اذكروا أين وردت كل علاقة (تقرير، أو محضر، أو مقال: معرّف المصدر#الموضع)، أو اجعلوا درجة الثقة فيها «غير مؤكَّدة».")
    }

    /// data-gap: events.
    public func unsourcedEvents(count: Int) -> GapSentences {
        GapSentences(
            message: "\(a.count(count, .event)) \(count == 2 ? "لا تستندان" : "لا تستند") إلى أي مصدر.",
            suggestion: "اذكروا الدعوة أو التقرير أو المحضر الخاص بكل فعالية.")
    }

    /// data-gap: undated meetings. "لقاء واحد ليس له تاريخ", "لقاءان ليس لهما", "3 لقاءات ليس لها".
    public func undatedMeetings(home: String?, count: Int, items: [String]) -> GapSentences {
        let (pronoun, freshness) = count == 1 ? ("له", "حداثته") : count == 2 ? ("لهما", "حداثتهما") : ("لها", "حداثتها")
        let whose = home.map { "بمشاركة \(a.name($0))" } ?? "مع الأهداف"
        return GapSentences(
            message: "\(a.count(count, .meeting)) \(whose) ليس \(pronoun) تاريخ، فلا يمكن الحكم على \(freshness): "
                + a.list(Array(items.prefix(4))) + (count > 4 ? " …" : "") + ".",
            suggestion: "أضيفوا على الأقل سنة كل لقاء (أو السنة والشهر) من المحاضر أو التقارير.")
    }
}
