import StakeMap
import StakeMapAnalysis

extension ArabicCatalog {
    /// A label of the report in Arabic.
    public func label(_ label: ReportLabel) -> String {
        switch label {
        case .report: "تقرير أصحاب المصلحة"
        case .map: "خريطة التحالف"
        case .actors: "الجهات الفاعلة"
        case .gaps: "الفجوات"
        case .plan: "خطة المهمة"
        case .timeline: "التسلسل الزمني"
        case .search: "ابحث بالاسم أو الاسم البديل أو الوسم…"
        case .name: "الاسم"
        case .kind: "النوع"
        case .degree: "الدرجة"
        case .betweenness: "البينية"
        case .pageRank: "ترتيب الصفحات"
        case .community: "المجموعة"
        case .role: "دور الوساطة"
        case .constraint: "القيد"
        case .ties: "العلاقات"
        case .meetings: "اللقاءات"
        case .sources: "المصادر"
        case .tags: "الوسوم"
        case .aliases: "يُعرف أيضاً باسم"
        case .note: "ملاحظة"
        case .asOf: "بتاريخ"
        case .audience: "الجمهور"
        case .evidence: "الأدلة"
        case .next: "الخطوة التالية"
        case .zoomIn: "تكبير"
        case .zoomOut: "تصغير"
        case .reset: "ملاءمة"
        case .close: "إغلاق"
        case .clickHint: "انقر على جهة في الخريطة أو في الجدول لعرض بطاقتها. اسحب للتحريك ومرّر للتكبير."
        case .noMap: "تعذّر رسم الخريطة هنا"
        case .noGaps: "لم تُعثر على فجوات."
        case .planNote: "أضف ‎--home‎ و‎--targets‎ لإضافة خطة مهمة."
        case .target: "الهدف"
        case .status: "الحالة"
        case .route: "أدفأ طريق"
        case .lastMet: "آخر لقاء"
        case .place: "المكان"
        case .intermediaries: "أقل عدد من الوسطاء"
        case .itinerary: "برنامج الزيارة"
        case .date: "التاريخ"
        case .what: "ماذا"
        case .who: "من"
        case .direct: "لقاء"
        case .count: "جهة"
        case .matches: "معروضة"
        case .withheldNotice: "لا يتضمن هذا التقرير إلا ما يُسمح لهذا الجمهور بالاطلاع عليه، وكل ما هو أكثر حساسية محذوف بالكامل."
        case .modularity: "مجموعات، النمطية"
        case .undated: "بلا تاريخ"
        case .none: "لا يوجد"
        case .more: "أخرى"
        case .events: "فعاليات"
        case .cutPoint: "نقطة قطع"
        }
    }

    /// A tie kind before the other end's name ("عضو في", "شريك لـ").
    public func relation(_ kind: TieKind) -> String {
        switch kind {
        case .met: "التقى"
        case .partnersWith: "شريك لـ"
        case .related: "مرتبط بـ"
        case .holds: "يشغل"
        default: name(of: kind)
        }
    }

    /// A mission target's status.
    public func name(of status: TargetStatus) -> String {
        switch status {
        case .met: "تم اللقاء"
        case .direct: "علاقة مباشرة دون لقاء"
        case .reachable: "يمكن الوصول عبر وسطاء"
        case .unreachable: "لا طريق للوصول"
        }
    }

    /// A Gould–Fernandez brokerage role.
    public func name(of role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "منسّق"
        case .itinerant: "وسيط من الخارج"
        case .gatekeeper: "حارس بوابة"
        case .representative: "ممثّل"
        case .liaison: "همزة وصل"
        }
    }

    /// A severity as a heading of findings.
    public func severityHeading(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "عالية — ابدأ بها"
        case .medium: "متوسطة — خطّط لها"
        case .low: "منخفضة — للعلم أو بيانات يجب تصحيحها"
        }
    }
}
