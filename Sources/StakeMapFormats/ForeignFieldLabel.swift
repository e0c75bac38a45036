/// How a field key of the foreign builder is named in messages.
enum ForeignFieldLabel {
    /// `nameIn("ar")` → `name (ar)`, `followUp` → `follow_up`, others as they are.
    static func display(_ key: String) -> String {
        if key == "followUp" { return "follow_up" }
        guard let open = key.firstIndex(of: "("), key.hasSuffix(")") else { return key }
        let base = key[..<open].replacingOccurrences(of: "In", with: "")
        let argument = key[key.index(after: open)..<key.index(before: key.endIndex)].replacingOccurrences(of: "\"", with: "")
        return "\(base)_\(argument)"
    }
}
