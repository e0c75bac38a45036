extension Bidi {
    /// `text` (already escaped for HTML or Markdown) with its isolates written as markup:
    /// FSI/LRI/RLI … PDI become `<bdi>` … `</bdi>` (`dir="ltr"` or `dir="rtl"` for LRI and RLI).
    /// Only balanced pairs become elements; an unmatched isolate from the data is dropped, so the
    /// markup is always well nested.
    /// - Complexity: O(length of `text`).
    public static func isolatesAsMarkup(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x2066...0x2069).contains($0.value) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var partner = [Int: Int]()
        var open = [Int]()
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x2066...0x2068: open.append(index)
            case 0x2069: if let start = open.popLast() { partner[start] = index; partner[index] = start }
            default: break
            }
        }
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x2066...0x2069:
                guard let other = partner[index] else { continue }
                if other < index { result += "</bdi>"; continue }
                result += scalar.value == 0x2066 ? "<bdi dir=\"ltr\">" : scalar.value == 0x2067 ? "<bdi dir=\"rtl\">" : "<bdi>"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
