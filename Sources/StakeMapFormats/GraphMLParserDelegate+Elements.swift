import Foundation

extension GraphMLParserDelegate {
    /// Interprets a start tag; returns what to push on the stack.
    func open(_ name: String, attributes: XMLAttributes, parser: XMLStreamParser) -> Element {
        if dataKey != nil || pendingKey != nil {
            // Inside <data> or <key>: nested content (yEd's graphics) is not GraphML structure.
            if name == "default", pendingKey != nil, stack.last?.element == .key {
                beginCapture()
                return .keyDefault
            }
            if node != nil, dataKey?.isGraphics == true, node?.graphicsLabel == nil, name.hasSuffix("NodeLabel") {
                beginCapture()
            }
            return .other
        }
        if stack.isEmpty {
            sawRoot = true
            guard name == "graphml" || name.hasSuffix(":graphml") else {
                builder.report.error("not a GraphML file: the root element is <\(name)>, not <graphml>", at: location(parser))
                stop(parser)
                return .other
            }
            return .graphml
        }
        switch name {
        case "key": return openKey(attributes, parser: parser)
        case "graph":
            // A nested graph (a yEd group): its node's own data came before it, so the node is complete.
            finishNode()
            directedGraphs.append(attributes["edgedefault"]?.lowercased() == "directed")
            return .graph
        case "node": return openNode(attributes, parser: parser)
        case "edge": return openEdge(attributes, parser: parser)
        case "data": return openData(attributes, parser: parser)
        case "hyperedge":
            hyperedges += 1
            if hyperedgeLocation == nil { hyperedgeLocation = location(parser) }
            return .other
        default: return .other
        }
    }

    /// Interprets an end tag of an element that was pushed as `element`.
    func close(_ element: Element, parser: XMLStreamParser) {
        switch element {
        case .key:
            if let key = pendingKey { register(key) }
            pendingKey = nil
        case .keyDefault:
            pendingKey?.defaultValue = text
        case .graph:
            _ = directedGraphs.popLast()
        case .node:
            finishNode()
        case .edge:
            guard var finished = edge else { return }
            for key in edgeDefaults where !keysGiven.contains(key.id) {
                if let field = key.edgeField, let value = key.defaultValue {
                    builder.set(field, value, on: &finished, at: finished.location)
                }
            }
            builder.add(finished)
            edge = nil
        case .data:
            closeData()
        case .other:
            if captureDepth == stack.count + 1, dataKey?.isGraphics == true, node != nil {
                node?.graphicsLabel = ForeignValue.text(text)
            }
        case .graphml:
            break
        }
    }

    private func finishNode() {
        guard var finished = node else { return }
        for key in nodeDefaults where !keysGiven.contains(key.id) {
            if let field = key.nodeField, let value = key.defaultValue {
                builder.set(field, value, on: &finished, at: finished.location)
            }
        }
        builder.add(finished)
        node = nil
    }

    private func beginCapture() {
        captureDepth = stack.count + 1
        text = ""
    }

    private func openKey(_ attributes: XMLAttributes, parser: XMLStreamParser) -> Element {
        let here = location(parser)
        guard let id = attributes["id"], !id.isEmpty else {
            builder.report.error("<key> without an id", at: here)
            return .other
        }
        pendingKey = GraphMLKey(id: id, attributes: attributes, location: here)
        return .key
    }

    private func register(_ key: GraphMLKey) {
        if let first = keys[key.id] {
            builder.report.error("duplicate key id '\(key.id)'", at: key.location, hint: "first declared at \(first.location)")
            return
        }
        for domain in [GraphMLKey.Domain.node, .edge, .graph] where key.domain.includes(domain) && !key.isGraphics && !key.name.isEmpty {
            let name = "\(domain.rawValue):\(key.name.lowercased())"
            if let first = keyNames[name] {
                builder.report.error("two keys for \(domain.rawValue)s are named '\(key.name)'", at: key.location,
                                     hint: "the first is '\(first.id)', declared at \(first.location); a value could be read from either")
                return
            }
            keyNames[name] = key
        }
        keys[key.id] = key
        if key.isIgnored { builder.report.ignoredAttributes.add(key.name, at: key.location) }
        if key.defaultValue != nil {
            if key.domain.includes(.node) && key.nodeField != nil { nodeDefaults.append(key) }
            if key.domain.includes(.edge) && key.edgeField != nil { edgeDefaults.append(key) }
        }
    }

    private func openNode(_ attributes: XMLAttributes, parser: XMLStreamParser) -> Element {
        finishNode()  // a <node> directly inside another (not valid GraphML): keep the outer one
        keysGiven.removeAll(keepingCapacity: true)
        guard let id = attributes["id"], !id.isEmpty else {
            builder.report.error("<node> without an id", at: location(parser), hint: "every GraphML node needs id=\"…\"")
            return .other
        }
        node = ForeignNode(originalID: id, location: location(parser))
        return .node
    }

    private func openEdge(_ attributes: XMLAttributes, parser: XMLStreamParser) -> Element {
        keysGiven.removeAll(keepingCapacity: true)
        let here = location(parser)
        let source = attributes["source"] ?? ""
        let target = attributes["target"] ?? ""
        if source.isEmpty || target.isEmpty {
            let missing = [source.isEmpty ? "source" : nil, target.isEmpty ? "target" : nil].compactMap { $0 }
            builder.report.error("<edge> without \(missing.joined(separator: " and "))", at: here,
                                 hint: "write <edge source=\"…\" target=\"…\">")
            return .other
        }
        var directed = directedGraphs.last ?? false
        if let value = attributes["directed"] {
            if let flag = ForeignValue.direction(value) {
                directed = flag
            } else {
                builder.report.error("directed=\"\(value)\" is not true or false", at: here)
            }
        }
        edge = ForeignEdge(source: source, target: target, location: here, directed: directed)
        return .edge
    }

    private func openData(_ attributes: XMLAttributes, parser: XMLStreamParser) -> Element {
        let here = location(parser)
        // Content of a <data> that cannot be read is skipped like presentation data.
        let key: GraphMLKey
        if let id = attributes["key"], let declared = keys[id] {
            key = declared
        } else {
            key = GraphMLKey(id: attributes["key"] ?? "", attributes: ["yfiles.type": ""], location: here)
            if let id = attributes["key"] {
                builder.report.error("<data> refers to an undeclared key '\(id)'", at: here,
                                     hint: Suggestion.hint(for: id, in: keys.keys) ?? "declare it with <key id=\"\(id)\" …> before the graph")
            } else {
                builder.report.error("<data> without a key", at: here)
            }
        }
        dataKey = key
        dataLocation = here
        beginCapture()
        return .data
    }

    private func closeData() {
        defer {
            dataKey = nil
            dataLocation = nil
        }
        guard let key = dataKey, let here = dataLocation, !key.isGraphics else { return }
        let owner = stack.last?.element
        if (owner == .node && node != nil) || (owner == .edge && edge != nil), keysGiven.contains(key.id) {
            builder.report.error("two <data> for the key '\(key.name)' on one \(owner == .node ? "node" : "edge")", at: here,
                                 hint: "keep one")
            return
        }
        // `take()` leaves the record uniquely held, so setting a field does not copy its dictionaries.
        if owner == .node, var current = node.take() {
            keysGiven.append(key.id)
            if let field = key.nodeField { builder.set(field, text, on: &current, at: here) }
            node = current
        } else if owner == .edge, var current = edge.take() {
            keysGiven.append(key.id)
            if let field = key.edgeField { builder.set(field, text, on: &current, at: here) }
            edge = current
        } else if owner == .graph, let field = key.graphField, let value = ForeignValue.text(text) {
            GraphMLGraphData.set(field, value, on: &builder, at: here)
        }
    }
}
