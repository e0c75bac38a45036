import Foundation
import StakeMap

/// The workbook's shared strings (`xl/sharedStrings.xml`), which text cells point to by index:
/// each `<si>` is a plain `<t>` or rich-text runs (`<r><t>…</t></r>`) joined; phonetic guides
/// (`<rPh>`) are left out.
enum XLSXSharedStrings {
    /// The strings, in order; empty when the workbook has none.
    /// - Throws: `StakeMapError`: malformed, or more than `limits.maxSharedStrings`.
    static func read(_ archive: inout XLSXArchive, limits: XLSXLimits) throws(StakeMapError) -> [String] {
        guard let data = try archive.read("xl/sharedStrings.xml") else { return [] }
        let file = archive.file
        var strings: [String] = []
        var current = ""
        var inItem = false, inText = false, phonetic = 0
        try XLSXXMLPart.parse(data, file: file, part: "xl/sharedStrings.xml") { event throws(StakeMapError) in
            switch event {
            case .start("si", _):
                inItem = true
                current = ""
            case .end("si"):
                inItem = false
                strings.append(current)
                if strings.count > limits.maxSharedStrings {
                    throw StakeMapError(.limitExceeded, "'\(file)' has more than \(limits.maxSharedStrings) shared strings",
                                        at: SourceLocation(file: file, line: 1, column: 1))
                }
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = inItem && phonetic == 0
            case .end("t"): inText = false
            case let .text(text) where inText: current += text
            default: break
            }
        }
        return strings
    }
}
