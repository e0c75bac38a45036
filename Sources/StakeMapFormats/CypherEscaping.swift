/// The one place where text becomes Cypher: string literals, identifiers, labels and types.
public enum CypherEscaping {
    /// `text` as a single-quoted Cypher string literal (backslash, quotes and control characters escaped).
    public static func literal(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if UnsafeScalars.isUnsafe(scalar) {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "'"
    }

    /// `text` as the body of a `//` line comment: every line break Cypher knows (LF, CR, NEL,
    /// U+2028, U+2029), every other control and every bidi override becomes a space, so nothing
    /// after it can become a statement.
    public static func comment(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(UnsafeScalars.isUnsafe(scalar) || scalar.value == 0x85 ? " " : scalar)
        }
        return String(result)
    }

    /// A property key or variable: as it is when it is a plain identifier, else in backticks.
    public static func identifier(_ name: String) -> String {
        let plain = name.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// A label from a kind: `un-body` → `UnBody`.
    public static func label(_ kind: String) -> String {
        identifier(kind.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())
    }

    /// A relationship type from a kind: `member-of` → `MEMBER_OF`.
    public static func relationshipType(_ kind: String) -> String {
        identifier(kind.uppercased().replacingOccurrences(of: "-", with: "_"))
    }
}
