import StakeMapAnalysis

extension ArabicPlanWording {
    private func confirmText(_ confirm: (post: String, record: DateSpan?)?, subject: String) -> String {
        confirm.map {
            "؛ تأكّدوا أولًا من أن منصب \(a.name($0.post)) ما زال بيد \(a.name(subject)) "
                + ($0.record.map { "(يعود السجلّ إلى \(a.date($0)))" } ?? "(السجلّ غير مؤرَّخ)")
        } ?? ""
    }

    private func posts(_ posts: [String]) -> String { posts.isEmpty ? "" : " (\(a.list(posts)))" }

    /// "متابعة مع أ (م): آخر لقاء في 2018 من جانب ب؛ تأكّدوا أولًا …".
    public func followUp(subject: String, posts: [String], last: (date: DateSpan?, by: String)?, confirm: (post: String, record: DateSpan?)?) -> String {
        let when = last.map { "آخر لقاء \($0.date.map { "في \(a.date($0))" } ?? "في مناسبة غير مؤرَّخة") من جانب \(a.name($0.by))" }
            ?? "علاقة مباشرة دون لقاء مسجَّل"
        return "متابعة مع \(a.name(subject))\(self.posts(posts)): \(when)\(confirmText(confirm, subject: subject))."
    }

    /// "اطلبوا من أ تقديم ب إلى ج ود."
    public func askIntroduction(via: String, home: String, introduces: [String]) -> String {
        "اطلبوا من \(a.name(via)) تقديم \(a.name(home)) إلى \(a.list(introduces))."
    }

    /// "لقاء مع أ (م) بصحبة ب، إذ سبق اللقاء بينهما في 2018".
    public func introduction(subject: String, posts: [String], via: String?, viaIsMember: Bool, viaMet: DateSpan??,
                             viaTie: (from: String, kind: TieKind, to: String)?, confirm: (post: String, record: DateSpan?)?) -> String {
        var with = ""
        if let via {
            if viaIsMember, let met = viaMet {
                with = " بصحبة \(a.name(via))، إذ سبق اللقاء بينهما" + (met.map { " في \(a.date($0))" } ?? "")
            } else if viaIsMember, let tie = viaTie {
                with = " بصحبة \(a.name(via)) (\(a.tiePhrase(from: tie.from, kind: tie.kind, to: tie.to))؛ دون لقاء مسجَّل)"
            } else {
                with = " بتقديم من \(a.name(via))"
            }
        }
        return "لقاء مع \(a.name(subject))\(self.posts(posts))\(with)\(confirmText(confirm, subject: subject))."
    }

    /// "أ (عضو في ب): سُجّل لقاء مع ج (2018)؛ الأهداف التي يفتحها طلب واحد: هدفان".
    public func intermediaryReason(name: String, isMember: Bool, home: String, met: [String], metDates: [DateSpan], tied: [String], opens: Int) -> String {
        var facts = [String]()
        if !met.isEmpty {
            let dates = Dictionary(metDates.map { ($0.description, $0) }, uniquingKeysWith: { first, _ in first })
                .sorted { $0.key < $1.key }.map { a.date($0.value) }
            facts.append("سُجّل لقاء مع \(a.list(met))" + (dates.isEmpty ? "" : " (\(a.words.catalog.join(dates)))"))
        }
        if !tied.isEmpty { facts.append("وعلاقة مع \(a.list(tied)) دون لقاء مسجَّل") }
        let standing = isMember ? "عضو في \(a.name(home))" : "من خارج التحالف"
        return "\(a.name(name)) (\(standing)): \(facts.joined(separator: "، "))؛ الأهداف التي يفتحها طلب واحد: \(a.count(opens, .target))."
    }

    /// "مفتاح الوصول إلى أ وب."
    public func opens(targets: [String]) -> String { "مفتاح الوصول إلى \(a.list(targets))." }

    /// "خطة المهمة: أ (مسودة)".
    public func calendarName(home: String) -> String { "خطة المهمة: \(a.name(home)) (مسودة)" }

    /// "لقاء: أ (مسودة)", "طلب تعارف: أ (مسودة)".
    public func calendarSummary(purpose: ProposedMeeting.Purpose, with: String) -> String {
        "\(purpose == .askIntroduction ? "طلب تعارف" : "لقاء"): \(a.name(with)) (مسودة)"
    }

    /// "الغرض: إعادة التواصل."
    public func purposeLine(_ purpose: ProposedMeeting.Purpose) -> String { "الغرض: \(self.purpose(purpose))." }

    /// "الطريق: أ ← ب ← ج".
    public func routeLine(_ route: [String]) -> String { "الطريق: " + a.route(route) }

    /// "آخر لقاء: 2018 من جانب أ [seed-000#p6]".
    public func calendarLastMet(date: DateSpan?, by: String, sources: [String]) -> String {
        "آخر لقاء: \(date.map(a.date) ?? "بلا تاريخ") من جانب \(a.name(by))" + (sources.isEmpty ? "" : " " + a.citations(sources))
    }

    /// An isolated name.
    public func name(_ name: String) -> String { a.name(name) }

    /// The arrow along the reading direction.
    public var arrow: String { a.words.catalog.arrow }


    /// The Arabic comma.
    public var comma: String { "، " }

    /// The Arabic semicolon.
    public var semicolon: String { "؛ " }
}
