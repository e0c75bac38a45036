/// Reads the `<data>` of a `<graph>` into the network's title, description, date and carried records.
enum GraphMLGraphData {
    /// Sets one graph-level field from its text; bad values are reported at `location`.
    static func set(_ field: GraphMLKey.GraphField, _ value: String, on builder: inout ForeignGraphBuilder,
                    at location: SourceLocation) {
        switch field {
        case .title: builder.title = builder.title?.isPlain == false ? builder.title : LocalizedText(value)
        case .description: builder.description = builder.description?.isPlain == false ? builder.description : LocalizedText(value)
        case .titleIn(let language): builder.title = localized(builder.title, language, value)
        case .descriptionIn(let language): builder.description = localized(builder.description, language, value)
        case .asOf:
            guard let date = PartialDate(parsing: value) else {
                return builder.report.error("as_of '\(value)' is not a date", at: location, hint: "use 2018, 2018-09 or 2018-09-15")
            }
            builder.asOf = date
        case .sourceRecords:
            do {
                builder.sourceRecords = try ModelJSON.decode([Source].self, from: value)
            } catch {
                builder.report.error("the source records are not valid: \(error.message)", at: location)
            }
        case .events:
            do {
                builder.events = try ModelJSON.decode([Event].self, from: value)
                builder.eventsLocation = location
            } catch {
                builder.report.error("the events are not valid: \(error.message)", at: location)
            }
        }
    }

    /// `text` with the translation for `language` added; a plain (language-less) text is replaced.
    private static func localized(_ text: LocalizedText?, _ language: String, _ value: String) -> LocalizedText {
        var translations = text?.isPlain == false ? text?.translations ?? [:] : [:]
        translations[language] = value
        return LocalizedText(translations)
    }
}
