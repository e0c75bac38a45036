import CLibYAML

/// Composes one YAML document from libyaml's parser events straight into a flat `YAMLTree`,
/// with the semantics the reader had with Yams' composer: one document per file, aliases
/// resolved to their anchored node (an anchor counts once its node is complete), duplicate keys
/// refused, and the alias expansion measured on the way so that alias bombs cost nothing to detect.
struct YAMLComposer {
    /// The file name used in diagnostics.
    let path: String
    private var tree = YAMLTree.Storage()
    /// Each entry's size once aliases are expanded (saturating), to find alias bombs.
    private var expanded: [Int] = []
    private var anchors: [String: Int32] = [:]
    /// Explicit tags (other than the default ones), for comparing mapping keys.
    private var tags: [Int32: String] = [:]
    /// The children of the collections still open, side by side.
    private var pending: [Int32] = []
    /// The open collections: entry index, first pending child, anchor.
    private var open: [(index: Int32, firstChild: Int, anchor: String?)] = []

    init(path: String) {
        self.path = path
    }

    /// The tree of the single document in `bytes` (UTF-8, no byte-order mark), or nil when the
    /// stream holds no document; `expansion` is the node count with aliases expanded.
    /// - Throws: `StakeMapError` with the located YAML problem.
    mutating func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(StakeMapError) -> (tree: YAMLTree, expansion: Int)? {
        // On the heap, not in Swift variables: libyaml keeps a pointer to the parser (its string
        // reader's `read_handler_data`), so the parser must not move between calls.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        let eventPointer = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        eventPointer.initialize(to: yaml_event_t())
        defer {
            parser.deallocate()
            eventPointer.deallocate()
        }
        guard yaml_parser_initialize(parser) == 1 else {
            throw StakeMapError(.invalidInput, "not valid YAML: out of memory", at: SourceLocation(file: path, line: 1, column: 1))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        var documents = 0
        while true {
            guard yaml_parser_parse(parser, eventPointer) == 1 else {
                throw StakeMapError(.invalidInput, [YAMLSyntaxError.diagnostic(parser.pointee, bytes: bytes, path: path)])
            }
            defer { yaml_event_delete(eventPointer) }
            let event = eventPointer
            switch event.pointee.type {
            case YAML_STREAM_END_EVENT:
                guard documents > 0 else { return nil }
                let expansion = expanded[Int(tree.root)]
                expanded = []
                tree.trim()
                return (YAMLTree(tree), expansion)
            case YAML_DOCUMENT_START_EVENT:
                if documents > 0 {
                    throw composerError("but found another document", context: "expected a single document in the stream", at: event.pointee.start_mark)
                }
                documents += 1
            case YAML_SCALAR_EVENT:
                var length = 0
                let value = smap_yaml_scalar(event, &length)
                let text = value.map { String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self) } ?? ""
                let index = add(.scalar, style: UInt8(smap_yaml_scalar_style(event)), mark: event.pointee.start_mark,
                                start: Int32(tree.texts.count), size: 1, event: event)
                tree.texts.append(text)
                if let anchor = Self.string(smap_yaml_anchor(event)) { anchors[anchor] = index }
                attach(index)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let kind: YAMLTree.Kind = event.pointee.type == YAML_MAPPING_START_EVENT ? .mapping : .sequence
                let index = add(kind, style: 0, mark: event.pointee.start_mark, start: 0, size: 1, event: event)
                open.append((index, pending.count, Self.string(smap_yaml_anchor(event))))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try close()
            case YAML_ALIAS_EVENT:
                guard let name = Self.string(smap_yaml_anchor(event)), let target = anchors[name] else {
                    throw composerError("found undefined alias", context: nil, at: event.pointee.start_mark)
                }
                attach(target)
            default:
                break
            }
        }
    }

    private mutating func add(_ kind: YAMLTree.Kind, style: UInt8, mark: yaml_mark_t, start: Int32, size: Int,
                              event: UnsafeMutablePointer<yaml_event_t>) -> Int32 {
        let index = Int32(tree.entries.count)
        tree.entries.append(.init(kind: kind, style: style, line: Int32(clamping: mark.line + 1),
                                  column: Int32(clamping: mark.column + 1), start: start, count: 0))
        expanded.append(size)
        if let tag = Self.string(smap_yaml_tag(event)), tag != "!" { tags[index] = tag }
        return index
    }

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func attach(_ index: Int32) {
        if open.isEmpty {
            tree.root = index
        } else {
            pending.append(index)
        }
    }

    private mutating func close() throws(StakeMapError) {
        guard let (index, firstChild, anchor) = open.popLast() else { return }
        // No slice of `pending` may outlive this block: it would make the removal below copy
        // the whole array (the open top-level lists hold hundreds of thousands of children).
        var size = 1
        for position in firstChild..<pending.count {
            size = min(size &+ expanded[Int(pending[position])], Int.max / 4)
        }
        expanded[Int(index)] = size
        tree.entries[Int(index)].start = Int32(tree.children.count)
        tree.entries[Int(index)].count = Int32(pending.count - firstChild)
        for position in firstChild..<pending.count { tree.children.append(pending[position]) }
        pending.removeLast(pending.count - firstChild)
        if tree.entries[Int(index)].kind == .mapping { try checkDuplicateKeys(of: index) }
        if let anchor { anchors[anchor] = index }
        attach(index)
    }

    private func composerError(_ problem: String, context: String?, at mark: yaml_mark_t) -> StakeMapError {
        let location = SourceLocation(file: path, line: mark.line + 1, column: mark.column + 1)
        return StakeMapError(.invalidInput, [Diagnostic(.error, at: location, "YAML syntax: \(problem)\(context.map { " (\($0))" } ?? "")",
                                                        hint: YAMLSyntaxError.hint(problem))])
    }

    private static func string(_ pointer: UnsafePointer<UInt8>?) -> String? {
        pointer.map { String(decoding: UnsafeBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) }
    }
}

extension YAMLComposer {
    /// Refuses a mapping with a key written twice (same text and tag), locating the first
    /// occurrence of the smallest such key, as Yams did.
    private func checkDuplicateKeys(of index: Int32) throws(StakeMapError) {
        let children = tree.childIndices(index)
        let count = children.count / 2
        guard count > 1 else { return }
        let keys = stride(from: children.startIndex, to: children.endIndex, by: 2).map { children[$0] }
        var duplicated: [Int32] = []
        if count <= 12 {
            for (offset, key) in keys.enumerated() where !duplicated.contains(where: { sameKey($0, key) })
                && keys[(offset + 1)...].contains(where: { sameKey($0, key) }) {
                duplicated.append(key)
            }
        } else {
            var seen: [String: Int32] = [:]
            var added: Set<String> = []
            for key in keys {
                let identity = self.identity(key)
                if let first = seen[identity] {
                    if added.insert(identity).inserted { duplicated.append(first) }
                } else {
                    seen[identity] = key
                }
            }
        }
        guard !duplicated.isEmpty else { return }
        let sorted = duplicated.sorted { precedes($0, $1) }
        let entry = tree.entries[Int(sorted[0])]
        let names = sorted.map { tree.entries[Int($0)].kind == .scalar ? tree.text($0) : "<uncovertable>" }
        throw StakeMapError(.invalidInput, [Diagnostic(.error, at: SourceLocation(file: path, line: Int(entry.line), column: Int(entry.column)),
                                                       "duplicate key \(names.sorted().map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                                                       hint: "each key may appear once; merge the two values")])
    }

    /// The tag a node resolves to (Yams' basic resolver: `str`, `seq` or `map` unless explicit).
    private func resolvedTag(_ index: Int32) -> String {
        if let tag = tags[index] { return tag }
        switch tree.entries[Int(index)].kind {
        case .scalar: return "tag:yaml.org,2002:str"
        case .sequence: return "tag:yaml.org,2002:seq"
        case .mapping: return "tag:yaml.org,2002:map"
        }
    }

    private func sameKey(_ lhs: Int32, _ rhs: Int32) -> Bool {
        let (a, b) = (tree.entries[Int(lhs)], tree.entries[Int(rhs)])
        if a.kind == .scalar && b.kind == .scalar {
            return tree.texts[Int(a.start)] == tree.texts[Int(b.start)] && resolvedTag(lhs) == resolvedTag(rhs)
        }
        return identity(lhs) == identity(rhs)
    }

    /// A text equal for equal nodes (kind, tag, text or children, recursively).
    private func identity(_ index: Int32) -> String {
        let entry = tree.entries[Int(index)]
        let tag = resolvedTag(index)
        switch entry.kind {
        case .scalar: return "s\(tag.utf8.count):\(tag)\(tree.texts[Int(entry.start)])"
        case .sequence, .mapping:
            let parts = tree.childIndices(index).map { identity($0) }
            return "\(entry.kind == .sequence ? "q" : "m")\(tag.utf8.count):\(tag)\(parts.count)[" + parts.map { "\($0.utf8.count):\($0)" }.joined() + "]"
        }
    }

    /// Yams' node order: scalars by text, collections of one kind by their children, else unordered.
    private func precedes(_ lhs: Int32, _ rhs: Int32) -> Bool {
        let (a, b) = (tree.entries[Int(lhs)], tree.entries[Int(rhs)])
        switch (a.kind, b.kind) {
        case (.scalar, .scalar): return tree.texts[Int(a.start)] < tree.texts[Int(b.start)]
        case (.sequence, .sequence), (.mapping, .mapping):
            for (x, y) in zip(tree.childIndices(lhs), tree.childIndices(rhs)) {
                if precedes(x, y) { return true }
                if precedes(y, x) { return false }
            }
            return a.count < b.count
        default: return false
        }
    }
}
