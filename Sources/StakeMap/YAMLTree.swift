/// A composed YAML document stored flat: one entry per node, the children of every collection
/// side by side in one array, scalar texts in another. Built from libyaml's events by
/// `YAMLComposer`; read through `YAMLNode` views. Aliases are resolved while composing (an
/// alias is stored as its anchored node's index), so a node may be the child of several parents.
final class YAMLTree {
    /// What a node is.
    enum Kind: UInt8 {
        case scalar, sequence, mapping
    }

    /// One node: its kind, style, 1-based position, and its text (scalar) or children
    /// (collection), in 16 bytes (a 250,000-actor file has over six million nodes).
    struct Entry {
        var line: Int32
        var column: Int32
        /// A scalar's index into `texts`; a collection's first index into `children`.
        var start: Int32
        /// The child count in the low 27 bits, the style in the next 3, the kind in the top 2.
        private var packed: UInt32

        init(kind: Kind, style: UInt8, line: Int32, column: Int32, start: Int32, count: Int32) {
            self.line = line
            self.column = column
            self.start = start
            packed = UInt32(kind.rawValue) << 30 | UInt32(style & 0x7) << 27
            self.count = count
        }

        /// What the node is.
        var kind: Kind { Kind(rawValue: UInt8(packed >> 30)) ?? .scalar }
        /// libyaml's scalar style (0 any, 1 plain, 2 single-quoted, 3 double-quoted, 4 literal, 5 folded).
        var style: UInt8 { UInt8((packed >> 27) & 0x7) }
        /// A collection's number of children (a mapping's keys and values alternate); 0 for scalars.
        /// A document under the 256 MB limit has far fewer than 2²⁷ children in one collection.
        var count: Int32 {
            get { Int32(packed & 0x07FF_FFFF) }
            set { packed = packed & ~0x07FF_FFFF | UInt32(clamping: newValue) & 0x07FF_FFFF }
        }
    }

    /// The arrays, filled by `YAMLComposer` and then frozen: a `let`, so that reading a node
    /// costs no exclusivity check (they were a tenth of the loading time).
    struct Storage {
        var entries: [Entry] = []
        var texts: [String] = []
        var children: [Int32] = []
        /// The root node's index.
        var root: Int32 = 0

        /// Drops the spare capacity the arrays grew while composing (up to half of each).
        mutating func trim() {
            entries = Self.exact(entries)
            texts = Self.exact(texts)
            children = Self.exact(children)
        }

        private static func exact<Element>(_ array: [Element]) -> [Element] {
            guard array.capacity > array.count + array.count / 16 else { return array }
            var copy = [Element]()
            copy.reserveCapacity(array.count)
            copy.append(contentsOf: array)
            return copy
        }

        /// The text of scalar `index`.
        func text(_ index: Int32) -> String { texts[Int(entries[Int(index)].start)] }

        /// The child indices of collection `index`.
        func childIndices(_ index: Int32) -> ArraySlice<Int32> {
            let entry = entries[Int(index)]
            return children[Int(entry.start)..<Int(entry.start + entry.count)]
        }
    }

    let storage: Storage

    init(_ storage: Storage) {
        self.storage = storage
    }

    var entries: [Entry] { storage.entries }
    var texts: [String] { storage.texts }
    var children: [Int32] { storage.children }
    /// The root node's index.
    var root: Int32 { storage.root }

    /// The root node.
    var rootNode: YAMLNode { YAMLNode(tree: self, index: root) }

    /// The text of scalar `index`.
    func text(_ index: Int32) -> String { storage.text(index) }

    /// The child indices of collection `index`.
    func childIndices(_ index: Int32) -> ArraySlice<Int32> { storage.childIndices(index) }
}
