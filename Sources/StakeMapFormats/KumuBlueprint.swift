import Foundation

/// The elements and connections of a parsed Kumu blueprint, fed to a `ForeignGraphBuilder`.
struct KumuBlueprint {
    let positions: JSONPositions
    /// Element ids by Kumu's internal `_id`, and by label (labels used by one element only).
    private var kumuIDs: [String: String] = [:]
    private var labelIDs: [String: String] = [:]
    private var ambiguousLabels: Set<String> = []

    init(positions: JSONPositions) { self.positions = positions }

    mutating func readElements(_ value: Any?, into builder: inout ForeignGraphBuilder) {
        for (index, item) in items(value, key: "elements", into: &builder) {
            let here = positions.location(of: "elements", item: index)
            let fields = self.fields(of: item)
            let label = fields["label"] ?? fields["Label"]
            guard var id = fields["ID"] ?? fields["id"] ?? fields["Id"] ?? label, !id.isEmpty else {
                builder.report.error("the element has neither an ID nor a label", at: here)
                continue
            }
            if id == label, builder.hasNode(id), let kumuID = fields["_id"], kumuIDs[kumuID] == nil {
                id = distinctID(for: id, builder)  // Kumu keeps elements of one label apart by their `_id`
            }
            var node = ForeignNode(originalID: id, location: here)
            for (key, text) in fields.sorted(by: { $0.key < $1.key }) {
                guard let field = ForeignNodeField(attribute: key) else {
                    if !key.hasPrefix("_") { builder.report.ignoredAttributes.add(key, at: here) }
                    continue
                }
                if field == .id { continue }
                builder.set(field, text, on: &node, at: here)
            }
            if let kumuID = fields["_id"] { kumuIDs[kumuID] = id }
            if let label, labelIDs.updateValue(id, forKey: label) != nil { ambiguousLabels.insert(label) }
            builder.add(node)
        }
    }

    mutating func readConnections(_ value: Any?, into builder: inout ForeignGraphBuilder) {
        for (index, item) in items(value, key: "connections", into: &builder) {
            let here = positions.location(of: "connections", item: index)
            let fields = self.fields(of: item)
            guard let from = fields["from"] ?? fields["From"], let to = fields["to"] ?? fields["To"] else {
                builder.report.error("the connection has no 'from' or 'to'", at: here)
                continue
            }
            var edge = ForeignEdge(source: resolve(from, builder), target: resolve(to, builder), location: here, directed: false)
            for (key, text) in fields.sorted(by: { $0.key < $1.key }) {
                guard let field = ForeignEdgeField(attribute: key) else {
                    if !key.hasPrefix("_") { builder.report.ignoredAttributes.add(key, at: here) }
                    continue
                }
                if [.source, .target, .id].contains(field) { continue }
                builder.set(field, text, on: &edge, at: here)
            }
            builder.add(edge)
        }
    }

    /// An unused id for a second element with the label `label`: its slug with `-2`, `-3`, … appended.
    private func distinctID(for label: String, _ builder: ForeignGraphBuilder) -> String {
        let base = ForeignIDs.slug(of: label)
        var suffix = 2
        while builder.hasNode("\(base)-\(suffix)") { suffix += 1 }
        return "\(base)-\(suffix)"
    }

    /// The element a connection end names: by ID, then Kumu's `_id`, then a label used once.
    private func resolve(_ reference: String, _ builder: ForeignGraphBuilder) -> String {
        if builder.hasNode(reference) { return reference }
        if let id = kumuIDs[reference] { return id }
        if !ambiguousLabels.contains(reference), let id = labelIDs[reference] { return id }
        return reference  // reported as "not a node" when the graph is built
    }

    private func items(_ value: Any?, key: String, into builder: inout ForeignGraphBuilder) -> [(Int, [String: Any])] {
        guard let value else { return [] }
        guard let array = value as? [Any] else {
            builder.report.error("'\(key)' is not a list", at: positions.location(at: 0))
            return []
        }
        var result: [(Int, [String: Any])] = []
        for (index, item) in array.enumerated() {
            if let object = item as? [String: Any] {
                result.append((index, object))
            } else {
                builder.report.error("\(key) item \(index + 1) is not an object", at: positions.location(of: key, item: index))
            }
        }
        return result
    }

    /// The fields of an element or connection as text; Kumu export's `attributes` are merged in.
    private func fields(of object: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        var all = object
        if let attributes = object["attributes"] as? [String: Any] {
            all.removeValue(forKey: "attributes")
            all.merge(attributes) { outer, _ in outer }
        }
        for (key, value) in all {
            switch value {
            case let text as String: result[key] = text
            case let list as [Any]: result[key] = FormatListText.join(list.map { "\($0)" })
            case let number as NSNumber: result[key] = number.stringValue
            default: break
            }
        }
        return result
    }
}
