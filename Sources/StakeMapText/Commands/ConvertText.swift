import StakeMap
import StakeMapFormats

/// The lines of `convert` in a language: the warning that names what a format cannot hold.
public enum ConvertText {
    /// The line of `FormatCapabilities.lossWarning(for:in:)` in `words`' language (in English,
    /// the same as the warning's `description`).
    public static func lossLine(_ loss: FormatLoss, words: Words) -> String {
        let warning = lossWarning(loss, words: words)
        return words(.warningPrefix) + warning.message + (warning.hint.map { words(CommandMessage.clauseSeparator) + $0 } ?? "")
    }

    /// The warning of `FormatCapabilities.lossWarning(for:in:file:)` with its message and hint
    /// in `words`' language.
    public static func lossWarning(_ loss: FormatLoss, words: Words, file: String? = nil) -> Diagnostic {
        var names = loss.fields.map { field(of: $0.field, words: words) }
        if let events = loss.events { names.append(words(CommandMessage.convertEvents, ["number": .number(events)])) }
        let notes = loss.fields.compactMap { entry in
            entry.fallback.map { fallback in
                words(CommandMessage.convertKept, ["field": .worded(field(of: entry.field, words: words)),
                                                   "kept": .worded(words(CommandMessage.convertFallback(fallback)))])
            }
        }
        let tail = notes.isEmpty ? "" : " (" + notes.joined(separator: words(CommandMessage.clauseSeparator)) + ")"
        let message = words(CommandMessage.convertCannotHold, ["format": .name(loss.format.displayName),
                                                               "fields": .worded(names.joined(separator: words.catalog.comma)),
                                                               "notes": .worded(tail)])
        return Diagnostic(.warning, at: file.map { SourceLocation(file: $0, line: 1, column: 1) }, message,
                          hint: words(CommandMessage.convertKeepEverything))
    }

    /// The warning of `RestatedTies` (ties a foreign file states twice, made one tie each in a
    /// native file) in `words`' language: in English, the warning's `description`. The ties
    /// and values stay as the file writes them, isolated in Arabic.
    public static func restatedLine(_ restated: RestatedTies, words: Words) -> String {
        let message: String
        if restated.dropped.isEmpty {
            message = words(CommandMessage.convertRestatedSensitivities, ["count": .number(restated.sensitivities)])
        } else {
            let (drops, more) = restated.shownDrops
            let named = drops.map { drop in
                words(CommandMessage.convertRestatedDrop, ["tie": ResolutionText.id(drop.tie, words),
                                                           "value": ResolutionText.id(drop.value, words),
                                                           "kept": ResolutionText.id(drop.kept, words)])
            }
            let list = named.joined(separator: words.catalog.comma) + (more ? words.catalog.comma + "…" : "")
            message = words(CommandMessage.convertRestatedDropped, ["count": .number(restated.dropped.count), "drops": .worded(list)])
        }
        var hint = words(CommandMessage.convertRestatedOneTie)
        if restated.weakerDropped > 0 { hint += words(CommandMessage.convertRestatedExcept, ["count": .number(restated.weakerDropped)]) }
        if restated.sensitivities > 0 {
            hint += words(CommandMessage.clauseSeparator) + words(CommandMessage.convertRestatedStricter, ["count": .number(restated.sensitivities)])
        }
        return words(.warningPrefix) + message + words(CommandMessage.clauseSeparator) + hint
    }

    /// A lost field's name with where it is ("actor.place", «المكان في الجهات»).
    private static func field(of field: ModelField, words: Words) -> String {
        let name = field.scope == .network ? words(CommandMessage.networkFieldName(field.name)) : words(CommandMessage.fieldName(field.name))
        return words(CommandMessage.convertField(field.scope), ["field": .worded(name)])
    }
}
