import StakeMap

/// The result of importing a contacts sheet into a network: the entries to add and what became
/// of every row.
public struct ContactImport: Sendable {
    /// How rows are merged and protected.
    public struct Options: Sendable {
        /// Merge rows whose match is uncertain with their best candidate (default: list and skip them).
        public var mergeUncertain = false
        /// Where the sheet and the record disagree, list the sheet's value as taken (default: keep the record).
        public var preferSheet = false
        /// The kind of a row without a Type column.
        public var defaultKind: ActorKind = .person
        /// The sensitivity of an actor that carries contact details (email, phone).
        public var contactSensitivity: Sensitivity = .restricted

        /// Creates options.
        public init(mergeUncertain: Bool = false, preferSheet: Bool = false, defaultKind: ActorKind = .person,
                    contactSensitivity: Sensitivity = .restricted) {
            self.mergeUncertain = mergeUncertain
            self.preferSheet = preferSheet
            self.defaultKind = defaultKind
            self.contactSensitivity = contactSensitivity
        }
    }

    /// What a merged row added to an actor.
    public enum Addition: Sendable, Hashable, CustomStringConvertible {
        /// A name in a language (`""`: a name without a language).
        case name(language: String)
        /// A custom field (its key).
        case field(String)
        /// Tags.
        case tags
        /// The sheet's value of a field in conflict (`--prefer sheet`).
        case fromSheet(field: String)
        /// The sensitivity that contact details call for.
        case sensitivity(Sensitivity)

        /// In English, as the import lists it: `name (ar)`, `tags`, `country from the sheet`.
        public var description: String {
            switch self {
            case let .name(language): "name (\(language.isEmpty ? "plain" : language))"
            case let .field(key): key
            case .tags: "tags"
            case let .fromSheet(field): "\(field) from the sheet"
            case let .sensitivity(level): "sensitivity \(level.rawValue)"
            }
        }
    }

    /// A row that matched an actor the network already has.
    public struct Merge: Sendable, Hashable {
        /// The row's line.
        public var line: Int
        /// The actor.
        public var id: String
        /// What the row added (names, fields, tags), or nothing.
        public var added: [Addition]
    }

    /// A row that names an actor only possibly in the network.
    public struct Uncertain: Sendable, Hashable {
        /// The row's line.
        public var line: Int
        /// The row's name.
        public var name: String
        /// The possible actors.
        public var candidates: [String]
    }

    /// A value the sheet and the record disagree on.
    public struct Conflict: Sendable, Hashable {
        /// The row's line.
        public var line: Int
        /// The actor.
        public var id: String
        /// The field (`title`, `country`, `kind`, a custom field).
        public var field: String
        /// The record's value.
        public var record: String
        /// The sheet's value.
        public var sheet: String
        /// Whether the sheet's value was taken (`--prefer sheet`, where it could be written).
        public var tookSheet: Bool
    }

    /// Why a row, or a value of it, was left out.
    public enum SkipReason: Sendable, Hashable, CustomStringConvertible {
        /// The row has no name.
        case noName
        /// The country is neither a known name nor an ISO code (the value as written).
        case unknownCountry(String)

        /// In English, as the import lists it.
        public var description: String {
            switch self {
            case .noName: "no name"
            case let .unknownCountry(text): "country '\(text)' is not a known name or ISO code; left out"
            }
        }
    }

    /// A row left out (or a value of it), and why.
    public struct Skip: Sendable, Hashable {
        /// The row's line.
        public var line: Int
        /// Why.
        public var reason: SkipReason
    }

    /// Each column and where it went.
    public var mapping: [(header: String, column: ContactColumn)] = []
    /// The entries to add.
    public var change = NetworkFileEditor.Change()
    /// The actors added (ids, in order).
    public var added: [String] = []
    /// The rows merged into existing actors.
    public var merged: [Merge] = []
    /// The rows left for the user to decide.
    public var uncertain: [Uncertain] = []
    /// The disagreements between the sheet and the records.
    public var conflicts: [Conflict] = []
    /// The rows skipped.
    public var skipped: [Skip] = []
    /// Values not understood (a country name not known), each with its row.
    public var warnings: [Skip] = []
    /// How many actors were given the contact sensitivity because they carry contact details.
    public var protectedContacts = 0
    /// The sensitivity those actors were given (`Options.contactSensitivity`).
    public var protectedSensitivity: Sensitivity = .restricted
}
