/// Writes `MarkupTree`s as JSON for the page's script: text as a string, an element as
/// `["tag", {attributes}, children…]`, a card link as `{"card": N}`, a group as its children in
/// its place. A leaf element (one whose children are all text) that occurs more than once —
/// `<dt>Degree</dt>` on every card, `<span class="kind">met</span>` on most ties — is written
/// once, in `shared`, and elsewhere as its number there, which keeps a page of thousands of
/// cards a third of the size.
struct MarkupJSON {
    /// How often each leaf element occurs (by its JSON).
    private var counts: [String: Int] = [:]
    /// The JSON of every leaf met by the first pass, in order: the second takes them again.
    private var leaves: [String] = []
    /// The next of `leaves` for the second pass.
    private var nextLeaf = 0
    /// The number of each shared leaf in `shared`.
    private var numbers: [String: Int] = [:]
    /// The JSON of each leaf written once and referred to by number.
    private var shared: [String] = []

    /// Each list of trees as a JSON array (with `pieces`, each tree as the array of its pieces:
    /// a name may be several elements side by side), and the shared leaves as a JSON array.
    /// - Complexity: O(size of the trees).
    static func write(_ lists: [(trees: ArraySlice<MarkupTree>, pieces: Bool)]) -> (lists: [String], shared: String) {
        var writer = MarkupJSON()
        for list in lists { list.trees.forEach { writer.count($0) } }
        let texts = lists.map { list in
            var output = "["
            for (index, tree) in list.trees.enumerated() {
                if index > 0 { output += "," }
                if list.pieces { output += "[" }
                writer.write(tree, into: &output)
                if list.pieces { output += "]" }
            }
            return output + "]"
        }
        return (texts, "[" + writer.shared.joined(separator: ",") + "]")
    }

    /// Counts the leaf elements of `tree` (the first pass).
    private mutating func count(_ tree: MarkupTree) {
        switch tree {
        case .tag(_, _, let children):
            if Self.isLeaf(children), let leaf = Self.leaf(tree) {
                counts[leaf, default: 0] += 1
                leaves.append(leaf)
            } else {
                children.forEach { count($0) }
            }
        case .group(let children):
            children.forEach { count($0) }
        case .text, .card:
            break
        }
    }

    /// Writes `tree` as JSON, a leaf that occurs more than once as its number in `shared` (the
    /// second pass, over the trees of the first in the same order).
    private mutating func write(_ tree: MarkupTree, into output: inout String) {
        switch tree {
        case .text(let text):
            MarkupTree.string(text, into: &output)
        case .tag(let name, let attributes, let children):
            if Self.isLeaf(children) {
                let leaf = leaves[nextLeaf]
                nextLeaf += 1
                guard counts[leaf, default: 0] > 1 else {
                    output += leaf
                    return
                }
                if let number = numbers[leaf] {
                    output += String(number)
                } else {
                    numbers[leaf] = shared.count
                    output += String(shared.count)
                    shared.append(leaf)
                }
                return
            }
            Self.open(name, attributes, into: &output)
            for child in children.flattened {
                output += ","
                write(child, into: &output)
            }
            output += "]"
        case .group(let children):
            for (index, child) in children.flattened.enumerated() {
                if index > 0 { output += "," }
                write(child, into: &output)
            }
        case .card(let position):
            output += "{\"card\":\(position)}"
        }
    }

    /// Whether an element with `children` is a leaf: all its pieces text.
    private static func isLeaf(_ children: [MarkupTree]) -> Bool {
        children.allSatisfy { piece in
            switch piece {
            case .text: true
            case .group(let inner): isLeaf(inner)
            case .tag, .card: false
            }
        }
    }

    /// The JSON of `tree` when it is an element whose children are all text, else nil.
    private static func leaf(_ tree: MarkupTree) -> String? {
        guard case .tag(let name, let attributes, let children) = tree else { return nil }
        let flat = children.flattened
        var output = ""
        open(name, attributes, into: &output)
        for child in flat {
            guard case .text(let text) = child else { return nil }
            output += ","
            MarkupTree.string(text, into: &output)
        }
        return output + "]"
    }

    /// `["tag",{attributes}` (without the closing bracket).
    private static func open(_ name: String, _ attributes: [(String, String)], into output: inout String) {
        output += "["
        MarkupTree.string(name, into: &output)
        output += ",{"
        for (index, attribute) in attributes.enumerated() {
            if index > 0 { output += "," }
            MarkupTree.string(attribute.0, into: &output)
            output += ":"
            MarkupTree.string(attribute.1, into: &output)
        }
        output += "}"
    }
}
