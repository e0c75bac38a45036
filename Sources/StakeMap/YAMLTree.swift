/// A composed YAML document stored flat: one entry per node, the children of every collection
/// side by side in one array, scalar texts in another. Built from libyaml's events by
/// `YAMLComposer`; read through `YAMLNode` views. Aliases are resolved while composing (an
/// alias is stored as its anchored node's index), so a node may be the child of several parents.
final class YAMLTree {
    /// What a node is.
    enum Kind: UInt8 {
        case scalar, sequence, mapping
    }

    /// One node: its kind, style, 1-based position, and its text (scalar) or children (collection).
    struct Entry {
        var kind: Kind
        /// libyaml's scalar style (0 any, 1 plain, 2 single-quoted, 3 double-quoted, 4 literal, 5 folded).
        var style: UInt8
        var line: Int32
        var column: Int32
        /// A scalar's index into `texts`; a collection's first index into `children`.
        var start: Int32
        /// A collection's number of children (a mapping's keys and values alternate); 0 for scalars.
        var count: Int32
    }

    var entries: [Entry] = []
    var texts: [String] = []
    var children: [Int32] = []
    /// The root node's index.
    var root: Int32 = 0

    /// The root node.
    var rootNode: YAMLNode { YAMLNode(tree: self, index: root) }

    /// The text of scalar `index`.
    func text(_ index: Int32) -> String { texts[Int(entries[Int(index)].start)] }

    /// The child indices of collection `index`.
    func childIndices(_ index: Int32) -> ArraySlice<Int32> {
        let entry = entries[Int(index)]
        return children[Int(entry.start)..<Int(entry.start + entry.count)]
    }
}
