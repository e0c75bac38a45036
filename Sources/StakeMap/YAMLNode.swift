/// The field readers were written against Yams' `Node`; this module's own node view keeps their
/// spelling (`Node`, `.scalar(scalar)`, `scalar.string`, `node.mark`) over the flat `YAMLTree`.
typealias Node = YAMLNode

/// A view of one node of a `YAMLTree`: a scalar, a mapping or a sequence.
enum YAMLNode {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// The node `index` of `tree`.
    init(tree: YAMLTree, index: Int32) {
        switch tree.entries[Int(index)].kind {
        case .scalar: self = .scalar(Scalar(tree: tree, index: index))
        case .mapping: self = .mapping(Mapping(tree: tree, index: index))
        case .sequence: self = .sequence(Sequence(tree: tree, index: index))
        }
    }

    /// The tree and index behind the view.
    var handle: (tree: YAMLTree, index: Int32) {
        switch self {
        case let .scalar(node): (node.tree, node.index)
        case let .mapping(node): (node.tree, node.index)
        case let .sequence(node): (node.tree, node.index)
        }
    }

    /// Where the node starts (1-based line and column, columns counted in Unicode scalars).
    var mark: Mark? {
        let (tree, index) = handle
        let entry = tree.entries[Int(index)]
        return Mark(line: Int(entry.line), column: Int(entry.column))
    }

    /// The scalar, if the node is one.
    var scalar: Scalar? {
        if case let .scalar(scalar) = self { return scalar }
        return nil
    }

    /// The mapping, if the node is one.
    var mapping: Mapping? {
        if case let .mapping(mapping) = self { return mapping }
        return nil
    }

    /// The sequence, if the node is one.
    var sequence: Sequence? {
        if case let .sequence(sequence) = self { return sequence }
        return nil
    }

    /// A scalar's text; nil for collections.
    var string: String? { scalar?.string }

    /// A 1-based position in the text.
    struct Mark: Hashable {
        var line: Int
        var column: Int
    }

    /// A scalar node.
    struct Scalar {
        /// How a scalar was written (libyaml's styles, in its order).
        enum Style: UInt8 {
            case any, plain, singleQuoted, doubleQuoted, literal, folded
        }

        let tree: YAMLTree
        let index: Int32

        /// The scalar's text.
        var string: String { tree.text(index) }
        /// How it was written.
        var style: Style { Style(rawValue: tree.entries[Int(index)].style) ?? .any }
    }

    /// A mapping node: its key–value pairs in file order.
    struct Mapping: RandomAccessCollection {
        let tree: YAMLTree
        let index: Int32

        var startIndex: Int { 0 }
        var endIndex: Int { Int(tree.entries[Int(index)].count) / 2 }
        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
            let start = Int(tree.entries[Int(index)].start) + 2 * position
            return (YAMLNode(tree: tree, index: tree.children[start]), YAMLNode(tree: tree, index: tree.children[start + 1]))
        }
    }

    /// A sequence node: its items in file order.
    struct Sequence: RandomAccessCollection {
        let tree: YAMLTree
        let index: Int32

        var startIndex: Int { 0 }
        var endIndex: Int { Int(tree.entries[Int(index)].count) }
        subscript(position: Int) -> YAMLNode {
            YAMLNode(tree: tree, index: tree.children[Int(tree.entries[Int(index)].start) + position])
        }
    }
}
