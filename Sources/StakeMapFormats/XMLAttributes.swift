/// The attributes of one XML start tag, in document order.
///
/// An element has a handful of attributes, each named once (libxml2 refuses a name given twice),
/// so a look-up is a short scan: cheaper than hashing into a dictionary made for every element of a
/// file with millions of them.
struct XMLAttributes: Sequence, ExpressibleByDictionaryLiteral {
    private var pairs: [(key: String, value: String)]

    /// No attributes.
    init() { pairs = [] }

    /// Attributes from literal pairs (for tests and for stand-in elements).
    init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements.map { (key: $0.0, value: $0.1) }
    }

    /// Adds an attribute read from the document.
    mutating func append(_ name: String, _ value: String) {
        pairs.append((name, value))
    }

    /// The value of the attribute named `name`, if the element has it.
    subscript(name: String) -> String? {
        for pair in pairs where pair.key == name { return pair.value }
        return nil
    }

    /// Whether the element has no attributes.
    var isEmpty: Bool { pairs.isEmpty }

    /// The attributes as a dictionary, for readers that add or rename keys.
    var dictionary: [String: String] {
        Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// Iterates the attributes in document order.
    func makeIterator() -> IndexingIterator<[(key: String, value: String)]> { pairs.makeIterator() }
}
