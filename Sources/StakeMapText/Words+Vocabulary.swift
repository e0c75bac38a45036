import StakeMap

extension Words {
    /// A period label of `TimePeriod.periods` (`2018`, `2018-Q1`, `2018-09`) in words: as it is
    /// in English, "الربع الأول 2018" or "سبتمبر 2018" in Arabic, in the chosen digits; any
    /// other label as it is (isolated in Arabic).
    public func period(_ label: String) -> String {
        let parts = label.split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return value(.id(label)) }
        if parts.count == 1 { return digits.format(year) }
        if parts.count == 2, parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()) {
            return digits.apply(catalog.quarter(quarter, of: year))
        }
        if parts.count == 2, let month = Int(parts[1]), let date = PartialDate(year: year, month: month) {
            return digits.apply(catalog.date(date))
        }
        return value(.id(label))
    }

    /// A participant's role at an event: worded from the catalog's vocabulary (agreeing with a
    /// woman when `feminine`), else as typed, isolated when its direction differs.
    public func role(_ role: String, feminine: Bool = false) -> String {
        if let worded = catalog.role(role, feminine: feminine) { return worded }
        return value(.name(role))
    }
}
