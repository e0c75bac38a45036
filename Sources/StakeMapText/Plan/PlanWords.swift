import StakeMapAnalysis

/// Words a plan in one language: names its ids and hands the catalog the values of each
/// target, meeting and intermediary.
public struct PlanWords: Sendable {
    /// The plan catalog.
    public let wording: any PlanWording
    /// The gaps (and evidence) catalog.
    public let gaps: GapWords
    /// The names.
    public var names: Names { gaps.names }

    /// Words with the English catalogs by default.
    public init(wording: any PlanWording = EnglishPlanWording(), gapWording: any GapWording = EnglishGapWording(), names: Names) {
        self.wording = wording
        self.gaps = GapWords(wording: gapWording, names: names)
    }

    /// The sentence of a proposed meeting.
    public func note(_ meeting: ProposedMeeting, home: String) -> String {
        let n = names
        let confirm = meeting.confirm.map { (post: n($0.post), record: $0.date) }
        switch meeting.purpose {
        case .reEngage:
            return wording.followUp(subject: n(meeting.with), posts: n(meeting.posts),
                                    last: meeting.lastMet.map { ($0.date, n($0.by)) }, confirm: confirm)
        case .askIntroduction:
            return wording.askIntroduction(via: n(meeting.with), home: n(home), introduces: n(meeting.introduces))
        case .introduction:
            var met: DateSpan?? = nil
            var tie: TieKind?
            switch meeting.viaLink {
            case let .met(_, _, date)?: met = .some(date)
            case let .tie(_, _, kind, _, _, _)?: tie = kind
            default: break
            }
            return wording.introduction(subject: n(meeting.with), posts: n(meeting.posts), via: meeting.via.map { n($0) },
                                        viaIsMember: meeting.viaIsMember, viaMet: met, viaTie: tie, confirm: confirm)
        }
    }

    /// Why an intermediary was chosen.
    public func reason(_ choice: IntermediaryChoice, home: String) -> String {
        wording.intermediaryReason(name: names(choice.id), isMember: choice.isMember, home: names(home), met: names(choice.met),
                                   metDates: choice.metDates, tied: names(choice.tied), opens: choice.opens.count)
    }

    /// The steps of a target's route in words, each with its citations.
    public func steps(_ target: TargetPlan) -> [String] { target.steps.map(gaps.citedText) }
}
