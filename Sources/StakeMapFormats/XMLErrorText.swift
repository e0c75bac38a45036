/// Messages for the libxml2 error codes (`xmlParserErrors`) that `XMLStreamParser` reports.
enum XMLErrorText {
    /// The libxml2 code that the push parser reports when the input ends with elements still open.
    static let documentEnd = 5

    /// Whether `code` is one libxml2 gives for input that stops inside an element (a truncated file).
    static func isPrematureEnd(_ code: Int) -> Bool {
        code == documentEnd || code == 77 || code == 74
    }

    /// A sentence for a libxml2 `xmlParserErrors` code, with libxml2's own `detail` where no sentence is known.
    static func message(forCode code: Int, detail: String) -> String {
        let known = message(forCode: code)
        guard known.hasPrefix("malformed XML (libxml2"), !detail.isEmpty else { return known }
        return "malformed XML: \(detail)"
    }

    /// A sentence for a libxml2 `xmlParserErrors` code.
    static func message(forCode code: Int) -> String {
        switch code {
        case 4: "no XML content ('<' not found where the document should start)"
        case 5: "the document ends too early, or has extra content after its root element"
        case 6, 7, 8: "invalid character reference"
        case 9: "a character that is not allowed in XML"
        case 22, 23, 24, 25: "malformed entity reference ('&' must be written '&amp;')"
        case 26, 27: "reference to an undeclared entity ('&' must be written '&amp;')"
        case 28, 29: "reference to an external entity, which is refused"
        case 31, 32: "unsupported or unknown character encoding"
        case 33, 34: "an attribute value is missing its opening or closing quote"
        case 38: "'<' is not allowed inside an attribute value (write '&lt;')"
        case 39, 40, 41: "malformed attribute (expected name=\"value\")"
        case 42: "an attribute is given twice on the same element"
        case 45: "a comment is not closed ('-->' missing)"
        case 46, 47: "a processing instruction is not closed ('?>' missing)"
        case 63: "a CDATA section is not closed (']]>' missing)"
        case 64: "the XML declaration must come first in the file"
        case 65, 66: "a space is required here"
        case 68: "a name was expected here"
        case 72: "'<' was expected here"
        case 73: "'>' was expected here"
        case 74: "'</' was expected here"
        case 75: "'=' was expected after an attribute name"
        case 76: "closing tag does not match the open element"
        case 77: "an element's start tag is not finished"
        case 80: "'--' is not allowed inside a comment"
        case 81: "the bytes are not valid in the declared encoding (UTF-8 unless declared otherwise)"
        case 85: "elements are not properly nested"
        case 86: "extra content after the root element"
        case 89: "entity reference loop"
        case 201, 202, 203, 204: "malformed or undeclared namespace prefix"
        default: "malformed XML (libxml2 error \(code))"
        }
    }
}
