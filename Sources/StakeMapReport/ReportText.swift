import StakeMap
import StakeMapAnalysis
import StakeMapText

/// A phrase of the page in English and Arabic.
struct Phrase: Sendable, Hashable {
    /// The English form.
    let en: String
    /// The Arabic form.
    let ar: String

    init(_ en: String, _ ar: String) {
        self.en = en
        self.ar = ar
    }

    /// The phrase of a report label, from the English and Arabic catalogs.
    init(_ label: ReportLabel) {
        self.init(ReportText.english.label(label), ReportText.arabic.label(label))
    }

    /// The phrase in `language` as one plain string (`both`: "English · العربية").
    func text(_ language: ReportLanguage) -> String {
        switch language {
        case .en: en
        case .ar: ar
        case .both: en == ar ? en : "\(en) · \(ar)"
        }
    }
}

/// The page's own words, in both languages, from the message catalogs.
enum ReportText {
    static let english = EnglishCatalog()
    static let arabic = ArabicCatalog()

    static let report = Phrase(.report)
    static let map = Phrase(.map)
    static let actors = Phrase(.actors)
    static let gaps = Phrase(.gaps)
    static let plan = Phrase(.plan)
    static let timeline = Phrase(.timeline)
    static let search = Phrase(.search)
    static let name = Phrase(.name)
    static let kind = Phrase(.kind)
    static let degree = Phrase(.degree)
    static let betweenness = Phrase(.betweenness)
    static let pageRank = Phrase(.pageRank)
    static let community = Phrase(.community)
    static let role = Phrase(.role)
    static let constraint = Phrase(.constraint)
    static let ties = Phrase(.ties)
    static let meetings = Phrase(.meetings)
    static let sources = Phrase(.sources)
    static let tags = Phrase(.tags)
    static let aliases = Phrase(.aliases)
    static let note = Phrase(.note)
    static let asOf = Phrase(.asOf)
    static let audience = Phrase(.audience)
    static let evidence = Phrase(.evidence)
    static let next = Phrase(.next)
    static let zoomIn = Phrase(.zoomIn)
    static let zoomOut = Phrase(.zoomOut)
    static let reset = Phrase(.reset)
    static let close = Phrase(.close)
    static let clickHint = Phrase(.clickHint)
    static let noMap = Phrase(.noMap)
    static let noGaps = Phrase(.noGaps)
    static let planNote = Phrase(.planNote)
    static let target = Phrase(.target)
    static let status = Phrase(.status)
    static let route = Phrase(.route)
    static let lastMet = Phrase(.lastMet)
    static let place = Phrase(.place)
    static let intermediaries = Phrase(.intermediaries)
    static let itinerary = Phrase(.itinerary)
    static let date = Phrase(.date)
    static let what = Phrase(.what)
    static let who = Phrase(.who)
    static let direct = Phrase(.direct)
    static let count = Phrase(.count)
    static let matches = Phrase(.matches)
    static let withheldNotice = Phrase(.withheldNotice)
    static let modularity = Phrase(.modularity)
    static let undated = Phrase(.undated)
    static let none = Phrase(.none)
    static let more = Phrase(.more)
    static let events = Phrase(.events)
    static let cutPoint = Phrase(.cutPoint)

    /// The audience's name.
    static func audience(_ audience: Audience) -> Phrase {
        Phrase(english.name(of: audience), arabic.name(of: audience))
    }

    /// A severity heading.
    static func severity(_ severity: GapSeverity) -> Phrase {
        Phrase(english.severityHeading(severity), arabic.severityHeading(severity))
    }

    /// An actor kind.
    static func kind(_ kind: ActorKind) -> Phrase {
        Phrase(english.name(of: kind), arabic.name(of: kind))
    }

    /// A tie kind.
    static func tie(_ kind: TieKind) -> Phrase {
        Phrase(english.relation(kind), arabic.relation(kind))
    }

    /// An event kind.
    static func event(_ kind: EventKind) -> Phrase {
        Phrase(english.name(of: kind), arabic.name(of: kind))
    }

    /// A mission target's status.
    static func status(_ status: TargetStatus) -> Phrase {
        Phrase(english.name(of: status), arabic.name(of: status))
    }

    /// A Gould–Fernandez role.
    static func role(_ role: BrokerageRole) -> Phrase {
        Phrase(english.name(of: role), arabic.name(of: role))
    }
}
