// Shared by the GraphML and CSV readers: errors and summarised warnings of one import.

/// Collects the errors of an import (every one, up to a cap) and the facts behind its warnings.
struct ForeignReport {
    /// The most errors kept; past it, one line says how many more there were.
    let maxErrors: Int
    private(set) var errors: [Diagnostic] = []
    private(set) var suppressedErrors = 0
    /// Whether a safety limit was hit (the error code is then `.limitExceeded`).
    private(set) var limitExceeded = false
    /// Other warnings, as they occur.
    private(set) var warnings: [Diagnostic] = []

    /// Unknown actor kinds, by text: count and first place.
    var unknownActorKinds = Tally()
    /// Unknown tie kinds, by text: count and first place.
    var unknownTieKinds = Tally()
    /// Attributes or columns the model has no field for, by name.
    var ignoredAttributes = Tally()
    /// Country values that are not ISO 3166-1 alpha-2 codes.
    var badCountries = Tally()
    /// Gender values that are not woman, man or other (or a common synonym).
    var unknownGenders = Tally()
    /// Weights of zero or less, which cannot be path lengths and are not kept.
    var nonPositiveWeights = 0
    var firstNonPositiveWeight: SourceLocation?

    init(maxErrors: Int) { self.maxErrors = max(1, maxErrors) }

    /// Whether the error cap has been reached (a reader may stop early).
    var isFull: Bool { errors.count >= maxErrors }

    /// Records an error.
    mutating func error(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        if errors.count < maxErrors {
            errors.append(Diagnostic(.error, at: location, message, hint: hint))
        } else {
            suppressedErrors += 1
        }
    }

    /// Records that a safety limit was hit.
    mutating func limit(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        limitExceeded = true
        error(message, at: location, hint: hint)
    }

    /// Records a warning.
    mutating func warn(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        warnings.append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    /// Records a weight, noting one that is zero or negative (it is not kept).
    mutating func noteWeight(_ weight: Double, at location: SourceLocation) {
        if weight <= 0 {
            nonPositiveWeights += 1
            if firstNonPositiveWeight == nil { firstNonPositiveWeight = location }
        }
    }

    /// The error to throw, or nil when there were no errors.
    var failure: StakeMapError? {
        guard !errors.isEmpty else { return nil }
        // In input order: by file (in the order first seen), then line and column; stable otherwise.
        var fileRank: [String: Int] = [:]
        for error in errors { if let file = error.location?.file, fileRank[file] == nil { fileRank[file] = fileRank.count } }
        var all = errors.enumerated().sorted { lhs, rhs in
            func key(_ item: (offset: Int, element: Diagnostic)) -> (Int, Int, Int, Int) {
                guard let location = item.element.location else { return (Int.max, 0, 0, item.offset) }
                return (fileRank[location.file] ?? 0, location.line, location.column, item.offset)
            }
            return key(lhs) < key(rhs)
        }.map(\.element)
        if suppressedErrors > 0 {
            all.append(Diagnostic(.error, at: nil, "\(suppressedErrors) more errors not shown",
                                  hint: "fix the ones above and read the file again"))
        }
        return StakeMapError(limitExceeded ? .limitExceeded : .invalidInput, all)
    }
}

/// Counts of distinct values in first-seen order, each with the place it was first seen.
struct Tally {
    private(set) var order: [String] = []
    private var entries: [String: (count: Int, first: SourceLocation)] = [:]

    /// Counts one occurrence of `value`.
    mutating func add(_ value: String, at location: SourceLocation) {
        if let entry = entries[value] {
            entries[value] = (entry.count + 1, entry.first)
        } else {
            entries[value] = (1, location)
            order.append(value)
        }
    }

    /// Whether nothing was counted.
    var isEmpty: Bool { order.isEmpty }

    /// Where the first counted value was seen.
    var firstLocation: SourceLocation? { order.first.flatMap { entries[$0]?.first } }

    /// `'a' (3), 'b' (1)` — at most `limit` values, then `and N more`.
    func summary(limit: Int = 10, counts: Bool = true) -> String {
        var parts = order.prefix(limit).map { value -> String in
            let count = entries[value]?.count ?? 0
            return counts ? "'\(value)' (\(count))" : "'\(value)'"
        }
        if order.count > limit { parts.append("and \(order.count - limit) more") }
        return parts.joined(separator: ", ")
    }
}
