import Foundation

/// Reads a Kumu blueprint (`{"elements": […], "connections": […]}`) into a network.
///
/// Elements become actors: `label` is the name, `type` (or `element type`) the kind,
/// `description` the note, `tags` the tags, `ID` the id (else the label, slugged), and StakeMap's
/// own custom fields (`name_ar`, `influence`, `sources`, …) are read back. Connections become
/// ties: `from`/`to` name an element by ID, by Kumu's `_id` or by its label; `type` is the kind.
/// Kumu project exports (fields under `attributes`) are read too. The file is bounded in size;
/// errors name the line and column of the element or connection.
public struct KumuJSONReader: Sendable {
    /// The largest file read, in bytes.
    public var maxFileBytes: Int
    /// The most errors reported.
    public var maxErrors: Int

    /// Creates a reader.
    public init(maxFileBytes: Int = 256 << 20, maxErrors: Int = 100) {
        self.maxFileBytes = maxFileBytes
        self.maxErrors = maxErrors
    }

    /// Reads the blueprint at `path`.
    /// - Throws: `StakeMapError` `.unreadable`, `.invalidInput` (every located problem) or `.limitExceeded`.
    public func read(path: String) throws(StakeMapError) -> LoadedGraph {
        try ForeignFile.checkReadable(path, maxBytes: maxFileBytes)
        let data: Data
        do {
            data = try FileContents.read(path)
        } catch {
            throw StakeMapError(.unreadable, "cannot read '\(path)': \(error.localizedDescription)")
        }
        return try read(data: data, file: path)
    }

    /// Reads a blueprint from memory; `file` names it in diagnostics.
    /// - Throws: `StakeMapError` `.invalidInput` (every located problem) or `.limitExceeded`.
    public func read(data: Data, file: String) throws(StakeMapError) -> LoadedGraph {
        guard data.count <= maxFileBytes else {
            throw StakeMapError(.limitExceeded, "'\(file)' is larger than \(maxFileBytes) bytes")
        }
        let positions = JSONPositions([UInt8](data), file: file)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw StakeMapError(.invalidInput, "not valid JSON", hint: "check the text near here",
                                at: positions.location(at: Self.errorOffset(error)))
        }
        guard let object = root as? [String: Any], object["elements"] != nil || object["connections"] != nil else {
            throw StakeMapError(.invalidInput, "not a Kumu blueprint: expected an object with 'elements' and 'connections'",
                                at: positions.location(at: 0))
        }
        var builder = ForeignGraphBuilder(maxErrors: maxErrors)
        for duplicate in JSONDuplicateKeys.find(in: [UInt8](data)) {
            builder.report.error("'\(duplicate.key)' is given twice in one object", at: positions.location(at: duplicate.second),
                                 hint: "first given at \(positions.location(at: duplicate.first)); keep one")
        }
        if let failure = builder.report.failure { throw failure }
        var reader = KumuBlueprint(positions: positions)
        reader.readElements(object["elements"], into: &builder)
        reader.readConnections(object["connections"], into: &builder)
        return try builder.build()
    }

    /// Where Foundation's parser stopped: its error index, or the "around character N" of its message.
    private static func errorOffset(_ error: any Error) -> Int {
        let info = (error as NSError).userInfo
        if let index = info["NSJSONSerializationErrorIndex"] as? Int { return index }
        guard let text = info[NSDebugDescriptionErrorKey] as? String,
              let range = text.range(of: #"character [0-9]+"#, options: .regularExpression) else { return 0 }
        return Int(text[range].dropFirst("character ".count)) ?? 0
    }
}
