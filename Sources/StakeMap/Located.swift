/// A value read from a file, with where it was found (for later cross-file diagnostics).
struct Located<Value> {
    var value: Value
    /// The position of the item as a whole.
    var location: SourceLocation
    /// The position of each key that a later diagnostic may point at (same file as `location`).
    var keyLocations: KeyLocations

    func location(of key: String) -> SourceLocation {
        keyLocations.position(of: key).map { SourceLocation(file: location.file, line: Int($0.line), column: Int($0.column)) } ?? location
    }
}

/// The positions of an item's keys, kept without a heap allocation for the usual one or two
/// (a 250,000-actor file has 750,000 items; a dictionary each was a third of the peak memory).
/// Keys are the field names, or `field.N` for the N-th item of a list field.
struct KeyLocations {
    /// A 1-based line and column.
    struct Position: Equatable {
        var line: Int32
        var column: Int32
    }

    /// One key and its position; an empty key marks an unused slot.
    private struct Slot {
        var key: String
        var position: Position

        static let unused = Slot(key: "", position: Position(line: 0, column: 0))
    }

    private var first = Slot.unused
    private var second = Slot.unused
    private var more: [Slot] = []

    /// No key recorded.
    init() {}

    /// Where `key` is, if it was recorded.
    func position(of key: String) -> Position? {
        guard !key.isEmpty else { return nil }
        if first.key == key { return first.position }
        if second.key == key { return second.position }
        return more.first { $0.key == key }?.position
    }

    /// Whether `key` was recorded.
    func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// Forgets `key`.
    mutating func remove(_ key: String) {
        guard !key.isEmpty else { return }
        if first.key == key { first = .unused }
        if second.key == key { second = .unused }
        more.removeAll { $0.key == key }
    }

    /// Records `key` at `location` (a place in the item's own file).
    mutating func set(_ key: String, _ location: SourceLocation) {
        set(key, Position(line: Int32(clamping: location.line), column: Int32(clamping: location.column)))
    }

    /// Records `key` at `position`, replacing an earlier record of it.
    mutating func set(_ key: String, _ position: Position) {
        guard !key.isEmpty else { return }
        if first.key == key {
            first.position = position
        } else if second.key == key {
            second.position = position
        } else if let index = more.firstIndex(where: { $0.key == key }) {
            more[index].position = position
        } else if first.key.isEmpty {
            first = Slot(key: key, position: position)
        } else if second.key.isEmpty {
            second = Slot(key: key, position: position)
        } else {
            more.append(Slot(key: key, position: position))
        }
    }
}
