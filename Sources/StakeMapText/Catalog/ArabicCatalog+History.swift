extension ArabicCatalog {
    /// A label of the report's "network over time" section in Arabic.
    public func label(_ label: HistoryLabel) -> String {
        switch label {
        case .heading: "الشبكة عبر الزمن"
        case .note: "لكل فترة ما جرى فيها: الجهات الفاعلة التي لها علاقة أو فعالية مؤرَّخة فيها، وعلاقاتها ولقاءاتها، وكثافة الشبكة التي تكوّنها وعدد أجزائها المنفصلة. السجلات غير المؤرَّخة مستبعدة."
        case .period: "الفترة"
        case .actorsActive: "الجهات الفاعلة النشطة"
        case .ties: "العلاقات"
        case .meetings: "اللقاءات"
        case .density: "الكثافة"
        case .components: "المكوّنات المترابطة"
        case .topActors: "الأكثر ارتباطاً"
        case .empty: "لا توجد علاقات أو فعاليات مؤرَّخة: لا شيء يُعرض عبر الزمن."
        }
    }
}
