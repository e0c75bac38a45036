/// What each column of a nodes or edges CSV file feeds, decided once from its header.
struct CSVGraphColumns {
    /// Whether the file holds nodes or edges.
    let role: CSVGraphFiles.Role
    private let names: [String]
    private let nodeFields: [ForeignNodeField?]
    private let edgeFields: [ForeignEdgeField?]
    private let idColumn: Int
    private let sourceColumn: Int
    private let targetColumn: Int

    /// Reads the header; throws when it has neither `id` nor `source`+`target`, or not the one `expected`.
    init(header: CSVGraphTable.Row, file: String, expecting expected: CSVGraphFiles.Role?) throws(StakeMapError) {
        // A byte-order mark (Excel's "CSV UTF-8") is not part of the first column's name.
        names = header.fields.enumerated().map { String(($0.offset == 0 && $0.element.hasPrefix("\u{FEFF}") ? String($0.element.dropFirst()) : $0.element).foreignTrimmed) }
        nodeFields = names.map(ForeignNodeField.init(attribute:))
        edgeFields = names.map(ForeignEdgeField.init(attribute:))
        // A Kumu elements sheet without an `ID` column: the label is the id.
        let labelColumn = CSVGraphFiles.isKumuElements(file) && expected == .nodes ? nodeFields.firstIndex(of: .name) : nil
        idColumn = nodeFields.firstIndex(of: .id) ?? labelColumn ?? -1
        sourceColumn = edgeFields.firstIndex(of: .source) ?? -1
        targetColumn = edgeFields.firstIndex(of: .target) ?? -1
        let isEdges = sourceColumn >= 0 && targetColumn >= 0
        let here = SourceLocation(file: file, line: header.line, column: 1)
        if names.contains(where: { $0.utf8.contains(0) }) {
            throw StakeMapError(.invalidInput, "the file is binary or UTF-16 encoded, not CSV text", hint: "save it as CSV UTF-8", at: here)
        }
        let shown = names.prefix(12).joined(separator: ",")
        switch expected {
        case .nodes where idColumn < 0:
            throw StakeMapError(.invalidInput, "the nodes file has no 'id' column (header: \(shown))",
                                hint: isEdges ? "this looks like an edges file" : "name the node id column 'id' (or Gephi's 'Id')", at: here)
        case .edges where !isEdges:
            throw StakeMapError(.invalidInput, "the edges file needs 'source' and 'target' columns (header: \(shown))",
                                hint: "'from' and 'to' are accepted too", at: here)
        case nil where !isEdges && idColumn < 0:
            throw StakeMapError(.invalidInput, "not a nodes or edges CSV file: the header has no 'id' or 'source'/'target' column (header: \(shown))",
                                hint: "a nodes file starts id,label,…; an edges file source,target,weight,…", at: here)
        default:
            break
        }
        role = expected ?? (isEdges ? .edges : .nodes)
    }

    /// Counts the columns the model has no field for.
    func reportIgnored(into report: inout ForeignReport, file: String, line: Int) {
        for (index, name) in names.enumerated() where !name.isEmpty {
            let used = role == .nodes ? nodeFields[index] != nil : edgeFields[index] != nil
            if !used { report.ignoredAttributes.add(name, at: SourceLocation(file: file, line: line, column: index + 1)) }
        }
    }

    /// Reads one row as a node or an edge.
    func read(_ row: CSVGraphTable.Row, from table: CSVGraphTable, into builder: inout ForeignGraphBuilder) {
        checkWidth(row, table: table, report: &builder.report)
        switch role {
        case .nodes: readNode(row, table: table, into: &builder)
        case .edges: readEdge(row, table: table, into: &builder)
        }
    }

    private func checkWidth(_ row: CSVGraphTable.Row, table: CSVGraphTable, report: inout ForeignReport) {
        guard row.fields.count > names.count,
              let extra = row.fields.indices.dropFirst(names.count).first(where: { !row.fields[$0].isEmpty }) else { return }
        report.error("the row has \(row.fields.count) fields but the header has \(names.count)",
                     at: table.location(line: row.line, field: extra),
                     hint: "quote fields that contain commas: \"Tripoli, Libya\"")
    }

    private func field(_ index: Int, of row: CSVGraphTable.Row) -> String {
        index >= 0 && index < row.fields.count ? String(row.fields[index].foreignTrimmed) : ""
    }

    private func readNode(_ row: CSVGraphTable.Row, table: CSVGraphTable, into builder: inout ForeignGraphBuilder) {
        let id = field(idColumn, of: row)
        guard !id.isEmpty else {
            return builder.report.error("the row has no id", at: table.location(line: row.line, field: idColumn))
        }
        var node = ForeignNode(originalID: id, location: table.location(line: row.line, field: idColumn))
        for (index, value) in row.fields.prefix(names.count).enumerated() where !value.isEmpty {
            if let field = nodeFields[index], field != .id {
                builder.set(field, value, on: &node, at: table.location(line: row.line, field: index))
            }
        }
        builder.add(node)
    }

    private func readEdge(_ row: CSVGraphTable.Row, table: CSVGraphTable, into builder: inout ForeignGraphBuilder) {
        let source = field(sourceColumn, of: row)
        let target = field(targetColumn, of: row)
        for (value, column, role) in [(source, sourceColumn, "source"), (target, targetColumn, "target")] where value.isEmpty {
            builder.report.error("the row has no \(role)", at: table.location(line: row.line, field: column))
        }
        guard !source.isEmpty, !target.isEmpty else { return }
        var edge = ForeignEdge(source: source, target: target, location: table.location(line: row.line, field: sourceColumn),
                               directed: false)
        for (index, value) in row.fields.prefix(names.count).enumerated() where !value.isEmpty {
            if let field = edgeFields[index], field != .source, field != .target {
                builder.set(field, value, on: &edge, at: table.location(line: row.line, field: index))
            }
        }
        builder.add(edge)
    }
}
