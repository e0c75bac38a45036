extension ArabicCatalog {
    /// "الربع الأول 2018" … "الربع الرابع 2018".
    public func quarter(_ quarter: Int, of year: Int) -> String {
        let ordinals = ["الأول", "الثاني", "الثالث", "الرابع"]
        guard (1...4).contains(quarter) else { return "\(year)-Q\(quarter)" }
        return "الربع \(ordinals[quarter - 1]) \(year)"
    }

    /// The roles of DESIGN.md's vocabulary (`lead`, `delegate`, `speaker`, `observer`) and those
    /// the example data uses (`participant`, `organizer`, `host`), masculine unless the person is
    /// recorded as a woman (the plain form also serves organisations).
    public func role(_ role: String, feminine: Bool) -> String? {
        guard let forms = Self.roles[role.lowercased()] else { return nil }
        return feminine ? forms.1 : forms.0
    }

    /// Each role's masculine and feminine form.
    static let roles: [String: (String, String)] = [
        "lead": ("رئيس الوفد", "رئيسة الوفد"),
        "delegate": ("مندوب", "مندوبة"),
        "speaker": ("متحدث", "متحدثة"),
        "observer": ("مراقب", "مراقبة"),
        "participant": ("مشارك", "مشاركة"),
        "organizer": ("منظِّم", "منظِّمة"),
        "organiser": ("منظِّم", "منظِّمة"),
        "host": ("مضيف", "مضيفة"),
    ]
}
