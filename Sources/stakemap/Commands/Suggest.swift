import ArgumentParser
import StakeMapAnalysis
import StakeMapText

/// `stakemap suggest G --home ID`: whom to meet next, and why.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest whom to meet next, and why: shared contacts, and posts whose earlier holder you know.",
        discussion: """
        First, the current holders of posts (an ambassador's office, say) whose earlier holder \
        the home actor knows: the relationship is with the office, and the new holder is to be \
        engaged. Then link prediction (Adamic–Adar, networkx adamic_adar_index, over ties and \
        shared events): actors the home actor has no tie and no shared event with, ranked by the \
        contacts they share, rarer contacts counting more. Each suggestion lists its claims \
        (tie, not-met, holds), the facts its reason rests on.

        Examples:
          stakemap suggest graphs/libya-wps.yaml --home lwa --top 5
          stakemap suggest graphs/libya-wps.yaml --home "معا نبنيها" --format json
        """)

    @Argument(help: "The network file (.yaml, .graphml, .json, .csv).")
    var graph: String

    @Option(help: ArgumentHelp("The actor to suggest meetings for (id, name, alias or foreign id).", valueName: "actor"))
    var home: String

    @Option(help: "Show at most N suggestions.")
    var top: Int = 10

    @Option(help: ArgumentHelp("Tie kinds that count as contacts, comma-separated; default: all.", valueName: "kinds"))
    var kinds: String?

    @OptionGroup var time: TimeSliceOptions

    @Option(help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table

    @OptionGroup var audience: AudienceOption
    @OptionGroup var text: TextLanguageOptions

    /// The JSON shape.
    struct Output: Encodable {
        let home: String
        let suggestions: [Item]
    }

    /// One suggestion in JSON.
    struct Item: Encodable {
        let id: String
        let score: Double
        let commonContacts: [String]
        let post: String?
        let previousHolder: String?
        let claims: [Claim]
        enum CodingKeys: String, CodingKey {
            case id, score, commonContacts = "common_contacts", post, previousHolder = "previous_holder", claims
        }
    }

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        _ = try NetworkViewOptions.parse(kinds.map { ["--kinds", $0] } ?? []).tieKinds()
    }

    func run() throws {
        let loaded = try time.apply(to: loadGraph(graph))
        let actor = try resolveActor(home, in: loaded, audience: audience.audience, words: text.words)
        let kinds = try NetworkViewOptions.parse(kinds.map { ["--kinds", $0] } ?? []).tieKinds()
        let predictor = LinkPredictor(graph: loaded, audience: audience.audience, tieKinds: kinds)
        let suggestions = predictor.suggestions(for: actor.id, limit: top)
        if format == .json {
            let items = suggestions.map {
                Item(id: $0.actor, score: $0.score, commonContacts: $0.commonContacts, post: $0.succession?.post,
                     previousHolder: $0.succession?.previousHolder, claims: $0.claims)
            }
            print(try AnalysisOutput.json(Output(home: actor.id, suggestions: items)), terminator: "")
            return
        }
        let words = text.words, names = Names(graph: loaded, language: words.tag)
        let rows = suggestions.map { suggestion -> [String] in
            [suggestion.actor, names(suggestion.actor), AnalysisOutput.kind(of: suggestion.actor, in: loaded, words: words),
             format == .csv ? String(suggestion.score) : words.digits.apply(AnalysisOutput.cell(suggestion.score)),
             SuggestText.reason(suggestion, names: names, words: Words(words.language, digits: words.digits, medium: .cell))]
        }
        if format == .table { print(words(CommandMessage.suggestTitle, ["name": .name(actor.displayName(in: words.tag))]) + "\n") }
        let headers = [words(Message.id), words(Message.name), words(Message.kind), words(CommandMessage.score), words(Message.why)]
        print(Table(headers: headers, rows: rows, numericColumns: [3]).render(format), terminator: "")
    }
}
